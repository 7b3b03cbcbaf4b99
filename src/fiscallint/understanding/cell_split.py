"""A line of a table cut into its cells at a separator ("|" or a tab),
each cell keeping its place in the text; and how tab rows start a table
(a header with a blank corner) or wrap a header's names (a year alone
over its column's name)."""
from __future__ import annotations

from fiscallint.model.tables import _NUMERIC, NUMBERED_LABEL, Cell, Row, numeric_text
from fiscallint.support.wordbook import pattern, words
from fiscallint.understanding.row_codes import CLASSIFICATION_CODE


def _bar_cell_indent(part: str, stripped: str, line_start: bool) -> int | None:
    """A bar-split cell of words indented with ideographic spaces ("| 　返还性收入 |"
    under "| 上级补助收入 |") or with more spaces than the bar's pad, or a row's
    first cell indented from the line's start ("      公用经费 | 1,046.25" with
    no bar before it): where it stands,
    two an ideographic space; None for any other cell (the row tree reads the
    others of such a table at 0)."""
    if not stripped or numeric_text(stripped):
        return None
    # between bars, one ASCII space pads every cell (more indent it: "|   县级财政拨款 |"
    # under "| 一、收入合计 |"); before the first bar of a line, they indent
    spaces = len(part) - len(part.lstrip(" "))
    spaces = spaces if line_start else spaces - 1 if spaces >= 2 else 0
    body = part.lstrip(" \t")
    return spaces + 2 * (len(body) - len(body.lstrip("\u3000"))) or None


TAB_STOP = 4  # the place a blank tab cell moves the next cell by


def split_cells(line: str, start: int, separator: str = "|", keep_trailing: bool = False) -> list[Cell]:
    """The cells of ``line`` (which starts at ``start`` in the text);
    ``keep_trailing`` keeps blank cells at the end (a row that has a
    separator for every cell of its table)."""
    cells = []
    pos = 0
    for part in line.split(separator):
        stripped = part.strip()
        lead = len(part) - len(part.lstrip())
        if separator == "|" and len(stripped) > 4 and stripped[:2] in ("**", "__") and stripped[-2:] == stripped[:2]:
            # a Markdown cell in bold ("**19.79**", "**预算执行小计**"): its text between the marks
            stripped, lead = stripped[2:-2].strip(), lead + 2 + len(stripped[2:]) - len(stripped[2:].lstrip())
        # a tab-split cell indented in itself ("\t  返还性收入" under "上级补助收入"): its
        # indentation is where it stands, the only place a tab row has
        x = lead if separator == "\t" else _bar_cell_indent(part, stripped, pos == 0) if separator == "|" else None
        if separator == "\t" and stripped and cells and not any(c.text for c in cells):
            x += TAB_STOP * len(cells)  # "\t公务用车运行维护费\t7.86": a row's label after blank tab cells is indented
        cells.append(Cell(stripped, start + pos + lead, start + pos + lead + len(stripped), x=x))
        pos += len(part) + 1
    # a trailing run of blank cells ("| ||||||") is layout, not columns; a
    # dash ("—") is a cell that says "nothing" and keeps its place. A row
    # drawn between bars ("| 行政运行 | 512.10 | |") names each cell: only
    # the nothing after its closing bar goes.
    if keep_trailing:
        return cells
    stripped_line = line.strip()
    if separator == "|" and len(stripped_line) > 1 and stripped_line[0] == "|" and stripped_line[-1] == "|":
        cells = cells[:-1]
        if sum(1 for c in cells if c.text) >= 2:
            return cells  # "|208|社会保障和就业支出|281.06|281.06||": its last column blank
    while cells and not cells[-1].text:
        cells.pop()
    return cells


def over_tab_rows(lines, i: int) -> bool:
    """A line of names split by tabs over rows that start with their label
    (with the names' ends wrapped onto a second such line: "\t年初预…" over "\t算数…")."""
    if len([c for c in lines[i].split("\t") if c.strip()]) < 2:
        return False
    k = i + 1
    if k < len(lines) and lines[k].startswith("\t") and not any(_NUMERIC.match(c.strip()) for c in lines[k].split("\t")):
        k += 1
    nxt = lines[k] if k < len(lines) else ""
    return nxt[:1] not in ("", "\t") and "\t" in nxt


def years_joined(rows: list[Row]) -> list[Row]:
    """A header of names one a line wider than the rows under it, where a
    name is a year or period alone ("2023年" / "预算数", "全年" / "执行数"): it
    and the name after it are one column's name, wrapped; a unit alone in
    brackets ("增减率" / "（%）") ends the name before it."""
    for k, row in enumerate(rows[:-1]):
        width = len(rows[k + 1].cells)
        cells = row.cells
        if len(cells) <= width or any(c.numeric for c in cells) or not any(c.numeric for c in rows[k + 1].cells):
            continue
        # (the row under it may hold a label wrapped onto two cells: a narrower row further down says the width)
        widths = {len(r.cells) for r in rows[k + 1:k + 12] if any(c.numeric for c in r.cells)}
        joined: list[Cell] = []
        for c in cells:
            if joined and (_YEAR_ALONE.fullmatch(joined[-1].text) or _UNIT_ALONE.fullmatch(c.text)):
                prev = joined.pop()
                c = Cell(prev.text + c.text, prev.start, c.end)
            joined.append(c)
        by_periods = joined
        if len(joined) not in widths:
            joined = _joined_to_name_ends(cells)
        if len(joined) not in widths:
            joined = _joined_to_standard_names(cells)
        if len(joined) not in widths and len(by_periods) - 1 in widths and len(by_periods) >= 3 \
                and all(len(c.text) <= 4 for c in by_periods[:2]):
            # ("支出" / "类型" / "年初" / "预算数" …: the label column's name wrapped as well)
            joined = [Cell(by_periods[0].text + by_periods[1].text, by_periods[0].start, by_periods[1].end)] \
                + by_periods[2:]
        if len(joined) in widths and len(joined) < len(cells):
            rows[k] = Row(joined, row.line)
    return rows


def wrapped_labels_joined(rows: list[Row]) -> list[Row]:
    """One cell a line: a row one cell wider than the header above it, two of
    its cells words side by side ("基本公共卫生服务" / "补助资金"), holds one
    label wrapped onto two lines: the two are one cell."""
    width = None
    for k, row in enumerate(rows):
        cells = row.cells
        if not any(c.numeric for c in cells):
            width = len(cells)
            continue
        if width is None or len(cells) != width + 1:
            continue
        pairs = [i for i in range(len(cells) - 1) if _words(cells[i]) and _words(cells[i + 1])]
        if len(pairs) == 1:
            i = pairs[0]
            rows[k] = Row(cells[:i] + [Cell(cells[i].text + cells[i + 1].text, cells[i].start, cells[i + 1].end,
                                            x=cells[i].x)] + cells[i + 2:], row.line)
    return rows


def _words(cell: Cell) -> bool:
    return not cell.numeric and not cell.empty and not cell.text.strip().isdigit()


def _joined_to_name_ends(cells: list[Cell]) -> list[Cell]:
    """The names one a line joined piece after piece until a piece ends as a
    column's name does ("为调整预" / "算%"); the first, the labels' name, as it is."""
    joined = cells[:1]
    open_name = False
    for c in cells[1:]:
        if open_name:
            prev = joined.pop()
            c = Cell(prev.text + c.text, prev.start, c.end)
        joined.append(c)
        open_name = not _NAME_END.search(c.text)
    return joined if not open_name else cells


def _joined_to_standard_names(cells: list[Cell]) -> list[Cell]:
    """The names one a line, pieces that join into a 决算 form's column name
    ("附属单位" / "上缴收入", "国有资本经营" / "预算财政拨款") joined, the longest first."""
    joined: list[Cell] = []
    p = 0
    while p < len(cells):
        q = next((q for q in range(min(len(cells), p + 3), p + 1, -1)
                  if "".join(c.text for c in cells[p:q]).replace(" ", "") in _STANDARD_NAMES), p + 1)
        joined.append(cells[p] if q == p + 1 else Cell("".join(c.text for c in cells[p:q]), cells[p].start, cells[q - 1].end))
        p = q
    return joined


_STANDARD_NAMES = frozenset(words("cell_split", "standard_column_names"))
_YEAR_ALONE = pattern("cell_split", "period_alone")
_UNIT_ALONE = pattern("cell_split", "unit_alone")
_NAME_END = pattern("cell_split", "name_end")


PAGE_FOOTER = pattern("cell_split", "page_footer")
TOTAL_LABEL_LINE = pattern("cell_split", "total_label_line")  # "总分" untabbed, its cells tabbed below


def page_break_at(lines, j: int) -> bool:
    """Line ``j`` is a page's number, or the running header just after one,
    with the table's cells going on after it."""
    near = lines[max(0, j - 2):j + 1]
    return any(PAGE_FOOTER.match(x) for x in near) and len(lines[j].strip()) <= 40 and any(
        x.startswith("\t") for x in lines[j + 1:j + 4])


# ---------------------------------------------------------------- lines between bars
_RULE_DASHES = "-—―─━－_＿="
_RULE_CHARACTERS = _RULE_DASHES + "|:+ \t\u3000"


def is_pipe_row(line: str) -> bool:
    return line.count("|") >= 1 and len([c for c in line.split("|") if c.strip()]) >= 2


def is_blank_row(line: str) -> bool:
    """A row whose label has only blank cells ("因公出国(境)费 | ||"): a row
    of a grid, not one cell of a stream, which has a single bar."""
    parts = line.strip().split("|")
    if parts and not parts[0].strip() and line.strip().startswith("|"):
        parts = parts[1:]  # "| 其他资金：63.50 | | |": the bar that opens the row
    return len(parts) >= 3 and bool(parts[0].strip()) and not any(p.strip() for p in parts[1:])


def name_end_under(above: Row, line: str) -> bool:
    """"|  |  | 预算数 |  |  |" under a row of names: the end of one of them, wrapped."""
    parts = [p.strip() for p in line.strip().split("|")]
    filled = [p for p in parts if p]
    return line.strip().startswith("|") and len(parts) >= 4 and len(filled) == 1 and len(filled[0]) <= 8 \
        and not any(ch.isdigit() for ch in filled[0]) and not any(c.numeric for c in above.cells)


def label_end_under(above: Row, cells: list[Cell]) -> bool:
    """"| 一、一般公共预算财政拨 | 1 | 3,781.02 |" over "| 款 |  |  |": a row of
    no figures whose few words each end a long label right above them (a
    PDF wrapped the label, its figures stayed on the first line)."""
    filled = [i for i, c in enumerate(cells) if not c.empty]
    if not filled or not any(c.numeric for c in above.cells) or any(c.numeric for c in cells) \
            or any(c.text.strip() and c.empty for c in cells):
        return False  # ("其他资金 |  | — | —": a row of its own, its dashes say it has no figures)
    return all(i < len(above.cells) and len(cells[i].text) <= _LABEL_END * (2 if _row_number_after(above, cells, i)
                                                                       or NUMBERED_LABEL.match(above.cells[i].text) else 1)
               and not any(ch.isdigit() for ch in cells[i].text) and not _TOTAL_WORD.search(cells[i].text)
               and not NUMBERED_LABEL.match(cells[i].text) and not _ROW_NAME.match(cells[i].text) and not above.cells[i].numeric
               and len(above.cells[i].text) >= 2 * _LABEL_END for i in filled)


def _row_number_after(above: Row, cells: list[Cell], i: int) -> bool:
    """The label above is followed by its 行次 ("一、一般公共预算财 | 1 | …"), the
    line under it by none: no row of its own (a form numbers every row)."""
    number = above.cells[i + 1].text.strip() if i + 1 < len(above.cells) else ""
    return number.isdigit() and len(number) <= 3 and (i + 1 >= len(cells) or cells[i + 1].empty)


def padded(row: Row, width: int) -> Row:
    """``row`` with blank cells after its last up to ``width`` (an export dropped
    them), when its cells keep their places (it opens with a blank one)."""
    if not row.cells or len(row.cells) >= width or not row.cells[0].empty:
        return row
    end = row.cells[-1].end
    return Row(row.cells + [Cell("", end, end)] * (width - len(row.cells)), row.line)


def with_label_end(above: Row, cells: list[Cell]) -> Row:
    """``above`` with the ends of its labels (label_end_under) joined on."""
    ends = cells + [Cell("", 0, 0)] * (len(above.cells) - len(cells))
    return Row([Cell(a.text + c.text, a.start, a.end, a.grid, a.x) if not c.empty else a
                for a, c in zip(above.cells, ends)], above.line)


def label_ends_joined(rows: list[Row]) -> list[Row]:
    """The rows with each label's end a PDF wrapped onto a line of its own
    ("5.普通高中新课程新教\t30.01…" over "材实施") joined back on (label_end_under)."""
    out: list[Row] = []
    for row in rows:
        if out and label_end_under(out[-1], row.cells):
            out[-1] = with_label_end(out[-1], row.cells)
        else:
            out.append(row)
    return out


_LABEL_END = 4  # the characters a wrapped label's end holds at most (twice as many before a blank 行次 or under a numbered label)
_TOTAL_WORD = pattern("tables", "total_word")
_ROW_NAME = pattern("tables", "row_name_start")


def is_rule_row(line: str) -> bool:
    """A line drawn under a header in Markdown ("|---|:---:|") or between
    rows ("|----+----|"): bars and dashes only, no cell."""
    return any(d in line for d in _RULE_DASHES) and not line.strip(_RULE_CHARACTERS)


def is_pipe_cell(line: str) -> bool:
    s = line.rstrip()
    return s.endswith("|") and len([c for c in s.split("|") if c.strip()]) <= 1


def tab_placed(rows: list[Row], lines: list[str], starts: list[int], first: int, full: int) -> dict[int, list[Cell]]:
    """The short rows' cells (by id of the row) each in its tab's place, blank
    ones kept and the row filled out to ``full``, when every full row of the
    table from line ``first`` on has its cells parted by tabs alone, one tab a
    cell ("合计\t\t\t1301.33\t\t20,821.28"): the tabs, not where a tab stop puts
    a cell on screen, say the columns. Empty when the table is no such grid."""
    def by_tabs(r: Row) -> list[Cell] | None:
        line = lines[r.line - 1]
        body = line.strip(" \u3000")
        if "\t" not in body or "  " in body or "\u3000\u3000" in body:
            return None
        cells = split_cells(line, starts[r.line - 1], "\t", keep_trailing=True)
        return cells if len(cells) <= full else None
    body = [r for r in rows if r.line - 1 >= first]
    if not body or any(len(r.cells) == full and by_tabs(r) is None for r in body):
        return {}
    out = {}
    for r in body:
        cells = by_tabs(r) if len(r.cells) < full else None
        if cells and cells[0].text:  # (a row opening with blank cells may sit under a spanning name)
            end = cells[-1].end
            out[id(r)] = cells + [Cell("", end, end) for _ in range(full - len(cells))]
    return out


def goes_on_grid(lines, i: int, j: int) -> bool:
    """Line j is one more row of a tab grid from line i: tabs, or "五、事业单位经营收入"
    alone between two rows of tabs (a row whose blank cells' tabs were dropped)."""
    line = lines[j].strip() if j < len(lines) else ""
    if not line or "\t" in lines[j]:
        return bool(line)
    return j > i and len(line) <= 24 and not any(ch.isdigit() for ch in line) and j + 1 < len(lines) \
        and "\t" in lines[j + 1] and "\t" in lines[j - 1]


def in_tab_places(r: Row, line: str, start: int, full_width: int, header_full: bool) -> None:
    """A tab grid's row with every cell in its tab's place: its blank last cells kept where
    it has a tab for every cell, or added where it opens with its label, ends on a figure one
    cell short and keeps its blank cells' tabs ("合计\t\t\t1301.33\t\t20,821.28"): the last lost its;
    or, under a header a tab for every column, where it ends on a figure and opens with a code or a
    blank cell ("201\t04\t01\t行政运行\t212.88\t212.88": its blank last cells dropped; not "  预算执行\t…"
    nor "合计\t500.00…" under 科目编码 | 科目名称: its first dropped)."""
    if line.count("\t") + 1 == full_width and len(r.cells) < full_width:
        r.cells = split_cells(line, start, "\t", keep_trailing=True)
    elif r.cells and r.cells[-1].numeric and (
            len(r.cells) == full_width - 1 and r.cells[0].text and any(c.empty for c in r.cells[1:-1])
            or header_full and line[:1] not in " \u3000" and (r.cells[0].empty or CLASSIFICATION_CODE.fullmatch(r.cells[0].text.strip()))):
        end = r.cells[-1].end
        r.cells = r.cells + [Cell("", end, end) for _ in range(full_width - len(r.cells))]
