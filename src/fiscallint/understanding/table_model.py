"""Tables as tables: a key for every column and a tree of the rows.

Built from the tables :mod:`fiscallint.model.tables` rebuilt out of any layout
(Word tables, ``|`` rows, tab cells, one cell a line, PDF-wrapped rows), so
every layout gives the same model:

- a column key says what the column measures (金额, 占比, 执行率, 分值, 得分,
  增减额, 增减率, 指标值, 完成值 …), its phase (年初预算, 调整预算, 决算 …), its
  year (上年 / 本年 read against the report's year, or 2023年) and its unit,
  from its name and the names of the header cells spanning it (the words
  are data: rules/tables.toml);
- a row key says the row's label, its parent (a 合计/小计 row over the rows it
  closes, a 其中 row under the row above it, numbered rows under the row
  they number, a concept under the concept whose parts rules/lexicon.toml
  names), its level in that tree and its kind (total, subtotal, part, row);
- a cell's value keeps its sign (``-204.61``, ``-7.03%``, ``（12.5）``).

``fiscallint cat --tables`` prints the model.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from functools import lru_cache

from fiscallint.support.units import lookup
from fiscallint.support.wordbook import pattern
from fiscallint.model.vocabulary import Measure, Phase
from fiscallint.model.tables import HEADER_SEPARATOR, Cell, Row, Table, leaf_name, is_serial_name, numbers_the_columns
from fiscallint.understanding.cell_split import PAGE_FOOTER, TAB_STOP
from fiscallint.understanding.row_tree import SUBTOTAL_ROW as _SUBTOTAL_ROW, TOTAL_ROW as _TOTAL_ROW, row_tree

_YEAR = pattern("table_model", "year")
_UNIT = pattern("table_model", "unit")
_NEGATIVE = re.compile(r"^\s*(?:[-−－]\s*[0-9０-９]|[（(]\s*[0-9０-９][0-9０-９,，.．]*\s*[)）]\s*$)")
_TITLE = pattern("table_model", "title")
_FORM_NUMBER = pattern("table_model", "form_number")
_CAPTION_META = pattern("table_model", "caption_meta")
_CELL_GAP = re.compile(r" {2,}|\u3000{2,}")


def _spaced_cells(line: str) -> bool:
    """Three cells or more set apart by spaces, two of them words or figures
    of two characters or more (not a title spaced out letter by letter:
    "“ 三 公 ”  经  费  支  出  决  算  表")."""
    cells = [c.replace(" ", "") for c in _CELL_GAP.split(line.strip()) if c.strip()]
    return len(cells) >= 3 and sum(len(c) >= 2 for c in cells) >= 2


@dataclass(frozen=True)
class ColumnKey:
    index: int
    name: str  # the column's name, spanning names first: "比上年增、减情况 › 增、减金额"
    measure: str | None  # a Measure's name (model/vocabulary.py): 金额, 增减额, 增减率, 执行率 …
    phase: str | None  # 年初预算, 预算, 调整预算, 决算 (rules/lexicon.toml's phases)
    year: str | None  # "2023", or "上年"/"本年" when the report's year is not known
    unit: str | None

    def describe(self) -> str:
        bits = [b for b in (self.measure, self.phase, self.year and f"{self.year}年" if self.year and self.year[0].isdigit()
                            else self.year, self.unit) if b]
        return f"{self.name or '(unnamed)'}: {', '.join(bits) or '-'}"


@dataclass
class RowKey:
    index: int
    label: str
    parent: int | None  # index of the parent row, None for a top row
    how: str  # how the parent was found: 合计, 小计, 其中, numbered, identity, ""
    kind: str  # total | subtotal | part | row | placeholder
    level: int = 0


@dataclass
class TableModel:
    table: Table
    number: int  # 1-based, in document order
    title: str  # the caption above the table ("表2 “三公”经费支出决算表"), or ""
    columns: list[ColumnKey]
    rows: list[RowKey]
    how: dict[int, set[str]] = field(default_factory=dict)  # parent row -> the ways its children were found

    @property
    def name(self) -> str:
        """How a finding names the table: its caption, else "table N"."""
        if self.title:
            return self.title
        from fiscallint.support import messages as M
        from fiscallint.support.messages import Msg

        return Msg(M.TABLE_N, n=self.number)

    def column(self, index: int) -> ColumnKey | None:
        return self.columns[index] if 0 <= index < len(self.columns) else None

    def children(self, parent: int) -> list[int]:
        return [r.index for r in self.rows if r.parent == parent]


@dataclass(frozen=True)
class _Vocabulary:
    measures: tuple[tuple[str, tuple[str, ...]], ...]
    amount_words: tuple[str, ...]
    rate_words: tuple[str, ...]
    change_words: tuple[str, ...]
    previous: tuple[str, ...]
    current: tuple[str, ...]
    phase_order: tuple[str, ...]
    text_words: tuple[str, ...] = ()
    score_full: int = 100
    score_apart: int = 0
    score_apart_rows: tuple[str, ...] = ()
    score_label_header: tuple[str, ...] = ()
    score_min_rows: int = 3
    against_previous: tuple[str, ...] = ()
    opening: tuple[str, ...] = ()
    closing: tuple[str, ...] = ()
    adjustments: tuple[str, ...] = ()


@lru_cache(maxsize=1)
def tables_pack() -> dict:
    """rules/tables.toml, read once per process."""
    from fiscallint.support.lexicon import _load
    from fiscallint.support.resources import read_text

    return _load(read_text("rules", "tables.toml"))


@lru_cache(maxsize=None)
def word_patterns(section: str) -> dict:
    """A section of rules/tables.toml as patterns, compiled once per process:
    a list of words is one alternation (anchored at the end for a key ending
    in ``_endings``), a list of lists a tuple of them, in order."""
    from fiscallint.support.lexicon import alternation

    out: dict = {}
    for key, words in (tables_pack().get(section) or {}).items():
        if words and isinstance(words[0], list):
            out[key] = tuple(alternation(w) for w in words)
        elif key.endswith("_endings"):
            out[key] = re.compile(f"(?:{alternation(words).pattern})$")
        else:
            out[key] = alternation(words)
    return out


@lru_cache(maxsize=1)
def vocabulary() -> _Vocabulary:
    pack = tables_pack()
    measures = tuple((m, tuple(words)) for m, words in (pack.get("measures") or {}).items())
    years = pack.get("years") or {}
    spanned = pack.get("spanned") or {}
    scores = pack.get("scores") or {}
    return _Vocabulary(measures, tuple(spanned.get("amount_words", ())), tuple(spanned.get("rate_words", ())),
                       tuple(spanned.get("change_words", ())), tuple(years.get("previous", ())),
                       tuple(years.get("current", ())), tuple((pack.get("phases") or {}).get("order", ())),
                       tuple((pack.get("text_columns") or {}).get("words", ())),
                       int(scores.get("full", 100)), int(scores.get("apart", 0)), tuple(scores.get("apart_rows", ())),
                       tuple(scores.get("label_header", ())), int(scores.get("min_rows", 3)),
                       tuple(years.get("against_previous", ())), tuple(years.get("opening", ())),
                       tuple(years.get("closing", ())), tuple((pack.get("adjustments") or {}).get("words", ())))


def measure_of(name: str, voc: _Vocabulary | None = None) -> str | None:
    """What a column measures, its own name read first, then the names
    spanning it; a plain 金额 or % under a 增减 name is a change or its rate."""
    voc = voc or vocabulary()
    segments = [s for s in name.split(HEADER_SEPARATOR) if s]

    def named(seg: str) -> str | None:
        """The measure named first in the segment ("得分（20分*执行率）" is a
        score, whose rule names the rate); at one place, the first listed."""
        best, at = None, len(seg) + 1
        for m, words in voc.measures:
            for w in words:
                i = seg.find(w)
                if 0 <= i < at:
                    best, at = m, i
        return best

    if not segments or words_column(name, voc):
        return None  # "增减原因": a column of words about the figures, not a figure
    own = named(segments[-1])
    if own is not None:
        return own
    if segments[-1].startswith(voc.adjustments):
        return "增减额"  # 调整数: the adjusted budget less the initial one (compared_columns)
    if len(segments) > 1 and any(w in s for s in segments[:-1] for w in voc.change_words):
        if any(w in segments[-1] for w in voc.rate_words):
            return "增减率"
        if any(w in segments[-1] for w in voc.amount_words):
            return "增减额"
    for seg in reversed(segments[:-1]):
        found = named(seg)
        if found is not None:
            return found
    return None


def words_column(name: str, voc: _Vocabulary | None = None) -> bool:
    """A column of words about the figures or of dates (增减原因, 备注, 建成年份), never of amounts."""
    segments = [s for s in name.split(HEADER_SEPARATOR) if s]
    return bool(segments) and any(w in segments[-1] for w in (voc or vocabulary()).text_words)


def balance_side(name: str) -> str | None:
    """"opening" for a balance's 年初数 column, "closing" for its 年末数
    (rules/tables.toml [years]), else None."""
    leaf, voc = leaf_name(name), vocabulary()
    return "opening" if leaf.startswith(voc.opening) else "closing" if leaf.startswith(voc.closing) else None


def column_key(index: int, name: str, lexicon, report_year: str | None, table_unit: str | None) -> ColumnKey:
    from fiscallint.understanding.phases import _phase_marks

    voc = vocabulary()
    measure = measure_of(name, voc)
    own = leaf_name(name)
    phase = None
    for text in (own, name):
        marks = [p for _, p in _phase_marks(lexicon, text) if p != Phase.LAST_YEAR]
        if marks:
            phase = marks[-1]
            break
    percent = "%" in own or "％" in own  # "占调整预算%": a ratio, whatever its group's phase
    if measure is None and phase is not None and not percent:
        measure = Measure.AMOUNT.value
    year = _column_year(name, measure, report_year, voc)
    unit = None
    m = _UNIT.search(name)
    if m:
        unit = m.group(1) or m.group(2)
        if measure is None and year and not percent and (info := lookup(unit)) is not None and info.dimension == "money":
            measure = Measure.AMOUNT.value  # "上年支出数（万元）": an amount named by its year and unit
    elif measure in (Measure.EXECUTION_RATE, Measure.SHARE, Measure.CHANGE_RATE) or percent:
        unit = "%"
    elif measure in (Measure.POINTS, Measure.SCORE):
        unit = "分"
    elif measure in (Measure.AMOUNT, Measure.CHANGE):
        unit = table_unit
    return ColumnKey(index, name, measure, phase, year, unit)


def _column_year(name: str, measure: str | None, report_year: str | None, voc) -> str | None:
    """The year a column's name gives: a year written, else 上年 or 本年 (the
    report's year less one, or itself, when it is known)."""
    years = _YEAR.findall(name)
    if years:
        return years[-1]
    if measure in (Measure.CHANGE, Measure.CHANGE_RATE):
        return None  # "比上年增减" compares with last year: it is not last year's figure
    if any(w in name for w in voc.previous):
        return str(int(report_year) - 1) if report_year else "上年"
    if any(w in name for w in voc.current):
        return report_year or "本年"
    return None


def column_keys(header: list[str], lexicon, report_year: str | None, table_unit: str | None) -> list[ColumnKey]:
    """Every column's key; a balance sheet's 年初数 and 年末数 as the closing
    balances of last year and this year (rules/tables.toml's opening/closing)."""
    keys = [column_key(i, name, lexicon, report_year, table_unit) for i, name in enumerate(header)]
    opening = [k for k in keys if balance_side(k.name) == "opening"]
    closing = [k for k in keys if balance_side(k.name) == "closing"]
    if not opening or not closing:
        return keys
    years = (str(int(report_year) - 1) if report_year else "上年", report_year or "本年")
    for year, side in zip(years, (opening, closing)):
        for k in side:
            if k.measure in (None, Measure.AMOUNT):
                keys[k.index] = replace(k, measure=Measure.AMOUNT.value, phase=None, year=year,
                                        unit=k.unit or table_unit)
    return keys


def signed(cell: Cell) -> int:
    """-1 for a cell written negative (-204.61, −7.03%, （12.5）), +1 for one
    written with a plus (+3.2%), 0 for one written without a sign."""
    if _NEGATIVE.match(cell.text):
        return -1
    return 1 if cell.text.lstrip().startswith(("+", "＋")) else 0


def fact_sign(text: str, fact) -> int:
    """The sign written just before a figure: -1 for "-204.61", "- 204.61",
    "（12.5）"; a dash further off is a cell of its own (a nil "-" of the
    column before, in a table aligned with spaces)."""
    i = fact.q.num_start - 1
    if i >= 0 and text[i] in " \u3000":
        i -= 1
    if i >= 0 and text[i] in "-−－":
        return -1
    end = fact.q.num_end + (text[fact.q.num_end:fact.q.num_end + 1] in ("%", "％"))  # "（13.49%）"
    if i >= 0 and text[i] in "（(" and end < len(text) and text[end:end + 1] in ("）", ")"):
        return -1
    return 1


def written_sign(text: str, fact) -> int:
    """-1 for a figure written negative, +1 for one written with a plus, 0
    for one written without a sign (a size)."""
    sign = fact_sign(text, fact)
    if sign < 0:
        return -1
    i = fact.q.num_start - 1
    if i >= 0 and text[i] in " \u3000":
        i -= 1
    return 1 if i >= 0 and text[i] in "+＋" else 0


def table_models_by_table(a) -> dict[int, TableModel]:
    """The models of :func:`models` by their table's id, indexed once per
    analysis (asked for each figure a finding places in a table). Read only."""
    built = models(a)
    cached = a.__dict__.get("_table_models_by_table")
    if cached is None or cached[0] is not built:
        cached = a.__dict__["_table_models_by_table"] = (built, {id(m.table): m for m in built})
    return cached[1]


def cell_parts(a, fact) -> tuple | None:
    """(table, row, column): where a table's figure is, in the words of the
    table ("表2 “三公”经费支出决算表", "公务接待费", "本年决算数"); None for a
    figure of the prose."""
    ref = fact.extras.get("cell")
    if ref is None:
        return None
    m = table_models_by_table(a).get(id(ref.table))
    if m is None:
        return None
    key = m.column(ref.column)
    column = leaf_name(key.name) if key and key.name else str(ref.column + 1)
    label = ref.row.label
    for side in side_tables(ref.table)[1:]:
        first = side.__dict__["_whole"][1]
        if ref.column >= first:
            label = side.rows[ref.row_index].label  # the 支出 side's row is named by its own label
    return m.name, label or str(ref.row_index + 1), column


def cell_place(a, fact):
    """"表2 “三公”经费支出决算表, row 公务接待费, 本年决算数" (a message), or None."""
    parts = cell_parts(a, fact)
    if parts is None:
        return None
    from fiscallint.support import messages as M
    from fiscallint.support.messages import Msg

    table, row, column = parts
    if fact.extras["cell"].table.layout in NAMELESS_COLUMNS:
        return Msg(M.TABLE_ROW, table=table, row=row)  # its one value column has no name of the document's
    return Msg(M.TABLE_CELL, table=table, row=row, column=column)


# layouts of name/value pairs: the header is ours ("项目 | 数值"), not the document's
NAMELESS_COLUMNS = ("key-values", "pair-stream")


def title_of(text: str, table: Table) -> str:
    """The caption just above a table: the nearest of the three non-empty
    lines above it that reads as a table's name (表2 …表, …情况表), past the
    rows of the block right above it (one grid read as two tables: a 自评表's
    funds block, then its indicators under a header of their own)."""
    end = table.start
    seen = rows = 0
    numbered = ""  # ("公开04表" under "财政拨款收入支出决算总表": the name, else the number)
    while end > 0 and seen < 3 and rows < 60:
        start = text.rfind("\n", 0, end - 1) + 1
        line = text[start:end].strip()
        end = start
        if not line:
            continue
        if "|" in line or "\t" in line:
            rows += 1
            continue
        if _CAPTION_META.match(line):
            continue
        if _spaced_cells(line):
            rows += 1  # (a row or a header line of the grid above, its cells set apart by spaces)
            continue
        if PAGE_FOOTER.match(line):
            seen = max(seen - 1, 0)  # a page's number and the running head under it: the grid goes on past them
            continue
        seen += 1
        if len(line) > 60:
            continue
        if _TITLE.search(line) and not _FORM_NUMBER.match(line):
            return line
        numbered = numbered or (line if _FORM_NUMBER.match(line) else "")
    return numbered


def build_model(a, t: Table, number: int) -> TableModel:
    parent, how = row_tree(a.lexicon, t, t.facts)
    columns = column_keys(t.header, a.lexicon, a.year, t.unit)
    rows = []
    for i, r in enumerate(t.rows):
        p = parent[i]
        label = r.label
        if p == -1:
            kind = "column numbers" if is_serial_name(label) or numbers_the_columns(r) else "placeholder"
        elif _SUBTOTAL_ROW.match(label) or "小计" in how.get(i, ()):
            kind = "subtotal"
        elif "合计" in how.get(i, ()) or _TOTAL_ROW.match(label):
            kind = "total"
        elif p is not None:
            kind = "part"
        else:
            kind = "row"
        found = next((w for w in ("小计", "合计", "其中", "numbered", "identity", "net") if p is not None and p >= 0
                      and w in how.get(p, ())), "")
        rows.append(RowKey(i, label, p if p is not None and p >= 0 else None, found, kind))
    for rk in rows:  # levels: depth in the tree (a parent's index need not be smaller: 合计 below its rows)
        depth, p, seen = 0, rk.parent, set()
        while p is not None and p not in seen:
            seen.add(p)
            depth += 1
            p = rows[p].parent
        rk.level = depth
    return TableModel(t, number, title_of(a.doc.text, t), columns, rows, how)


_SIDE_LABEL_HEADER = pattern("table_model", "side_label_header")
_CODE_SHAPED = re.compile(r"[0-9]{2}|[0-9]{3}(?:[0-9]{2}){0,2}")  # 类 201, 款 20105 or 05 …
_CODE_LEVEL = re.compile(r"\s*(?:类|款|项|科目编码|编码|代码)?\s*")  # a code column's name, or none


def side_columns(t: Table) -> list[tuple[int, int]]:
    """The column groups of a table printed in two sides (收入 on the left,
    支出 on the right of the same rows: 项目 | 决算数 | 项目 | 决算数), as
    [first, end) column ranges, each starting with its own label column;
    one range for a table of one side."""
    width = len(t.header)
    texts, numbers = _cell_kinds(t, width)
    # a column of codes or serial numbers (科目编码, 序号) holds no side's figures
    first_number = next((c for c in range(width) if numbers[c] > texts[c]
                         and not is_serial_name(t.header[c]) and not is_serial_name(leaf_name(t.header[c]))), None)
    if first_number is None:
        return [(0, width)]
    starts = [0]
    for col in range(first_number + 1, width - 1):
        name = leaf_name(t.header[col])
        if texts[col] >= 2 and texts[col] > numbers[col] and numbers[col + 1] > texts[col + 1] and \
                (_SIDE_LABEL_HEADER.search(name) or (name and name == leaf_name(t.header[0]))
                 or _repeats_first_side(t.header, col)):
            # (科目编码 | 科目名称 | 决算数 on each side: the side opens with its codes)
            starts.append(col - 1 if col - 1 > first_number and is_serial_name(leaf_name(t.header[col - 1])) else col)
    return [(a, b) for a, b in zip(starts, starts[1:] + [width])]


def _cell_kinds(t: Table, width: int) -> tuple[list[int], list[int]]:
    """How many cells of words and of figures each column holds; a column
    of codes before the labels (类 | 款 | 项 over columns, 201 then 20105
    or 05) holds no figures."""
    texts, numbers = [0] * width, [0] * width
    codes: list[set[int]] = [set() for _ in range(width)]  # the lengths of the code-shaped numbers of each column
    for row in t.rows:
        for col, cell in (t.aligned(row) or {}).items():
            if 0 <= col < width and cell.numeric:
                numbers[col] += 1
                codes[col].add(len(cell.text.strip()) if _CODE_SHAPED.fullmatch(cell.text.strip()) else 0)
            elif 0 <= col < width and not cell.empty:
                texts[col] += 1
    label = max(range(width), key=lambda c: texts[c]) if width else 0
    coded = [c for c in range(label) if codes[c] and 0 not in codes[c] and _CODE_LEVEL.fullmatch(leaf_name(t.header[c]))]
    lengths = {n for c in coded for n in codes[c]}
    if lengths & {5, 7} or {2, 3} <= lengths:
        for col in coded:
            numbers[col] = 0
    return texts, numbers


def _repeats_first_side(header: list[str], col: int) -> bool:
    """The columns from ``col`` on name the same figures as the first side's
    (收入 | 执行数 | 支出 | 执行数): ``col`` is the second side's label column."""
    first = [leaf_name(h) for h in header[1:col]]
    return bool(first) and len(header) == 2 * col and [leaf_name(h) for h in header[col + 1:]] == first


def side_tables(t: Table) -> list[Table]:
    """The table itself, or one table per side (its own label column, its
    own rows' tree), the figures keeping their cells (and their columns'
    names) in the whole table."""
    cached = t.__dict__.get("_sides")
    if cached is not None:
        return cached
    ranges = side_columns(t)
    if len(ranges) < 2:
        cached = [t]
    else:
        cached = []
        for first, end in ranges:
            rows = []
            for row in t.rows:
                aligned = t.aligned(row) or {}
                blank = Cell("", row.cells[0].start if row.cells else t.start, row.cells[0].start if row.cells else t.start)
                rows.append(Row([_own_indent(aligned, c, first, blank) if c == first else aligned.get(c, blank)
                                 for c in range(first, end)], row.line))
            side = Table(t.layout, t.header[first:end], rows, t.unit, t.start, t.end)
            side.uncertain_rows = t.uncertain_rows
            side.facts = {(r, c - first): f for (r, c), f in t.facts.items() if first <= c < end}
            side.keys = t.keys[first:end] if t.keys else []
            side.__dict__["_whole"] = (t, first)
            cached.append(side)
    t.__dict__["_sides"] = cached
    return cached


def _own_indent(aligned: dict, col: int, first: int, blank: Cell) -> Cell:
    """A right side's label cell, its place not counting the left side's blank
    tab cells before it ("\t\t公务用车运行维护费\t2.58": no deeper than 办公费; in a
    row split at tabs, its figures stand at no place of their own)."""
    c = aligned.get(col, blank)
    if not c.x or any(k in aligned and not aligned[k].empty for k in range(first)) \
            or any(v.x for v in aligned.values() if v.numeric):
        return c
    return replace(c, x=max(0, c.x - TAB_STOP * first))


def side_models(a) -> list[TableModel]:
    """Every table's model, a table printed in two sides as one model a side
    (each with its own row tree), built once per analysis."""
    cached = a.__dict__.get("_side_models")
    if cached is None:
        cached = []
        for m in models(a):
            sides = side_tables(m.table)
            if len(sides) == 1:
                cached.append(m)
                continue
            for side in sides:
                sm = build_model(a, side, m.number)
                sm.title = m.title
                cached.append(sm)
        a.__dict__["_side_models"] = cached
    return cached


def models(a) -> list[TableModel]:
    """The models of the document's tables, built once per analysis."""
    cached = a.__dict__.get("_table_models")
    if cached is None:
        cached = a.__dict__["_table_models"] = [build_model(a, t, n) for n, t in enumerate(a.tables, start=1)]
    return cached


def render(a) -> str:
    """Each table as understood: its columns' keys and its rows as a tree."""
    out = []
    for m in side_models(a):
        t = m.table
        whole = t.__dict__.get("_whole")
        first = whole[1] if whole else 0
        line = a.doc.text.count("\n", 0, t.start) + 1
        side = f", side of columns {first + 1}–{first + len(m.columns)}" if whole else ""
        out.append(f"== {m.name} (line {line}, {t.layout}, {len(t.rows)} rows{', unit ' + t.unit if t.unit else ''}{side})")
        out.append("columns:")
        for c in m.columns:
            out.append(f"  [{c.index + first + 1}] {c.describe()}")
        out.append("rows:")
        for r in m.rows:
            row = t.rows[r.index]
            values = []
            aligned = t.aligned(row) or dict(enumerate(row.cells))
            for col, cell in sorted(aligned.items()):
                if cell.numeric:
                    key = m.column(col)
                    values.append(f"{(key.name if key else '') or f'col{col + 1}'}={cell.text}")
            tag = "" if r.kind == "row" else f" ({r.kind}{', ' + r.how if r.how else ''})"
            out.append(f"  {'  ' * r.level}{r.label or '(no label)'}{tag}" + (f": {'; '.join(values)}" if values else ""))
        out.append("")
    return "\n".join(out)
