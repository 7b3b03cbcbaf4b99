"""The words of a label (or a remark) a PDF wrapped onto a line of their own,
joined back onto the cell of the row above they end."""
from __future__ import annotations

from fiscallint.model.tables import COLUMN_SPLIT, Cell
from fiscallint.understanding.column_places import _label_ends
from fiscallint.understanding.header_places import screen_width


def join_label(cells: list[Cell], words: str, before: bool = False) -> None:
    """The row's label (past its code) with the words of its wrapped line."""
    n = next((n for n, c in enumerate(cells) if not c.numeric), 0)
    c = cells[n]
    cells[n] = Cell(words + c.text if before else c.text + words, c.start, c.end, c.grid, c.x)


def join_label_ends(cells: list[Cell], above: str, line: str) -> None:
    """Each label of the row the words of its wrapped line (_label_ends) end."""
    if not COLUMN_SPLIT.search(line.strip()):
        # (the words end the cell they stand under: "…未 / 能全部支付" a remark's, not the label's)
        at = screen_width(line[:len(line) - len(line.lstrip())])
        under = [n for n, c in enumerate(cells) if not c.numeric and c.x is not None and c.x <= at + 1]
        if under and under[-1] != next((n for n, c in enumerate(cells) if not c.numeric), 0) and at > 0:
            c = cells[under[-1]]
            cells[under[-1]] = Cell(c.text + line.strip(), c.start, c.end, c.grid, c.x)
            return None
        return join_label(cells, line.strip())
    for x, tail in _label_ends(above, line):
        n = next((n for n, c in enumerate(cells) if c.x == x and not c.numeric), None)
        if n is None:
            continue  # (no label of the row stands there)
        c = cells[n]
        cells[n] = Cell(c.text + tail, c.start, c.end, c.grid, c.x)
