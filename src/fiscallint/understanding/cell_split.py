"""A line of a table cut into its cells at a separator ("|" or a tab),
each cell keeping its place in the text."""
from __future__ import annotations

from fiscallint.model.tables import Cell


def split_cells(line: str, start: int, separator: str = "|", keep_trailing: bool = False) -> list[Cell]:
    """The cells of ``line`` (which starts at ``start`` in the text);
    ``keep_trailing`` keeps blank cells at the end (a row that has a
    separator for every cell of its table)."""
    cells = []
    pos = 0
    for part in line.split(separator):
        stripped = part.strip()
        lead = len(part) - len(part.lstrip())
        cells.append(Cell(stripped, start + pos + lead, start + pos + lead + len(stripped)))
        pos += len(part) + 1
    # a trailing run of blank cells ("| ||||||") is layout, not columns; a
    # dash ("—") is a cell that says "nothing" and keeps its place. A row
    # drawn between bars ("| 行政运行 | 512.10 | |") names each cell: only
    # the nothing after its closing bar goes.
    if keep_trailing:
        return cells
    stripped_line = line.strip()
    if separator == "|" and len(stripped_line) > 1 and stripped_line[0] == "|" and stripped_line[-1] == "|" \
            and "||" not in stripped_line:
        return cells[:-1]
    while cells and not cells[-1].text:
        cells.pop()
    return cells
