"""The words prose is read by, and the patterns made of them: rules/prose.toml.

A section of that file serves one reader (``changes``, ``ratios`` …). Its
``words`` are named lists; its ``patterns`` are regular expressions in which
``{name}`` stands for the named list (its words, escaped, in the order
written). The file is parsed with tomllib, never evaluated; each pattern is
compiled once per process, when the module that reads it is imported.
"""
from __future__ import annotations

import re
from functools import lru_cache

_PLACEHOLDER = re.compile(r"\{([a-z_]+)\}")  # a quantifier ({1,10}) holds digits, never a name


@lru_cache(maxsize=1)
def _book() -> dict:
    import tomllib

    from fiscallint.support.resources import read_text

    return tomllib.loads(read_text("rules", "prose.toml"))


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
        return "(?:" + "|".join(re.escape(w) for w in lists[m.group(1)]) + ")"

    return re.compile(_PLACEHOLDER.sub(fill, book["patterns"][name]), flags)
