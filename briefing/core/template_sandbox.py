"""The locked-down Jinja2 environment that renders a template folder's parts.

Used only by ``briefing.core.templates``, which turns :class:`RenderFailure` into
``TemplateError``. One :class:`SandboxEnvironment` per template folder.

What a part can do
    ``ImmutableSandboxedEnvironment`` (no ``_``/internal attributes, no mutating
    list/dict/set methods, sandboxed ``str.format``), ``StrictUndefined`` (a
    misspelt name is an error, not an empty string), autoescape off (output is
    line markup, not HTML), Jinja's default globals minus ``lipsum`` (``range``,
    ``dict``, ``cycler``, ``joiner``, ``namespace``). The loader serves only
    sibling ``.j2`` files of the same folder, by plain name (no ``/``, ``\\``,
    ``..``, no symlinks), each at most ``MAX_SOURCE`` characters.

Bounds, and how they are enforced
    Output: the part is streamed with ``Template.generate()``; when the total
        passes ``MAX_OUTPUT`` characters the limit error is thrown into the
        generator at the offending ``yield``, so the message names that line.
    Values: nothing may build a string or container of more than ``MAX_VALUE``
        characters/items, checked *before* it is built: the operators ``*``,
        ``+``, ``**``, ``%`` are intercepted (``intercepted_binops``); ``~`` is
        compiled to a checked join, and the buffers that collect the output of
        macros, ``{% set %}``/``{% filter %}`` blocks and ``caller()`` count what
        is appended to them (both by a custom code generator); every
        filter and every call is wrapped: iterators given to it (results of map,
        select, ...) are drawn into a list, counting; its arguments must be under the limit,
        numbers in them within +/-``MAX_VALUE``, and the result size of the
        expanding ones (``center``/``ljust``/``rjust``/``zfill``/``expandtabs``/
        ``indent``/``replace``/``join``/``format``/``%``) is estimated first.
        Jinja's sandbox itself caps ``range()`` at 100,000 items.
    Recursion: calls (macros included) may nest ``MAX_CALL_DEPTH`` deep; a
        Python ``RecursionError`` (e.g. a part including itself) is caught.
    Time: while a part renders, a ``sys.settrace`` function (this thread only)
        raises once ``TIME_LIMIT`` seconds have passed, at the next line of this
        environment's compiled templates (only their lines are traced) or the next
        Python function call (filters, helpers). That stops endless
        or nested loops and branching recursion. Work done inside one C-level
        call is bounded by the size checks, not by the clock. The previous trace
        function (a debugger, coverage) is restored afterwards, but does not see
        the render.
"""

from __future__ import annotations

import functools
import inspect
import re
import sys
import threading
import time
from collections.abc import Iterator, Mapping
from contextlib import closing
from pathlib import Path

from jinja2 import BaseLoader, StrictUndefined, TemplateNotFound, TemplateSyntaxError
from jinja2.compiler import CodeGenerator
from jinja2.exceptions import SecurityError
from jinja2.runtime import LoopContext, Undefined
from jinja2.sandbox import ImmutableSandboxedEnvironment
from jinja2.utils import missing

MAX_OUTPUT = 100_000  # characters one part may produce
MAX_VALUE = 1_000_000  # characters/items of any value built while rendering
MAX_INT_BITS = 4_096  # size of any number built by * or **
MAX_SOURCE = 64_000  # characters in one .j2 file
MAX_CALL_DEPTH = 100  # calls nested inside calls
TIME_LIMIT = 1.0  # seconds per part

_FILE_NAME = re.compile(r"[A-Za-z0-9_][A-Za-z0-9_-]*(\.[A-Za-z0-9_-]+)*\.j2\Z")


class RenderFailure(Exception):
    """A part could not be compiled or rendered: what went wrong, and where."""

    def __init__(self, detail: str, filename: str | None = None, lineno: int | None = None):
        super().__init__(detail)
        self.detail, self.filename, self.lineno = detail, filename, lineno


class LimitExceeded(Exception):
    """A bound on size, depth or time was hit while rendering."""


class Record(dict):
    """A read-only-by-sandbox mapping that knows what it is called (for messages)."""

    __slots__ = ("_label",)

    def __init__(self, label: str, data: Mapping):
        super().__init__(data)
        self._label = label


class _Undefined(StrictUndefined):
    __slots__ = ()

    @property
    def _undefined_message(self) -> str:
        obj, name = self._undefined_obj, self._undefined_name
        if self._undefined_hint:
            return self._undefined_hint
        if obj is missing:
            return f"{name!r} is not defined (a part can use briefing, template and sections)"
        if isinstance(obj, Record):
            return f"{obj._label!r} has no attribute {name!r} (it has: {', '.join(obj)})"
        return super()._undefined_message


def size_of(value: object, limit: int = MAX_VALUE) -> int:
    """Characters of strings plus items of containers in value; stops counting past limit."""
    total, stack = 0, [value]
    while stack and total <= limit:
        item = stack.pop()
        total += 1
        if isinstance(item, (str, bytes)):
            total += len(item)
        elif isinstance(item, range):
            total += len(item)
        elif isinstance(item, (Mapping, list, tuple, set, frozenset)) and not isinstance(
            item, Undefined
        ):
            total += len(item)
            if total <= limit:
                stack.extend(item.items() if isinstance(item, Mapping) else item)
    return total


def _too_big(estimate: int) -> LimitExceeded:
    return LimitExceeded(
        f"this would build a value of about {estimate:,} characters; the limit is {MAX_VALUE:,}"
    )


def _materialise(value):
    """An iterator (map, select, ... results) as a list, counted as it is drawn."""
    if not isinstance(value, Iterator) or isinstance(value, (str, LoopContext)):
        return value
    items, total = [], 0
    for item in value:
        total += size_of(item)
        if total > MAX_VALUE:
            raise _too_big(total)
        items.append(item)
    return items


def _check_values(values) -> None:
    for value in values:
        if isinstance(value, int) and not isinstance(value, bool) and abs(value) > MAX_VALUE:
            raise LimitExceeded(
                f"the number {value if value.bit_length() < 64 else '(huge)'} is too large here: "
                f"filters and functions take numbers up to {MAX_VALUE:,}"
            )
        if size_of(value) > MAX_VALUE:
            raise _too_big(size_of(value, sys.maxsize))


def _int(value, default: int = 0) -> int:
    return value if isinstance(value, int) else default


def _format_estimate(fmt: str, args) -> int:
    """An upper bound for str.format / printf-style output of fmt with args."""
    if isinstance(args, Mapping):
        args = list(args.values())
    elif not isinstance(args, (list, tuple)):
        args = [args]
    widths = [int(r) if len(r) < 10 else sys.maxsize for r in re.findall(r"\d+", fmt)]
    widths += [abs(a) for a in args if isinstance(a, int) and not isinstance(a, bool)]
    fields = fmt.count("%") + fmt.count("{")
    biggest = max([size_of(a) for a in args] + [0])
    return len(fmt) + fields * (max(widths + [0]) + biggest)


def _expansion(name: str, text, args: tuple, kwargs: dict) -> int:
    """Estimated result size of str method / filter `name` applied to text (0: no concern)."""
    get = lambda i, key, default: args[i] if len(args) > i else kwargs.get(key, default)  # noqa: E731
    if name in ("center", "ljust", "rjust", "zfill"):
        return max(len(str(text)), _int(get(0, "width", 80)))
    if name == "expandtabs":
        return len(text) * max(1, _int(get(0, "tabsize", 8)))
    if name == "indent":
        width = get(0, "width", 4)
        width = len(width) if isinstance(width, str) else _int(width)
        return len(str(text)) + (str(text).count("\n") + 1) * width
    if name == "replace":
        old, new, count = get(0, "old", ""), get(1, "new", ""), get(2, "count", None)
        text, old, new = str(text), str(old), str(new)
        hits = len(text) + 1 if not old else len(text) // len(old)
        if isinstance(count, int) and count >= 0:
            hits = min(hits, count)
        return len(text) + hits * len(new)
    if name == "join":
        joined, sep = (get(0, "iterable", ()), text) if isinstance(text, str) else (text, "")
        sep = sep or str(get(0, "d", ""))
        return size_of(joined) * (1 + len(sep))
    if name in ("format", "format_map"):
        return _format_estimate(str(text), list(args) + list(kwargs.values()))
    return 0


def _guard_filter(name: str, func):
    signature = inspect.signature(func)
    skip = 1 if getattr(func, "jinja_pass_arg", None) is not None else 0

    @functools.wraps(func)
    def guarded(*args, **kwargs):
        args = args[:skip] + tuple(_materialise(a) for a in args[skip:])
        kwargs = {k: _materialise(v) for k, v in kwargs.items()}
        _check_values(args[skip:] + tuple(kwargs.values()))
        try:
            arguments = signature.bind(*args, **kwargs).arguments
        except TypeError:
            return func(*args, **kwargs)  # Jinja reports the bad arguments itself
        if name == "sum" and not isinstance(arguments.get("start", 0), (int, float)):
            raise LimitExceeded("the sum filter adds numbers only")
        if len(args) > skip and (estimate := _expansion(name, args[skip], args[skip + 1 :], kwargs)):
            if estimate > MAX_VALUE:
                raise _too_big(estimate)
        return func(*args, **kwargs)

    return guarded


class _Buffer(list):
    """The output buffer of a macro, {% set %} block, {% filter %} block or call block."""

    __slots__ = ("size",)

    def __init__(self):
        super().__init__()
        self.size = 0

    def append(self, text: str) -> None:
        self.size += len(text)
        if self.size > MAX_VALUE:
            raise _too_big(self.size)
        super().append(text)

    def extend(self, texts) -> None:
        for text in texts:
            self.append(text)


class _CodeGenerator(CodeGenerator):
    def buffer(self, frame) -> None:
        frame.buffer = self.temporary_identifier()
        self.writeline(f"{frame.buffer} = environment.new_buffer()")

    def visit_Concat(self, node, frame) -> None:  # the ~ operator
        self.write("environment.join_values((")
        for arg in node.nodes:
            self.visit(arg, frame)
            self.write(", ")
        self.write("))")


class _FolderLoader(BaseLoader):
    def __init__(self, folder: Path):
        self.folder = folder

    def get_source(self, environment, template: str):
        if not _FILE_NAME.match(template):
            raise RenderFailure(
                f"cannot use {template!r}: a part may include or import only another .j2 file "
                "of its own template folder, by plain name such as 'macros.j2'."
            )
        path = self.folder / template
        if path.is_symlink():
            raise RenderFailure(f"{template} is a symbolic link; use an ordinary file")
        if not path.is_file():
            raise TemplateNotFound(template, f"there is no file {template!r} in {self.folder}")
        try:
            source = path.read_text(encoding="utf-8")
        except UnicodeDecodeError as exc:
            raise RenderFailure(f"{template} is not UTF-8 text ({exc.reason})") from None
        if len(source) > MAX_SOURCE:
            raise RenderFailure(f"{template} is longer than {MAX_SOURCE:,} characters")
        mtime = path.stat().st_mtime_ns
        return source, str(path), lambda: path.is_file() and path.stat().st_mtime_ns == mtime


class SandboxEnvironment(ImmutableSandboxedEnvironment):
    code_generator_class = _CodeGenerator
    intercepted_binops = frozenset({"*", "+", "**", "%"})

    def __init__(self, folder: Path):
        super().__init__(
            loader=_FolderLoader(folder),
            undefined=_Undefined,
            autoescape=False,
            trim_blocks=True,
            lstrip_blocks=True,
            auto_reload=True,
            finalize=self._finalize,
        )
        self.folder = folder
        self.globals.pop("lipsum", None)
        self.filters = {name: _guard_filter(name, f) for name, f in self.filters.items()}
        self._local = threading.local()

    # ---- size checks called from compiled templates -------------------------------------
    @staticmethod
    def _finalize(value):
        if not isinstance(value, str) and size_of(value) > MAX_VALUE:
            raise _too_big(size_of(value, sys.maxsize))
        return value

    def join_values(self, values) -> str:
        parts = [v if isinstance(v, str) else str(self._finalize(v)) for v in values]
        if (total := sum(map(len, parts))) > MAX_VALUE:
            raise _too_big(total)
        return "".join(parts)

    @staticmethod
    def new_buffer() -> _Buffer:
        return _Buffer()

    def call_binop(self, context, operator: str, left, right):
        estimate = 0
        if operator == "**" and isinstance(left, int) and isinstance(right, int):
            if right > 0 and abs(left) > 1 and right * abs(left).bit_length() > MAX_INT_BITS:
                raise LimitExceeded(f"the number would have more than {MAX_INT_BITS} bits")
        elif operator == "*" and isinstance(left, int) and isinstance(right, int):
            if left.bit_length() + right.bit_length() > MAX_INT_BITS:
                raise LimitExceeded(f"the number would have more than {MAX_INT_BITS} bits")
        elif operator == "*":
            count, seq = (left, right) if isinstance(left, int) else (right, left)
            if isinstance(count, int) and count > 0:
                estimate = size_of(seq) * count
        elif operator == "+" and not isinstance(left, (int, float)):
            estimate = size_of(left) + size_of(right)
        elif operator == "%" and isinstance(left, str):
            estimate = _format_estimate(left, right)
        if estimate > MAX_VALUE:
            raise _too_big(estimate)
        return super().call_binop(context, operator, left, right)

    def call(__self, __context, __obj, *args, **kwargs):  # noqa: N805 (Jinja's convention)
        state = __self._local
        args = tuple(_materialise(a) for a in args)
        kwargs = {k: _materialise(v) for k, v in kwargs.items()}
        _check_values(args + tuple(v for k, v in kwargs.items() if not k.startswith("_")))
        bound = getattr(__obj, "__wrapped__", __obj)  # the sandbox wraps str.format
        target = getattr(bound, "__self__", None)
        if isinstance(target, str):
            estimate = _expansion(getattr(bound, "__name__", ""), target, args, kwargs)
            if estimate > MAX_VALUE:
                raise _too_big(estimate)
        state.depth = getattr(state, "depth", 0) + 1
        try:
            if state.depth > MAX_CALL_DEPTH:
                raise LimitExceeded(
                    f"calls are nested more than {MAX_CALL_DEPTH} deep "
                    "(does a macro call itself without end?)"
                )
            return super().call(__context, __obj, *args, **kwargs)
        finally:
            state.depth -= 1

    # ---- rendering -------------------------------------------------------------------------
    def check(self, name: str) -> None:
        """Compile the named file, raising RenderFailure for any error in it."""
        try:
            self.get_template(name)
        except Exception as exc:  # noqa: BLE001 (every failure becomes a RenderFailure)
            raise self._failure(exc, name) from exc

    def render(self, name: str, context: Mapping) -> str:
        """Render the named file with context, within the bounds; RenderFailure otherwise."""
        self._local.depth = 0
        chunks, size = [], 0
        try:
            with _Deadline(self, TIME_LIMIT):
                template = self.get_template(name)
                with closing(template.generate(context)) as stream:
                    for chunk in stream:
                        size += len(chunk)
                        if size > MAX_OUTPUT:
                            stream.throw(
                                LimitExceeded(
                                    f"the output is longer than {MAX_OUTPUT:,} characters"
                                )
                            )
                        chunks.append(chunk)
        except Exception as exc:  # noqa: BLE001
            raise self._failure(exc, name) from exc
        return "".join(chunks)

    def _failure(self, exc: BaseException, name: str) -> RenderFailure:
        filename, lineno = None, None
        tb = exc.__traceback__
        while tb is not None:  # the innermost frame of one of this folder's .j2 files
            path = Path(tb.tb_frame.f_code.co_filename)
            if path.suffix == ".j2" and path.parent == self.folder:
                filename, lineno = path.name, tb.tb_lineno
            tb = tb.tb_next
        if isinstance(exc, TemplateSyntaxError):
            filename, lineno = exc.name or filename or name, exc.lineno
            detail = exc.message or "syntax error"
        elif isinstance(exc, RenderFailure):
            filename, lineno = exc.filename or filename or name, exc.lineno or lineno
            detail = exc.detail
        elif isinstance(exc, TemplateNotFound):
            detail = exc.message or f"there is no file {exc.name!r} in the template folder"
        elif isinstance(exc, SecurityError):
            detail = f"not allowed: {exc}"
        elif isinstance(exc, RecursionError):
            detail = ("too deeply nested: a macro or include that calls itself without end, "
                      "or expressions nested too deeply")
        elif isinstance(exc, MemoryError):
            detail = "rendering needs too much memory"
        elif isinstance(exc, LimitExceeded) or type(exc).__module__.startswith("jinja2"):
            detail = str(exc)
        else:
            detail = f"{type(exc).__name__}: {exc}"
        detail = detail.rstrip()
        return RenderFailure(detail if detail.endswith(".") else detail + ".", filename, lineno)


class _Deadline:
    """Once the time is up, raise LimitExceeded at the next line of a compiled template
    or the next Python function call (after which Python removes the trace function)."""

    def __init__(self, environment: SandboxEnvironment, seconds: float):
        self.environment, self.seconds = environment, seconds

    def __enter__(self):
        self.previous = sys.gettrace()
        self.end = time.monotonic() + self.seconds
        sys.settrace(self._on_call)
        return self

    def __exit__(self, *exc_info) -> None:
        sys.settrace(self.previous)

    def _on_call(self, frame, event, arg):  # every Python call: filters, tests, helpers
        if time.monotonic() > self.end:
            raise self._late()
        if frame.f_globals.get("environment") is self.environment:
            return self._on_line
        return None

    def _on_line(self, frame, event, arg):
        if event == "line" and time.monotonic() > self.end:
            raise self._late()
        return self._on_line

    def _late(self) -> LimitExceeded:
        return LimitExceeded(
            f"rendering took longer than {self.seconds:g} s (an endless or very long loop?)"
        )
