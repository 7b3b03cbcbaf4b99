"""A form flattened onto one line by a PDF export: its cells separated by
spaces ("项目资金 (万元) 年初预算数 全年预算数 全年执行数 分值 执行率 得分
年度资金总额: 0 0 0 10 0 0 其中:本年财政拨款 202.64 132.912 132.912 …").

The line's words, each with its offsets in the text, are read as the cells
of a form exported one cell a line (:mod:`fiscallint.understanding.form_text`):
the form's column names in order, then each row's name and its numbers. A
line is read so only when it holds at least four of the form's column
names as words of their own, and only for a form whose columns all hold
figures but the first, the rows' names (the funding block of a
自评表): where other columns hold words ("=8个", 偏差原因), the words
cannot say which cell each belongs to.
"""
from __future__ import annotations

import re
from functools import lru_cache

from fiscallint.model.tables import Table
from fiscallint.understanding.form_text import _form_columns, form_header, form_rows

_WORD = re.compile(r"\S+")
_MOST_COLUMN_NAMES = 4  # a form's header names this many columns at least
_LONG_LINE = 60  # shorter lines are no flattened form


@lru_cache(maxsize=8)
def _names_pattern(names: tuple[str, ...]) -> re.Pattern:
    ordered = sorted(set(names), key=len, reverse=True)
    return re.compile(r"(?<!\S)(?:" + "|".join(map(re.escape, ordered)) + r")(?!\S)")


@lru_cache(maxsize=8)
def _one_word_names(names: tuple[str, ...]) -> bool:
    return all(n.split() == [n] for n in names)


def may_hold_form(line: str, names: tuple[str, ...]) -> bool:
    """Cheap test: a long line naming at least four of a form's columns as words."""
    if len(line) < _LONG_LINE or not names:
        return False
    if len(line.split(None, _MOST_COLUMN_NAMES - 1)) < _MOST_COLUMN_NAMES and _one_word_names(names):
        return False  # each name found is a word of its own: fewer words hold fewer names
    found = _names_pattern(names).findall(line)
    return len(found) >= _MOST_COLUMN_NAMES


def read_flat_forms(line: str, start: int, names: tuple[str, ...]) -> list[Table]:
    """The forms the line holds, read word by word."""
    # a row's name may end with a colon ("年度资金总额:"): the name is the word without it
    words = [(m.group(0).rstrip(":：") or m.group(0), start + m.start()) for m in _WORD.finditer(line)]
    cells = [w for w, _ in words]
    starts = [s for _, s in words]
    tables = []
    k = 0
    while k < len(cells):
        run = form_header(cells, k, names)
        if run is None:
            k += 1
            continue
        header, j = run
        numeric, label_col = _form_columns(header)
        if label_col != 0 or len(numeric) != len(header) - 1:
            # text columns besides the rows' names (指标, 指标值 "=8个", 偏差原因):
            # words cannot say which cell a word is of
            k = j
            continue
        table, k = form_rows(cells, starts, header, j, names)
        if table is not None:
            tables.append(table)
        k = max(k, j)
    return tables
