"""A table of a report: its header (column names joined over wrapped lines),
the unit it declares (（万元）, 金额单位：元), its rows and their labels. Every
cell keeps its offsets in the document text, so a number in a cell is the
same quantity the grammar found there. :mod:`fiscallint.understanding.table_text`
finds them in the text.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from fiscallint.support.wordbook import pattern

# a figure alone in its cell, with its unit if any (864.2万, 168起, 12人次), not a date (2023年)
_SPACES = re.compile(r"\s+")
_JUSTIFYING_SPACE = re.compile(r"(?<=[^\x00-\x7f])\s+(?=[^\x00-\x7f])")  # "预 算 数"
_BRACKETED_UNIT = re.compile(r"\s*[（(][^）)]{1,8}[）)]\s*")
_FORM_TEXT_COLUMN = pattern("tables", "form_text_column")
_CELL_TEXT = re.compile(r"[^\t\u3000 ]+(?: [^\t\u3000 ]+)*")
_NUMERIC = pattern("tables", "numeric")
_TARGET_VALUE = pattern("tables", "target_value")
_LEADING_CODE = re.compile(r"[0-9]{1,7}")
COLUMN_SPLIT = re.compile(r"\t+| {2,}|\u3000{2,}")  # between the cells of a row kept in columns by spaces
_CODE_PART = re.compile(r"[0-9]{2}")  # a 款 or 项 of a code split into cells
# a row label's own numbering: "1、", "（2）", "三、"
NUMBERED_LABEL = pattern("tables", "numbered_label")
_NUMBER_COLUMN = pattern("tables", "number_column")
_LABEL_HEADER = pattern("tables", "label_header")
_TEXT_COLUMN = pattern("tables", "text_column")
_UNIT_DECLARED = pattern("tables", "unit_declared")


def numeric_text(text: str) -> bool:
    """A cell's text is a figure alone, with its unit if any (864.2万, 168起)."""
    return bool(_NUMERIC.match(text)) and any(ch.isdigit() for ch in text)


@dataclass
class Cell:
    text: str
    start: int  # offsets of the cell's (stripped) text in the document
    end: int
    grid: int | None = None  # 0-based grid column in a Word table (a merged cell spans several)
    x: int | None = None  # where a space-aligned table's cell starts on screen (a Chinese character two wide)

    @property
    def numeric(self) -> bool:
        return numeric_text(self.text)

    @property
    def empty(self) -> bool:
        return not self.text.strip(" \t\u3000—－-/／…")


@dataclass
class Row:
    cells: list[Cell]
    line: int
    # the cell where the row's values begin when its table's header says so
    # (年度指标值 "合理", 实际完成值 "规范": words that are values, not names)
    values_from: int | None = None

    @property
    def label(self) -> str:
        """The row's name: the last text cell before its first number (a
        score table names the indicator in its third text column)."""
        name = ""
        for k, c in enumerate(self.cells):
            if self.values_from is not None and k >= self.values_from and name:
                break
            if not name and _LEADING_CODE.fullmatch(c.text.strip()) and self._text_after(k):
                continue  # a row's code or serial number (201, 2010301, 3) before its name
            if c.numeric or _TARGET_VALUE.match(c.text):
                break
            if not c.empty:
                name = c.text.strip()
        return _JUSTIFYING_SPACE.sub("", name)

    def _text_after(self, k: int) -> bool:
        """The first filled cell after cell ``k`` is words, not a figure;
        the rest of a code split into 类 | 款 | 项 cells (201 | 03 | 01) is
        passed over."""
        rest = self.cells[k + 1:]
        while len(rest) > 1 and (rest[0].empty or _CODE_PART.fullmatch(rest[0].text.strip())):
            rest = rest[1:]
        nxt = next((c for c in rest if not c.empty), None)
        return nxt is not None and not nxt.numeric and not _TARGET_VALUE.match(nxt.text)


@dataclass
class Table:
    layout: str
    header: list[str]
    rows: list[Row]
    unit: str | None = None
    start: int = 0
    end: int = 0
    header_rows: list[Row] = field(default_factory=list)
    # (row index, column) -> the first figure placed in that cell (table_context)
    facts: dict = field(default_factory=dict, repr=False)
    keys: list = field(default_factory=list, repr=False)  # a table_model.ColumnKey per column (table_context)
    # rows whose cells may belong to another column group (a two-sided
    # stream's last half row): no sum counts them, on any side
    uncertain_rows: set = field(default_factory=set, repr=False)

    def column_name(self, index: int) -> str:
        return self.header[index] if 0 <= index < len(self.header) else ""

    def aligned(self, row: Row) -> dict[int, Cell] | None:
        """The row's cells by header column. A row with fewer cells than the
        header lost some to merged cells: it is aligned on the right (a
        trailing remarks column — 偏差原因, 说明 — may be missing too), or
        with its label under the label column of the table's full rows,
        whichever puts its numbers under number columns."""
        width = len(self.header)
        n = len(row.cells)
        if not width or n > width + 1:
            return None
        on_grid = self._on_grid(row, width)
        if on_grid is not None:
            return on_grid
        if self._lost_figures(row):
            return None
        if n < width and self._numbered_serially(row):
            # "2 | 捐赠资金 | |||": a row numbered under 序号 that lost its blank cells
            return dict(enumerate(row.cells))
        if n == width + 1 or (row.cells and row.cells[0].text and not row.cells[0].numeric
                              and self._unnamed_label_column()):
            # a leading label column the header does not name (its full rows
            # have one cell more than the header): the label stands left of
            # the first named column, whatever the row lost on the right
            return {i - 1: c for i, c in enumerate(row.cells) if i >= 1}
        if n == width:
            return dict(enumerate(row.cells))
        if self.layout == "tab-cells" and width >= 4 and 1 < n <= width - 2 and sum(c.numeric for c in row.cells) == 1 \
                and (row.cells[0].x or row.cells[0].text.startswith("其中")):
            # one cell a line, a part two or more short with one figure ("  其中：人员经费" / "1907.59" under
            # 年初预算数 | 调整后预算数 | 决算数 | 执行率): the export dropped its blank cells, no one knows which
            return None
        return self._pairs_on_sides(row) or self._aligned_short(row)

    def _lost_figures(self, row: Row) -> bool:
        """One cell a line, a row with fewer figures than the table's fullest rows
        ("2100101 / 行政运行 / 3,192,150.82 / 3,192,150.82" among rows of three
        figures, 合计 | 基本支出 | 项目支出): a blank cell dropped, its place unknown.
        (A code opening a row is no figure; a table of two sides, 人员经费 |
        公用经费, whose fullest rows hold two names, may end a side early.)"""
        if self.layout != "tab-cells" or sum(1 for c in row.cells if c.text.strip() and not c.numeric) != 1 \
                or not _coded(row):
            return False  # (a row of names and figures in pairs is placed by its names; only a row of
            # the classification, its code first, is held to the widest rows)
        fullest = self.__dict__.get("_fullest")
        if fullest is None or fullest[0] != len(self.rows):  # (found once a table)
            counts = [(_figures(r), sum(1 for c in r.cells if c.text.strip() and not c.numeric), self._width(r))
                      for r in self.rows]
            most = max((k for k, _, _ in counts), default=0)
            one_side = all(names <= 1 for k, names, _ in counts if k == most)
            fullest = self.__dict__["_fullest"] = (len(self.rows), most if one_side else 0,
                                                   max((w for k, _, w in counts if k == most), default=0))
        # (blank cells the export kept, empty lines of their own, keep the row whole)
        return 0 < _figures(row) < fullest[1] and self._width(row) < fullest[2]

    def _width(self, row: Row) -> int:
        """A row's cells, counting the code a 合计 row's name spans (科目编码 | 科目名称 merged)."""
        return len(row.cells) + (0 if _coded(row) or not any(_CODE_HEADER.search(h) for h in self.header) else 1)

    def _pairs_on_sides(self, row: Row) -> dict[int, Cell] | None:
        """"人员经费合计 | 1106.60 | 公用经费合计 | 190.69" under a header of two
        like sides (科目编码 | 科目名称 | 决算数, twice): each name and figure
        under its side's last two columns."""
        width, cells = len(self.header), row.cells
        half = width // 2
        if len(cells) != 4 or width % 2 or half < 3 or \
                [c.numeric for c in cells] != [False, True, False, True] or not all(c.text for c in cells) or \
                [leaf_name(h) for h in self.header[:half]] != [leaf_name(h) for h in self.header[half:]]:
            return None
        return {half - 2: cells[0], half - 1: cells[1], width - 2: cells[2], width - 1: cells[3]}

    def _on_grid(self, row: Row, width: int) -> dict[int, Cell] | None:
        """A Word or Excel table's row: each cell under the header column of
        its own grid column (the header's names are placed by the grid too),
        whatever cells the row lost to merging or left empty at its end."""
        if not row.cells or any(c.grid is None or c.grid >= width for c in row.cells) or \
                any(c.grid is None for r in self.header_rows for c in r.cells):
            return None
        placed = {c.grid: c for c in row.cells}
        return placed if len(placed) == len(row.cells) else None

    def _numbered_serially(self, row: Row) -> bool:
        """The table's first column is 序号 and the row starts with its number."""
        return bool(row.cells) and bool(_SERIAL_HEADER.fullmatch(self.header[0].strip())) and \
            bool(_SERIAL_NUMBER.fullmatch(row.cells[0].text))

    def _aligned_short(self, row: Row) -> dict[int, Cell]:
        """A row with fewer cells than the header: aligned on the right (a
        trailing remarks column may be missing too), or with its label under
        the label column, whichever puts more numbers under number columns."""
        width, n = len(self.header), len(row.cells)
        offset = width - n
        if offset and _TEXT_COLUMN.search(leaf_name(self.header[-1])) and row.cells and row.cells[-1].numeric:
            offset -= 1
        right = {i + offset: c for i, c in enumerate(row.cells)}
        anchor = self._label_column()
        first_text = next((i for i, c in enumerate(row.cells) if not c.empty and not c.numeric), None)
        if anchor is None or first_text is None or anchor - first_text < 0 or anchor - first_text + n > width:
            return right
        left = {i + anchor - first_text: c for i, c in enumerate(row.cells)}
        fit_left, fit_right = self._fit(left), self._fit(right)
        on_right, on_left = self._goes_on_numbering(right, row), self._goes_on_numbering(left, row)
        if fit_left == fit_right and on_right is not None and (on_left is None or on_right < on_left):
            # "九、…支出 | 22 | 17.33" where 收入 stopped at 8 and 支出 went 14 … 21 (or …43, then 50): the right
            # side's row
            return right
        if fit_left > fit_right or (fit_left == fit_right and anchor == first_text and (first_text == 0 or self.layout == "pipe")):
            # a row whose label stands where the table's labels do (" | 合计 | 76,443,992.66 | …", its
            # code cell kept blank) kept its first cells: it lost its last (empty) ones
            return left
        return right

    def _goes_on_numbering(self, placed: dict[int, Cell], row: Row) -> int | None:
        """How far the row's number under a 行次 column is past the number a
        full row above holds in that column (1: the next row; more where rows
        with nothing to show were left out), or None when it is not past it."""
        serial = [(i, int(c.text)) for i, c in placed.items()
                  if c.text.isdigit() and len(c.text) <= 3 and is_serial_name(leaf_name(self.column_name(i)))]
        if not serial:
            return None
        index = self.__dict__.get("_row_index")
        if index is None or len(index) != len(self.rows):  # (aligned is asked for every row, many times over)
            index = self.__dict__["_row_index"] = {id(r): k for k, r in enumerate(self.rows)}
        at = index.get(id(row), 0)
        above = [r for r in self.rows[max(0, at - 3):at] if len(r.cells) == len(self.header)]
        gaps = [v - int(r.cells[i].text) for r in above for i, v in serial
                if i < len(r.cells) and r.cells[i].text.strip().isdigit() and v > int(r.cells[i].text)]
        return min(gaps, default=None)

    def _unnamed_label_column(self) -> bool:
        cached = self.__dict__.get("_unnamed")
        if cached is None:
            width = len(self.header)
            cached = self.__dict__["_unnamed"] = bool(width) and not _LABEL_HEADER.search(self.header[0]) and any(
                len(r.cells) == width + 1 and r.cells[0].text and not r.cells[0].numeric for r in self.rows)
        return cached

    def _label_column(self) -> int | None:
        """The column of the row labels: where the widest row's label falls
        once that row is aligned on the right; in a table of the budget
        classification (科目编码 | 科目名称 | …), the column after the codes."""
        code = next((i for i, h in enumerate(self.header[:2]) if _CODE_HEADER.search(leaf_name(h))), None)
        if code is not None and code + 1 < len(self.header):
            return code + 1
        widest = max(self.rows, key=lambda r: len(r.cells), default=None)
        if widest is None or len(widest.cells) > len(self.header):
            return None
        offset = len(self.header) - len(widest.cells)
        for i, c in enumerate(widest.cells):
            if c.numeric:
                return None
            if not c.empty:
                return i + offset
        return None

    def _fit(self, placed: dict[int, Cell]) -> int:
        """Numbers (and targets, ≥1100元/人/月) under columns of figures, less
        those under columns of names (项目 | 行次 | 金额 twice over: no amount
        under 项目)."""
        name = self.column_name
        return sum(1 if _NUMBER_COLUMN.search(name(i)) and not _TEXT_COLUMN.search(leaf_name(name(i)))
                   else -1 if _LABEL_HEADER.search(name(i)) else 0
                   for i, c in placed.items() if c.numeric or _TARGET_VALUE.match(c.text))


HEADER_SEPARATOR = " › "  # between a spanning header name and the names under it


def merge_header(rows: list[Row]) -> list[str]:
    """One name per column from one to three header rows, top to bottom
    joined by " › " ("比上年增、减情况 › 增、减金额"). A blank upper cell over a
    named lower one is the cell spanning from its left; a blank lower cell
    under a named upper one is the upper cell merged down."""
    grids = []
    for r in rows:
        grids.append({(c.grid if c.grid is not None else i): _header_name(c.text) for i, c in enumerate(r.cells)})
    width = max((max(g, default=-1) + 1 for g in grids), default=0)
    names = []
    for col in range(width):
        parts: list[str] = []
        for k, g in enumerate(grids):
            text = g.get(col, "")
            below = any(g2.get(col) for g2 in grids[k + 1:])
            if not text and below:
                j = col - 1
                while j >= 0 and not g.get(j):
                    j -= 1
                if j >= 0 and any(g2.get(j) for g2 in grids[k + 1:]):
                    text = g[j]
            if text and text not in parts:
                parts.append(text)
        names.append(_wrapped_name(grids, col, width) or HEADER_SEPARATOR.join(parts))
    return names


def grid_spans(upper: Row, lower: Row) -> list[str] | None:
    """A two-level header whose cells stand on the grid of a Word table or a
    ruled PDF table, the upper names spanning the lower ones ("公务用车购置及运行
    维护费" over 小计 | 购置费 | 运行费, then 公务接待费 merged down): one name per
    column, by the grid. None unless the grid places them (the upper row skips
    a column, or the lower one starts right of the first): cells packed to the
    left by an export say nothing by their places."""
    cells = upper.cells + lower.cells
    if not upper.cells or not lower.cells or any(c.grid is None for c in cells) or any(c.numeric for c in cells):
        return None
    names = [c.text for c in upper.cells if c.text.strip()]
    if len(names) < 2 or sum(1 for c in lower.cells if c.text.strip()) < 2 or \
            any(len(n) > 20 or _CLAUSE.search(n) for n in names):
        return None  # (a form's row of prose spanning the table is no header)
    up = [c.grid for c in upper.cells]
    if up == list(range(len(up))) and lower.cells[0].grid == 0:
        return None
    return merge_header([upper, lower])


_CLAUSE = re.compile(r"[，。；,;]")


def _wrapped_name(grids: list[dict], col: int, width: int) -> str | None:
    """"年度指" over "标值": two header rows naming one column each, the upper
    cell spanning no other column (the next has a name of its own): one name
    wrapped, not a span and its part."""
    if len(grids) != 2:
        return None
    upper, lower = grids[0].get(col, ""), grids[1].get(col, "")
    if not upper or not lower or (col + 1 < width and not grids[0].get(col + 1)):
        return None
    return upper + lower


def leaf_name(name: str) -> str:
    """A column's own name, under the names of the cells spanning it."""
    return name.rsplit(HEADER_SEPARATOR, 1)[-1]


# ---------------------------------------------------------------- pipes
_SERIAL_HEADER = pattern("tables", "serial_header", re.I)

# a row's number, or its classification code (类 201, 款 20101, 项 2010101)
_SERIAL_NUMBER = re.compile(r"[0-9０-９]{1,3}|[0-9０-９]{5}|[0-9０-９]{7}")


def _coded(row: Row) -> bool:
    """A row opening with a classification code (201, 2080501)."""
    return bool(row.cells) and _CODE_CELL.fullmatch(row.cells[0].text.strip()) is not None


def _figures(row: Row) -> int:
    """The figures of a row, a code opening it not one."""
    return sum(c.numeric for c in (row.cells[1:] if _coded(row) else row.cells))


_CODE_CELL = pattern("tables", "code_cell")
_CODE_HEADER = pattern("tables", "code_header")


def unit_column(t: "Table") -> int | None:
    """The column that names each row's unit (单位, 计量单位), if the table has one."""
    return next((i for i, h in enumerate(t.header) if _UNIT_HEADER.fullmatch(leaf_name(h).strip())), None)


_UNIT_HEADER = pattern("tables", "unit_header")


def is_serial_name(name: str) -> bool:
    """序号, 行次, 栏次 …: a column (or a row) that numbers the others and holds no amount."""
    return bool(_SERIAL_HEADER.fullmatch(name.replace(" ", "").strip()))


def numbers_the_columns(row: Row) -> bool:
    """A row of a form's columns' numbers with its name (栏次) left off:
    "1 | 2 | 3 | … | 12" (or 1栏 | 2栏 …), each cell the one after the last."""
    texts = [c.text.strip().removesuffix("栏") for c in row.cells if c.text.strip()]
    if len(texts) < 3 or not all(t.isdigit() and len(t) <= 2 for t in texts):
        return False
    first = int(texts[0])
    return first <= 1 and [int(t) for t in texts] == list(range(first, first + len(texts)))


def repeats_the_header(names: list[str], row: Row) -> bool:
    """"地区 | 已预下达 | 本次下达 | 合计下达" again in the rows: a page's header repeated."""
    cells = [c.text.strip() for c in row.cells]
    return len(cells) >= 2 and cells == names[:len(cells)] and all(cells)


def _header_name(text: str) -> str:
    # "预 算 数": spaces that justify a header cell are not part of its name
    # (a name already joined under its span keeps the separator)
    return HEADER_SEPARATOR.join(_JUSTIFYING_SPACE.sub("", part) for part in text.split(HEADER_SEPARATOR))
