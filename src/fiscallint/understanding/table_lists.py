"""Rows under a row of a table that are no list to add up to it: a
sibling cut off after its number, figures under no column or the wrong
one, 其中 rows all of one name; or no rows but totals."""
from __future__ import annotations

import re

from fiscallint.model.vocabulary import Measure
from fiscallint.model.tables import Table, is_serial_name, leaf_name
from fiscallint.understanding.row_tree import CLOSING_TOTAL, TOTAL_ROW, numbering_style


def no_list_here(t: Table, labels: list[str], figured: set[int], kids: list[int], of_which: bool) -> bool:
    """Rows under one that are no list to add: one left blank, figures under
    no column, or 其中 rows all of one name."""
    return _sibling_left_blank(t, kids, figured) or _figures_unplaced(t, kids) \
        or of_which and _one_name_repeated(labels, kids)


def _figures_unplaced(t: Table, kids: list[int]) -> bool:
    """A part whose figures stand under no column (more cells than the header
    has, rows run together by an export), or under the wrong ones (its blank
    cells dropped): the sum holds them in columns no one knows, and the
    placed figures beside them are no surer."""
    return any(t.aligned(t.rows[k]) is None and any(c.numeric for c in t.rows[k].cells) or _packed_left(t, k)
               or _amount_under_a_code(t, k) for k in kids)


def _amount_under_a_code(t: Table, r: int) -> bool:
    """"210 | 卫生健康支出 | 277.66" read with 277.66 under 项: an amount with
    decimals in a column of codes (类, 款, 项, 行次) is a figure out of place."""
    return any("." in cell.text and cell.numeric and is_serial_name(leaf_name(t.column_name(c)))
               for c, cell in (t.aligned(t.rows[r]) or {}).items())


def _packed_left(t: Table, r: int) -> bool:
    """"3.财政补贴收入 | 0.00 | 100.00% | ||||": a row whose blank cells an export
    dropped, its figures moved left: a percentage stands under an amount's column."""
    aligned, keys = t.aligned(t.rows[r]) or {}, t.keys or []
    return any(c < len(keys) and keys[c] is not None and keys[c].measure == Measure.AMOUNT
               and cell.text.strip().endswith(("%", "％")) for c, cell in aligned.items())


def _sibling_left_blank(t: Table, kids: list[int], figured: set[int]) -> bool:
    """A row numbered as its figured siblings are, cut off after its number
    ("一、本级支出 | 4894" then "二、" alone): their sum is unknown, not short
    (a named row left blank, "二十、粮油物资储备支出 | |", is nil)."""
    styles = {numbering_style(t.rows[k].label) for k in kids if k in figured} - {None}
    return any(k not in figured and numbering_style(t.rows[k].label) in styles
               and not _NUMBER_ONLY.sub("", t.rows[k].label).strip() for k in kids)


_NUMBER_ONLY = re.compile(r"^\s*(?:[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十0-9０-９]{1,3}[）)]|[0-9０-９]{1,3}[、.．])")


def _one_name_repeated(labels: list[str], kids: list[int]) -> bool:
    """Two or more rows under one, all of one name ("其中:财政资金" after 预算数
    and again after 执行数, a form's key-value export): one item in several
    columns of the form, no list of parts. (Asked of 其中 rows: 小计 rows
    under a 合计 are all named alike.)"""
    names = {labels[k].strip(" ：:") for k in kids}
    return len(kids) >= 2 and len(names) == 1 and bool(names - {""})


def totals_alone(lex, labels: list[str], figured: set[int]) -> bool:
    """Every row with figures a total ("收支总计 | 本年收入合计 | 本年支出合计", a
    table of a report's main figures; "2023年支出合计 | 2022年支出合计"; totals by
    fund over 财政拨款支出总计): none read as a part of another, unless one row's
    concept is the whole of every other row's (支出合计 | 基本支出合计 | 项目支出合计)."""
    if len(figured) < 2 or not all(TOTAL_ROW.match(labels[r]) or CLOSING_TOTAL.search(labels[r]) for r in figured):
        return False
    concepts = [lex.concept_of(labels[r]) for r in sorted(figured)]
    return not any(c and all(o and o != c and o in lex.children.get(c, ()) for o in concepts[:i] + concepts[i + 1:])
                   for i, c in enumerate(concepts))
