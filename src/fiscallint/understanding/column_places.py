"""The places of a space-aligned table's cells (a PDF exported as text, its
columns kept by spaces): a row with blank cells ("因公出国（境）费" alone, or
with one figure under 上年决算数) is a row of the table, each of its figures
under the column it stands in, not packed to the left.

The columns are where the rows' cells stand on screen (a Chinese character
two wide), the cells that overlap taken together; they are used only when
they form a grid. A cell of a shorter row goes to the one column it
overlaps; a row whose cells do not each overlap one column, in order, is
left as it was read.
"""
from __future__ import annotations

import re
from dataclasses import replace

from fiscallint.model.tables import _CELL_TEXT, _NUMERIC, COLUMN_SPLIT, HEADER_SEPARATOR, Cell, Row
from fiscallint.support.wordbook import pattern, words
from fiscallint.understanding.cell_split import PAGE_FOOTER, tab_placed
from fiscallint.understanding.header_places import placed_under_header, screen_width, short_rows_under_header

_SENTENCE = pattern("column_places", "sentence")
_OPENS_PARTS = pattern("column_places", "opens_parts")
_COMPLETE_LABEL = pattern("column_places", "complete_label")
_HAN = re.compile(r"[\u4e00-\u9fff]")
_MAX_LABEL = 30
_TEXT_REACH = 6  # how far words are taken to stand in their column: past a part's indent of two full-width spaces
_LOOKAHEAD = 8  # blank-celled rows in a row before a full one (a side left blank for its last rows)
_NEAR = 3  # of them, the first ones may hold no figure at all


# a nil written "-" in a figure's cell ("二、教育支出      -")
NIL_CELL = re.compile(r"[-—－–]{1,2}")


def _figure_cell(part: str) -> bool:
    return bool(_NUMERIC.match(part) or NIL_CELL.fullmatch(part))


def _parts(line: str) -> list[str]:
    return [p for p in COLUMN_SPLIT.split(line.strip()) if p.strip()]


def label_and_figures(line: str, full_parts: int, labels: int = 1) -> bool:
    """A label, then fewer cells than a full row's, figures or (in a table
    of ``labels`` label columns, two sides) the other side's label: the
    shape of a row with blank cells."""
    if not line.strip() or line.startswith("\t"):
        return False
    parts = _parts(line)
    if len(parts) > full_parts - 1 or _NUMERIC.match(parts[0]):
        return False
    words = [_OPENS_PARTS.sub("", p) for p in parts if not _figure_cell(p)]
    return len(words) <= labels and all(w and len(w) <= _MAX_LABEL and _HAN.search(w) and not _SENTENCE.search(w)
                                        for w in words)  # a page number ("- 3 -") names no row


def blank_celled_row(lines: list[str], j: int, i: int, is_full_row) -> bool:
    """Line ``j`` (after the table's first row ``i``) is a row with blank
    cells: shaped so, and a full row follows within a few lines, or it holds
    a figure and is the table's last row."""
    if j <= i or j >= len(lines):
        return False
    first = _parts(lines[i])
    full, labels = len(first), max(1, sum(1 for p in first if not _figure_cell(p)))
    if not label_and_figures(lines[j], full, labels):
        return False
    if len(_parts(lines[j])) == 1 and _may_wrap(lines[j - 1]):
        return False  # the end of the label above ("公务用车购置及运行维 / 护费（含…）"), no row
    if _heads_the_next_block(lines, j, i):
        return False  # ("支出合计 600.00 610.00" then "“三公”经费支出情况": the next block's heading)
    for n, k in enumerate(_rows_after(lines, j + 1)):
        if is_full_row(lines[k]):
            return True
        if not label_and_figures(lines[k], full, labels) or n >= _NEAR and not any(map(_figure_cell, _parts(lines[k]))):
            break  # (past the first few, only rows with a figure)
    last = j + 1 == len(lines) or not (is_full_row(lines[j + 1]) or label_and_figures(lines[j + 1], full, labels))
    if last:
        return any(_NUMERIC.match(p) for p in _parts(lines[j]))
    # the table's last rows: this one and those after it to the table's end, each with a
    # figure ("支出合计 | 1862.45 | 2035.18 | 1987.63" over rows of 决算数 alone)
    k = j
    while k < len(lines) and label_and_figures(lines[k], full, labels) and any(_NUMERIC.match(p) for p in _parts(lines[k])):
        k += 1
    return k > j and (k == len(lines) or not lines[k].strip())


def _heads_the_next_block(lines: list[str], j: int, i: int) -> bool:
    """Line ``j``, one name and no figure, right after a total closing rows above it
    (not "使用非财政拨款结余    结余分配": two sides' rows left blank)."""
    above = _parts(lines[j - 1])
    return j - 1 > i and bool(above) and len(_parts(lines[j])) == 1 and not _figure_cell(_parts(lines[j])[0]) \
        and bool(_TOTAL_LABEL.search(above[0]))


_CODE = re.compile(r"[0-9]{3,7}$")  # a classification code: 类 208, 款 20805, 项 2080505
_TOTAL_NAME = pattern("row_tree", "total_row")  # 合计, 总计: a row of its own, no label's end
_WRAPPED_TAIL = re.compile(r"[\u4e00-\u9fff）)]{1,3}")  # "入": a label's last characters on the line below


def label_head(lines: list[str], k: int) -> bool:
    """"        机关事业单位基本养老保险" over "2080505    缴费支出    318.26": the
    first line of a label that a PDF's narrow column wrapped, set above the
    line of its code and figures; or "三、国有资本经营预算财政拨款收" over
    "入      -     三、卫生健康支出   41.26": a label's words over the line of
    its last character and figures."""
    if k + 1 >= len(lines):
        return False
    parts, below = _parts(lines[k]), _parts(lines[k + 1])
    if not lines[k][:1].isspace():
        return len(parts) == 1 and len(parts[0]) >= 6 and not parts[0].endswith(("表", "：", ":")) and len(below) >= 2 \
            and bool(_WRAPPED_TAIL.fullmatch(below[0])) and not _TOTAL_NAME.match(below[0]) and any(map(_figure_cell, below[1:]))
    if not (len(parts) == 1 and len(parts[0]) <= 20 and not _NUMERIC.match(parts[0]) and len(below) >= 3
            and _CODE.match(below[0]) and not _NUMERIC.match(below[1]) and any(_NUMERIC.match(p) for p in below[2:])):
        return False
    # the words are the longer part of the label; a label above them longer
    # still was the one wrapped ("…基本养老保险缴费 612.38 / 支出"): they are its end
    above = next((p for p in _parts(lines[k - 1]) if not _NUMERIC.match(p)), "") if k else ""
    return len(parts[0]) >= len(below[1]) and len(parts[0]) >= len(above)


def column_rows_end(lines: list[str], i: int, is_full_row) -> tuple[int, set[int]]:
    """Where the rows of a table aligned in columns from line ``i`` end, and
    the lines of page breaks they run over (a page's number, its running
    header: no rows)."""
    j, turned = i, set()
    while j < len(lines):
        if is_full_row(lines[j]) or wrapped_label(lines, j, i, is_full_row) or blank_celled_row(lines, j, i, is_full_row) \
                or label_head(lines, j):
            j += 1
            continue
        k = j
        while k < len(lines) - 1 and not lines[k].strip():
            k += 1  # (blank lines above the page's number)
        after = past_page_break(lines, k) if j - i >= 2 and PAGE_FOOTER.match(lines[k]) else len(lines)
        if after >= len(lines) or not (is_full_row(lines[after]) or label_head(lines, after)):
            return j, turned
        turned.update(range(j, after))
        j = after
    return j, turned


def _rows_after(lines: list[str], k: int) -> list[int]:
    """The next few lines from ``k`` that may be rows: past a page break (its
    number, blank lines and the running header after it) the table goes on."""
    out: list[int] = []
    while k < len(lines) and len(out) < _LOOKAHEAD:
        if PAGE_FOOTER.match(lines[k]):
            k = past_page_break(lines, k)
            continue
        out.append(k)
        k += 1
    return out


def past_page_break(lines: list[str], k: int) -> int:
    """The first line after the page number at line ``k``, the blank lines
    and the next page's running header ("某县人民医院      2025年度部门决算":
    words in at most two places, no figure)."""
    k += 1
    while k < len(lines) and not lines[k].strip():
        k += 1
    parts = _parts(lines[k]) if k < len(lines) else []
    if parts and len(lines[k].strip()) <= 80 and len(parts) <= 2 and not any(_NUMERIC.match(p) for p in parts):
        k += 1  # the running header
        while k < len(lines) and not lines[k].strip():
            k += 1
    return k




def _may_wrap(line: str) -> bool:
    """The line's label is long and not done: its end may be on the next line."""
    parts = _parts(line)
    return bool(parts) and len(parts[0]) >= 8 and not _COMPLETE_LABEL.search(parts[0])


def _extent(line: str, line_start: int, cell: Cell) -> tuple[int, int]:
    # the cell's own stretch of its line (a label joined from a wrapped line
    # is longer than the stretch it stands on)
    left = cell.x if cell.x is not None else screen_width(line[:cell.start - line_start])
    if not cell.numeric:
        # words start their column, perhaps indented (a part's label), and may run past it (a long label)
        return left, left + min(screen_width(cell.text), _TEXT_REACH)
    return left, left + screen_width(line[cell.start - line_start:cell.end - line_start])


def place_by_position(rows: list[Row], lines: list[str], starts: list[int], first: int) -> None:
    """Give each row from line ``first`` on that has fewer cells than the
    table's full rows a blank cell wherever its own cells do not stand; a
    header row above them the same, a name over several columns standing
    over the first of them (科目编码 over 类 | 款 | 项)."""
    body = [r for r in rows if r.line - 1 >= first]
    if not body or placed_under_header(rows, body, lines, starts):
        return
    columns = _columns_of(body, lines, starts)
    full = len(columns)
    widest = max(len(r.cells) for r in body)
    if full < widest or (full > widest and not _each_shared(columns, body, lines, starts)):
        # cells of two columns overlap, or the rows' cells stand nowhere in common: no grid, and
        # where a cell stands says nothing but for a row's first (its label's indent)
        if short_rows_under_header(rows, body, lines, starts, widest):
            return
        for r in rows:
            r.cells = r.cells[:1] + [replace(c, x=None) for c in r.cells[1:]]
        return
    if len({len(r.cells) for r in body}) == 1 and (full == widest or _kinds_agree(body)):
        # every row whole, though their cells stand apart by their labels' lengths: nothing to
        # place, unless a column would hold words in one row and figures in another (a 合计
        # row with no 科目编码 has its label where the others have their codes)
        return
    by_tabs = tab_placed(rows, lines, starts, first, full)
    for r in rows:
        if len(r.cells) < full:
            header = r.line - 1 < first
            placed = by_tabs.get(id(r)) or _places(r, lines[r.line - 1], starts[r.line - 1], columns, header)
            if placed is not None:
                r.cells = placed


def _kinds_agree(body: list[Row]) -> bool:
    """Whether the rows' cells, taken in order, hold words in the same
    columns and figures in the same columns."""
    return all(len({c.numeric for c in column if not c.empty}) <= 1 for column in zip(*(r.cells for r in body)))


def _columns_of(body: list[Row], lines: list[str], starts: list[int]) -> list[list[int]]:
    """The columns' extents: the cells of all rows, those that overlap
    taken together (a column's figures stand over each other, however
    aligned), in order from the left."""
    # a row's label (its first cell, words) stands in the first column however
    # far it is indented ("  其中：公务用车购置费"): the others make the columns
    pushed = _pushed_rows(body)
    extents = sorted(_extent(lines[r.line - 1], starts[r.line - 1], c) for r in body if id(r) not in pushed
                     for n, c in enumerate(r.cells) if n or c.numeric)
    columns: list[list[int]] = [[0, 1]]
    for left, right in extents:
        if left < columns[-1][1]:
            columns[-1][1] = max(columns[-1][1], right)
        else:
            columns.append([left, right])
    return columns


def _pushed_rows(body: list[Row]) -> set[int]:
    """Rows whose label runs past where most rows' first figure starts
    ("国有资源（资产）有偿使用收入 162.75    210.40 …"): their cells are pushed right
    of their columns, and make none (by id)."""
    labelled = [r for r in body if len(r.cells) >= 2 and not r.cells[0].numeric and r.cells[0].x is not None
                and r.cells[1].numeric and r.cells[1].x is not None]
    firsts = [r.cells[1].x for r in labelled]
    if len(firsts) < 3:
        return set()
    usual = max(set(firsts), key=firsts.count)
    return {id(r) for r in labelled if r.cells[0].x + screen_width(r.cells[0].text) >= usual and r.cells[1].x > usual}


def _each_shared(columns: list[list[int]], body: list[Row], lines: list[str], starts: list[int]) -> bool:
    """Where no row fills every column: each column but the labels' holds
    cells of two rows or more, so the columns are a grid, not cells merely
    separated by spaces (4 spaces between a row's cells, wherever they fall)."""
    if len(body) < 2:
        return False
    rows_in = [set() for _ in columns]
    for n, r in enumerate(body):
        for c in r.cells[0 if r.cells[0].numeric else 1:]:
            left, right = _extent(lines[r.line - 1], starts[r.line - 1], c)
            for k, (a, b) in enumerate(columns):
                if left < b and a < right:
                    rows_in[k].add(n)
    return all(len(rows) >= 2 for rows in rows_in[1:])  # the first: labels, whatever their rows


def _places(row: Row, line: str, line_start: int, columns: list[list[int]], header: bool) -> list[Cell] | None:
    at: list[int] = []
    for n, cell in enumerate(row.cells):
        left, right = _extent(line, line_start, cell)
        hits = [c for c, (a, b) in enumerate(columns) if left < b and a < right]
        if n == 0 and not cell.numeric and not header:
            # the row's label: in the column it starts in, else (indented, between columns) the one left of it
            hits = hits[:1] or [max((c for c, (a, _) in enumerate(columns) if a <= left), default=0)]
        elif hits and header:
            hits = hits[:1]  # a name spanning columns
        elif not hits and header:
            hits = [min(range(len(columns)), key=lambda c: abs(columns[c][0] - left))]
        if len(hits) != 1 or (at and hits[0] <= at[-1]):
            return None
        at.append(hits[0])
    cells: list[Cell] = []
    by_column = dict(zip(at, row.cells))
    end = row.cells[-1].end
    for c in range(len(columns)):
        cells.append(by_column.get(c) or Cell("", end, end))
    return cells


_TOTAL_LABEL = re.compile(r"(?:合|总|小)\s*计")


def total_row_before(lines, i: int) -> bool:
    """"科目编码  科目名称  预算数" / "        合计      1978.19" / "301  工资福利支出  1727.88":
    a total row with its code cell blank, between the header and the first full row, is
    the table's first row (too few cells to open the table itself)."""
    if i < 2:
        return False
    full = len(_parts(lines[i]))
    above, header = _parts(lines[i - 1]), _parts(lines[i - 2])
    return len(above) >= 2 and _TOTAL_LABEL.fullmatch(above[0]) is not None and label_and_figures(lines[i - 1], full) \
        and len(header) >= 3 and not any(_figure_cell(p) for p in header)


def first_header_line(lines, i: int) -> int:
    """The header's first line: the line before the rows, or the two
    before them when both hold names only, the lower fewer (科目编码 ... over
    类 款 项)."""
    if i < 2:
        return max(0, i - 1)
    upper, lower = (COLUMN_SPLIT.split(lines[k].strip()) for k in (i - 2, i - 1))
    names_only = not any(_NUMERIC.match(p) for p in upper + lower)
    return i - 2 if names_only and len(upper) >= 3 and 2 <= len(lower) < len(upper) else i - 1


def header_past_page_break(lines, i: int) -> int | None:
    """The header line of rows that begin right after a page break ("支出经济分类
    预算数 决算数" / "— 1 —" / "金桥乡…自评报告" / the rows): above the page's number
    and the next page's running head, a line of three or more names and no
    figure; None where no page's number stands just above the rows."""
    k, footer, other = i - 1, False, 0
    while k >= 0 and i - k <= 8:
        line = lines[k].strip()
        if not line:
            k -= 1
            continue
        if PAGE_FOOTER.match(line) and not footer:
            footer = True
        elif footer or other or COLUMN_SPLIT.search(line) or _HAS_FIGURE.search(_YEAR_WORD.sub("", line)):
            break
        else:
            other += 1  # the running head
        k -= 1
    if not footer or k < 0:
        return None
    names = [p for p in COLUMN_SPLIT.split(lines[k].strip()) if p]
    return k if len(names) >= 3 and not any(_NUMERIC.match(p) for p in names) else None


_HAS_FIGURE = re.compile(r"[0-9０-９]")
_YEAR_WORD = re.compile(r"(?:19|20)[0-9]{2}\s*年度?")


def wrapped_label(lines, j: int, i: int, is_full_row) -> bool:
    """"公务用车购置及运行维 / 护费": a short line of words alone between two
    rows of a columns table, the end of the label above that a PDF's
    narrow first column wrapped (not a section's title: no numbering, no
    其中, no colon)."""
    if not i < j < len(lines) - 1 or not is_full_row(lines[j - 1]) or not is_full_row(lines[j + 1]):
        return False
    frag = lines[j].strip()
    if not frag or len(frag) > 8 or COLUMN_SPLIT.search(frag) or _WRAP_NOT_A_TAIL.search(frag):
        return len(_label_ends(lines[j - 1], lines[j])) > 1
    # the label above, past its code (2080505 机关事业单位基本养老保险缴费 / 支出)
    above = next((p for p in COLUMN_SPLIT.split(lines[j - 1].strip()) if not _NUMERIC.match(p)), "")
    return len(above) >= 6 and not _CLOSED_BY_TOTAL.search(above)


def _label_ends(above: str, line: str) -> list[tuple[int, str]]:
    """"政拨款        出" under "二、政府性基金预算财  2  0.00  八、社会保障和就业支  31 …":
    the ends of two sides' labels, each under the start of a long label above
    (its place on screen and its words); [] unless every piece is such an end."""
    labels = {c.x: c.text for c in line_cells(above, 0) if not c.numeric}
    pieces = [(c.x, c.text) for c in line_cells(line, 0)]
    ok = all(len(t) <= 8 and not _WRAP_NOT_A_TAIL.search(t) and len(labels.get(x, "")) >= 6
             and not _CLOSED_BY_TOTAL.search(labels[x]) for x, t in pieces)
    return pieces if ok else []


_CAPTION_LINE = pattern("form_text", "next_caption")
_CLOSED_BY_TOTAL = re.compile(r"(?:合|总|小)\s*计$")  # ("本年收入合计" over "上年结转": a row of its own, no label's end)
_WRAP_NOT_A_TAIL = re.compile(r"[0-9０-９:：]|^\s*(?:其中|[一二三四五六七八九十]+、|[（(])")


NAMED_FIGURE = pattern("column_places", "named_figure")
_RULE_LINE = re.compile(r"\s*[-—─━=＝_－]{5,}\s*")


def wrapped_header(lines, starts, i: int) -> Row | None:
    """"项目  上年  本年  增减额 / 决算数  决算数": a header whose names a PDF
    wrapped onto a second line of fewer words, each under the name it ends;
    the header row with each name completed, or None."""
    if i < 2:
        return None
    top, low = lines[i - 2], lines[i - 1]
    if _RULE_LINE.fullmatch(low):
        # "项目  2024年决算  2023年决算" over "-----------": a rule under the header, no words of it
        names = line_cells(top, starts[i - 2])
        return Row(names, i - 1) if len(names) >= 3 and not any(_NUMERIC.match(c.text) for c in names) else None
    names = [(c.start, c.text) for c in line_cells(top, 0)]  # "项  目" justified is one name
    tails = [(c.start, c.text) for c in line_cells(low, 0)]
    if _CAPTION_LINE.match(top):
        return None  # ("表2  重点项目资金执行情况表" over the header: the table's caption, no words of it)
    if 2 <= len(names) < len(tails):
        return _heads_over(top, low, starts[i - 1], i - 1)
    if len(names) < 3 or not tails or len(tails) >= len(names):
        return None
    if any(_NUMERIC.match(t) or NAMED_FIGURE.search(t) for _, t in names + tails):
        return None  # ("【养老服务补贴】  年初预算数450.00  …  执行率97.61%": a banner row under the header)
    # aligned on the screen (a Chinese character two columns wide) or by characters
    texts = _tails_under(names, tails, top, low, screen_width) or _tails_under(names, tails, top, low, len)
    if texts is None:
        return None
    return Row([Cell(t, starts[i - 2] + at, starts[i - 2] + at + len(names[n][1])) for n, ((at, _), t)
                in enumerate(zip(names, texts))], i - 1)


def first_name_split(lines, starts, i: int) -> Row | None:
    """"项目  本年收入合计  财政拨款收入  …" over "科目编码  科目名称": the lower
    line's names, two or more, all stand under the first name, left of the
    second: they are the columns the first name spans (a 决算 form's
    项目 over 科目编码 | 科目名称: 项目›科目编码, 项目›科目名称), then the other names."""
    if i < 2:
        return None
    (top, low), (top_start, low_start) = lines[i - 2:i], starts[i - 2:i]
    names = [(c.start, c.text) for c in line_cells(top, 0)]
    tails = [(c.start, c.text) for c in line_cells(low, 0)]
    if len(names) < 3 or _CAPTION_LINE.match(top) or any(_NUMERIC.match(t) or NAMED_FIGURE.search(t) for _, t in names + tails):
        return None
    second_x = screen_width(top[:names[1][0]])
    if len(tails) < 2 or any(screen_width(low[:at]) + screen_width(t) > second_x or len(t) < 2 for at, t in tails):
        return None  # (类 | 款 | 项 under 科目编码: the codes' levels, placed by the spanned header)
    span = names[0][1]
    cells = [Cell(f"{span}{HEADER_SEPARATOR}{t}", low_start + at, low_start + at + len(t), x=screen_width(low[:at]))
             for at, t in tails]
    cells += [Cell(t, top_start + at, top_start + at + len(t), x=screen_width(top[:at])) for at, t in names[1:]]
    return Row(cells, i - 1)


def _heads_over(top: str, low: str, low_start: int, line_no: int) -> Row | None:
    """"本年支出   上缴上级" over "科目名称  合计  基本支出  支出  经营支出": a header
    whose names a PDF wrapped with their first words on the line above, each
    of those over the one name it begins (a name spanning columns stands
    over more than one); the header row with each name completed, or None."""
    heads, names = line_cells(top, 0), line_cells(low, 0)
    if len(names) < 3 or any(_NUMERIC.match(c.text) for c in heads + names):
        return None
    texts = [c.text for c in names]
    spans = [(screen_width(low[:c.start]), screen_width(low[:c.end])) for c in names]
    for h in heads:
        left, right = screen_width(top[:h.start]), screen_width(top[:h.end])
        under = [n for n, (a, b) in enumerate(spans) if a < right and left < b]
        if len(under) != 1 or texts[under[0]] != names[under[0]].text:
            return None
        texts[under[0]] = h.text + texts[under[0]]
    return Row([Cell(t, low_start + c.start, low_start + c.end) for t, c in zip(texts, names)], line_no)


def _tails_under(names, tails, top: str, low: str, width) -> list[str] | None:
    """The header's names completed by the words under them, where each
    word stands under a name (``width`` measures how far along its line a
    word stands), or None."""
    texts = [t for _, t in names]
    name_x = [width(top[:at]) for at, _ in names]
    for at, tail in tails:
        x = width(low[:at])
        nearest = min(range(len(names)), key=lambda n: abs(name_x[n] - x))
        if abs(name_x[nearest] - x) > 4:
            return None  # not under a name: not its end
        texts[nearest] += tail
    return texts


_JUSTIFIED = frozenset(words("column_places", "justified"))


def line_cells(line: str, start: int) -> list[Cell]:
    """The cells of a space-aligned line, each with where it stands on screen;
    a two-character name justified across its cell ("合    计") is one cell."""
    cells: list[Cell] = []
    for m in _CELL_TEXT.finditer(line):
        prev = cells[-1] if cells else None
        if prev is not None and len(prev.text) == 1 and len(m.group(0)) == 1 and prev.text + m.group(0) in _JUSTIFIED:
            cells[-1] = Cell(prev.text + m.group(0), prev.start, start + m.end(), x=prev.x)
            continue
        pair = TWO_FIGURES.fullmatch(m.group(0)) or (TWO_RATE_NAMES.fullmatch(m.group(0)) if cells else None)
        if pair is not None:
            # "10 10.00": a PDF left one space between two narrow columns of figures (or
            # between two names over them: "为预算% 比上年增长%")
            for k in (1, 2):
                at = m.start() + pair.start(k)
                cells.append(Cell(pair.group(k), start + at, start + m.start() + pair.end(k), x=screen_width(line[:at])))
            continue
        named = _NAME_AND_FIGURE.fullmatch(m.group(0)) if not cells and line[m.end():].strip() else None
        if named is not None:
            # "国有资源（资产）有偿使用收入 162.75     210.40": a long name pushed its
            # first figure to one space from it
            at = m.start() + named.start(2)
            cells.append(Cell(named.group(1), start + m.start(), start + m.start() + named.end(1),
                              x=screen_width(line[:m.start()])))
            cells.append(Cell(named.group(2), start + at, start + m.end(), x=screen_width(line[:at])))
            continue
        cells.append(Cell(m.group(0), start + m.start(), start + m.end(), x=screen_width(line[:m.start()])))
    return cells


_NAME_AND_FIGURE = re.compile(r"(.*[\u4e00-\u9fff）)]) ([-+]?[0-9][0-9,]*(?:\.[0-9]+)?%?)")
TWO_RATE_NAMES = re.compile(r"([^ ]*[\u4e00-\u9fff][^ ]*[%％]) ([^ ]*[\u4e00-\u9fff][^ ]*)")
TWO_FIGURES = re.compile(r"([-+]?[0-9][0-9,]*(?:\.[0-9]+)?%?) ([-+]?[0-9][0-9,]*(?:\.[0-9]+)?%?)")


def spanned_header(lines, starts, i: int) -> Row | None:
    """"经济分类科目  合计  基本支出  项目支出" over "人员经费  公用经费", or
    "项目  2024年  2025年  增减变化" over "预算数  预算数  增减额  增减率": a
    header of two lines, each name standing over its column; a lower name
    goes under the upper one over it, or under the span its left neighbour
    is under. The header row with one name for each column of the rows
    under it (基本支出 › 人员经费, 增减变化 › 增减率), or None when the names
    do not each stand over a column."""
    lines_of_names = _two_lines_of_names(lines, starts, i)
    if lines_of_names is None:
        return None
    names, subs = lines_of_names
    body = [line_cells(lines[k], starts[k]) for k in range(i, min(i + 4, len(lines)))]
    width = len(body[0])
    if width < len(names) or any(len(r) != width for r in body[1:2]):
        return None  # the rows under it are full, a column for every name
    columns = _body_columns([r for r in body if len(r) == width], width)
    over = [_standing_over(names, col) for col in columns]
    under = [_standing_over(subs, col) for col in columns]
    if not (_each_used(over, names) and _each_used(under, subs)):
        return None  # a name over no column: not read by position
    texts = _names_by_column(over, under)
    return None if texts is None else Row([Cell(t, starts[i - 2], starts[i - 2]) for t in texts], i - 1)


def _two_lines_of_names(lines, starts, i: int) -> tuple[list[Cell], list[Cell]] | None:
    """The cells of the two lines above line ``i`` when both hold names only
    (three at least above, two at least below)."""
    if i < 2 or i + 1 >= len(lines):
        return None
    names, subs = line_cells(lines[i - 2], starts[i - 2]), line_cells(lines[i - 1], starts[i - 1])
    if len(names) < 3 or len(subs) < 2 or any(_NUMERIC.match(c.text) for c in names + subs):
        return None
    return names, subs


def _body_columns(rows: list[list[Cell]], width: int) -> list[tuple[int, int]]:
    """Where each column of the rows stands on screen: from its leftmost cell to its rightmost end."""
    return [(min(r[c].x for r in rows), max(r[c].x + screen_width(r[c].text) for r in rows)) for c in range(width)]


def _each_used(placed: list, cells: list[Cell]) -> bool:
    return {id(c) for c in placed if c is not None} == {id(c) for c in cells}


def _names_by_column(over: list, under: list) -> list[str] | None:
    """Each column's name: the upper name over it, with the lower name under
    it below that (or below its left neighbour's upper name, the span it
    goes on); None when a column has neither."""
    texts, group = [], None
    for upper, lower in zip(over, under):
        if lower is None:
            if upper is None:
                return None
            texts.append(upper.text)
            group = None
            continue
        group = upper.text if upper is not None else group
        if group is None:
            return None
        texts.append(f"{group}{HEADER_SEPARATOR}{lower.text}")
    return texts


def _standing_over(cells: list[Cell], column: tuple[int, int]) -> Cell | None:
    """The one cell whose place on screen overlaps the column's."""
    lo, hi = column
    hits = [c for c in cells if c.x < hi and c.x + screen_width(c.text) > lo]
    return hits[0] if len(hits) == 1 else None
