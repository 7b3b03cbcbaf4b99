"""Tables: rebuild rows and columns from the text a report was exported to.

Layouts read (each seen in real exports):

- ``pipe``: one row a line, cells separated by ``|`` (the .docx rendering,
  and several web/PDF exports);
- ``pipe-stream``: one cell a line, each ending with ``|``; the number of
  columns is read from where the row labels recur;
- ``tab-cells``: one cell a line, indented with a tab, a blank line between
  rows, header cells wrapped over several lines (Word's "save as text");
- ``columns``: cells separated by tabs or runs of spaces on one line;
- ``pair-stream``: name/value pairs one cell a line, no bars (:mod:`…pair_stream`);
- a form flattened onto one line, its cells separated by spaces
  (:mod:`fiscallint.understanding.flat_form`).

A table knows its header (the column names, joined over wrapped lines), the
unit it declares (（万元）, 金额单位：元), and each row's label. Every cell
keeps its offsets in the document text, so a number in a cell is the same
quantity the grammar found there.
"""
from __future__ import annotations

import re

from fiscallint.model.tables import COLUMN_SPLIT, _NUMERIC, _UNIT_DECLARED, Cell, Row, Table, _header_name
from fiscallint.understanding.form_text import form_header, form_rows
from fiscallint.understanding.flat_form import may_hold_form, read_flat_forms
from fiscallint.understanding.pair_stream import may_start, read_pair_stream
from fiscallint.understanding.cell_split import (
    PAGE_FOOTER, TOTAL_LABEL_LINE, goes_on_grid, is_blank_row, is_pipe_cell, is_pipe_row, is_rule_row, label_end_under,
    in_tab_places, label_ends_joined, name_end_under, over_tab_rows, padded, page_break_at, split_cells, with_label_end,
    wrapped_labels_joined, years_joined,
)
from fiscallint.understanding.column_places import (
    NAMED_FIGURE, NIL_CELL, TWO_FIGURES, column_rows_end, first_name_split, first_header_line, header_past_page_break, total_row_before,
    label_head, line_cells, place_by_position, screen_width, spanned_header, wrapped_header, wrapped_label,
)
from fiscallint.understanding.header_rows import header_over, spanned_names
from fiscallint.understanding.key_values import key_values
from fiscallint.understanding.label_joins import join_label, join_label_ends
from fiscallint.understanding.table_joins import rejoined
from fiscallint.understanding.row_tree import CLASSIFICATION_HEADING
from fiscallint.understanding.bare_cells import bare_cells_block


def tables_from_cells(text: str, cells) -> list[Table]:
    """Tables of a Word document, from its real structure (the docx reader's
    cell origins): each Word table on its own, nested ones apart."""
    by_table: dict[int, dict[int, list]] = {}
    for c in cells:
        by_table.setdefault(c.table, {}).setdefault(c.row, []).append(c)
    out: list[Table] = []
    for number in sorted(by_table):
        rows = []
        for r in sorted(by_table[number]):
            line = text.count("\n", 0, by_table[number][r][0].start) + 1
            row_cells = []
            for c in sorted(by_table[number][r], key=lambda c: c.column):
                raw = text[c.start:c.end]
                lead = len(raw) - len(raw.lstrip())
                stripped = raw.strip()
                row_cells.append(Cell(stripped, c.start + lead, c.start + lead + len(stripped), c.column - 1))
            while row_cells and not row_cells[-1].text and len(row_cells) > 1:
                row_cells.pop()
            rows.append(Row(row_cells, line))
        for t in _split_by_header(rows, "docx"):
            t.unit = _declared_unit(text, t)
            if t.rows:
                out.append(t)
    return out


def find_tables(text: str, form_headers: tuple[str, ...] = ()) -> list[Table]:
    """Every table the text holds, in order. ``form_headers`` are column names
    that mark a form exported one cell a line (see rules/lexicon.toml)."""
    lines = text.split("\n")
    starts = [0]
    for line in lines[:-1]:
        starts.append(starts[-1] + len(line) + 1)
    tables: list[Table] = []
    i = 0
    while i < len(lines):
        found, i = _tables_at(lines, starts, i, form_headers)
        tables.extend(found)
    tables = rejoined([t for t in tables if t.rows], text)
    for t in tables:
        t.unit = t.unit or _declared_unit(text, t)
    return tables


def _tables_at(lines, starts, i: int, form_headers) -> tuple[list[Table], int]:
    """The tables of the layout that starts at line ``i``, and the line after them."""
    line = lines[i]
    if is_pipe_row(line) or is_pipe_cell(line):
        found, i = _read_pipes(lines, starts, i)
    elif line.startswith("\t") and over_tab_rows(lines, i) and (grid := _read_tab_grid(lines, starts, i)):
        found, i = grid  # "\t年初预算数\t全年预算数…": a header whose corner cell is blank
    elif line.startswith("\t") and not _columns(line):  # ("\t\t质量指标\t…\t8\t8": a row, read below)
        found, i = _read_tab_cells(lines, starts, i)
    elif form_headers and (run := form_header(lines, i, form_headers)):
        found, i = _read_form(lines, starts, i, run, form_headers)
    elif form_headers and may_hold_form(line, form_headers) and (flat := read_flat_forms(line, starts[i], form_headers)):
        found, i = flat, i + 1
    elif "\t" in line and (grid := _read_tab_grid(lines, starts, i)):
        found, i = grid
    elif _columns(line):
        found, i = _read_columns(lines, starts, i)
    elif i + 1 < len(lines) and may_start(line, lines[i + 1]) and (run := read_pair_stream(lines, starts, i)):
        found, i = run
    elif line.strip() and (block := bare_cells_block(lines, i)) is not None:
        found, i = _tab_cells(lines, starts, block[0], block[1], bare=True), block[1]
    else:
        found, i = [], i + 1
    return found, i


def _read_pipes(lines, starts, i) -> tuple[list[Table], int]:
    """The lines with bars from line i on: a grid (mostly whole rows) or
    one cell a line (a stream, key-value pairs, or a header and its row)."""
    j = i
    while j < len(lines) and (is_pipe_row(lines[j]) or is_pipe_cell(lines[j]) or (
            is_rule_row(lines[j]) and j + 1 < len(lines) and is_pipe_row(lines[j + 1]))):
        j += 1  # (a rule drawn between the header and the rows, "————", is in the table)
    full = sum(1 for k in range(i, j) if is_pipe_row(lines[k]) or is_blank_row(lines[k]))
    if full >= (j - i) / 2:
        return _pipe_rows(lines, starts, i, j), j
    t = _pipe_stream(lines, starts, i, j) or key_values(lines, starts, i, j) or _header_stream(lines, starts, i, j)
    return ([t] if t is not None else []), j


def _read_tab_cells(lines, starts, i) -> tuple[list[Table], int]:
    """The tab-indented cells from line i on, with the blank lines between
    rows and the wrapped cells' lines."""
    j = i
    while j < len(lines) and (lines[j].startswith("\t") or not lines[j].strip() or _continuation(lines, j)
                              or page_break_at(lines, j) or TOTAL_LABEL_LINE.match(lines[j])
                              and lines[j + 1:j + 2] and lines[j + 1].startswith("\t")) \
            and not (j > i and lines[j].startswith("\t") and over_tab_rows(lines, j)):
        j += 1  # (up to a header over rows of its own: "\t金额单位：万元" then "\t年初预算数\t…")
    return _tab_cells(lines, starts, i, j) or [], max(j, i + 1)


def _read_form(lines, starts, i, run, form_headers) -> tuple[list[Table], int]:
    """A form exported one cell a line, after its header ``run`` (names, next line)."""
    header, j = run
    t, j = form_rows(lines, starts, header, j, form_headers)
    return ([t] if t is not None else []), max(j, i + 1)


def _read_tab_grid(lines, starts, i) -> tuple[list[Table], int] | None:
    """Rows of cells split by single tabs where some cells are blank
    ("因公出国（境）费\t\t0.00", "\t\t四、农林水支出\t425.45": a Word table
    copied as text): each tab keeps its cell's place, where the reading by
    runs of text would shift the cells left or end the table. None when no
    row has a blank cell before its last (the columns reader reads those)."""
    j = i
    while goes_on_grid(lines, i, j):
        j += 1
    rows = [Row(split_cells(lines[k], starts[k], "\t"), k + 1) for k in range(i, j)]
    full_width = max(lines[k].count("\t") for k in range(i, j)) + 1
    header_full = lines[i].count("\t") + 1 == full_width
    for r, k in zip(rows, range(i, j)):
        in_tab_places(r, lines[k], starts[k], full_width, header_full)
    rows = label_ends_joined(rows)
    widths = [len(r.cells) for r in rows]
    if j - i < 3 or max(widths) < 3 or sum(1 for r in rows if sum(c.numeric for c in r.cells) >= 2) < 2:
        return None
    if not any(any(c.empty for c in r.cells[:-1]) for r in rows):
        return None
    if len({sum(1 for c in r.cells if not c.empty) for r in rows}) == 1:
        return None  # every row as full as the header: its blank cells are a typist's padding ("合    计\t\t\t1,842.81")
    tables = _split_by_header(rows, "columns")
    return (tables, j) if tables else None


def _read_columns(lines, starts, i) -> tuple[list[Table], int]:
    """The lines of cells separated by tabs or runs of spaces from line i on."""
    j, turned = column_rows_end(lines, i, _columns)
    return _column_tables(lines, starts, i, j, turned), j


def _pipe_rows(lines, starts, i, j) -> list[Table]:
    rows: list[Row] = []
    for k in range(i, j):
        if not is_pipe_row(lines[k]) and not (rows and (is_blank_row(lines[k]) or name_end_under(rows[-1], lines[k])
                                                          or _classification_heading(lines[k]))) \
                or is_rule_row(lines[k]):
            continue  # a title cell ("部门整体支出绩效自评表 | ||||"), a rule under a header ("|---|:--:|")
        cells = split_cells(lines[k], starts[k])
        if rows and cells and len(cells) < len(rows[-1].cells) and name_end_under(rows[-1], lines[k]):
            # ("|  |  | 预算数 |  |  |": its blank last cells dropped, the names above it end here)
            cells = cells + [Cell("", cells[-1].end, cells[-1].end)] * (len(rows[-1].cells) - len(cells))
        if rows and cells and cells[0].numeric and not rows[-1].cells[-1].numeric is False and _wrapped(rows[-1], cells):
            rows[-1].cells.extend(cells)  # a row wrapped onto the next line (PDF)
            continue
        if rows and label_end_under(rows[-1], cells):
            rows[-1] = with_label_end(rows[-1], cells)  # ("| 款 |  |": the end of the label above)
        else:
            rows.append(Row(cells, k + 1))
    return _split_by_header(rows, "pipe")


def _classification_heading(line: str) -> bool:
    """"|  | 按支出性质分： |": a row of one cell heading the breakdown below it."""
    filled = [p for p in line.split("|") if p.strip()]
    return line.count("|") >= 2 and len(filled) == 1 and bool(CLASSIFICATION_HEADING.match(filled[0]))


def _wrapped(prev: Row, cells: list[Cell]) -> bool:
    """A line of numbers only, right after a row that ends in numbers: the
    row went on past the page width."""
    return all(c.numeric or c.empty for c in cells) and prev.cells and prev.cells[-1].numeric and \
        not any(c.numeric for c in prev.cells[:1])


def _labels_only(table: Table | None, row: Row) -> bool:
    """A row of ``table`` that names its row in each side's label column
    and leaves the figures blank ("使用非财政拨款结余 | | 结余分配 |"), not a
    header: each filled cell stands where the table's rows hold words."""
    gridded = bool(row.cells) and all(c.grid is not None for c in row.cells)  # (a workbook's row: its cells' own columns)
    if table is None or not table.header or not gridded and len(row.cells) != len(table.header) or not table.rows:
        return False
    figured = {c.grid if gridded else i for r in table.rows if gridded or len(r.cells) == len(row.cells)
               for i, c in enumerate(r.cells) if c.numeric}  # (none yet: nothing says where the figures stand)
    return bool(figured) and not any(not c.empty and (c.grid if gridded else i) in figured for i, c in enumerate(row.cells))


def _mid_rows(table: Table | None) -> bool:
    """Rows of figures read with no header (a table going on past a page
    break, its header on the page before): a row of names among them is a
    row with blank figures ("使用非财政拨款结余 | 结余分配"), not a header."""
    return table is not None and not table.header and any(c.numeric for r in table.rows for c in r.cells)


def _split_by_header(rows: list[Row], layout: str) -> list[Table]:
    """Cut a run of rows into tables at each header row (a row of names
    followed by a row with numbers), carrying the names as the header; one
    or two rows of names just above it that span it are header rows too."""
    tables: list[Table] = []
    current: Table | None = None
    rows = _header_lines_joined(rows)
    for k, row in enumerate(rows):
        has_numbers = any(c.numeric for c in row.cells) or _banner(row)
        # (the row of figures under a header may come after a banner row: "【养老服务补贴】  年初预算数450.00  …")
        nxt = next((r for r in rows[k + 1:k + 3] if not _banner(r)), None)
        is_header = not has_numbers and nxt is not None and any(c.numeric for c in nxt.cells) and len(
            [c for c in row.cells if not c.empty]) >= 2 and not _labels_only(current, row) and not _mid_rows(current)
        if is_header:
            header_rows, names = header_over(current.rows if current is not None else [], row, nxt)
            current = Table(layout, names, [], header_rows=header_rows)
            tables.append(current)
            continue
        if current is None:
            current = Table(layout, [], [])
            tables.append(current)
        current.rows.append(row)
    for t in tables:
        if t.rows:
            # (a blank cell placed by its column may stand anywhere on its line)
            t.start = min(c.start for c in (t.header_rows or t.rows)[0].cells)
            t.end = max((c.end for c in t.rows[-1].cells), default=t.start)
    return tables


def _banner(row: Row) -> bool:
    """A row of two cells or more each a name with its figure fused to it
    ("全年预算数488.00  全年执行数476.33"): a block's banner, no header."""
    return sum(1 for c in row.cells if NAMED_FIGURE.search(c.text.strip())) >= 2


def _header_lines_joined(rows: list[Row]) -> list[Row]:
    """A header's names a PDF wrapped onto a second line of the grid
    ("项目 | 预算数 | 完成预算 | 上年决算数" over " |  | （%） | "): the lower
    line fills only cells the upper one names, and figures follow; each of
    its cells ends the name above it."""
    k = 0
    while k + 2 < len(rows):
        upper, lower, first = rows[k], rows[k + 1], rows[k + 2]
        lower = padded(lower, len(upper.cells))  # ("\t\t合计" under "…\t本年支出\t基本支出": its blank end dropped)
        if len(upper.cells) == len(lower.cells) and not any(c.numeric for c in upper.cells + lower.cells) \
                and any(c.numeric for c in first.cells) and _ends_names(upper, lower):
            upper = Row([Cell(u.text + d.text.strip(), u.start, u.end, u.grid, u.x) if not d.empty else u
                         for u, d in zip(upper.cells, lower.cells)], upper.line)
            rows = rows[:k] + [upper] + rows[k + 2:]
        k += 1
    return rows


def _ends_names(upper: Row, lower: Row) -> bool:
    """Every filled cell of ``lower`` stands under a name of ``upper``, and
    fewer of them: the ends of wrapped names, not names under a spanning one."""
    filled = [i for i, c in enumerate(lower.cells) if not c.empty]
    return 0 < len(filled) < sum(1 for c in upper.cells if not c.empty) and all(
        not upper.cells[i].empty and len(lower.cells[i].text.strip()) <= 8 for i in filled)


def _pipe_stream(lines, starts, i, j) -> Table | None:
    """One cell a line: the columns are as many as the cells between two row
    labels ("合 计 | 30.8 | 25.7 | 因公出国(境)费 | 0 | 0 | …" has 3). A line
    holding only a bar is a blank cell and keeps its place when that makes
    the rows regular; else blanks are dropped (a layout's padding)."""
    return _stream_of(lines, starts, i, j, keep_blank=True) or _stream_of(lines, starts, i, j, keep_blank=False)


def _stream_cells(lines, starts, i, j, keep_blank: bool) -> list[tuple[Cell, int]]:
    """The cells of lines i..j with their line numbers; a line of bars only
    is as many blank cells as it has bars ("||": two) when blanks are kept."""
    cells: list[tuple[Cell, int]] = []
    for k in range(i, j):
        found = [c for c in split_cells(lines[k], starts[k]) if not c.empty]
        if not found and keep_blank and cells:
            found = [Cell("", starts[k], starts[k])] * max(1, lines[k].count("|"))
        cells.extend((c, k + 1) for c in found)
    return cells


def _stream_period(cells: list[tuple[Cell, int]], keep_blank: bool) -> tuple[int, int] | None:
    """Where the first row's label is and how many cells a row holds: the
    distance between the labels after the first number, when it is regular.
    With blank cells kept, a row whose label cell is blank leaves a gap of
    two periods ("动用… | 237 | || 地方政府债务收入 | …" on one side only)."""
    first_num = next((idx for idx, (c, _) in enumerate(cells) if c.numeric), None)
    if first_num is None:
        return None
    labels = [idx for idx, (c, _) in enumerate(cells) if idx > first_num and not c.numeric and not c.empty]
    if len(labels) < 2:
        return None
    gaps = [b - a for a, b in zip(labels, labels[1:])]
    period = min(gaps)
    if period < 2 or any(g % period if keep_blank else g != period for g in gaps):
        return None
    first_label = labels[0] - period
    if first_label < 0 or cells[first_label][0].numeric or cells[first_label][0].empty:
        return None
    return first_label, period


def _stream_rows(cells: list[tuple[Cell, int]], first_label: int, period: int,
                 keep_blank: bool) -> tuple[list[Row], bool]:
    """The rows, ``period`` cells each, and whether the last one's side is
    unsure: a last row holding one side only is the left one when the row
    above left its other side blank; else no one can tell which."""
    rows = []
    uncertain = False
    for s in range(first_label, len(cells), period):
        chunk = cells[s:s + period]
        if len(chunk) < period:
            if not keep_blank or len(chunk) < 2:
                break
            uncertain = bool(rows) and not rows[-1].cells[len(chunk)].empty
            chunk = chunk + [(Cell("", chunk[-1][0].end, chunk[-1][0].end), chunk[-1][1])] * (period - len(chunk))
        rows.append(Row([c for c, _ in chunk], chunk[0][1]))
    return rows, uncertain


def _blank_header_cells_merged(header: list[str], rows: list[Row]) -> tuple[list[str], list[Row]]:
    """"项目资金（万元） | | 年初预算数 | … | 得分 | | |" over rows whose blank
    cells all trail their figures: a blank header cell is part of a merged
    name, not a column; the names go with the rows' cells in order."""
    names = [h for h in header if h]
    if len(names) == len(header) or not names or header[0] == "":
        return header, rows
    filled = []
    for r in rows:
        texts = [not c.empty for c in r.cells]
        n = sum(texts)
        if any(texts[n:]) or n > len(names):
            return header, rows  # a blank amid a row's cells: it keeps its column
        filled.append(n)
    if max(filled, default=0) != len(names):
        return header, rows
    return names, [Row(r.cells[:len(names)], r.line) for r in rows]


def _stream_of(lines, starts, i, j, keep_blank: bool) -> Table | None:
    cells = _stream_cells(lines, starts, i, j, keep_blank)
    found = _stream_period(cells, keep_blank)
    if found is None:
        return None
    first_label, period = found
    period = _sides_period(cells[:first_label], period)
    header = [_header_name(c.text) for c, _ in cells[max(0, first_label - period):first_label]]
    rows, uncertain = _stream_rows(cells, first_label, period, keep_blank)
    if keep_blank:
        header, rows = _blank_header_cells_merged(header, rows)
    t = Table("pipe-stream", header, rows)
    t.start, t.end = cells[0][0].start, cells[-1][0].end
    if uncertain:
        t.uncertain_rows = {len(rows) - 1}
    return t


def _sides_period(head: list[tuple[Cell, int]], period: int) -> int:
    """A header that repeats its value columns once per side ("收入 | 执行数 |
    支出 | 执行数") is one row of a two-sided table: its rows are as wide as
    the whole header, though labels and values alternate at the width of
    one side."""
    names = [_header_name(c.text) for c, _ in head if not c.empty]
    # the header's last names: a title and a unit line may stand before them
    for width in range(len(names) - len(names) % period, period, -period):
        sides = [names[-width:][k:k + period] for k in range(0, width, period)]
        if all(side[1:] == sides[0][1:] for side in sides) and len({side[0] for side in sides}) == len(sides):
            return width
    return period


def _header_levels(lines, starts, i, j) -> tuple[list[list[Cell]], list[Cell], int] | None:
    """The names of lines i..j by header row (a line of empty cells ends the
    first), the values after them and the values' first line; None when a
    name follows the values (not one row under its header)."""
    levels: list[list[Cell]] = [[]]
    values: list[Cell] = []
    line_of = 0
    for k in range(i, j):
        cells = [c for c in split_cells(lines[k], starts[k]) if not c.empty]
        if not cells and levels[-1] and not values:
            levels.append([])
        for c in cells:
            if c.numeric:
                values.append(c)
                line_of = line_of or k + 1
            elif values:
                return None
            else:
                levels[-1].append(c)
    return [lv for lv in levels if lv], values, line_of


def _header_stream(lines, starts, i, j) -> Table | None:
    """One cell a line, the names of the columns then one row of values
    ("“三公”经费合计 | 因公出国(境)费 | 公务用车购置及运行费 | 公务接待费 | || 小计 |
    购置费 | 运行费 ||| 79 | 0 | 75 | 50 | 25 | 4"). A line of empty cells
    ends the first header row; the names after it are the sub-columns of the
    one first-row name that shares their words (it spans them)."""
    found = _header_levels(lines, starts, i, j)
    if found is None:
        return None
    levels, values, line_of = found
    if len(values) < 2 or not levels or len(levels) > 2:
        return None
    names: list[str] | None = [_header_name(c.text) for c in levels[0]]
    if len(levels) == 2:
        names = spanned_names(names, [_header_name(c.text) for c in levels[1]], len(values))
    elif len(names) != len(values):
        return None
    if names is None:
        return None
    t = Table("header-stream", names, [Row(values, line_of)], header_rows=[Row(levels[0] + levels[-1], i + 1)])
    t.start, t.end = levels[0][0].start, values[-1].end
    return t


# ---------------------------------------------------------------- tab cells
def _continuation(lines, j) -> bool:
    """A wrapped cell: a short line without a tab, right after a cell (or
    after another such line: 满意度 / 指标 / （10分）)."""
    line = lines[j]
    if not line.strip() or line.startswith("\t") or len(line.strip()) > 12:
        return False
    k = j - 1
    while k >= 0 and lines[k].strip() and not lines[k].startswith("\t") and len(lines[k].strip()) <= 12:
        k -= 1
    return k >= 0 and lines[k].startswith("\t") and j - k <= 6


def _tab_cells(lines, starts, i, j, bare: bool = False) -> list[Table]:
    """The rows of cells one a line, each after a tab (or, ``bare``, none)."""
    rows: list[Row] = []
    cells: list[Cell] = []
    first_line = i + 1
    page_break = False  # past a page number ("- 2 -"): its running header and blank lines go
    for k in range(i, j + 1):
        line = lines[k] if k < j else ""
        if k < j and not line.startswith("\t") and (PAGE_FOOTER.match(line) or page_break and len(line.strip()) <= 40):
            page_break = page_break or bool(line.strip())
            continue
        page_break = False
        if k == j or not line.strip() and not line.startswith("\t"):
            if cells:
                rows.append(Row(cells, first_line))
            cells = []
            first_line = k + 2
            continue
        if line.startswith("\t") or bare:
            body = line[1:] if line.startswith("\t") else line
            stripped = body.strip()
            lead = len(body) - len(body.lstrip())
            s = starts[k] + len(line) - len(body) + lead
            # a label indented after its tab ("\t  工资福利支出" under "\t人员经费", or
            # "\t　返还性收入" with an ideographic space) is a part
            cells.append(Cell(stripped, s, s + len(stripped), x=screen_width(body[:lead])))
        elif not cells and TOTAL_LABEL_LINE.match(line):
            # "总分" at the line's start, "\t100" "\t98.52" below: the form's last row, its label not tabbed
            stripped = line.strip()
            s = starts[k] + line.index(stripped)
            cells.append(Cell(stripped, s, s + len(stripped), x=0))
        elif cells:  # a wrapped cell goes on
            prev = cells[-1]
            stripped = line.strip()
            cells[-1] = Cell(prev.text + stripped, prev.start, starts[k] + len(line.rstrip()))
    if sum(1 for r in rows if any(c.numeric for c in r.cells)) < 1:
        return []
    return _split_by_header(wrapped_labels_joined(years_joined(rows)), "tab-cells")


# ---------------------------------------------------------------- columns
_COL_SPLIT = COLUMN_SPLIT
_PART_HEADING = re.compile(r"[ \t\u3000]*第[一二三四五六七八九十]{1,3}部分")


def _columns(line: str) -> bool:
    if "\t" not in line and "  " not in line and "\u3000\u3000" not in line:
        return False  # no cell break: one part (the common case, a line of prose)
    parts = [p for p in _COL_SPLIT.split(line.strip()) if p.strip()]
    pairs = sum(1 for p in parts if TWO_FIGURES.fullmatch(p))  # "10 10.00": two cells
    figures = pairs + sum(1 for p in parts if _NUMERIC.match(p) or TWO_FIGURES.fullmatch(p) or NIL_CELL.fullmatch(p))
    # (a line opening with a tab and holding no other is a cell of one-cell-a-line
    # layout; one whose first cells are blank, "\t\t质量指标\t…\t8\t8", is a row)
    lone_cell = line.startswith("\t") and "\t" not in line.strip("\t ")
    return len(parts) + pairs >= 3 and not lone_cell and figures >= 2


def _column_tables(lines, starts, i, j, turned=frozenset()) -> list[Table]:
    # the header is the line just before, when it splits into as many names
    rows = []
    if total_row_before(lines, i):
        i -= 1
    wrapped = wrapped_header(lines, starts, i) or spanned_header(lines, starts, i) or first_name_split(lines, starts, i)
    past_break = header_past_page_break(lines, i) if wrapped is None else None
    if past_break is not None:
        wrapped = Row(line_cells(lines[past_break], starts[past_break]), past_break + 1)
    if wrapped is not None:
        rows.append(wrapped)
    first = i if wrapped is not None else first_header_line(lines, i)
    heads = {k for k in range(i, j) if label_head(lines, k)}
    for k in range(first, j):
        line = lines[k]
        if k in turned or k in heads:
            continue  # a page's number and running header; a label's first line, joined to its row below
        if k < i and len([p for p in _COL_SPLIT.split(line.strip()) if p.strip()]) < (2 if first < k else 3):
            continue  # (the lower line of a two-line header may name two columns under a span)
        if k >= i and not _columns(line) and wrapped_label(lines, k, i, _columns):  # the end of the label above
            join_label_ends(rows[-1].cells, lines[k - 1], line)
            continue
        rows.append(Row(line_cells(line, starts[k]), k + 1))
        if k - 1 in heads:
            join_label(rows[-1].cells, lines[k - 1].strip(), before=True)
    if j - i < 2:
        return []
    place_by_position(rows, lines, starts, i)
    # a header row taken into the table under it leaves its own empty
    return [t for t in _split_by_header(rows, "columns") if t.rows]


_SPACE_RUN = re.compile(r"[ \t\u3000]{2,}")


def _declared_unit(text: str, table: Table) -> str | None:
    """The unit a table declares in its header cells or just above it."""
    for name in table.header:
        m = _UNIT_DECLARED.search(name)
        if m:
            return m.group(1) or m.group(2)
    # (160 characters of words: a header a PDF export spread over three lines of spaces stands between)
    above = _SPACE_RUN.sub(" ", text[max(0, table.start - 800):table.start])[-160:]
    declared = list(_UNIT_DECLARED.finditer(above))
    if declared:
        return declared[-1].group(1) or declared[-1].group(2)
    for row in table.header_rows + table.rows[:2]:
        for c in row.cells:
            m = _UNIT_DECLARED.search(c.text)
            if m:
                return m.group(1) or m.group(2)
    return _part_unit(text, table.start)


def _part_unit(text: str, at: int) -> str | None:
    """The unit the heading of the report's part declares for its tables
    ("第三部分 2025年部门预算公开表（金额单位：元）"), the nearest part above."""
    part = at
    for _ in range(8):  # (the word 部分 in prose between: "部分项目进度滞后")
        part = text.rfind("部分", 0, part)
        if part < 0:
            return None
        start = text.rfind("\n", 0, part) + 1
        if _PART_HEADING.match(text, start):
            end = text.find("\n", part, part + 200)
            m = _UNIT_DECLARED.search(text, start, end if end >= 0 else part + 200)
            return (m.group(1) or m.group(2)) if m else None
    return None
