"""Size bounds for values built while a template part renders (see template_sandbox).

Everything here runs *before* a value is built, so that no template can make Python
allocate more than about ``MAX_VALUE`` characters/items in one step: argument checks,
result-size estimates for the expanding string operations, iterators drawn into lists
with a running count, and output buffers that count what is appended to them.
"""

from __future__ import annotations

import functools
import inspect
import re
import sys
from collections.abc import Iterator, Mapping

from jinja2.runtime import LoopContext, Undefined

from briefing.core.errors import marked

MAX_VALUE = 1_000_000  # characters/items of any value built while rendering
MAX_INT_BITS = 4_096  # size of any number built by * or **


class LimitExceeded(Exception):
    """A bound on size, depth or time was hit while rendering. Like ``BriefingError``, the
    message is ``template`` filled with ``params``; both are kept for the GUI."""

    def __init__(self, template: str = "", **params):
        self.template, self.params = template, params
        super().__init__(template.format(**params) if params else template)


def size_of(value: object, limit: int = MAX_VALUE) -> int:
    """Characters of strings plus items of containers in value; stops counting past limit."""
    total, stack = 0, [value]
    while stack and total <= limit:
        item = stack.pop()
        total += 1
        if isinstance(item, (str, bytes, range)):
            total += len(item)
        elif isinstance(item, (Mapping, list, tuple, set, frozenset)) and not isinstance(
            item, Undefined
        ):
            total += len(item)
            if total <= limit:
                stack.extend(item.items() if isinstance(item, Mapping) else item)
    return total


def too_big(estimate: int) -> LimitExceeded:
    return LimitExceeded(marked("core", "this would build a value of about {estimate:,} "
                                        "characters; the limit is {limit:,}"),
                         estimate=estimate, limit=MAX_VALUE)


def materialise(value):
    """An iterator (map, select, ... results) as a list, counted as it is drawn."""
    if not isinstance(value, Iterator) or isinstance(value, (str, LoopContext)):
        return value
    items, total = [], 0
    for item in value:
        total += size_of(item)
        if total > MAX_VALUE:
            raise too_big(total)
        items.append(item)
    return items


def check_values(values) -> None:
    for value in values:
        if isinstance(value, int) and not isinstance(value, bool) and abs(value) > MAX_VALUE:
            raise LimitExceeded(marked("core", "the number {number} is too large here: filters "
                                               "and functions take numbers up to {limit:,}"),
                                number=value if value.bit_length() < 64 else "(huge)",
                                limit=MAX_VALUE)
        if size_of(value) > MAX_VALUE:
            raise too_big(size_of(value, sys.maxsize))


def _int(value, default: int = 0) -> int:
    return value if isinstance(value, int) else default


def format_estimate(fmt: str, args) -> int:
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


def expansion(name: str, text, args: tuple, kwargs: dict) -> int:
    """Estimated result size of str method / filter `name` applied to text (0: no concern)."""

    def get(i: int, key: str, default):
        return args[i] if len(args) > i else kwargs.get(key, default)

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
    if name == "join":  # str.join(iterable) or the filter value|join(d)
        if isinstance(text, str):
            joined, sep = get(0, "iterable", ()), text
        else:
            joined, sep = text, get(0, "d", "")
        return size_of(joined) * (1 + len(str(sep)))
    if name in ("format", "format_map"):
        return format_estimate(str(text), list(args) + list(kwargs.values()))
    return 0


def guard_filter(name: str, func):
    signature = inspect.signature(func)
    skip = 1 if getattr(func, "jinja_pass_arg", None) is not None else 0

    @functools.wraps(func)
    def guarded(*args, **kwargs):
        args = args[:skip] + tuple(materialise(a) for a in args[skip:])
        kwargs = {k: materialise(v) for k, v in kwargs.items()}
        check_values(args[skip:] + tuple(kwargs.values()))
        try:
            arguments = signature.bind(*args, **kwargs).arguments
        except TypeError:
            return func(*args, **kwargs)  # Jinja reports the bad arguments itself
        if name == "sum" and not isinstance(arguments.get("start", 0), (int, float)):
            raise LimitExceeded(marked("core", "the sum filter adds numbers only"))
        if len(args) > skip:
            estimate = expansion(name, args[skip], args[skip + 1 :], kwargs)
            if estimate > MAX_VALUE:
                raise too_big(estimate)
        return func(*args, **kwargs)

    return guarded


class Buffer(list):
    """The output buffer of a macro, {% set %} block, {% filter %} block or call block."""

    __slots__ = ("size",)

    def __init__(self):
        super().__init__()
        self.size = 0

    def append(self, text: str) -> None:
        self.size += len(text)
        if self.size > MAX_VALUE:
            raise too_big(self.size)
        super().append(text)

    def extend(self, texts) -> None:
        for text in texts:
            self.append(text)
