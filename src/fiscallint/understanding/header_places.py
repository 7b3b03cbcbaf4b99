"""Where a space-aligned table's cells stand under its header's names (a
PDF exported as text, a Chinese character two wide on screen): a row with
fewer cells than the header has names puts each figure under the name it
stands under, not packed to the left."""
from __future__ import annotations

import unicodedata
from bisect import bisect_right

from fiscallint.model.tables import Cell, Row


def screen_width(text: str) -> int:
    """How wide ``text`` shows in a fixed-width font: a Chinese character two."""
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def _screen_span(lines: list[str], starts: list[int], cell: Cell) -> tuple[int, int]:
    k = bisect_right(starts, cell.start) - 1
    return screen_width(lines[k][:cell.start - starts[k]]), screen_width(lines[k][:cell.end - starts[k]])


def _names_of(head: Row, lines: list[str], starts: list[int]) -> list[tuple[int, int]] | None:
    """Where the header's names stand on screen; None unless three names or more, no figure among them."""
    if len(head.cells) < 3 or any(c.numeric for c in head.cells):
        return None
    return [_screen_span(lines, starts, c) for c in head.cells]


def _lead(row: Row) -> int:
    """How many of the row's cells come before its figures: its words (a code, a label)."""
    return max((n + 1 for n, c in enumerate(row.cells) if not c.numeric), default=0)


def placed_under_header(rows: list[Row], body: list[Row], lines: list[str], starts: list[int]) -> bool:
    """Columns that no row fills (上级补助收入, 经营收入 left blank in every
    row of a PDF's text): when the header names more columns than any row
    has cells, each figure goes in the one column whose name it stands
    under, the words before it (a code, a label) in the columns before the
    first figure's. False (nothing placed) when a figure stands under no
    name or under two."""
    heads = [r for r in rows if r not in body]
    if not heads or len(heads[-1].cells) <= max(len(r.cells) for r in body):
        return False
    names = _names_of(heads[-1], lines, starts)
    if names is None:
        return False
    placed = []
    for r in body:
        lead = _lead(r)
        words = r.cells[:lead]  # (a code, a label) then figures
        at = _names_over(names, [_screen_span(lines, starts, c) for c in r.cells[lead:]])
        if len(words) > 2 or at is None:
            return False
        placed.append((r, words, at))
    first_figure = min((at[0] for _, _, at in placed if at), default=0)
    if first_figure < 1:
        return False
    for r, words, at in placed:
        end = r.cells[-1].end
        cells = [Cell("", end, end) for _ in names]
        for k, c in zip(range(first_figure - len(words), first_figure), words):
            cells[max(k, 0)] = c
        for k, c in zip(at, r.cells[len(words):]):
            cells[k] = c
        r.cells = cells
    return True


def short_rows_under_header(rows: list[Row], body: list[Row], lines: list[str], starts: list[int], widest: int) -> bool:
    """"序号 采购项目 … 数量 预算金额" over a row with no 数量 ("2 … 服务      4.50"):
    when the header names as many columns as the fullest rows have cells,
    and every figure of those rows stands under the name of its own column,
    a shorter row's figures go under the names they stand under, its words
    in the columns before the first of them. False (nothing placed) when a
    figure stands under no name or two, or words would overlap figures."""
    heads = [r for r in rows if r not in body]
    if not heads or len(heads[-1].cells) != widest:
        return False
    names = _names_of(heads[-1], lines, starts)
    if names is None:
        return False
    placed = []
    for r in body:
        lead = _lead(r)
        at = _names_over(names, [_screen_span(lines, starts, c) for c in r.cells[lead:]])
        if at is None or at and at[0] < lead or len(r.cells) == widest and at != list(range(lead, widest)):
            return False
        placed.append((r, lead, at))
    for r, lead, at in placed:
        if len(r.cells) < widest:
            words = _words_under(names, [_screen_span(lines, starts, c) for c in r.cells[:lead]], at[0] if at else widest)
            end = r.cells[-1].end
            cells = [Cell("", end, end) for _ in range(widest)]
            for k, c in zip(words + at, r.cells):
                cells[k] = c
            r.cells = cells
    return True


def _words_under(names: list[tuple[int, int]], words: list[tuple[int, int]], before: int) -> list[int]:
    """The columns of a row's words, left to right, all before column
    ``before``: each the name its left end stands under (or the last name
    left of it), else the columns from the first on."""
    at = [max((k for k, (a, _) in enumerate(names) if a - 2 <= left), default=0) for left, _ in words]
    if all(x < y for x, y in zip(at, at[1:])) and (not at or at[-1] < before):
        return at
    return list(range(len(words)))


def _names_over(names: list[tuple[int, int]], figures: list[tuple[int, int]]) -> list[int] | None:
    """The column each figure stands under, left to right: the one name its
    stretch of the screen meets; None when it meets none or two."""
    at: list[int] = []
    for left, right in figures:
        under = [k for k, (a, b) in enumerate(names) if a - 2 < right and left < b + 2]
        if len(under) != 1 or (at and under[0] <= at[-1]):
            return None
        at.append(under[0])
    return at
