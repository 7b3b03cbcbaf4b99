"""The words each reader of the text goes by, and the patterns made of them: rules/readers.toml.

A section of that file serves one reader (``changes``, ``ratios`` …). Its
``words`` are named lists; its ``patterns`` are regular expressions in which
``{name}`` stands for the named list (its words, escaped, in the order
written), and ``{cn}`` for the Chinese digits of a heading's number
(support/numerals.py), to be put in a character class: ``[{cn}]``. The
file is parsed with tomllib, never evaluated; each pattern is compiled once
per process, when the module that reads it is imported.
"""
from __future__ import annotations

import re
from functools import lru_cache

from fiscallint.support.numerals import HEADING

_PLACEHOLDER = re.compile(r"\{([a-z_]+)\}")  # a quantifier ({1,10}) holds digits, never a name


@lru_cache(maxsize=1)
def _book() -> dict:
    try:
        import tomllib
    except ImportError:  # pragma: no cover  (Python 3.10)
        import tomli as tomllib

    from fiscallint.support.resources import read_text

    return tomllib.loads(read_text("rules", "readers.toml"))


def words(section: str, name: str) -> tuple[str, ...]:
    """A named list of words of ``section``."""
    return tuple(_book()[section]["words"][name])


def section_table(section: str, name: str) -> dict[str, tuple[str, ...]]:
    """A table of ``section`` mapping a word to the words it stands for."""
    return {k: tuple(v) for k, v in _book()[section][name].items()}


def pattern(section: str, name: str, flags: int = 0) -> re.Pattern:
    """The pattern ``name`` of ``section``, its word lists filled in."""
    book = _book()[section]
    lists = book.get("words", {})

    def fill(m: re.Match) -> str:
        if m.group(1) == "cn":
            return HEADING  # the digits of a heading's number, written into a character class: [{cn}]
        return "(?:" + "|".join(re.escape(w) for w in lists[m.group(1)]) + ")"

    return re.compile(_PLACEHOLDER.sub(fill, book["patterns"][name]), flags)
