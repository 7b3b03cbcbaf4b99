"""Cross-reference claims (one figure stated twice) and identities between
figures stated apart (FL107, rules/identities.toml).
"""
from __future__ import annotations

import bisect
import re

from fiscallint.support.wordbook import pattern
from fiscallint.model.claim import Claim
from fiscallint.model.fact import ITEM_NUMBER, Analysis, Fact
from fiscallint.understanding.table_model import title_of, vocabulary
from fiscallint.understanding.claim_text import _is_base


# ---------------------------------------------------------------- crossref
_RESIDUE_NOISE = pattern("crossrefs", "residue_noise")
_INDICATOR_COLUMN = pattern("crossrefs", "indicator_column")


def _crossrefs(a: Analysis, compositions: list[Claim]) -> list[Claim]:
    parent = _parents(a, compositions)
    groups: dict[tuple, list[Fact]] = {}
    before: Fact | None = None
    for f in a.facts:
        prev, before = before, f
        key = _restatement_key(a, f, prev, parent)
        if key is not None:
            groups.setdefault(key, []).append(f)
    out = []
    projects = _Projects.of(a)
    for facts in groups.values():
        for i, later in enumerate(facts[1:], 1):
            # the first of its project ("农村道路养护项目…自评得分95分" and "人居环境整治项目…98分": two)
            first = next((g for g in facts[:i] if _both_cells(g, later) or not projects.apart(g, later)), None)
            if first is None:
                a.note(later, f"not {facts[0].q.shown()} restated: they are of two projects")
                continue
            if not _may_restate(a, first, later) or _both_cells(first, later):
                continue
            in_table = first.extras.get("in_table") or later.extras.get("in_table") or first.extras.get("cell") or later.extras.get("cell")
            pattern = "restated.table-and-text" if in_table else "restated.in-other-units" \
                if first.sentence is later.sentence else "restated.concept"
            out.append(Claim("crossref", later, [first], "eq", f"{first.concept} stated twice",
                             pattern=pattern, trigger=first.concept or ""))
            break
    return out


def _a_cell_restated(cell) -> bool:
    """Whether a table's cell may state again what prose states: not an
    indicator's target or outturn ("成本指标 | 项目支出 | ≤420万元 | 401.26万元"),
    not a row of a table whose header is lost (which of its figures is which is
    not known), not a row whose name another row bears ("一、一般公共预算财政拨款"
    and, under 年初结转和结余, "一般公共预算财政拨款": which is it)."""
    if _INDICATOR_COLUMN.search(cell.header):
        return False
    if not cell.table.header and sum(c.numeric for c in cell.row.cells) > 1:
        return False
    return not _named_twice(cell.table, cell.row.label)


def _named_twice(t, label: str) -> bool:
    """Two rows of the table bear the name, numbered or not."""
    names = t.__dict__.get("_row_names")
    if names is None:
        names = t.__dict__["_row_names"] = [ITEM_NUMBER.sub("", r.label).strip() for r in t.rows]
    return names.count(ITEM_NUMBER.sub("", label).strip()) > 1


def _both_cells(first: Fact, later: Fact) -> bool:
    """Two figures of tables: a fact in two tables is table.same-fact's,
    read by the tables' structure (never two cells of one table)."""
    return first.extras.get("cell") is not None and later.extras.get("cell") is not None


def _parents(a: Analysis, compositions: list[Claim]) -> dict[int, str]:
    """The total each part of a composition stands under, by the part's id,
    when that total is not its usual one."""
    parent: dict[int, str] = {}
    natural = a.lexicon.children
    for c in compositions:
        for p in c.operands:
            # a part under its usual total (基本支出 under 总支出) is the same
            # fact as when stated alone; under another total it is not
            # (商品和服务支出 of 项目支出 is not the department's)
            if c.stated.concept and p.concept in natural.get(c.stated.concept, ()):
                continue
            if c.stated.concept and p.concept == c.stated.concept:
                parent[id(p)] = "part of itself"  # "总收入581.45万元，其中本年收入390.55万元"
                continue
            parent.setdefault(id(p), c.stated.concept or c.stated.label.strip()[-6:])
    return parent


def _restatement_key(a: Analysis, f: Fact, prev: Fact | None, parent: dict[int, str]) -> tuple | None:
    """What a figure is a statement of (concept, dimension, phase, year,
    period, qualifiers, parent, place), or None when it may not be restated
    (a part of itself, a label that says more than its concept). A figure
    under 其中 of another item gets that item as its parent."""
    natural = a.lexicon.children
    if not _a_named_level(a, f) or _is_base(f):
        return None  # (or "较上年自评得分92.61分提高5.90分": last year's figure, the base of a change)
    cell = f.extras.get("cell")
    if cell is not None and not _a_cell_restated(cell):
        return None
    if "其中" in f.label and prev is not None and prev.sentence is f.sentence and prev.concept == f.concept:
        return None  # "总收入581.45万元，其中本年收入390.55万元": a part of itself, not it again
    if prev is not None and prev.sentence is f.sentence and prev.role == "level" \
            and f.concept not in natural.get(prev.concept, ()) \
            and "其中" in a.doc.text[prev.q.end:f.label_start + len(f.label)]:
        # "住房公积金112788元，其中：基本支出112788元": that item's 基本支出, not the unit's
        parent.setdefault(id(f), prev.concept or prev.label.strip()[-6:])
    stripped = a.lexicon.strip_names(f.label)
    residue = _RESIDUE_NOISE.sub("", stripped)
    in_grid = (f.extras.get("in_table") or f.extras.get("cell")) and stripped != f.label
    if len(residue) > (1 if in_grid else 3):
        # the label says more than the concept: another fact (a row's name
        # is all it says: 经常性收入合计 is not the 收入合计; a row the form
        # names, 总分, is what its role says)
        return None
    concept = a.lexicon.same_fact.get(f.concept, f.concept)
    if concept != f.concept and _of_a_project_form(a, f):
        concept = f.concept  # a 项目支出绩效自评表's 年度资金总额 is the project's, not the unit's 总支出
    # a figure under "二、政府性基金预算收支情况" is of that fund, unless its label says
    qualifiers = f.qualifiers or f.extras.get("section", frozenset())
    under = parent.get(id(f)) or _under_a_whole(a, f)
    return (concept, f.q.dimension, f.phase or a.default_phase, f.year, f.extras.get("period"), qualifiers,
            under, f.extras.get("place"), f.extras.get("entity"))


def _under_a_whole(a: Analysis, f: Fact) -> str | None:
    """The whole a figure with no parent of its own is of, when its place says so."""
    return ("基本支出" if _of_a_basic_table(a, f) or _under_a_basic_heading(a, f) else None) or _a_projects_score(a, f)


def _a_projects_score(a: Analysis, f: Fact) -> str | None:
    """"项目" for a project's score, not the unit's: in a 项目支出绩效自评表, named so (项目自评得分),
    or on a numbered item's line after its name ("1.综合业务工作经费，资金3.72万元，自评得分94分"),
    unless the line names the unit (本部门整体支出绩效自评得分)."""
    if f.q.dimension != "score":
        return None
    if f.extras.get("cell") is not None:
        return "项目" if _of_a_project_form(a, f) else None
    line = a.doc.start_of_line(f.q.start)
    item = ITEM_NUMBER.match(a.doc.text, line)
    named = item is not None and item.end() < f.label_start \
        and not _WHOLE_UNIT.search(a.doc.text, line, f.q.start) and not _OWN_UNIT.search(a.doc.text, line, f.q.start)
    return "项目" if "项目" in f.label or named else None


def _of_a_basic_table(a: Analysis, f: Fact) -> bool:
    """A cell of a table of the basic expenditure (its rows 人员经费 and 公用经费,
    or its title naming 基本支出): its 工资福利支出 is the basic expenditure's,
    not the whole spending's ("本年支出…中：工资福利支出…")."""
    cell = f.extras.get("cell")
    classes, halves = _basic_split(a.lexicon)
    if cell is None or f.concept not in classes:
        return False
    t = cell.table
    found = t.__dict__.get("_basic")
    if found is None:
        labels = {a.lexicon.concept_of(r.label) for r in t.rows if r.label}
        found = t.__dict__["_basic"] = bool(halves) and halves <= labels or "基本支出" in title_of(a.doc.text, t)
    return found


def _under_a_basic_heading(a: Analysis, f: Fact) -> bool:
    """An economic class's figure in prose under a heading naming 基本支出
    ("五、一般公共预算基本支出情况"): the basic expenditure's, as its table's is."""
    if f.extras.get("cell") is not None or f.concept not in _basic_split(a.lexicon)[0]:
        return False
    heads = _Projects.of(a)  # (the top-level headings, found once a document)
    i = bisect.bisect_right(heads.head_starts, f.q.start) - 1
    return i >= 0 and "基本支出" in heads.head_texts[i]


def _basic_split(lex) -> tuple[frozenset, frozenset]:
    """The economic classes (the parts of the identity of 工资福利支出 and its
    siblings) and the basic expenditure's halves (人员经费, 公用经费), from
    rules/identities.toml, read once a lexicon."""
    found = lex.__dict__.get("_basic_split")
    if found is None:
        # (the whole spending's classes, not 人员经费's two)
        classes = next((frozenset(i.parts) for i in lex.identities if "工资福利支出" in i.parts and i.total == "总支出"),
                       frozenset())
        halves = next((frozenset(i.parts) for i in lex.identities if i.total == "基本支出"), frozenset())
        found = lex.__dict__["_basic_split"] = (classes, halves)
    return found


_PROJECT_FORM = pattern("crossrefs", "project_form")
_WHOLE_UNIT = pattern("crossrefs", "whole_unit")
_OWN_UNIT = pattern("crossrefs", "own_unit")


def _of_a_project_form(a: Analysis, f: Fact) -> bool:
    cell = f.extras.get("cell")
    return cell is not None and (_PROJECT_FORM.search(title_of(a.doc.text, cell.table)) is not None
                                 or bool(_form_project(a, f)))


def _form_project(a: Analysis, f: Fact) -> str:
    """The project a table names in the lines just above it ("项目名称：困难残疾人生活补贴
    主管部门：…"), read once a table; '' for a figure in no such table."""
    cell = f.extras.get("cell")
    if cell is None:
        return ""
    t = cell.table
    found = t.__dict__.get("_form_project")
    if found is None:
        named = list(_FORM_PROJECT.finditer(a.doc.text, max(0, t.start - 400), t.start))
        found = _FORM_PROJECT_END.split(named[-1].group(1))[0].strip() if named else ""
        t.__dict__["_form_project"] = found
    return found


def _of_another_project(a: Analysis, first: Fact, later: Fact) -> bool:
    """One figure in a project's form, the other in no such form and in a
    sentence and section that do not name that project: the project's and the unit's."""
    named = [_form_project(a, g) for g in (first, later)]
    if bool(named[0]) == bool(named[1]):
        return False
    project, other = (named[0], later) if named[0] else (named[1], first)
    said = a.doc.text[other.sentence.start:other.sentence.end]
    heading = _Projects.of(a).project(other)  # (the project its section is headed by, or its paragraph names)
    return project[:6] not in said and not (heading and (project in heading or heading in project))


_FORM_PROJECT_END = pattern("crossrefs", "form_project_end")


def _a_named_level(a: Analysis, f: Fact) -> bool:
    """An exact amount or score whose label names its concept tightly."""
    if f.role != "level" or not f.concept or not f.tight or f.q.approx or f.q.is_percent or f.q.is_range:
        return False
    if f.q.dimension not in ("money", "score"):
        return False
    cell = f.extras.get("cell")
    # a cell of a row with no name, under a column that names only a phase
    # (全年执行数): it says what the cell measures, not of what
    return cell is None or bool(cell.row.label.strip()) or a.lexicon.names_specific_concept(f.label)


def _economic_line_of_sangong(a: Analysis, f: Fact) -> bool:
    """A “三公” item's cell in a row coded by the economic classification
    (302xx): the part of it paid from 基本支出, not the unit's whole item."""
    ref = f.extras.get("cell")
    if ref is None or not f.concept:
        return False
    sangong = a.lexicon.pattern("sangong_family", lambda: _family(a.lexicon, _SANGONG))
    return f.concept in sangong and any(_ECONOMIC_CODE.fullmatch(c.text.strip()) for c in ref.row.cells)


def _family(lex, root: str) -> frozenset:
    kids, todo = set(), [root]
    while todo:
        for k in lex.children.get(todo.pop(), ()):
            if k not in kids:
                kids.add(k)
                todo.append(k)
    return frozenset(kids)


_SANGONG = "三公经费"
_ECONOMIC_CODE = re.compile(r"3[01][0-9](?:[0-9]{2})?")


def _may_restate(a: Analysis, first: Fact, later: Fact) -> bool:
    """Whether a later figure of the same key, of another value, is to be
    checked as a restatement of the first (noting why not, where it helps)."""
    if later.q.interval().meets(first.q.interval()):
        return False
    if _same_table_row(first, later):
        return False  # two columns of one row (行次 and 金额, 上年 and 本年) are two facts
    if _another_column_of_its_row(first, later) or _another_column_of_its_row(later, first):
        # "商品和服务支出8,286.40万元" of 基本支出, in a table row "8,951.80 | 8,286.40 | 665.40":
        # the text restates the row's other column
        a.note(later, f"not {first.q.shown()} restated: the table row holds it in another column")
        return False
    if _economic_line_of_sangong(a, first) != _economic_line_of_sangong(a, later):
        # "30217 公务接待费 4.20" of the 基本支出 table against the unit's 公务接待费 5.00
        a.note(later, f"not {first.q.shown()} restated: one is the basic expenditure's economic line")
        return False
    prose = not first.extras.get("cell") and not later.extras.get("cell")
    if prose and _items_apart(a.doc.text, first, later):
        # "1.审计业务专项经费…，自评得分96分；2.政府投资审计…，自评得分94分": each item's own
        a.note(later, f"not {first.q.shown()} restated: they stand in two numbered items of a list")
        return False
    if prose and a.doc.cells_of_one_row(first.q.start, later.q.start):
        a.note(later, f"not {first.q.shown()} restated: they stand in two cells of one row")
        return False
    if prose and first.extras.get("section_concept") != later.extras.get("section_concept"):
        # "1.基本支出…商品和服务支出75800元" and "2.项目支出…商品和服务支出0元": two parents
        a.note(later, f"not {first.q.shown()} restated: they stand under headings of different concepts")
        return False
    if _of_a_project_form(a, first) != _of_a_project_form(a, later) and any(
            _WHOLE_UNIT.search(a.doc.text, g.sentence.start, g.q.start) for g in (first, later)):
        # "部门整体支出绩效自评得分94.60分" and a 项目支出绩效自评表's 总分: the unit's, the project's
        a.note(later, f"not {first.q.shown()} restated: one is the department's as a whole, one a project's")
        return False
    if _of_another_project(a, first, later):
        # a 项目支出绩效自评表's 年度资金总额 and 总分, and the unit's 全年支出 and 自评得分
        a.note(later, f"not {first.q.shown()} restated: one is of a project's form, the other the unit's")
        return False
    doubt = _in_doubt(a, first, later)
    if doubt:
        a.note(later, f"not {first.q.shown()} restated: {doubt}")
        return False
    if first.sentence is later.sentence and prose and not _in_other_units(a.doc.text, first, later):
        # one sentence does not restate its own figure: two figures of one
        # concept in it are two facts (a phase or scope it names in words of its own),
        # but for the figure in brackets right after it in another unit ("2,318,906.75元（231.89万元）")
        a.note(later, f"not {first.q.shown()} restated: both are in one sentence")
        return False
    if (first.extras.get("unit_assumed") or later.extras.get("unit_assumed")) and _far_apart(first, later):
        return False  # a table whose unit was assumed: a wrong guess, more likely than a typo
    return True


_BRACKET_OPENS = re.compile(r"\s*[（(]\s*(?:即|合|折合)?\s*$")


def _in_other_units(text: str, first: Fact, later: Fact) -> bool:
    """"2,318,906.75元（231.89万元）": the same amount again, in brackets right
    after it, in another unit."""
    return first.q.unit != later.q.unit and bool(_BRACKET_OPENS.match(text[first.q.end:later.q.start]))


def _same_table_row(a: Fact, b: Fact) -> bool:
    x, y = a.extras.get("cell"), b.extras.get("cell")
    return x is not None and y is not None and x.table is y.table and x.row_index == y.row_index


def _another_column_of_its_row(cell_fact: Fact, prose: Fact) -> bool:
    """Whether the table row of ``cell_fact`` holds ``prose``'s figure in another column."""
    ref = cell_fact.extras.get("cell")
    if ref is None or prose.extras.get("cell") is not None:
        return False
    stated = prose.q.interval()
    # the same concept in another column (合计 | 基本支出 | 项目支出), not another
    # concept's cell of a row of concepts (购置费 | 运行维护费: swapped figures)
    return any(r == ref.row_index and f is not cell_fact and f.concept == prose.concept and not f.q.is_percent
               and f.q.interval().meets(stated) for (r, _), f in ref.table.facts.items())


def _items_apart(text: str, a: Fact, b: Fact) -> bool:
    """Whether two figures stand on lines opening with two different item
    numbers (1. and 2., （一） and （二）)."""
    def number(f: Fact) -> str:
        m = ITEM_NUMBER.match(text, text.rfind("\n", 0, f.q.start) + 1)
        return m.group(0).strip() if m else ""

    x, y = number(a), number(b)
    return bool(x and y and x != y)


_PROJECT_NAME = pattern("crossrefs", "project_name")
_PROJECT_POINTER = pattern("crossrefs", "project_pointer")
_FORM_PROJECT = pattern("crossrefs", "form_project")
_TOP_HEADING = pattern("crossrefs", "top_heading", re.M)


class _Projects:
    """The project each figure is of: the one its paragraph names before it,
    the one the heading just above names when the paragraph points back to
    it (该项目) or the project form it stands in (项目名称 | …), else the
    one its top-level section is headed by (一、…工程); '' for none. The
    headings and forms are found once per document."""

    def __init__(self, text: str):
        self.text = text
        heads = list(_TOP_HEADING.finditer(text))
        self.head_starts = [m.start() for m in heads]
        self.head_texts = [m.group(1) for m in heads]
        self.head_names = [_named_project(name) for name in self.head_texts]
        self.form_starts = [m.start() for m in _FORM_NAME.finditer(text)]
        self.pointers = [(m.start(), m.end()) for m in _PROJECT_POINTER.finditer(text)]
        self.known: dict[int, str] = {}
        self.form_heads, self.form_head_names = _form_project_heads(text)
        self.any_heads = [m.start() for m in _ANY_HEADING.finditer(text)]

    @classmethod
    def of(cls, a: Analysis) -> "_Projects":
        found = a.__dict__.get("_projects")
        if found is None:
            found = a.__dict__["_projects"] = cls(a.doc.text)
        return found

    def apart(self, x: Fact, y: Fact) -> bool:
        """Two figures of two projects, or of a project and of what is not
        one; names match when one ends the other ("对农村道路养护项目" and
        "农村道路养护项目")."""
        p, q = self.project(x), self.project(y)
        return p != q and not (p and q and (p.endswith(q) or q.endswith(p)))

    def project(self, f: Fact) -> str:
        if id(f) not in self.known:
            self.known[id(f)] = self._project(f.q.start)
        return self.known[id(f)]

    def _project(self, at: int) -> str:
        text = self.text
        line_start = text.rfind("\n", 0, at) + 1
        named = self._last_name(line_start, at)
        if named:
            return named
        if self._points_back(line_start, at):
            pointed = self._heading_above(line_start) or self._form(line_start)
            if pointed:
                return pointed
        i = bisect.bisect_right(self.form_heads, line_start) - 1
        if self._in_a_form(line_start, self.form_heads[i] if i >= 0 else -1) and (own := self._form(line_start)):
            return own  # in a project's form after the headings (附表2 … 项目名称 | …): the form's project
        if i >= 0:
            return self.form_head_names[i]  # under the heading naming one of the document's project forms
        # (该项目 under "（三）自评结论", a heading naming none: the project of its section)
        i = bisect.bisect_right(self.head_starts, line_start) - 1
        return self.head_names[i] if i >= 0 else ""

    def _in_a_form(self, line_start: int, head: int) -> bool:
        """A line in the project form begun last before it, after ``head`` and
        with no heading between the form's start and the line."""
        k = bisect.bisect_right(self.form_starts, line_start) - 1
        if k < 0 or self.form_starts[k] < head:
            return False
        h = bisect.bisect_right(self.any_heads, line_start) - 1
        return h < 0 or self.any_heads[h] < self.form_starts[k]

    def _points_back(self, line_start: int, at: int) -> bool:
        """该项目 or 本项目 between the line's start and the figure."""
        i = bisect.bisect_left(self.pointers, (line_start, 0))
        return i < len(self.pointers) and self.pointers[i][1] <= at

    def _last_name(self, line_start: int, at: int) -> str:
        """The last project named between the line's start and the figure,
        read in windows growing back from the figure (a line may be a whole
        document): a name is of Chinese characters only, so a scan begun at
        any other character finds the names a scan from the line's start
        finds after it."""
        width = 256
        while True:
            start = max(line_start, at - width)
            while start > line_start and "\u4e00" <= self.text[start] <= "\u9fff":
                start -= 1
            named = [m.group(0) for m in _PROJECT_NAME.finditer(self.text, start, at)]
            if named or start == line_start:
                return named[-1] if named else ""
            width *= 4

    def _heading_above(self, line_start: int) -> str:
        end = line_start - 1
        for _ in range(8):  # the nearest heading line above
            if end <= 0:
                break
            start = self.text.rfind("\n", 0, end) + 1
            line = self.text[start:end]
            if line.strip() and len(line) <= 40 and "。" not in line:
                heading = _PROJECT_NAME.search(line)
                return heading.group(0) if heading else ""
            end = start - 1
        return ""

    def _form(self, line_start: int) -> str:
        """"项目名称 | 森林防火专项经费" … "自评结论 | 该项目全年预算…": the form's project."""
        i = bisect.bisect_right(self.form_starts, line_start) - 1
        form = _FORM_PROJECT.search(self.text, self.form_starts[i], line_start) if i >= 0 else None
        return form.group(1).strip() if form else ""


def _form_project_heads(text: str) -> tuple[list[int], list[str]]:
    """Where each heading naming the project of one of two or more forms
    (项目名称 | 农村义务教育学生营养改善计划) begins, and that project: a
    document of several projects' forms puts each project's prose under a
    heading of its name ("（一）农村义务教育学生营养改善计划")."""
    names = {m.group(1).strip() for m in _FORM_PROJECT.finditer(text)}
    names = {n for n in names if len(n) >= 4}
    if len(names) < 2:
        return [], []
    starts, found = [], []
    for m in _ANY_HEADING.finditer(text):
        head = m.group(1).strip()
        name = next((n for n in names if n in head or head in n and len(head) >= 4), None)
        if name is not None:
            starts.append(m.start())
            found.append(name)
    return starts, found


_ANY_HEADING = pattern("crossrefs", "any_heading", re.M)


def _named_project(heading: str) -> str:
    """The project a heading's words end with ("2023年农村饮水安全巩固提升工程"), or ''."""
    named = _PROJECT_NAME.search(heading)
    return named.group(0) if named is not None and heading.endswith(named.group(0)) else ""


_FORM_NAME = re.compile("项目名称")


def _far_apart(a: Fact, b: Fact) -> bool:
    x, y = a.q.base_value, b.q.base_value
    return x > 0 and y > 0 and (x / y >= 100 or y / x >= 100)


def _in_doubt(a: Analysis, first: Fact, later: Fact) -> str:
    """Why two figures are not sure to be one fact, if one of them says so itself."""
    if any(_score_of_a_part(a.doc.text, g) for g in (first, later)):
        # "该部分分值15分，评价得分12.5分": the score of one part, not the whole's
        return "one is a part's score (its sentence gives the part's points)"
    if first.extras.get("phase_in_doubt") or later.extras.get("phase_in_doubt"):
        return "its label and its heading name different phases"
    return ""


def _score_of_a_part(text: str, f: Fact) -> bool:
    """A score in a sentence stating points below the full marks before it ("该部分分值15分，评价得分12.5分")."""
    if f.q.unit != "分" or f.extras.get("cell"):
        return False
    m = _PART_POINTS.search(text, f.sentence.start, f.q.start)
    return m is not None and float(m.group(1)) < vocabulary().score_full


_PART_POINTS = pattern("crossrefs", "part_points")
