"""A form exported one cell a line with no regular columns, read as names
and the values after them; a 序号 or 行次 column flattened into the stream
gives no values."""
from __future__ import annotations

from fiscallint.model.tables import Cell, Row, Table
from fiscallint.understanding.cell_split import split_cells


def key_values(lines, starts, i, j) -> Table | None:
    """A form exported one cell a line with no regular columns ("投入总数 |
    246.37 | 抽查资金总数 | 246.37 | 资金抽查占比 | 100%"): each number is the
    value of the name just before it."""
    cells: list[tuple[Cell, int]] = []
    for k in range(i, j):
        for c in split_cells(lines[k], starts[k]):
            if not c.empty:
                cells.append((c, k + 1))
    serial = _serial_run(cells)
    rows = []
    for idx in range(1, len(cells)):
        (name, _), (value, line) = cells[idx - 1], cells[idx]
        if value.numeric and not name.numeric and idx not in serial:
            rows.append(Row([name, value], line))
    if len(rows) < 2:
        return None
    t = Table("key-values", ["项目", "数值"], rows)
    t.start, t.end = rows[0].cells[0].start, rows[-1].cells[-1].end
    return t


_SERIAL_RUN = 5  # serial numbers 1, 2, 3 … in a row, at least


def _serial_run(cells: list[tuple[Cell, int]]) -> set[int]:
    """The cells (by index) of a form's 序号 or 行次 column flattened into the
    stream ("1 | 一、…收入 | 675.82 | … | 2 | 二、…收入 | | 二、外交支出 | | 3 | …"): whole
    numbers that count up by one from 1, five or more, whatever stands between
    them; no row's value."""
    runs, run = [], []
    for idx, (c, _) in enumerate(cells):
        text = c.text.strip()
        if not text.isdigit() or len(text) > 3:
            continue
        if run and int(text) == int(cells[run[-1]][0].text.strip()) + 1:
            run.append(idx)
        elif text == "1":
            runs.append(run)
            run = [idx]
    runs.append(run)
    return {idx for r in runs if len(r) >= _SERIAL_RUN for idx in r}
