"""A table exported one cell a line with no tab before its cells: a block of
short lines, a blank line after each row, its first rows the header's names
and then rows of a label and two figures or more, as many in every row
("项目" "本年支出" "合计" "基本支出" "项目支出" / "合计" "903.88" "392.86" "511.02" /
"208 社会保障和就业支出" "46.81" "46.81" "0.00"). Only the block's extent is
found here; its cells are read as tab-indented ones are."""
from __future__ import annotations

from fiscallint.model.tables import COLUMN_SPLIT, numeric_text

_MIN_ROWS = 3  # rows of figures, all alike, to tell a table from a list
_MAX_CELL = 30  # characters: a longer line is a sentence, not a cell
_NIL = frozenset("-−—－/／")


def bare_cells_end(lines: list[str], i: int) -> int | None:
    """The line after such a table starting at line ``i`` (its header's
    first name), or None when the lines there are not one."""
    if i and lines[i - 1].strip() and _a_cell(lines[i - 1]):
        return None  # (inside a block of short lines, not at its start: each block is looked at once)
    groups: list[tuple[int, list[str]]] = []  # (the line after the group, its cells)
    k, cur = i, []
    while k < len(lines):
        line = lines[k].strip()
        if not line:
            if not cur:
                break
            groups.append((k, cur))
            cur, k = [], k + 1
            continue
        if not _a_cell(lines[k]):
            break
        cur.append(line)
        k += 1
    if cur:
        groups.append((k, cur))
    if len(groups) < _MIN_ROWS + 1 or not _names_only(groups[0][1]):
        return None
    width = len(groups[1][1])
    end = None
    for at, cells in groups[1:]:
        if len(cells) != width or not _a_row(cells):
            if any(numeric_text(c) for c in cells):
                return None  # (a row of another width: cells lost or wrapped, the columns not known)
            break
        end = at
    rows = sum(1 for at, _ in groups[1:] if end is not None and at <= end)
    return end if width >= 3 and rows >= _MIN_ROWS else None


def _a_cell(raw: str) -> bool:
    line = raw.strip()
    return "\t" not in raw and "|" not in raw and len(line) <= _MAX_CELL and not COLUMN_SPLIT.search(line) \
        and not any(ch in line for ch in "，。；,;")


def _names_only(cells: list[str]) -> bool:
    return len(cells) >= 2 and not any(numeric_text(c) or c in _NIL for c in cells)


def _a_row(cells: list[str]) -> bool:
    """A label, then figures (or nil marks) only, one a figure at least."""
    values = cells[1:]
    return not numeric_text(cells[0]) and all(numeric_text(c) or c in _NIL for c in values) \
        and any(numeric_text(c) for c in values)
