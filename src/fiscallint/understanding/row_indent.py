"""How far a table's row labels are indented, and the parent that gives an
indented row: the nearest row above it indented less. :mod:`row_tree` asks
here first for a space-aligned or indented table, and places the rest."""
from __future__ import annotations

import re
from dataclasses import replace

from fiscallint.support.wordbook import pattern
from fiscallint.understanding.header_places import screen_width
from fiscallint.model.tables import Table

_CHILD = pattern("row_tree", "child")
_ROW_NUMBER_COLUMN = pattern("row_indent", "row_number_column")
_FORM_LINE = pattern("row_indent", "form_line")
_CHILD_PREFIX = re.compile(_CHILD.pattern + r"[：:\s]*")
_SUBTOTAL = pattern("row_tree", "named_subtotal")  # 小计, 财政资金小计


def indent_levels(t: Table, labels: list[str]) -> list[int | None] | None:
    """Each row's depth by how far its label is indented in a space-aligned
    table ("工资福利支出" then "  基本工资"), when labels stand at two places
    or more; None otherwise, or where 其中 rows say the depth themselves."""
    by_columns = _level_column_depths(t)
    if by_columns is not None:
        return by_columns
    numbered = any(_ROW_NUMBER_COLUMN.fullmatch(name.strip()) for name in t.header)
    whole = t.__dict__.get("_whole")
    if whole and whole[1] and t.layout != "tab-cells" and _shifted_by_the_left_side(t):
        # a side right of another: its labels stand where the other side's widths end (but a
        # tab-indented cell's place is its own indent, "\t  农林水支出", whatever the side)
        return None
    xs = _label_places(t, numbered)
    if _right_aligned([c for c, x in zip(_label_cells(t), xs) if x is not None]):
        return None  # ("一般公共预算支出" over "    上解上级支出": labels set flush right, their starts say no depth)
    places: list[int] = []
    for x in sorted({x for x in xs if x is not None}):
        if not places or x - places[-1] >= 2:  # a place one off is the export's jitter, not a level
            places.append(x)
    if len(places) < 2:
        return None
    return [None if x is None else max(k for k, p in enumerate(places) if p <= x) for x in xs]


def _label_places(t: Table, numbered: bool) -> list[int | None]:
    """Where each row's label starts on screen (None: no label to place)."""
    xs: list[int | None] = []
    for cell in _label_cells(t):
        if cell is None or cell.empty or cell.x is None or numbered and _FORM_LINE.search(cell.text):
            xs.append(None)  # (a form numbering its rows, 项目 | 行次 | 金额, centres its total lines' labels)
            continue
        # "  其中：公务用车购置费" over "        公务用车运行维护费": the 其中 row's
        # name stands where its siblings' do, after 其中：
        child = _CHILD_PREFIX.match(cell.text)
        xs.append(cell.x + (screen_width(child.group(0).lstrip()) if child else 0))
    return xs


def _right_aligned(cells) -> bool:
    """Three labels or more that start at two places or more but all end at
    one (within the export's jitter of one): a column set flush right."""
    ends = [c.x + screen_width(c.text.rstrip()) for c in cells]
    return len(cells) >= 3 and len({c.x for c in cells}) >= 2 and max(ends) - min(ends) <= 1


def _level_column_depths(t: Table) -> list[int | None] | None:
    """一级指标 | 二级指标 | 分值 …: rows named in the 一级指标 column alone, with
    figures ("决策（15分） | | 15 | 14.30"), head the rows below them named in a
    deeper column with their 一级指标 cell blank. None unless every row but
    the totals is one or the other (a form naming its 一级指标 in its block's
    first row beside the rest is read otherwise)."""
    columns = [k for k, name in enumerate(t.header) if _LEVEL_COLUMN.search(name)]
    if len(columns) < 2:
        return None
    depths: list[int | None] = []
    for row in t.rows:
        cells = t.aligned(row) or {}
        named = [d for d, k in enumerate(columns) if cells.get(k) is not None and cells[k].text.strip()
                 and not cells[k].numeric]
        if _TOTALLING.match(row.label) or not named:
            depths.append(None)
        elif named == [0] and any(c.numeric for c in row.cells):
            depths.append(0)
        elif named[0] > 0:
            depths.append(1)
        else:
            return None
    return depths if depths.count(0) >= 2 and depths.count(1) >= 2 else None


_LEVEL_COLUMN = pattern("row_indent", "level_column")
_TOTALLING = pattern("row_indent", "totalling")


def _label_cells(t: Table) -> list:
    """Each row's label cell; in a table between bars that indents some of
    them with ideographic spaces, the others placed at 0."""
    label_column = _label_column(t)
    cells = [(t.aligned(row) or {}).get(label_column) for row in t.rows]
    if t.layout == "pipe" and any(c is not None and c.x for c in cells):
        cells = [replace(c, x=0) if c is not None and not c.empty and c.x is None else c for c in cells]
    return cells


def _label_column(t: Table) -> int:
    """The column the rows' labels stand in: the first, unless it is blank in
    every row ("| 收入项目 | 决算数 |" drawn with a bar before its first cell)."""
    aligned = [t.aligned(row) or {} for row in t.rows]
    if aligned and all((cells.get(0) is None or cells[0].empty) for cells in aligned) \
            and any(cells.get(1) is not None and not cells[1].empty for cells in aligned):
        return 1
    return 0


def _shifted_by_the_left_side(t: Table) -> bool:
    """Whether a right side's rows stand where the left side's cells happen
    to end: its figures, right-aligned in a true layout, end at different
    places."""
    ends = set()
    for row in t.rows:
        for k, cell in (t.aligned(row) or {}).items():
            if k and cell.numeric and cell.x is not None:
                ends.add((k, cell.x + screen_width(cell.text)))
    columns = {k for k, _ in ends}
    return any(max(e for c, e in ends if c == k) - min(e for c, e in ends if c == k) > 1 for k in columns)


def by_indent(walk, levels: list[int | None], i: int) -> bool:
    """An indented row's parent: the nearest row above it indented less.
    False for a row at the left (the walk places it)."""
    level = levels[i]
    if level == 0 and walk.child_of is not None and any(
            walk.parent[k] == walk.child_of and levels[k] and _indented_past(walk, k, i)
            for k in range(walk.child_of + 1, i)):
        # "  其中：城市低保" | "        农村低保" | "特困供养": a row back at the left is
        # past the 其中 list indented under the row above it (its items indented, not only its 其中 row)
        walk.child_of = walk.child_concept = None
    if not level or _CHILD.match(walk.labels[i]):
        return _inner_child_list(walk, levels, i)  # a 其中 row says its depth itself: the walk opens its list
    sibling = next((k for k in range(i - 1, -1, -1) if levels[k] is not None and levels[k] <= level), None)
    if sibling is not None and levels[sibling] == level and walk.child_of is not None \
            and walk.parent[sibling] == walk.child_of:
        walk.attach(i, walk.child_of, "其中")  # one more item of the 其中 list above, at its depth
        return True
    parent = next((k for k in range(i - 1, -1, -1) if levels[k] is not None and levels[k] < level), None)
    if parent is None or _SUBTOTAL.search(walk.labels[i]) and parent in walk.figured:
        return False  # ("  财政资金小计" indented under 县级财政资金: it closes the rows above it, the walk says)
    if _goes_on_a_child_list(walk, parent, i):
        walk.attach(i, walk.child_of, "其中")  # ("其中：当年财政拨款" over "        上年结转资金": the list goes on)
        return True
    walk.attach(i, parent, "indented")
    return True


def _goes_on_a_child_list(walk, parent: int, i: int) -> bool:
    """Row i, indented under a 其中 row, is its sibling when it names a sibling of what that
    row names ("  其中：当年财政拨款" over "        上年结转资金"; not "一般公共预算" under
    "其中：财政拨款收入": indented past it, a part of it)."""
    if not _CHILD.match(walk.labels[parent]) or walk.child_of is None or walk.parent[parent] != walk.child_of:
        return False
    concept, listed = walk.concepts[i], walk.child_concept
    return bool(concept and listed and concept in walk.lex.siblings.get(listed, ()))


def _indented_past(walk, k: int, i: int) -> bool:
    """Row ``k``'s label cell starts right of row ``i``'s ("　其中：再融资一般债券"
    over "调入资金"), not only its name after 其中： ("其中：财政拨款" over "其他资金")."""
    xs = _label_xs(walk)
    return not _CHILD.match(walk.labels[k]) or (xs[k] or 0) > (xs[i] or 0)


def _label_xs(walk) -> list[int | None]:
    """Where each row's label starts on its line (remembered with the walk)."""
    xs = walk.__dict__.get("_label_x")
    if xs is None:
        xs = walk.__dict__["_label_x"] = [None if c is None else c.x for c in _label_cells(walk.table)]
    return xs


def _inner_child_list(walk, levels: list[int | None], i: int) -> bool:
    """"其中：基本支出" over "      其中：人员经费": a 其中 row indented past the 其中
    row above opens a list inside that item (True); any other is left to the walk."""
    level = levels[i]
    if not level or not _CHILD.match(walk.labels[i]):
        return False
    above = next((k for k in range(i - 1, -1, -1) if levels[k] is not None), None)
    if above is None or levels[above] >= level or not _CHILD.match(walk.labels[above]):
        return False
    walk.open_child_list(i, walk.labels[i], above)
    return True
