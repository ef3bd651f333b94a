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
    Output: the part is streamed with ``Template.generate()``; once the total passes
        ``MAX_OUTPUT`` characters the limit error is thrown into the generator at
        the offending ``yield``, so the message names that line.
    Values (``briefing.core.templates.limits``): nothing may build a string or
        container of more than ``MAX_VALUE`` characters/items, checked *before* it
        is built. The operators ``*``, ``+``, ``**`` and ``%`` are intercepted
        (``intercepted_binops``). A custom code generator compiles ``~`` to a
        checked join and gives macros, ``{% set %}``/``{% filter %}`` blocks and
        ``caller()`` buffers that count what is appended. Every filter and every
        call is wrapped: iterators passed to it (results of map, select, ...) are
        drawn into a list with a running count; its arguments must be under the
        limit and numbers in them within +/-``MAX_VALUE``; and for the expanding
        ones (center, ljust, rjust, zfill, expandtabs, indent, replace, join,
        format, ``%``) the result size is estimated first. Jinja's sandbox caps
        ``range()`` at 100,000 items.
    Recursion: calls (macros included) may nest ``MAX_CALL_DEPTH`` deep; a Python
        ``RecursionError`` (a part including or extending itself, expressions
        nested thousands deep) is caught.
    Time: while a part renders, a ``sys.settrace`` function (this thread only)
        raises once ``TIME_LIMIT`` seconds have passed, at the next line of this
        environment's compiled templates (only their lines are traced) or at the
        next Python function call (filters, helpers). That stops endless or nested
        loops and branching recursion. Work inside a single C-level call is bounded
        by the size checks, not by the clock. The previous trace function (a
        debugger, coverage) is restored afterwards but does not see the render.
"""

from __future__ import annotations

import re
import sys
import threading
import time
from collections.abc import Mapping
from contextlib import closing
from pathlib import Path

from jinja2 import BaseLoader, StrictUndefined, TemplateNotFound, TemplateSyntaxError
from jinja2.compiler import CodeGenerator
from jinja2.exceptions import SecurityError
from jinja2.sandbox import ImmutableSandboxedEnvironment
from jinja2.utils import missing

from briefing.core.errors import marked
from briefing.core.reading import read_regular
from briefing.core.templates.limits import (
    MAX_INT_BITS,
    MAX_VALUE,
    Buffer,
    LimitExceeded,
    check_values,
    expansion,
    format_estimate,
    guard_filter,
    materialise,
    size_of,
    too_big,
)

MAX_OUTPUT = 100_000  # characters one part may produce
MAX_SOURCE = 64_000  # characters in one .j2 file
MAX_CALL_DEPTH = 100  # calls nested inside calls
TIME_LIMIT = 1.0  # seconds per part

_FILE_NAME = re.compile(r"[A-Za-z0-9_][A-Za-z0-9_-]*(\.[A-Za-z0-9_-]+)*\.j2\Z")


class RenderFailure(Exception):
    """A part could not be compiled or rendered: what went wrong, and where."""

    def __init__(self, detail: str, filename: str | None = None, lineno: int | None = None,
                 **params):
        """``detail`` is a template filled with ``params`` (kept for the GUI)."""
        self.template, self.params = detail, params
        self.detail = detail.format(**params) if params else detail
        super().__init__(self.detail)
        self.filename, self.lineno = filename, lineno


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
            raise RenderFailure(marked("core", "cannot use {template!r}: a part may include or "
                                               "import only another .j2 file of its own "
                                               "template folder, by plain name such as "
                                               "'macros.j2'."), template=template)
        path = self.folder / template
        try:
            if path.is_symlink():
                raise RenderFailure(marked("core", "{template} is a symbolic link; use an "
                                                   "ordinary file"), template=template)
            if not path.exists():
                raise TemplateNotFound(template, f"there is no file {template!r} in {self.folder}")
            # only a regular file, read with a cap (a named pipe would hang the render)
            source = read_regular(path, 4 * MAX_SOURCE, "template part", RenderFailure).decode(
                "utf-8")
        except UnicodeDecodeError as exc:
            raise RenderFailure(marked("core", "{template} is not UTF-8 text ({reason})"),
                                template=template, reason=exc.reason) from None
        except OSError as exc:
            raise RenderFailure(marked("core", "{template} cannot be read ({reason})"),
                                template=template, reason=exc.strerror or exc) from None
        if len(source) > MAX_SOURCE:
            raise RenderFailure(marked("core", "{template} is longer than {limit:,} "
                                               "characters"),
                                template=template, limit=MAX_SOURCE)
        try:
            mtime = path.stat().st_mtime_ns
        except OSError:
            mtime = 0
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
        self.filters = {name: guard_filter(name, f) for name, f in self.filters.items()}
        self._local = threading.local()

    # ---- size checks called from compiled templates -------------------------------------
    @staticmethod
    def _finalize(value):
        if not isinstance(value, str) and size_of(value) > MAX_VALUE:
            raise too_big(size_of(value, sys.maxsize))
        return value

    def join_values(self, values) -> str:
        parts = [v if isinstance(v, str) else str(self._finalize(v)) for v in values]
        if (total := sum(map(len, parts))) > MAX_VALUE:
            raise too_big(total)
        return "".join(parts)

    @staticmethod
    def new_buffer() -> Buffer:
        return Buffer()

    def call_binop(self, context, operator: str, left, right):
        estimate = 0
        if operator == "**" and isinstance(left, int) and isinstance(right, int):
            if right > 0 and abs(left) > 1 and right * abs(left).bit_length() > MAX_INT_BITS:
                raise LimitExceeded(marked("core", "the number would have more than "
                                                   "{bits} bits"),
                                    bits=MAX_INT_BITS)
        elif operator == "*" and isinstance(left, int) and isinstance(right, int):
            if left.bit_length() + right.bit_length() > MAX_INT_BITS:
                raise LimitExceeded(marked("core", "the number would have more than "
                                                   "{bits} bits"),
                                    bits=MAX_INT_BITS)
        elif operator == "*":
            count, seq = (left, right) if isinstance(left, int) else (right, left)
            if isinstance(count, int) and count > 0:
                estimate = size_of(seq) * count
        elif operator == "+" and not isinstance(left, (int, float)):
            estimate = size_of(left) + size_of(right)
        elif operator == "%" and isinstance(left, str):
            estimate = format_estimate(left, right)
        if estimate > MAX_VALUE:
            raise too_big(estimate)
        return super().call_binop(context, operator, left, right)

    def call(self, context, obj, /, *args, **kwargs):
        state = self._local
        args = tuple(materialise(a) for a in args)
        kwargs = {k: materialise(v) for k, v in kwargs.items()}
        check_values(args + tuple(v for k, v in kwargs.items() if not k.startswith("_")))
        bound = getattr(obj, "__wrapped__", obj)  # the sandbox wraps str.format
        target = getattr(bound, "__self__", None)
        if isinstance(target, str):
            estimate = expansion(getattr(bound, "__name__", ""), target, args, kwargs)
            if estimate > MAX_VALUE:
                raise too_big(estimate)
        state.depth = getattr(state, "depth", 0) + 1
        try:
            if state.depth > MAX_CALL_DEPTH:
                raise LimitExceeded(marked("core", "calls are nested more than {depth} "
                                                   "deep (does a macro call itself without "
                                                   "end?)"), depth=MAX_CALL_DEPTH)
            return super().call(context, obj, *args, **kwargs)
        finally:
            state.depth -= 1

    # ---- rendering -------------------------------------------------------------------------
    def check(self, name: str) -> None:
        """Compile the named file, raising RenderFailure for any error in it."""
        try:
            self.get_template(name)
        except Exception as exc:  # every failure becomes a RenderFailure
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
                                LimitExceeded(marked("core", "the output is longer than "
                                                             "{limit:,} characters"),
                                              limit=MAX_OUTPUT)
                            )
                        chunks.append(chunk)
        except Exception as exc:
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
        params: dict = {}
        if isinstance(exc, TemplateSyntaxError):  # Jinja's own words: kept as they are
            filename, lineno = exc.name or filename or name, exc.lineno
            detail = exc.message or "syntax error"
        elif isinstance(exc, RenderFailure):
            filename, lineno = exc.filename or filename or name, exc.lineno or lineno
            detail, params = exc.template, exc.params
        elif isinstance(exc, TemplateNotFound):
            if exc.message:
                detail = exc.message
            else:
                detail = marked("core", "there is no file {file!r} in the template folder")
                params = {"file": exc.name}
        elif isinstance(exc, SecurityError):
            detail, params = marked("core", "not allowed: {reason}"), {"reason": exc}
        elif isinstance(exc, RecursionError):
            detail = marked("core", "too deeply nested: a macro or include that calls itself "
                            "without end, or expressions nested too deeply")
        elif isinstance(exc, MemoryError):
            detail = marked("core", "rendering needs too much memory")
        elif isinstance(exc, LimitExceeded):
            detail, params = exc.template, exc.params
        elif type(exc).__module__.startswith("jinja2"):
            detail = str(exc)
        else:
            detail = " ".join(str(exc).split()) or marked("core", "an unexpected error in the "
                                                          "template")
        detail = detail.rstrip()
        shown = detail.format(**params) if params else detail
        return RenderFailure(detail if shown.endswith(".") else detail + ".", filename, lineno,
                             **params)


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
        return LimitExceeded(marked("core", "rendering took longer than {seconds:g} s (an "
                                            "endless or very long loop?)"), seconds=self.seconds)
