"""The characters a regular expression's match can begin with, read from the
pattern's parsed form, as the body of a character class ("0-9０-９（(\\s").

The quantity lexer uses it for a shortcut: at a character no terminal before
the catch-all text terminal can begin with, the alternation of all the
terminals would find that terminal's match, so that terminal alone is tried
(see quantities._SharedAlternation). What cannot be told for certain (a
pattern that may match the empty string, begin with any character or a
negated set, a back-reference, a flag) gives None: no shortcut.
"""
from __future__ import annotations

import re

try:  # Python 3.11 on
    from re import _constants as _C, _parser
except ImportError:  # pragma: no cover  (Python 3.10)
    import sre_constants as _C
    import sre_parse as _parser

_CATEGORIES = {_C.CATEGORY_SPACE: r"\s", _C.CATEGORY_DIGIT: r"\d", _C.CATEGORY_WORD: r"\w"}
_ZERO_WIDTH = (_C.ASSERT, _C.ASSERT_NOT, _C.AT)
_REPEATS = tuple(op for op in (_C.MAX_REPEAT, _C.MIN_REPEAT, getattr(_C, "POSSESSIVE_REPEAT", None)) if op)


class _Unknown(Exception):
    pass


def first_chars(pattern: str, flags: int = 0) -> str | None:
    """A character class body holding every character a match of
    ``pattern`` can begin with, or None when that cannot be told."""
    if flags & (re.IGNORECASE | re.VERBOSE | re.ASCII | re.LOCALE):
        return None
    try:
        pieces: list[str] = []
        if _sequence(list(_parser.parse(pattern, flags)), pieces):
            return None  # it may match nothing at all
        return "".join(pieces)
    except (_Unknown, re.error):
        return None


def _sequence(items: list, pieces: list[str]) -> bool:
    """Add the first characters of a sequence of items; whether it may match
    the empty string."""
    for op, av in items:
        if not _item(op, av, pieces):
            return False  # this item takes a character: the items after it begin no match
    return True


def _item(op, av, pieces: list[str]) -> bool:
    if op is _C.LITERAL:
        pieces.append(re.escape(chr(av)))
        return False
    if op is _C.IN:
        for kind, arg in av:
            if kind is _C.LITERAL:
                pieces.append(re.escape(chr(arg)))
            elif kind is _C.RANGE:
                pieces.append(f"{re.escape(chr(arg[0]))}-{re.escape(chr(arg[1]))}")
            elif kind is _C.CATEGORY and arg in _CATEGORIES:
                pieces.append(_CATEGORIES[arg])
            else:
                raise _Unknown(kind)  # a negated set, a negated category
        return False
    if op is _C.BRANCH:
        empty = False
        for branch in av[1]:
            empty = _sequence(list(branch), pieces) or empty  # (every branch read)
        return empty
    if op is _C.SUBPATTERN:
        return _sequence(list(av[-1]), pieces)
    if op in _REPEATS:
        low, _, body = av
        return _sequence(list(body), pieces) or low == 0
    if op in _ZERO_WIDTH:
        return True  # a look-around or an anchor: the item after it begins the match
    raise _Unknown(op)  # any character, a back-reference, a conditional
