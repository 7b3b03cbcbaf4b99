"""Figures a report states more than once without a concept of the lexicon.

FL106's crossrefs compare figures whose labels name a known concept
(基本支出, 三公经费). A report also repeats its own counts and amounts in its
own words: "摸排问题厕所649个" in the summary and again in the detail,
"办理各类服务事项2万余件" in the text and in the self-evaluation form. This
module relates those into claims:

- ``restatement`` (variant ``label``): two counts whose labels are the same
  words once time, place and filler words are dropped (户厕新建 = 新建户厕), of
  the same unit, phase and year (amounts of money are FL106's);
- ``restatement`` (variant ``after_count``): an amount of money whose words
  alone say too little ("发放补助资金"), stated right after the same count
  restated ("改造农村危房264户，发放补助资金278.8万元" twice): the count
  ties the amount to one event;
- ``restatement`` (variant ``side_by_side``): a count written twice, in digits
  and in words ("3三个小型污水处理池");
- ``entity_total``: a count of the township's villages or communities against
  the whole it states (no "N个行政村" exceeds "辖10个行政村").

The word lists live in ``rules/lexicon.toml`` ([restated], [entity_totals]).
Nothing is computed here: :mod:`fiscallint.deciding.recompute` decides.
"""
from __future__ import annotations

import bisect
import re

from fiscallint.support.wordbook import pattern
from fiscallint.model.fact import Analysis, Fact
from fiscallint.model.claim import Claim
from fiscallint.support.lexicon import alternation

_YEAR = pattern("restatements", "year")
_LEADING_YEAR = pattern("restatements", "leading_year")
# the same, matched at an offset of the whole text (``^`` would not match there)
_LEADING_YEAR_AT = re.compile(_LEADING_YEAR.pattern[1:])
_PIECE_END = re.compile(r"[。！？]")  # where re.split(r"(?<=[。！？])") cuts
_SINCE = pattern("restatements", "since")  # "2013年以来": a span, not the figure's year
_YEAR_PREFIX = pattern("restatements", "year_prefix")
_ENDS_ON_AN_OBJECT = pattern("restatements", "ends_on_an_object")
_NOUN_AFTER = pattern("restatements", "noun_after")
_DROP = re.compile(r"[\s\u3000“”\"'‘’《》【】]")
_HAN = re.compile(r"[\u4e00-\u9fff（）()]+")


def restatement_claims(a: Analysis, compositions: list[Claim] = ()) -> list[Claim]:
    # a part of a total is the total's: "中小河流治理工程1435万元" under one fund
    # and "中小河流治理工程491万元" under another are two figures
    part_of = {id(p): c.stated for c in compositions for p in c.operands}
    lines = _LineYears(a.doc.text)
    return [*_label_restatements(a, part_of, lines), *_amounts_after_counts(a, part_of, lines), *_side_by_side(a),
            *_entity_totals(a)]


# ---------------------------------------------------------------- same words
def label_core(a: Analysis, label: str, generic_ok: bool = False) -> str | None:
    """The words of ``label`` that say what is counted, or None when they
    are too few or say the figure is a part, a rate per head or a change.
    With ``generic_ok``, words that say too little alone (发放补助资金) are
    kept: another figure ties them to one thing.

    "2023年完成户厕新建" and "今年全镇新建户厕" both give 新建户厕.
    """
    return a.lexicon.memo("_memo_label_core_generic" if generic_ok else "_memo_label_core",
                          _generic_core if generic_ok else _core, label)


def _generic_core(lex, label: str) -> str | None:
    return _core(lex, label, generic_ok=True)


def _core(lex, label: str, generic_ok: bool = False) -> str | None:
    """label_core's reading, from the lexicon's words alone."""
    lead, tail, filler, verb_last, excluded, place_end = _patterns(lex)
    core = _DROP.sub("", label)
    while m := (_YEAR_PREFIX.match(core) or lead.match(core)):
        if not m.end():
            break
        core = core[m.end():]
    while (m := tail.search(core)) and m.start() > 0:
        core = core[:m.start()]
    if not _HAN.fullmatch(core or "x"):
        return None  # digits, codes or punctuation in the label: a table row or a name
    m = verb_last.search(core)
    if m and m.start() >= 2:
        core = m.group(0) + core[:m.start()]  # 户厕新建 reads as 新建户厕
    if excluded.search(core) or place_end.search(core):
        return None  # "瓦都西村28户": a place's share of a breakdown, not a described figure
    # what is left once verbs and generic words go must name a thing (户厕, 服务事项)
    rest = core if generic_ok else filler.sub("", core)
    if len(rest) < 2 or len(core) < 3:
        return None
    return core


def _patterns(lex) -> tuple[re.Pattern, ...]:
    """The word patterns of ``[restated]``, built once per lexicon: lead,
    tail, generic-or-verb, a verb ending the label, excluded words, a place
    ending the label."""
    cached = lex.__dict__.get("_restated_patterns")
    if cached is None:
        words = lex.restated
        cached = lex.__dict__["_restated_patterns"] = (
            alternation(words.get("lead", ())), _ending(words.get("tail", ())),
            alternation([*words.get("generic", ()), *words.get("verbs", ())]),
            _ending(words.get("verbs", ())), alternation(words.get("exclude", ())),
            _ending(words.get("place_endings", ())))
    return cached


def _ending(words) -> re.Pattern:
    return re.compile(f"(?:{alternation(words).pattern})$")


def _place_patterns(lex) -> tuple[re.Pattern, ...]:
    """The place patterns of ``[restated]`` and ``[entity_totals]``, built
    once per lexicon: a village's name; a wider scope; a township's name
    ending a label (中峰镇共辖); a word on 乡/镇 naming no place."""
    cached = lex.__dict__.get("_place_patterns")
    if cached is None:
        words, totals = lex.restated, lex.entity_totals
        on_village = "|".join(re.escape(w[1:]) for w in words.get("words_on_village", ()) if w.startswith("村"))
        endings = [f"村(?!{on_village})" if w == "村" and on_village else re.escape(w)
                   for w in words.get("village_endings", ())]
        township = alternation(totals.get("township_endings", ())).pattern
        holding = alternation(totals.get("holding_verbs", ())).pattern
        cached = lex.__dict__["_place_patterns"] = (
            re.compile(f"[\u4e00-\u9fff]{{2}}(?:{'|'.join(endings)})"),
            alternation(totals.get("other_scopes", ())),
            re.compile(f"[\u4e00-\u9fff]{{1,5}}(?:{township})(?:{holding})?$"),
            _ending(totals.get("not_places", ())))
    return cached


_BOUND_BEFORE = pattern("restatements", "bound_before")
_ANOTHER_KIND_BRACKETED = pattern("restatements", "another_kind_bracketed")

def _restatable(f: Fact) -> bool:
    q = f.q
    if f.role != "level" or q.is_percent or q.is_range or q.unit is None or q.dimension in ("number", "score", "money"):
        # amounts are left to FL106's concepts: a fund's words ("统筹整合使用财政
        # 涉农资金") recur for every project it pays for
        return False
    if f.extras.get("in_table") or f.extras.get("inherited_label") or q.unit.endswith("百分点") \
            or f.label.rstrip().endswith("等"):
        # a gap in points is relative to what it compares (低于序时进度3.64个百分点); "县教育局等6个单位"
        # counts whoever a finding names, a set of its own each time
        return False
    if f.concept and f.tight or _BOUND_BEFORE.search(f.label):
        return False  # a concept of the lexicon: FL106 compares it; or a bound ("不少于2,750人")
    return q.approx is None or bool(q.extras.get("below_next_digit"))


def _fact_year(a: Analysis, f: Fact, lines: "_LineYears | None" = None) -> str | None:
    """The year a figure is of: a year in its own label, else one opening
    its sentence, else the report's. A single year named elsewhere in its
    sentence or in a title opening its paragraph makes it unclear ("?"); a
    span of years (2017-2022年…中, 2013年以来) there qualifies another
    clause and is passed over."""
    own = list(_YEAR.finditer(f.label))
    if own:
        m = own[-1]
        return f"{m.group(1)}-{m.group(2)}" if m.group(2) else m.group(1)
    text = a.doc.text
    sentence = text[f.sentence.start:f.label_start]
    m = _LEADING_YEAR.match(sentence)
    if m:
        return m.group(1)
    # the sentence, and the short title-like sentences opening its paragraph:
    # "2.2021年度绩效目标。新建高标准农田620万亩" is of 2021
    line_start = a.doc.start_of_line(f.label_start)
    m = _LEADING_YEAR_AT.match(text, line_start, f.sentence.start)
    if m:
        return m.group(1)  # "2015年脱贫情况：…": the paragraph's year
    lines = lines if lines is not None else _LineYears(text)
    singles = _singles(sentence) | lines.before(line_start, f.sentence.start)
    if singles - {a.year}:
        return "?"
    return f.extras.get("planned_year") or a.year  # (the year its section plans: "五、2024年工作计划")


def _singles(part: str) -> set[str]:
    """The single years a piece of text names (not spans, not 2013年以来)."""
    return {m.group(1) for m in _YEAR.finditer(part) if not m.group(2) and not _SINCE.match(part, m.end())}


class _LineYears:
    """The single years named in the short sentences (at most 24 characters
    once stripped) of a line before an offset, split after 。！？ -- kept per
    line as they are met, so that the figures of a report written on one
    long line do not each split that line again from its start."""

    def __init__(self, text: str):
        self.text = text
        self.lines: dict[int, tuple[list[int], list[set[str]]]] = {}

    def before(self, line_start: int, end: int) -> set[str]:
        if line_start >= end:
            return set()
        text = self.text
        cuts, sets = self.lines.setdefault(line_start, ([line_start], [set()]))
        # cuts[i]: where the i-th piece starts; sets[i]: the years of the
        # short complete pieces before it; extend past ``end`` as needed
        while True:
            last = cuts[-1]
            nxt = _PIECE_END.search(text, last, end)
            if nxt is None:
                break
            piece = text[last:nxt.end()]
            years = sets[-1] | _singles(piece) if len(piece.strip()) <= 24 else sets[-1]
            cuts.append(nxt.end())
            sets.append(years)
        i = bisect.bisect_right(cuts, end) - 1
        tail = text[cuts[i]:end]
        return sets[i] | _singles(tail) if len(tail.strip()) <= 24 else set(sets[i])


def _label_restatements(a: Analysis, part_of: dict[int, Fact], lines: _LineYears) -> list[Claim]:
    by_words: dict[tuple, list[Fact]] = {}
    cores: dict[str, str | None] = {}
    prev_of_unit: dict[tuple, Fact] = {}

    def core_of(f: Fact) -> str | None:
        if f.label not in cores:
            cores[f.label] = label_core(a, f.label)
        return cores[f.label]

    for f in a.facts:
        unit = "money" if f.q.dimension == "money" else f.q.unit
        before = prev_of_unit.get((f.sentence.index, unit))
        prev_of_unit[(f.sentence.index, unit)] = f
        if not _restatable(f) or _of_a_sample(a.doc.text, f):
            continue
        core = core_of(f)
        if core is None:
            continue
        # "排查入境人员169人，落实管控37人": a figure after another of its unit in
        # the sentence may count part of it; that figure's words go in the key
        context = (core_of(before) or _DROP.sub("", before.label)) if before is not None else ""
        whole = part_of.get(id(f))
        if whole is not None:
            context = f"{core_of(whole) or _DROP.sub('', whole.label)} {whole.q.text}"
        # (a target under "（三）绩效目标" is no restatement of what was done)
        # (or in a sentence that opens so, wrapped onto the next line: "年度绩效目标：…，\n新增城镇就业350人")
        # (or after words saying the sentence lists what is to be built: "…批复，项目建设内容为…排水沟22米")
        # (a target and a list of what is to be built are two things aimed at: 70公里 in the form's 预期目标,
        # 72.5公里 in "主要建设内容包括…")
        aimed = "target" if f.extras.get("aimed") or _TARGET_LINE.match(a.doc.text, a.doc.start_of_line(f.q.start)) \
            or _TARGET_LINE.match(a.doc.text, f.sentence.start) \
            or _first_cell_under_target(a.doc.text, a.doc.start_of_line(f.q.start)) \
            else "planned" if _planned(a.doc.text, a.doc.start_of_line(f.q.start), f.q.start) else ""

        if _ENDS_ON_AN_OBJECT.search(core):
            # "加大对27个国家重点帮扶县…", "加大对25个边境县…": the words say what is done to what the
            # count names after it, and that differs
            noun = _NOUN_AFTER.match(a.doc.text, f.q.end)
            core = f"{core} {noun.group(1) if noun else ''}"
        by_words.setdefault((core, unit, f.phase or a.default_phase, context or _project_above(a.doc.text, f), aimed),
                            []).append(f)
    return _claims_of_groups(a, _by_year_and_place(a, by_words, lines), "label", "restated.same-words")


def _by_year_and_place(a: Analysis, by_words: dict[tuple, list[Fact]], lines: _LineYears) -> dict[tuple, list[Fact]]:
    groups: dict[tuple, list[Fact]] = {}
    for key, facts in by_words.items():
        if len(facts) < 2:
            continue
        for f in facts:
            year = _fact_year(a, f, lines)
            if year != "?":
                places = _named_places(a, a.doc.text[f.sentence.start:f.label_start + len(f.label)])
                running = bool(_RUNNING_TOTAL.search(a.doc.text, f.sentence.start, f.q.start))
                groups.setdefault((*key, year, places, _opening_place(a, f), f.extras.get("entity"),
                                   _section_subject(a, f), running), []).append(f)
    return groups


def _section_subject(a: Analysis, f: Fact) -> tuple[str, str]:
    """The fund, project or field the sections a figure stands in are headed
    by ("一、城乡居民基本养老保险基金" … "二、城乡居民基本医疗保险基金"; "（四）重点民生资金方面"
    … "（五）政府投资项目方面" under one), or '': counts under two such
    sections are two figures."""
    found = a.__dict__.get("_section_subjects")
    if found is None:
        found = a.__dict__["_section_subjects"] = (_subject_heads(a.doc.text, _TOP_HEADING),
                                                   _subject_heads(a.doc.text, _SUB_HEADING))
    (tops, top_names), (subs, sub_names) = found
    i = bisect.bisect_right(tops, f.q.start) - 1
    k = bisect.bisect_right(subs, f.q.start) - 1
    sub = sub_names[k] if k >= 0 and (i < 0 or subs[k] > tops[i]) else ""  # (a sub-section of this section)
    return (top_names[i] if i >= 0 else "", sub)


def _subject_heads(text: str, heading: re.Pattern) -> tuple[list[int], list[str]]:
    heads = list(heading.finditer(text))
    return [m.start() for m in heads], [m.group(1).strip() if _SUBJECT_HEADING.search(m.group(1).strip()) else ""
                                        for m in heads]


_RUNNING_TOTAL = pattern("restatements", "running_total")
_TOP_HEADING = pattern("crossrefs", "top_heading", re.M)
_SUB_HEADING = pattern("restatements", "sub_heading", re.M)
_SUBJECT_HEADING = pattern("restatements", "subject_heading")


def _claims_of_groups(a: Analysis, groups: dict[tuple, list[Fact]], variant: str, pattern: str) -> list[Claim]:
    """A claim for each later figure of a group against the group's first,
    when the group can be one figure and the two stand on different lines
    under the same numbered item. A group's key opens with its words."""
    out = []
    for (core, *_), facts in groups.items():
        if len(facts) < 2 or not _one_figure(a, facts):
            continue
        first = facts[0]
        first_head = _item_head(a.doc.text, first)
        lines = [a.doc.position(f.q.start)[0] for f in facts]
        for k, later in enumerate(facts[1:], 1):
            if lines[k] == lines[0] or a.doc.cells_of_one_row(first.q.start, later.q.start):
                continue  # (two columns of one row: a target and what was done)
            if lines.count(lines[k]) > 1 or a.doc.line_text(lines[k]).count(core) > 1:
                continue  # (a line that names them twice tells them apart: 预期目标 … 实际完成情况 …)
            later_head = _item_head(a.doc.text, later)
            if first_head and later_head and first_head != later_head:
                continue  # under two items of a list ("1、A项目：…" and "3、B项目：…")
            if any(_MEASURED_AGAINST_PLAN.match(a.doc.text, f.q.end) for f in (first, later)):
                continue  # "新建检查井604座，完成率97.42%": what was done, against a plan stated elsewhere
            out.append(Claim("restatement", later, [first], "eq", f"“{core}” stated again", variant=variant,
                             pattern=pattern, trigger=core))
    return out


_MEASURED_AGAINST_PLAN = pattern("restatements", "measured_against_plan")
_TARGET_LINE = pattern("restatements", "target_line")  # "年度总体目标：完成人工造林2600亩": what was aimed at
_TARGET_CELL = pattern("restatements", "target_cell")
_OUTTURN_CELL = pattern("restatements", "outturn_cell")


_PROJECT_LINE = re.compile(r"[^\n，,。；;]{2,30}(?:工程|项目)[ \t]*\n")


def _project_above(text: str, f: Fact) -> str:
    """The project a figure's line describes, when it is a cell of its own under
    a line naming one ("茶园村9组道路硬化工程" / "硬化道路2.1公里，宽4米"), or the
    cells before it in a row of tabs: each item's own figure ('' for any other)."""
    start = text.rfind("\n", 0, f.q.start) + 1
    end = text.find("\n", f.q.start)
    cell = text.rfind("\t", start, f.q.start)
    if cell > start:  # (a cell of a row of tabs: the row's cells before it name its item)
        return text[start:cell]
    above = text.rfind("\n", 0, max(start - 1, 0)) + 1
    m = _PROJECT_LINE.fullmatch(text, above, start) if start > 0 else None
    return m.group(0).strip() if m is not None and 0 <= end - start <= 40 else ""


def _first_cell_under_target(text: str, line_start: int) -> bool:
    """One cell a line: the line right after "预期目标" / "实际完成情况" (blank lines
    aside) is the target's cell, the one after it what was done; a cell a PDF
    wrapped goes on over the lines after its first, up to its sentence's end."""
    for _ in range(_WRAPPED_LINES):
        if _right_under_target(text, line_start):
            return True
        start = text.rfind("\n", 0, max(line_start - 1, 0)) + 1
        above = text[start:line_start - 1].strip()
        if line_start == 0 or not above or above.endswith(("。", "；", ";")) or _OUTTURN_CELL.match(above):
            return False
        line_start = start
    return False


_WRAPPED_LINES = 6  # the lines of a target's cell a PDF wrapped, at most


def _right_under_target(text: str, line_start: int) -> bool:
    above = []
    end = line_start - 1
    while end > 0 and len(above) < 2:
        start = text.rfind("\n", 0, end) + 1
        if text[start:end].strip():
            above.append(text[start:end])
        end = start - 1
    return len(above) == 2 and bool(_OUTTURN_CELL.match(above[0])) and bool(_TARGET_CELL.match(above[1]))


_PLANNED_CONTENT = pattern("restatements", "planned_content")  # "项目建设内容为": what was to be built
_DONE_SINCE_PLAN = pattern("restatements", "done_since_plan")  # "…，实际完成": what was built after all


def _planned(text: str, start: int, at: int) -> bool:
    """Whether the paragraph up to ``at`` lists what is to be built, not yet
    what was (looked for in the words just before, so that a paragraph of one
    long line is not read again for each figure)."""
    last = None
    for last in _PLANNED_CONTENT.finditer(text, max(start, at - _PLAN_REACH), at):
        pass
    return last is not None and _DONE_SINCE_PLAN.search(text, last.end(), at) is None


_PLAN_REACH = 400  # characters before a figure where the words saying what is to be built may stand


_SAMPLED = pattern("restatements", "sampled")


def _of_a_sample(text: str, f: Fact) -> bool:
    """A count in a clause that draws a sample (随机抽取…村卫生室24个): of the sample."""
    start = max(text.rfind(ch, f.sentence.start, f.label_start) for ch in "。；;\n") + 1  # (within its sentence)
    start = max(start, f.sentence.start)
    return _SAMPLED.search(text, start, f.q.start) is not None


def _amounts_after_counts(a: Analysis, part_of: dict[int, Fact], lines: _LineYears) -> list[Claim]:
    """Amounts of money whose words say too little alone ("发放补助资金"),
    each right after a count in its sentence: two such amounts are one
    figure when their words and the count before them are the same, count
    and all ("改造农村危房264户，发放补助资金278.8万元" in the summary and in
    the detail). A fund paying for several projects follows other counts."""
    by_words: dict[tuple, list[Fact]] = {}
    count_before: dict[int, Fact] = {}
    for f in a.facts:
        if f.q.dimension != "money":
            if _restatable(f) and not f.q.is_range:
                count_before[f.sentence.index] = f
            continue
        anchor = count_before.pop(f.sentence.index, None)
        if anchor is None or not _restatable_amount(f) or id(f) in part_of:
            continue
        core, anchor_core = label_core(a, f.label, generic_ok=True), label_core(a, anchor.label)
        if core is None or anchor_core is None:
            continue
        words = f"{core}（{anchor_core}{anchor.q.text.strip()}）"
        by_words.setdefault((words, "money", f.phase or a.default_phase, anchor.q.unit, anchor.q.value), []).append(f)
    return _claims_of_groups(a, _by_year_and_place(a, by_words, lines), "after_count", "restated.amount-after-count")


def _restatable_amount(f: Fact) -> bool:
    q = f.q
    if f.role != "level" or q.is_range or q.approx is not None:
        return False
    if f.extras.get("in_table") or f.extras.get("inherited_label"):
        return False
    return not f.concept  # a concept of the lexicon: FL106 compares it


_ITEM_HEAD = pattern("restatements", "item_head")
_ITEM_SUBJECT_HEAD = pattern("restatements", "item_subject_head")


def _item_head(text: str, f: Fact) -> str:
    """The run-in head of the numbered item a figure stands in ("1、中低产田改造
    项目：…技术培训3450人次" and "3、茶叶基地项目：…技术培训30人次"; "（二）…养老保险基金。
    …年末参保8,400人" and "（三）…医疗保险基金。…年末参保236,480人"): counts under two
    items are two figures."""
    line_start = text.rfind("\n", 0, f.q.start) + 1
    m = _ITEM_HEAD.match(text, line_start) or _ITEM_SUBJECT_HEAD.match(text, line_start)
    return m.group(1) if m and m.end() <= f.label_start + len(f.label) else ""


# a village's name, not a word built on 村 (村务公开, 村民, 村级)


def _named_places(a: Analysis, text: str) -> frozenset[str]:
    """The villages and communities named before a figure in its sentence
    ("西湖村：摸排问题厕所20个"): figures under different places differ."""
    generic = set(a.lexicon.restated.get("places_generic", ()))
    return frozenset(m.group(0) for m in _place_patterns(a.lexicon)[0].finditer(text)
                     if m.group(0) not in generic and not any(m.group(0) in g or g in m.group(0) for g in generic))


def _opening_place(a: Analysis, f: Fact) -> str:
    """The place a figure's sentence opens with ("石台县申请…；…领取待遇人数20154人"), or ''."""
    words = a.lexicon.restated
    opening = a.lexicon.pattern("opening_place", lambda: re.compile(
        f"(?![{''.join(words.get('opening_not_first', ()))}])[\u4e00-\u9fff]{{2,3}}"
        f"(?:{alternation(words.get('opening_place_endings', ())).pattern})"))
    m = opening.match(a.doc.text, f.sentence.start, f.label_start)
    if m is None or m.group(0) in words.get("opening_not_places", ()) or not words.get("opening_place_endings"):
        return ""
    return m.group(0)


def _one_figure(a: Analysis, facts: list[Fact]) -> bool:
    """Whether the figures sharing a label can be one figure restated: not
    when one paragraph gives the label two values (a list by village or by
    year), nor when the values fall into more than two groups."""
    by_line: dict[int, list[Fact]] = {}
    for f in facts:
        by_line.setdefault(a.doc.position(f.q.start)[0], []).append(f)
    for same_line in by_line.values():
        if any(not g.q.interval().meets(same_line[0].q.interval()) for g in same_line[1:]):
            return False
    values: list[Fact] = []
    for f in facts:
        if not any(f.q.interval().meets(v.q.interval()) for v in values):
            values.append(f)
    return len(values) <= 2


# ---------------------------------------------------------------- 3三个
def _side_by_side(a: Analysis) -> list[Claim]:
    """"建立了3三个小型污水处理池": digits run straight into a count in
    Chinese numerals; the two must be the same number."""
    out = []
    for prev, f in zip(a.facts, a.facts[1:]):
        p, q = prev.q, f.q
        if p.end != q.start or not q.chinese or not q.is_count or p.unit is not None or p.chinese:
            continue
        if "." in p.digits or p.scale != 1 or p.approx or p.is_range or len(p.digits) > 3:
            continue
        out.append(Claim("restatement", f, [prev], "eq", "a count written in digits and in words",
                         variant="side_by_side", pattern="restated.digits-and-words", trigger=f.q.text))
    return out


# ---------------------------------------------------------------- 行政村
def _entity_totals(a: Analysis) -> list[Claim]:
    words = a.lexicon.entity_totals
    nouns = sorted(words.get("nouns", ()), key=len, reverse=True)
    whole = tuple(words.get("whole", ()))
    stop = tuple(words.get("stop", ()))
    _, other_scope, place, not_a_place = _place_patterns(a.lexicon)
    text = a.doc.text
    counts: dict[str, list[tuple[Fact, bool]]] = {}
    for f in a.facts:
        q = f.q
        if q.unit != "个" or q.approx or q.is_range or "." in q.digits or f.role != "level" or f.extras.get("in_table"):
            continue
        after = text[q.end:q.end + 8]
        noun = next((n for n in nouns if after.startswith(n)), None)
        if noun is None or _ANOTHER_KIND_BRACKETED.match(after, len(noun)):
            continue  # ("11个社区（村）": communities and villages together, no count of either)
        sentence = text[f.sentence.start:f.sentence.end]
        if any(w in sentence for w in stop) or other_scope.search(text[f.sentence.start:q.start]):
            continue  # a merger, or the county's villages: not the township's present total
        label = _DROP.sub("", f.label)
        is_whole = label.endswith(whole) or (bool(place.search(label)) and not not_a_place.search(label))
        counts.setdefault(noun, []).append((f, is_whole))
    out = []
    for noun, facts in counts.items():
        wholes = [f for f, w in facts if w]
        if not wholes:
            continue
        total = max(wholes, key=lambda f: f.q.value)
        for f, _ in facts:
            if f is not total:
                out.append(Claim("entity_total", f, [total], "ge", f"{noun}: at most the township's whole",
                                 variant=noun, pattern="count.above-township-whole", trigger=noun))
    return out
