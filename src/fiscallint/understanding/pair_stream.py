"""Label-value pairs exported one cell a line, with no bars and no header.

A form such as a project's funding box is a grid of name/value pairs::

    计划投资额(万元) | 570 | 实际到位资金(万元) | 398.88 | 实际使用情况(万元) | 395.86
    其中：中央财政    | 0   | 其中：中央财政      | 0      |
    省财政           | 570 | 省财政             | 398.88 |

A PDF export keeps one cell a line and loses the grid: the first row's
pairs come one after another, then each later row's pairs, so the same name
recurs once per column ("其中: / 中央财政 / 0 / 其中: / 中央财政 / 0 / 省财政 /
570 / 省财政 / 398.88 …"). How many times a name recurs says how many
columns the lower rows have; the k-th pair of every lower row belongs under
the k-th pair of the first row. Each column becomes a key-value table whose
first row heads its 其中 rows, so the sums are checked as in any table.
"""
from __future__ import annotations

from dataclasses import dataclass

from fiscallint.support.wordbook import pattern
from fiscallint.model.tables import Cell, Row, Table, numeric_text

# a cell line: short, no sentence punctuation, no bars or tabs
_CELL_LINE = pattern("pair_stream", "cell_line")
_UNIT_LINE = pattern("pair_stream", "unit_line")
_CHILD_MARK = pattern("row_tree", "child_mark")
_OWN_UNIT = pattern("pair_stream", "own_unit")
# the first row of pairs is one row of the grid: at most this many pairs
_MOST_HEAD_PAIRS = 3


@dataclass
class _Pair:
    label: str
    label_start: int
    label_end: int
    value: Cell
    line: int
    child: bool  # a 其中 mark stood before its name
    unit: str | None


def may_start(line: str, next_line: str) -> bool:
    """Cheap test: a short name line followed by a number or a unit line."""
    s = line.strip()
    if not s or len(s) > 18 or numeric_text(s) or not _CELL_LINE.fullmatch(s):
        return False
    n = next_line.strip()
    return numeric_text(n) or bool(_UNIT_LINE.fullmatch(n))


def _pairs(lines, starts, i) -> tuple[list[_Pair], int]:
    """The pairs from line i on, and the line after the last one."""
    pairs: list[_Pair] = []
    j = i
    while j < len(lines):
        k = j
        child = False
        s = lines[k].strip()
        if _CHILD_MARK.fullmatch(s):
            child, mark_start = True, starts[k] + lines[k].index(s)
            k += 1
            s = lines[k].strip() if k < len(lines) else ""
        if not s or numeric_text(s) or not _CELL_LINE.fullmatch(s) or _UNIT_LINE.fullmatch(s):
            break
        label_start = starts[k] + lines[k].index(s)
        label_end = label_start + len(s)
        if child:
            label_start = mark_start
        elif (m := _CHILD_MARK.match(s)):
            child, s = True, s[m.end():]
        unit = m.group(1) if (m := _OWN_UNIT.search(s)) else None
        k += 1
        if unit is None and k < len(lines) and (m := _UNIT_LINE.fullmatch(lines[k].strip())):
            unit = m.group(1)
            k += 1
        if k >= len(lines) or not numeric_text(v := lines[k].strip()):
            break
        v_start = starts[k] + lines[k].index(v)
        label = _OWN_UNIT.sub("", s).strip()
        pairs.append(_Pair(label, label_start, label_end, Cell(v, v_start, v_start + len(v)), k + 1, child, unit))
        j = k + 1
    return pairs, j


def _columns(pairs: list[_Pair]) -> list[tuple[_Pair, list[_Pair]]] | None:
    """Each head pair with the pairs of its 其中 rows, or None when the
    pairs do not make such a grid."""
    first = next((n for n, p in enumerate(pairs) if p.child), None)
    if not first or first > _MOST_HEAD_PAIRS:
        return None
    head, rest = pairs[:first], pairs[first:]
    width = 1
    while width < len(rest) and rest[width].label == rest[0].label:
        width += 1
    if width > len(head):
        return None
    if width == 1:
        # one column: one 其中 list under the one pair above it
        return [(head[0], rest)] if len(head) == 1 and not any(p.child for p in rest[1:]) else None
    groups = []
    for g in range(0, len(rest) - width + 1, width):
        chunk = rest[g:g + width]
        if len({p.label for p in chunk}) != 1 or (g and any(p.child for p in chunk)):
            break
        groups.append(chunk)
    if len(groups) < 2:
        return None
    return [(head[c], [chunk[c] for chunk in groups]) for c in range(width)]


def _table(total: _Pair, parts: list[_Pair], unit: str | None) -> Table:
    rows = [Row([Cell(total.label, total.label_start, total.label_end), total.value], total.line)]
    for n, p in enumerate(parts):
        # the first part keeps its 其中 mark: it opens the total's list
        label = ("其中：" if n == 0 else "") + p.label
        rows.append(Row([Cell(label, p.label_start, p.label_end), p.value], p.line))
    t = Table("pair-stream", ["项目", "数值"], rows, unit=unit)
    t.start = total.label_start
    t.end = max(r.cells[-1].end for r in rows)
    return t


def read_pair_stream(lines, starts, i) -> tuple[list[Table], int] | None:
    """The tables a run of name/value lines from line i holds, and the line
    after it (none when the run is no such grid: no pair inside it starts
    one either); None when line i starts no pair."""
    pairs, j = _pairs(lines, starts, i)
    if not pairs:
        return None
    columns = _columns(pairs) if len(pairs) >= 3 else None
    if columns is None:
        return [], j
    units = {p.unit for p in pairs if p.unit}
    unit = units.pop() if len(units) == 1 else None
    return [_table(total, parts, unit) for total, parts in columns], j
