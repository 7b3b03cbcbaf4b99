"""Read the structure around each quantity: sentences, labels, roles.

A *fact* is a quantity with what the prose says about it: its label (the
words just before it), the concept the label names (总支出, 基本支出 …),
its phase (年初预算, 预算, 决算, 上年) and year, and its role: a level
(an amount), a change (增加 X), a share (占 X%), a rate (执行率 X%) or a
growth rate (增长 X%).
"""
from __future__ import annotations

import bisect
import re

from fiscallint.understanding.aims import heading_aim, target_cells
from fiscallint.understanding.entities import mark_entities
from fiscallint.support.wordbook import pattern, words
from fiscallint.model.vocabulary import Phase
from fiscallint.model.fact import _LABEL_STRIP, Analysis, Fact, Sentence  # noqa: F401  (Analysis, Fact, Sentence: read here by many)
from fiscallint.support.lexicon import Lexicon, alternation, default_lexicon
from fiscallint.support.options import DEFAULT, Options
from fiscallint.understanding.zero_amounts import zeros_of_their_list
from fiscallint.understanding.phases import _YEAR, _phase_at, _phase_marks, in_aside, sentence_years, year_of_head
from fiscallint.understanding.quantities import Quantity, scan
from fiscallint.model.document import Document

_HARD_END = "。！？!?；;"
_HEADING = pattern("analysis", "heading")
_TITLE_LINE = pattern("analysis", "title_line")
_BOUNDARY = re.compile(r"[，,；;：:、。！？!?|\t]")
_UP_TO_LAST_BOUNDARY = re.compile(r".*" + _BOUNDARY.pattern, re.S)  # ends after the last boundary
_FILLER_TAIL = pattern("analysis", "filler_tail")


# a label that only names a phase or a generic noun carries the previous concept
_CARRY = pattern("analysis", "carry")
_ADDED_BEFORE = pattern("analysis", "added_before")
_BARE_PHASE_CONCEPTS = frozenset(words("analysis", "bare_phase_concepts"))


_FULL_STOP = re.compile(r"[。！？!?]")
_NOT_BLANK = re.compile(r"\S")
_COMMA = re.compile(r"[，,、]")
_CHANGE_FILLER = pattern("analysis", "change_filler")
_JOINED_BEFORE = pattern("analysis", "joined_before")
_COMPARED_CHANGE_CHAR = pattern("analysis", "compared_change_char")
_COMPARED_CHANGE_OF = pattern("analysis", "compared_change_of")


def segment(text: str, hard_lines: bool = False) -> list[Sentence]:
    """Sentences: split at 。！？ and at line ends, except where a line was
    broken in mid-sentence (PDF exports wrap lines anywhere). In a Word
    document (``hard_lines``) every line is a paragraph: it always ends one."""
    cuts = [m.end() for m in _FULL_STOP.finditer(text)]  # (no full stop spans a line's end)
    lines = text.split("\n")
    offset = 0
    for i, line in enumerate(lines):
        end = offset + len(line)
        if i + 1 < len(lines) and (hard_lines or not _soft_break(line, lines[i + 1])):
            cuts.append(end + 1)
        offset = end + 1
    cuts.append(len(text))
    sentences: list[Sentence] = []
    start = 0
    for c in sorted(set(cuts)):
        if c > start:
            if sentences and _NOT_BLANK.search(text, start, c) is None:
                sentences[-1].end = c  # blank run: part of the sentence before
            else:
                sentences.append(Sentence(len(sentences), start, c))
            start = c
    return sentences


def _indent(line: str) -> int:
    """How far a line is indented on screen (an ideographic space two)."""
    n = 0
    for ch in line:
        if ch not in " \u3000":
            break
        n += 2 if ch == "\u3000" else 1
    return n


def _soft_break(line: str, nxt: str) -> bool:
    a, b = line.rstrip(), nxt
    if not a.strip() or not b.strip():
        return False
    # a line indented deeper than the one before opens a paragraph; one set at
    # the same margin (a PDF's text indented throughout) may go on its sentence
    if a[-1] in _HARD_END or b[0] == "\t" or _indent(b) > _indent(a) or a[0] in "\t" or "|" in a or "|" in b:
        return False
    if _HEADING.match(b):
        return False
    heading = _HEADING.match(a)
    if len(a) < 30 and (heading or _TITLE_LINE.search(a)) and not _COMMA.search(a, heading.end() if heading else 0):
        return False  # a heading or title line, not a sentence cut by the page width (一、 is its mark, no comma)
    return len(a.strip()) >= 12


# "比2023年预算减少17.3万元": the year compared with does not date the figures after it
_COMPARED_YEAR = pattern("analysis", "compared_year")


# the period a figure covers, when its paragraph names one before it: "5月份，…"
# and "1-5月累计，…" are two figures of one name
_PERIOD = pattern("analysis", "period")


# a paragraph opening with a place's name ("忻州市一般公共预算收入…。全市…") is
# about that place: figures of two such paragraphs are two places' figures
_PLACE_OPENING = pattern("analysis", "place_opening")


_PERIOD_JOINER = pattern("analysis", "period_joiner")


def _paragraph_scope(text: str, line_start: int) -> tuple[list[tuple[int, str]], str | None]:
    """The periods a paragraph names, as (end, period) marks with compared ones
    (较上年同期, 比1-5月) left out, and the place it opens with."""
    line_end = text.find("\n", line_start)
    line_end = len(text) if line_end < 0 else line_end
    marks = [(m.end(), _PERIOD_JOINER.sub("-", m.group(0))) for m in _PERIOD.finditer(text, line_start, line_end)
             if not _COMPARED_YEAR.search(text, max(0, m.start() - 3), m.start())] \
        if _may_name_period(text, line_start, line_end) else []
    m = _PLACE_OPENING.match(text, line_start)
    return marks, (m.group(1), m.end()) if m else None


def _may_name_period(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] holds a word every match of _PERIOD holds (月,
    半年, 季度): a cheap look before the search."""
    return any(text.find(w, start, end) >= 0 for w in ("月", "半年", "季度"))


def _mark_scope(fact: Fact, text: str, seen: dict) -> None:
    """The period and the place the figure's paragraph names before it, where
    it does (``seen`` keeps the paragraph last read)."""
    at = fact.q.start
    line = seen.get("line")
    if line is None or not line[0] <= at <= line[1]:
        # figures come in order: each paragraph is found and read once
        start = text.rfind("\n", 0, at) + 1
        end = text.find("\n", at)
        line = seen["line"] = (start, len(text) if end < 0 else end, _paragraph_scope(text, start))
    marks, place = line[2]
    period = _last_before(marks, at)
    if period:
        fact.extras["period"] = period
    if place and place[1] <= at:
        fact.extras["place"] = place[0]


def _last_before(marks: list[tuple[int, str]], offset: int) -> str | None:
    found = None
    for end, value in marks:
        if end > offset:
            break
        found = value
    return found


class _Years:
    """The years of a text that can date the figures after them on their line
    (``_YEAR`` matched once over the whole text, in order; a year compared
    with, 较2023年, left out), so that the last one named between two offsets
    is found by bisection, not by scanning the line again for each figure:
    on a report exported as one long line that scan made the analysis
    quadratic. A match of the whole text lies inside [lo, hi) exactly when
    scanning that slice alone finds it (``\\s*年`` after four digits: no
    match can straddle a slice's edge and hide another); whether it is
    compared is looked up within its own line, as the scan did."""

    def __init__(self, doc: Document):
        text = doc.text
        kept = []
        for m in _YEAR.finditer(text):
            line_start = doc.start_of_line(m.start())
            if not _COMPARED_YEAR.search(text, max(line_start, m.start() - 3), m.start()) \
                    and not in_aside(text, line_start, m.start()):
                kept.append(m)
        self.starts = [m.start() for m in kept]
        self.ends = [m.end() for m in kept]
        self.years = [m.group(1) for m in kept]

    def last(self, lo: int, hi: int) -> str | None:
        i = bisect.bisect_right(self.ends, hi) - 1
        return self.years[i] if i >= 0 and self.starts[i] >= lo else None


def _line_year(doc: Document, years: _Years, s: Sentence, facts: list[Fact]) -> str | None:
    """The year of the head a sentence opening with 其中 breaks down, else a year
    named earlier on the line where the figure's sentence starts."""
    line_start = doc.start_of_line(s.start)
    return year_of_head(doc.text, s, facts) or (years.last(line_start, s.start) if line_start < s.start else None)


_HEADING_LEVEL = pattern("analysis", "heading_level")


_RUN_IN = re.compile(r"[：:]")
_FUND_SUBJECT = pattern("analysis", "fund_subject")
_PLAN_HEADING = pattern("analysis", "plan_heading")
_GROUP_AFTER = pattern("analysis", "group_after")
_GRADE_BOUND_AFTER = pattern("analysis", "grade_bound_after")
_THRESHOLD_BEFORE = pattern("analysis", "threshold_before")
_RATE_BOUND_BEFORE = pattern("analysis", "rate_bound_before")
_PER_UNIT_AFTER = re.compile(r"[ \t]?[/／][ \t]?[\u4e00-\u9fff]")


def _heading_at(line: str) -> re.Match | None:
    """A heading's number opening ``line``; none on a table's row, whose first cell may
    be numbered too ("一、一般公共预算拨款收入\t4109.01\t一、基本支出\t2341.38")."""
    m = _HEADING_LEVEL.match(line)
    return None if m and ("\t" in line.strip() or line.count("|") >= 2) else m


def _section_scopes(text: str, lex: Lexicon) -> list[tuple[int, frozenset[str], str | None, str | None]]:
    """(offset, qualifiers, phase, concept) in force from each heading on:
    "二、政府性基金预算收支情况" makes the 收入合计 under it a 政府性基金 figure;
    "2.…批准的预算调整方案" makes the figures under it 调整预算 ones; "2.项目支出"
    makes the 商品和服务支出 under it 项目支出's. A heading holds until the
    next heading of its level or above; a lower heading adds to it. A heading
    naming several phases ("年初预算、预算调整、决算情况") sets none."""
    scopes: list[tuple] = []
    stack: list[tuple] = []  # the open headings: (level, qualifiers, phase, concept, plan year, aimed)

    def state(at: int) -> tuple:
        return (at, frozenset().union(*(q for _, q, _, _, _, _ in stack)),
                next((p for _, _, p, _, _, _ in reversed(stack) if p), None),
                next((c for _, _, _, c, _, _ in reversed(stack) if c), None),
                next((y for _, _, _, _, y, _ in reversed(stack) if y), None),
                any(aimed for *_, aimed in stack))

    offset = 0
    lines = text.split("\n")
    targets = target_cells(lines)
    for i, line in enumerate(lines):
        if i in targets or i - 1 in targets:
            # a form's 预期目标 cell: its figures are aimed at (the state goes back after it)
            scopes.append((*state(offset)[:5], i in targets or any(aimed for *_, aimed in stack)))
        m = _heading_at(line)
        adjusted = None if m or ("：" not in line and ":" not in line) else _ADJUSTED_SCOPE.fullmatch(line)
        if adjusted:
            # "剔除高新区后：" on its own line: the figures under it are of another scope
            while stack and stack[-1][0] >= 9:
                stack.pop()
            stack.append((9, frozenset({adjusted.group(1)}), None, None, None, False))
            scopes.append(state(offset))
        if m:
            level = int(m.lastgroup[1])
            head = _HEAD_END.split(line[m.end():], maxsplit=1)[0]
            while stack and stack[-1][0] >= level:
                stack.pop()
            words = _FIRST_FIGURE.split(head, maxsplit=1)[0]
            concept = lex.concept_of(words) if len(words) <= 12 else None
            if concept not in lex.siblings:
                concept = None  # only a part of a whole scopes (项目支出, not 部门整体支出)
            # "五、2024年工作计划": the figures under it are of the year it plans
            planned = _YEAR.search(head) if _PLAN_HEADING.search(head) else None
            # "（三）绩效目标": the figures under it are aimed at, not yet done (None: what was done)
            aimed = heading_aim(head, [parent[-1] for parent in stack])
            stack.append((level, lex.qualifiers_in(head), lex.memo("_memo_heading_phase", _heading_phase, head),
                          concept, planned.group(1) if planned else None, aimed))
            now = state(offset)
            if any(now[1:]) or (scopes and any(scopes[-1][1:])):
                scopes.append(now)
        offset += len(line) + 1
    return scopes


_SELECTION_TOTAL = pattern("analysis", "selection_total")
_REST_TOTAL = pattern("analysis", "rest_total")


def _heading_phase(lex: Lexicon, head: str) -> str | None:
    """The one phase a heading names plainly, if it names one: "部门预算执行情况"
    is not the budget, "与年初预算对比情况" compares with it."""
    if _AMOUNT.search(head) or _COMPARES.search(head):
        return None
    named = {p for _, p in _phase_marks(lex, head) if p in _SECTION_PHASES}
    return named.pop() if len(named) == 1 else None


_FIRST_FIGURE = re.compile(r"\s*[0-9０-９]")
_SECTION_PHASES = (Phase.INITIAL_BUDGET, Phase.ADJUSTED_BUDGET, Phase.FINAL)
_ADJUSTED_SCOPE = pattern("analysis", "adjusted_scope")
_COMPARES = pattern("analysis", "compares")
_HEAD_END = re.compile(r"[。：:；;，,]")
_AMOUNT = pattern("analysis", "amount")  # a heading stating a figure is a sentence


def analyse(doc: Document, lexicon: Lexicon | None = None, options: Options = DEFAULT) -> Analysis:
    lex = lexicon or default_lexicon()
    quantities, skipped = scan(doc.text, doc.path, options)
    sentences = segment(doc.text, hard_lines=doc.origins is not None)
    text = doc.text
    facts: list[Fact] = []
    # the report's own year, from its title: a figure with no year is of it
    # (a table's header row is no title: 2023年决算数 | 2024年决算数 names two years)
    title_years = _YEAR.findall("\n".join([line for line in text[:400].splitlines()
                                           if line.strip() and "|" not in line and "\t" not in line][:4]))
    doc_year = title_years[0] if title_years else None
    si = 0
    prev: Quantity | None = None
    prev_fact: Fact | None = None
    table_lines: dict[int, bool] = {}
    scopes = _section_scopes(text, lex)
    scope_i = -1
    years = _Years(doc)
    marks_of: Sentence | None = None
    phase_marks: list[tuple[int, str]] = []
    year_marks: list[tuple[int, str]] = []
    paragraph_scopes: dict = {}
    for q in quantities:
        while si + 1 < len(sentences) and q.start >= sentences[si].end:
            si += 1
        s = sentences[si]
        label, label_start = _label_before(text, s, prev, q)
        fact = Fact(q=q, sentence=s, label=label, label_start=label_start)
        _inherit_label(fact, prev_fact, prev, text)
        if _on_table_line(doc, q, table_lines):
            fact.extras["in_table"] = True  # a cell of a flattened table, not prose
        _classify(fact, lex, text)
        _carry_concept(fact, prev_fact, text)
        if marks_of is not s:
            marks_of, phase_marks, year_marks = s, _phase_marks(lex, text[s.start:s.end]), sentence_years(text, s, _COMPARED_YEAR)
        offset = q.start - s.start
        own_phase, phase_marks = _mark_phase(fact, lex, phase_marks)
        fact.year = _last_before(year_marks, offset) or _line_year(doc, years, s, facts)
        phase_marks, year_marks = _past_a_base(fact, offset, phase_marks, year_marks)
        _mark_scope(fact, text, paragraph_scopes)
        fact.qualifiers = lex.qualifiers_in(fact.extras.pop("label_rest", fact.label))
        while scope_i + 1 < len(scopes) and scopes[scope_i + 1][0] <= q.start:
            scope_i += 1
        if scope_i >= 0 and scopes[scope_i][0] <= q.start:
            _apply_section(fact, scopes[scope_i], own_phase)
        fact.year = fact.year or doc_year
        if not fact.qualifiers:
            _run_in_heading(fact, lex, text, s)
        facts.append(fact)
        prev, prev_fact = q, fact
    mark_entities(facts, text)
    zeros_of_their_list(facts)
    head = text[:200]
    default_phase = "预算" if ("预算" in head and "决算" not in head and "自评" not in head and "绩效" not in head) else "决算"
    a = Analysis(doc, quantities, skipped, sentences, facts, lex, default_phase, year=doc_year,
                 forms=_forms(options))
    from fiscallint.understanding.table_context import attach_tables
    from fiscallint.understanding.score_prose import whole_scores_exact

    attach_tables(a)
    whole_scores_exact(facts)
    for fact in facts:
        fact.seal()  # read-only from here on: claims, verdicts and rules only read facts
    for q in quantities:
        q.seal()
    return a


def _label_before(text: str, s: Sentence, prev: Quantity | None, q: Quantity) -> tuple[str, int]:
    """A figure's label and where it starts: the text before it in its
    sentence, after the figure before and the last boundary."""
    lo = s.start
    if prev is not None and prev.end > lo:
        lo = prev.end
    window = text[lo:q.start]
    last = _UP_TO_LAST_BOUNDARY.match(window)
    cut = last.end() if last else 0
    cut += len(window) - cut - len(window[cut:].lstrip())  # (a paragraph's indent, 　　, is no part of it)
    return window[cut:].replace("\n", ""), lo + cut  # a line broken mid-label (PDF) is one label


def _inherit_label(fact: Fact, prev_fact: Fact | None, prev: Quantity | None, text: str) -> None:
    """"90户350人": a figure with no label of its own right after another of
    its sentence shares that one's label (not past a ；: "占…的7.32%；35个项目…")."""
    stripped = fact.label.strip(_LABEL_STRIP)
    if not stripped and prev_fact is not None and prev_fact.sentence is fact.sentence and fact.q.start - prev.end <= 1 \
            and text[prev.end:fact.q.start] not in ("；", ";", "。"):
        fact.label, fact.extras["inherited_label"] = prev_fact.label, True


_CHANGES = ("growth", "delta", "rate")
_COMPARED_WITH = re.compile(r"[比较为]")


def _past_a_base(fact: Fact, offset: int, phase_marks: list, year_marks: list) -> tuple[list, list]:
    """The sentence's phase and year marks still in force after ``fact``: without those of the base a
    change or rate names ("…比2024年执行数增长1.0%，其中税收收入8.37亿元": 2024 and 执行 are the base's)."""
    compared = _COMPARED_WITH.search(fact.label)
    if fact.role not in _CHANGES or not compared:
        return phase_marks, year_marks
    lo = fact.label_start - fact.sentence.start  # ("2023年全年预算数较上年增加…": a year before 较 is the subject's)
    return ([m for m in phase_marks if not lo <= m[0] <= offset],
            [m for m in year_marks if not lo + compared.start() <= m[0] <= offset])


def _mark_phase(fact: Fact, lex: Lexicon, phase_marks: list[tuple[int, str]]) -> tuple[str | None, list[tuple[int, str]]]:
    """A figure's phase: the one its label names, else the last named before
    it in its sentence. Returns the label's own phase and the sentence's
    phase marks still in force."""
    s = fact.sentence
    offset = fact.q.start - s.start
    own_phase = lex.memo("_memo_label_phase", _label_phase, fact.label)
    fact.phase = own_phase or _last_before(phase_marks, offset)
    if own_phase and _CARRY.fullmatch(fact.label.strip(_LABEL_STRIP)):
        # "…支出0万元，年初预算为0.95万元；公务接待费支出2.05万元": a bare phase
        # names the figure after it only, not the next clause's figures
        lo_mark = fact.label_start - s.start
        phase_marks = [m for m in phase_marks if not lo_mark <= m[0] <= offset]
    return own_phase, phase_marks


def _label_phase(lex: Lexicon, label: str) -> str | None:
    return _phase_at(lex, label, len(label))


def _on_table_line(doc: Document, q: Quantity, table_lines: dict[int, bool]) -> bool:
    """Whether the figure is on a line of a flattened table (remembered by
    line in ``table_lines``)."""
    line_start = doc.start_of_line(q.start)
    in_table = table_lines.get(line_start)
    if in_table is None:
        line = doc.text[line_start:doc.end_of_line(q.start)]
        in_table = table_lines[line_start] = "|" in line or (line[:1] in "\t" and len(line.strip()) < 40)
    return in_table


def _clause_closed_between(text: str, prev_fact: Fact, fact: Fact) -> bool:
    """"…项目支出743.74万元；年中追加…后，全年预算3,915.68万元": a ； between them."""
    return text.find("；", prev_fact.q.end, fact.q.start) >= 0 or text.find(";", prev_fact.q.end, fact.q.start) >= 0


def _carry_concept(fact: Fact, prev_fact: Fact | None, text: str) -> None:
    """"“三公”经费预算数为20.4万元，决算数为12万元": a figure labelled by a
    phase only is of the same concept as the one before it (not one inside a
    bracket closed since: "（…项目支出257.56万元），全年预算数为…"), another phase
    (so is "决算支出11.61万元" after "“三公”经费预算14.0万元", though a bare
    决算支出 heading a report is its 总支出)."""
    if (prev_fact is not None and prev_fact.sentence is fact.sentence and prev_fact.concept
            and not _ADDED_BEFORE.match(prev_fact.label) and not _clause_closed_between(text, prev_fact, fact)
            and text.find("）", prev_fact.q.end, fact.q.start) < 0
            and (fact.concept is None or fact.concept in _BARE_PHASE_CONCEPTS and fact.concept != prev_fact.concept)
            and fact.role == prev_fact.role == "level" and _CARRY.fullmatch(fact.label.strip(_LABEL_STRIP))):
        fact.concept, fact.tight = prev_fact.concept, True


def _apply_section(fact: Fact, scope: tuple, own_phase: str | None) -> None:
    """What the heading a figure stands under says of it: its qualifiers,
    its phase (unless the label names one) and its concept."""
    _, quals, phase, concept, planned, aimed = scope
    if aimed:
        fact.extras["aimed"] = True
    if planned and not fact.year:
        fact.year = fact.extras["planned_year"] = planned  # (a figure that names no year of its own)
    if quals:
        fact.extras["section"] = quals
    if fact.phase is None and phase:
        fact.phase = phase  # the phase its heading names
    elif phase and own_phase and own_phase != phase:
        # "一、年初预算 … 公务接待费支出决算42万元": the label and its heading
        # disagree on the phase; which the author meant is unclear
        fact.extras["phase_in_doubt"] = True
    if concept and concept != fact.concept:
        fact.extras["section_concept"] = concept  # "2.项目支出 … 商品和服务支出"


def _run_in_heading(fact: Fact, lex: Lexicon, text: str, s: Sentence) -> None:
    """"政府性基金预算收支：收入合计85万元": a run-in heading before a colon
    qualifies the figures of its sentence; so does a fund opening it as its
    subject ("县级资金主要用于…，全年支出379.86万元": the county's funds' spending)."""
    colon = _RUN_IN.search(text, s.start, fact.label_start)
    subject = None if colon is not None else _FUND_SUBJECT.match(text, s.start, fact.label_start)
    if colon is not None or subject is not None:
        lead = lex.qualifiers_in(text[s.start:colon.start()] if colon is not None else subject.group(1))
        if lead:
            fact.extras["section"] = lead


def _forms(options: Options) -> tuple | None:
    """The forms tables are matched against: the built-in ones (None), or
    those and the user's folder's."""
    if not options.forms:
        return None
    from fiscallint.understanding.forms import all_forms

    return all_forms(options.forms)


def _classify(fact: Fact, lex: Lexicon, text: str) -> None:
    q = fact.q
    label = fact.label.rstrip(" \t\u3000")
    after = text[q.end:q.end + 2]
    if text[q.start - 1:q.start] in ("?", "\ufffd") and q.start >= 2 and not text[q.start - 2].isascii():
        # "罩С?8639萬元": a figure right after bytes the decoding lost may have lost digits too
        fact.role = "descriptor"
        return
    if _PER_UNIT_AFTER.match(text, q.end) or _GRADE_BOUND_AFTER.match(text, q.end):
        # "36.42万元/座", "1.2万元/人": a price of one, not an amount to add; "综合得分90分（含）以上为“优”": a grade's bound
        fact.role = "descriptor"
        return
    group = None if q.is_percent else _GROUP_AFTER.match(text, q.end)
    if group and (group.group(0) != "的" or _THRESHOLD_BEFORE.search(label)):
        fact.role = "descriptor"  # "收入过10亿元的县", "500万元以上的项目": a group's bound
        return
    best, tight, rest = _concept_in_context(fact, lex, text, label)
    if best:
        fact.concept, fact.tight = best[2], tight
        fact.extras["label_rest"] = rest
    change = lex.memo("_memo_change_word", _change_word, label)
    if q.is_percent:
        if after[:1].isdigit() or text[q.start - 1:q.start] in ("%", "％"):
            fact.role = "descriptor"  # "合格率20100%100%20": the cells of a table glued together
            fact.extras["glued"] = True
            return
        if after.startswith("的") or q.is_range or _RATE_BOUND_BEFORE.search(label):
            fact.role = "descriptor"  # "执行率80%以下的有21个项目", "预算执行率未达100%"
        elif "占" in label or "比重" in label or "占比" in label:
            fact.role = "share"
        elif any(k in label for k in lex.rate_keywords):
            fact.role = "rate"
        elif change:
            fact.role, fact.direction = "growth", change
        return
    if change:
        fact.role, fact.direction = "delta", change


def _concept_in_context(fact: Fact, lex: Lexicon, text: str, label: str):
    """The concept the label heads (_label_concept), unless the words around
    it say the figure is not that concept's."""
    best, tight, rest = lex.memo("_memo_label_concept", _label_concept, label)
    if best and _SELECTION_TOTAL.search(text, max(0, fact.label_start - 6), fact.label_start):
        best = None  # "教育、…、农林水4项民生支出合计": the total of the items it counts, not the concept's whole
    if best and best[2] in ("总支出", "总收入") and _REST_TOTAL.search(label):
        best = None  # "其余公共安全、教育…等支出合计": the total of the rest
    if best and best[2] in ("总支出", "总收入") and not lex.names_specific_concept(label):
        # a generic name ("年初预算数") in a sentence about the other side
        # ("一般公共预算收入…完成年初预算数60999万元") is not this concept
        said = text[fact.sentence.start:fact.label_start]
        other = "收入" if best[2] == "总支出" else "支出"
        if other in said and best[2][1:] not in said:
            best = None
    return best, tight, rest


def _label_concept(lex: Lexicon, label: str) -> tuple[tuple[int, int, str] | None, bool, str]:
    """The concept a label heads (lex.head_concept), whether it ends the
    label (a filler after it at most), and the label without it."""
    best = lex.head_concept(label)
    if not best:
        return None, False, label
    tail = label[best[1]:]
    tight = (not tail.strip() or bool(_FILLER_TAIL.fullmatch(tail.strip(" \t\u3000")))) \
        and not _JOINED_BEFORE.search(label, 0, best[0])
    return best, tight, label[:best[0]] + label[best[1]:]


def _change_word(lex: Lexicon, label: str) -> int:
    """+1 / -1 when the label ends with a change word ("较上年减少"), or with
    a change done and the name of what changed ("减少了“三公”经费"; not
    "调减项目支出", an item a list takes away)."""
    # ("…减少0.33万元，下\n降9.41%": a PDF wrapped the change word)
    tail = _CHANGE_FILLER.sub("", "".join(label.split()) if "\n" in label else label)
    if tail.endswith(tuple(lex.up_words)):
        return 1
    if tail.endswith(tuple(lex.down_words)):
        return -1
    one = _COMPARED_CHANGE_CHAR.search(tail)
    if one is not None:
        return 1 if one.group(1) == "增" else -1
    named = _COMPARED_CHANGE_OF.search(tail)
    if named is not None:
        return 1 if named.group(1) else -1
    changed = lex.pattern("change_then_name", lambda: re.compile(
        f"(?:({alternation(lex.up_words).pattern})|{alternation(lex.down_words).pattern})了(.{{2,14}})$"))
    m = changed.search(tail)
    if m is not None and lex.concept_of(m.group(2)) and not lex.strip_names(m.group(2)).strip("“”\""):
        return 1 if m.group(1) else -1
    return 0
