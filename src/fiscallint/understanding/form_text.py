"""Forms exported one cell a line (a 绩效自评表 saved as plain text): the
column names one a line (a name may wrap: "年初" + "预算数"), then each row
as its text lines (the last names the row) and its numbers, one a line, in
the order of the numeric columns. The column names that mark such a form
are data (rules/lexicon.toml)."""
from __future__ import annotations

import re

from functools import lru_cache

from fiscallint.model.tables import _BRACKETED_UNIT, _FORM_TEXT_COLUMN, Cell, Row, Table, numeric_text
from fiscallint.support.wordbook import pattern
from fiscallint.understanding.cell_split import PAGE_FOOTER

_PERIOD_COLUMN = pattern("form_text", "period_column")
_CLOSING_ROW = pattern("form_text", "closing_row")
_NEXT_CAPTION = pattern("form_text", "next_caption")
_LABEL_HEADER = pattern("form_text", "label_header")


def _no_spaces(line: str) -> str:
    """model.tables._SPACES.sub("", line): str.split breaks at the same whitespace, several times faster."""
    return "".join(line.split())


@lru_cache(maxsize=8)
def _longest(names: tuple[str, ...]) -> int:
    return max(map(len, names), default=0)


def _form_name(lines, k, names) -> tuple[str, int] | None:
    """The header name at line k, joining a wrapped one ("年初" + "预算数")."""
    one = _no_spaces(lines[k]) if k < len(lines) else ""
    if not one:
        return None  # a blank line names nothing, nor starts a wrapped name
    if one in names or _PERIOD_COLUMN.match(one):
        return one, 1
    if len(one) >= _longest(names):
        return None  # a line as long as the longest name: joined to the next ones it is longer still
    joined = one
    for n in _lines_after(lines, k, names):
        joined += _no_spaces(lines[n])
        if joined in names:
            return joined, n + 1 - k
    return None


def _lines_after(lines, k, names) -> list[int]:
    """The two lines after line k, past a page's end ("年初" / "— 3 —" /
    "某局自评报告" / "预算数")."""
    out, n = [], k + 1
    while n < len(lines) and len(out) < 2:
        if PAGE_FOOTER.match(lines[n]):
            n = _past_page_end(lines, n, names)
            continue
        out.append(n)
        n += 1
    return out


def _past_page_end(lines, n, names) -> int:
    """The line after a page's number (line n) and the running head under it,
    when there is one: a line longer than any of the form's names."""
    n += 1
    return n + 1 if n < len(lines) and len(_no_spaces(lines[n])) > _longest(names) else n


def form_header(lines, i, names) -> tuple[list[str], int] | None:
    """The column names of a form starting at line i (at least four), and the line after them."""
    header, k = [], i
    while k < len(lines):
        if header and not lines[k].strip():
            k += 1  # an export may leave a blank line after each cell
            continue
        if header and PAGE_FOOTER.match(lines[k]):
            k = _past_page_end(lines, k, names)  # a page's end: its number, then the running head
            continue
        found = _form_name(lines, k, names)
        if found is None:
            # a first cell the vocabulary does not know: "项目资金\n(万元)"
            if header and _BRACKETED_UNIT.fullmatch(lines[k]) and len(header) == 1:
                header[-1] += lines[k].strip()
                k += 1
                continue
            break
        header.append(found[0])
        k += found[1]
    if 3 <= len(header) < 4 and all(_PERIOD_COLUMN.match(h) for h in header):
        return ["项目", *header], k  # its rows' labels stand under no name
    if len(header) >= 4 and i and _LABEL_HEADER.fullmatch(_no_spaces(lines[i - 1])) and not _FORM_TEXT_COLUMN.search(header[0]):
        header.insert(0, _no_spaces(lines[i - 1]))  # ("项目" / "年初" / "预算数" …: the labels' column named just above)
    return (header, k) if len(header) >= 4 else None


def _form_columns(header: list[str]) -> tuple[list[int], int]:
    """The numeric columns, and the column of the rows' labels (the last
    text column before the numbers, else the first)."""
    numeric_cols = [i for i, h in enumerate(header) if not _FORM_TEXT_COLUMN.search(h)]
    label_col = max((i for i in range(len(header)) if i not in numeric_cols), default=0)
    if label_col > min(numeric_cols, default=0):
        label_col = 0
    return numeric_cols, label_col


def _line_cell(line: str, start: int) -> Cell:
    """A line's text as one cell, with its offsets."""
    stripped = line.strip()
    s = start + len(line) - len(line.lstrip())
    return Cell(stripped, s, s + len(stripped))


def _number_line(line: str) -> bool:
    return numeric_text(line.strip())


def _indented(lines, line_no: int) -> bool:
    """The label on line ``line_no`` (1-based) is indented: a row of its own even with no numbers."""
    return lines[line_no - 1][:1] in " \u3000\t"


def _label_row(header: list[str], label_col: int, label: Cell, line: int, values=()) -> Row:
    """A row of the form: its label in the label column, its numbers in the
    numeric columns, every other cell blank."""
    cells = [Cell("", label.start, label.start) for _ in header]
    cells[label_col] = label
    for col, v in values:
        cells[col] = v
    return Row(cells, line)


def _read_values(lines, starts, k) -> tuple[list[Cell], int]:
    """The numbers from line k on, one a line (an export may leave a blank
    line after each cell), and the line after them."""
    values = []
    while k < len(lines) and (_value_line(lines[k], labelled=True) or values and (
            _says_nothing(lines[k]) or _VALUE_WITH_UNIT.fullmatch(lines[k].strip()))):
        values.append(_line_cell(lines[k], starts[k]))  # ("—": a blank cell, Cell.empty, in its place)
        k += 1
        if k + 2 < len(lines) and PAGE_FOOTER.match(lines[k]) and _number_line(lines[k + 2]):
            k += 2  # ("总分" / "100" / "— 5 —" / the running head / "98.27": the row goes on past the page's end)
        after = k
        while after < len(lines) and not lines[after].strip():
            after += 1
        if after > k and after < len(lines) and _number_line(lines[after]):
            k = after
    return values, k


def _value_line(line: str, labelled: bool) -> bool:
    """A row's number, or the target's bound opening a labelled row's values ("≥1,200户")."""
    return _number_line(line) or labelled and _TARGET_BOUND.fullmatch(line.strip()) is not None


def _says_nothing(line: str) -> bool:
    """A line of a dash ("—", "/"): a cell that says "nothing", not a blank line."""
    stripped = line.strip()
    return bool(stripped) and Cell(stripped, 0, 0).empty
# a value a unit the grammar does not know follows, or a target's bound ("≥30台", "≤300元/平方米", "2.4万平方米")
# (not a row's number and name, "3.公务接待费", "2、培训费")
_AMOUNT_AND_UNIT = r"\s*[0-9０-９](?:[0-9０-９,，]|[.．](?=[0-9０-９]))*\s*[%％]?(?![、.．])[^\s0-9０-９，。；]{0,7}"
_VALUE_WITH_UNIT = re.compile(r"(?:[≥≤＞＜><]=?|不[低高少多大小]于)?" + _AMOUNT_AND_UNIT)
# a target's bound, a row's first value ("≥1,200户" before "1,128户"): no label
_TARGET_BOUND = re.compile(r"(?:[≥≤＞＜><＝=]=?|不[低高少多大小]于)" + _AMOUNT_AND_UNIT)


def _columns_of_values(header: list[str], numeric_cols: list[int], values: list[Cell]) -> list[int]:
    """The columns of a row's numbers, in order; a 小计 row's two ("决策小计" / "15" /
    "14.50") under a form of 分值 … 得分 are its points and its score."""
    if len(values) == 2 < len(numeric_cols) and header[numeric_cols[0]] == "分值" and header[numeric_cols[-1]] == "得分":
        return [numeric_cols[0], numeric_cols[-1]]
    if len(values) == 2 < len(numeric_cols) and [header[c] for c in numeric_cols[-2:]] == ["分值", "得分"] \
            and all(_BARE_NUMBER.fullmatch(v.text.strip()) for v in values):
        # "设施运行维护机制 / 健全 / 健全 / 5 / 5", "总分 / 100 / 99.35": a target and its outturn
        # in words (or none), then the points and the score
        return numeric_cols[-2:]
    unscored = [c for c in numeric_cols if header[c] not in ("分值", "得分")]
    if len(values) == len(unscored) == len(numeric_cols) - 2:
        return unscored  # "其中：基本支出 / 1342.16 / 1368.75 / 1361.03 / 99.44%": a funds row the form scores not
    return numeric_cols


_BARE_NUMBER = re.compile(r"[0-9０-９]+(?:[.．][0-9０-９]+)?")


def _placed(header: list[str], numeric_cols: list[int], values: list[Cell]) -> list[tuple[int, Cell]]:
    """Each of a row's numbers with its column; none when a blank cell was skipped
    or a header half read: which column each number is of is unknown."""
    while len(values) > 1 and values[-1].empty:
        values = values[:-1]  # ("100% / 100% / 10 / 10.00 / —": the remarks' cell or a blank score, saying nothing)
    placed = list(zip(_columns_of_values(header, numeric_cols, values), values))
    return [] if len(values) != len(numeric_cols) and _misplaced(header, placed) else placed


def _misplaced(header: list[str], placed: list[tuple[int, Cell]]) -> bool:
    """Numbers read one a line into a row with more or fewer of them than
    columns: a percentage under a column that is no rate, or a plain number
    under a rate, shows they do not stand under the columns in order."""
    for col, cell in placed:
        percent = cell.text.rstrip().endswith(("%", "％"))
        if percent != ("率" in header[col]):
            return True
    return False


_SECTION_HEAD = re.compile(r"[一二三四五六七八九十]{1,3}、")


def form_rows(lines, starts, header, j, names) -> tuple[Table | None, int]:
    """Rows after a form header: text lines (the last names the row), then
    the row's numbers, one a line, in the order of the numeric columns."""
    numeric_cols, label_col = _form_columns(header)
    rows: list[Row] = []
    broken: set[int] = set()  # rows a value in words may have cut: what they are parts of is unsure
    label: Cell | None = None
    label_line = 0
    k = j
    while k < len(lines):
        line = lines[k]
        if _form_ended(lines, k, names) and not (label is not None and _WORDED_VALUE.search(line)):
            # (but "一、二级100元/人·月，三、四级80元/人·月" under a row's name is its value, no section)
            if label is not None and _indented(lines, label_line):
                rows.append(_label_row(header, label_col, label, label_line))
            break
        if not line.strip() or "|" in line:
            k += 1
        elif _value_line(line, labelled=label is not None):
            if label is None:
                k += 1
                continue
            k = _valued_row(lines, starts, k, header, label, label_line, rows, broken)
            if _CLOSING_ROW.match(label.text):
                break  # (the 总分 row ends the form: the next project's text follows it)
            label = None
        elif len(line.strip()) > 40 and label is None and rows:
            k += 1  # remarks (偏差原因) after a row
        else:
            if label is not None and _indented(lines, label_line):
                # an indented label with no numbers: a row whose cells are empty
                rows.append(_label_row(header, label_col, label, label_line))
            label, label_line = _line_cell(line, starts[k]), k + 1
            k += 1
            if len(rows) and k - j > 400:
                break
    if not rows:
        return None, k
    if header.count("分值") >= 2:
        return _score_tree(rows, label_col), k
    t = Table("form", header, rows)
    # (its end is its last row's last figure: a row the form scores not leaves its 得分 cell blank)
    t.start, t.end = rows[0].cells[label_col].start, max(c.end for c in rows[-1].cells)
    t.uncertain_rows = {r for r in broken if r < len(rows)}
    return t, k


_WORDED_VALUE = re.compile(r"[0-9０-９]\s*元\s*[/／]|[0-9０-９][^，,]*[，,]")  # a standard or a list of figures in words


def _form_ended(lines, k, names) -> bool:
    """Line k begins what is no row of the form: the next form, a header cell of
    another block, a row of another table's cells ("合计\t34.11\t31.58"), the next
    section (五、…) or the next table's caption (表2 …)."""
    line = lines[k]
    return bool(form_header(lines, k, names) or _form_name(lines, k, names) or "\t" in line.strip()
                or _SECTION_HEAD.match(line) or _NEXT_CAPTION.match(line))


def _valued_row(lines, starts, k, header, label: Cell, label_line: int, rows: list[Row], broken: set[int]) -> int:
    """The row ``label`` names, its values read from line k on, added to
    ``rows``; the line after them."""
    numeric_cols, label_col = _form_columns(header)
    values, k = _read_values(lines, starts, k)
    if len(values) == 1 < len(numeric_cols) - 1:
        broken.update((len(rows), len(rows) + 1))  # (a value in words ended its numbers: "4" / "全面建立" / "基本建立")
    rows.append(_label_row(header, label_col, label, label_line, _placed(header, numeric_cols, values)))
    return k


def _score_tree(rows: list[Row], label_col: int) -> Table:
    """一级指标 分值 二级指标 分值 三级指标 分值 得分: a tree of points, one
    level a row; a row with one number is a group, with two a leaf (分值, 得分)."""
    tree = []
    for r in rows:
        label = r.cells[label_col]
        numbers = [c for c in r.cells if c.numeric]
        if not numbers:
            continue
        score = numbers[1] if len(numbers) > 1 else Cell("", numbers[0].end, numbers[0].end)
        tree.append(Row([label, numbers[0], score], r.line))
    t = Table("score-tree", ["指标", "分值", "得分"], tree)
    t.start, t.end = tree[0].cells[0].start, tree[-1].cells[-1].end
    return t
