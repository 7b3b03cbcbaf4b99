"""A table exported one cell a line with no tab before its cells: a block of
short lines, a blank line after each row, its first rows the header's names
and then rows of a label and two figures or more, as many in every row
("项目" "本年支出" "合计" "基本支出" "项目支出" / "合计" "903.88" "392.86" "511.02" /
"208 社会保障和就业支出" "46.81" "46.81" "0.00"). Only the block's extent is
found here; its cells are read as tab-indented ones are."""
from __future__ import annotations

from fiscallint.model.tables import COLUMN_SPLIT, numeric_text
from fiscallint.support.wordbook import pattern

_MIN_ROWS = 3  # rows of figures, all alike, to tell a table from a list
_MAX_CELL = 30  # characters: a longer line is a sentence, not a cell
_NIL = frozenset("-−—－/／")
_NOT_A_NAME = pattern("bare_cells", "not_a_name")


def bare_cells_block(lines: list[str], i: int) -> tuple[int, int] | None:
    """The first line of such a table's header and the line after the table,
    for a block of short lines starting at line ``i`` (its caption, unit line
    and heading left out), or None when the lines there are not one."""
    if i and lines[i - 1].strip() and _a_cell(lines[i - 1]):
        return None  # (inside a block of short lines, not at its start: each block is looked at once)
    head, k = _group(lines, i)
    if not _names_only(head) or k >= len(lines) or lines[k].strip():
        return None  # (looked at group by group, each block once: a block that is no table is left at once)
    end, rows, width = None, 0, 0
    k += 1
    while k < len(lines) and lines[k].strip():
        cells, after = _group(lines, k)
        width = width or len(cells)
        if not cells or len(cells) != width or not _a_row(cells):
            if any(numeric_text(c) for c in cells):
                return None  # (a row of another width: cells lost or wrapped, the columns not known)
            break
        end, rows = after, rows + 1
        if after >= len(lines) or lines[after].strip():
            break  # (a line that is no cell ends the block)
        k = after + 1
    if width < 3 or rows < _MIN_ROWS:
        return None
    # (the block's first lines may be a heading, the table's caption and its unit: "五、“三公”经费情况",
    # "2024年度“三公”经费支出情况表", "单位：万元"; the header starts after the last of them)
    first = max((k + 1 for k, cell in enumerate(head) if _NOT_A_NAME.search(cell)), default=0)
    return (i + first, end) if len(head) - first >= 2 else None


def _group(lines: list[str], k: int) -> tuple[list[str], int]:
    """The cells of the group of short lines from line ``k`` on, and the line
    that ends it (blank, or the first that is no cell)."""
    cells = []
    while k < len(lines) and lines[k].strip() and _a_cell(lines[k]):
        cells.append(lines[k].strip())
        k += 1
    return cells, k


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
