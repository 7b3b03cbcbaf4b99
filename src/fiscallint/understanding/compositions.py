"""Composition claims (FL101): a total and the list of parts that add up to it
(其中, 包括, 分别为, a bracket, a 合计 list, 已/未 pairs), found in a sentence, a
bulleted list or a paragraph.
"""
from __future__ import annotations

import re

from dataclasses import replace
from itertools import islice

from fiscallint.support.wordbook import pattern, words
from fiscallint.model.vocabulary import Phase
from fiscallint.model.claim import Claim
from fiscallint.model.fact import Analysis, Fact, Sentence
from fiscallint.understanding.claim_text import (
    _LABEL_END, _MAKES_UP, _OPEN, _SIDE_HEAD, _TOTAL_WORDS, _levels, _matching_close, _prev_sentence_facts,
    _same_dim, _side_total, written_negative,
)
from fiscallint.understanding.composition_parts import (
    _CLAUSE_END, _add_reading_past_clause, _by_classification, _clause_group_end, _common_suffix,
    _composition_for, _directly_after_number, _in_closed_bracket, _make_composition, _not_reasons,
    _names_kinds_first, _primary_totals, _totals_by_dimension,
)
from fiscallint.understanding.item_lists import bulleted_list, dash_items_under
from fiscallint.understanding.list_wholes import (
    CLASSIFIED, ITEMS_COUNTED, an_enumeration, before_the_staff, classification_read, counts_close, counts_named_items,
    named_or_classified, retired_after_staff,
)
from fiscallint.understanding.added_totals import ADD, accumulations, paragraph_levels, wrapped_paragraph_levels
from fiscallint.understanding.labels import shares_word
from fiscallint.understanding.part_candidates import OF_WHICH as _OF_WHICH, not_a_plain_sum, same_kind_of_item


# ---------------------------------------------------------------- composition
_FIGURE_BREAKDOWN = pattern("compositions", "figure_breakdown")
_PER_ONE = pattern("ratios", "per_one")  # 月均, 平均每台
_EACH_OF_SEVERAL = tuple(words("compositions", "each_of_several"))  # a part that stands for several
_BESIDES = pattern("compositions", "besides")
_WHOLE_OUTTURN = pattern("compositions", "whole_outturn")


def _compositions(a: Analysis, by_sentence) -> list[Claim]:
    lex = a.lexicon
    text = a.doc.text
    out: list[Claim] = []
    words = sorted({*lex.composition_triggers, *_CONSISTS_OF}, key=len, reverse=True)
    trig_re = lex.pattern("composition_triggers", lambda: re.compile(
        "|".join(map(re.escape, words)) + "|" + _FIGURE_BREAKDOWN.pattern
        # (any classification with its colon: read only when its classes' counts close, list_wholes.counts_close)
        + "|" + CLASSIFIED.pattern + "[：:]"))
    restate_re = lex.pattern("restatements", lambda: re.compile("(?:" + "|".join(map(re.escape, lex.restatements)) + r")(?:划分|分)?[\s，,：:]*$")) if lex.restatements else None
    restated_total: list[Fact] = []  # the total the last 按…分 restatement was of
    covered: set[int] = set()  # facts already taken as parts (ids)
    marked = 0
    for s in a.sentences:
        facts = by_sentence.get(s.index, [])
        if not facts:
            continue
        body = text[s.start:s.end]
        listed: set[int] = set()  # the figures an earlier trigger of the sentence lists (ids)
        for m in trig_re.finditer(body):
            out.extend(_trigger_claims(a, by_sentence, s, facts, m, restate_re, restated_total, listed))
        for c in out[marked:]:
            covered.update(id(p) for p in c.operands)
        marked = len(out)
        out.extend(_parenthetical_breakdowns(a, facts, s, covered))
        out.extend(_listed_breakdowns(a, facts, covered))
        dashed = dash_items_under(a, by_sentence, s, covered)
        if dashed is not None:
            out.append(dashed)
        for c in out[marked:]:
            covered.update(id(p) for p in c.operands)
        marked = len(out)
    out.extend(accumulations(a, by_sentence, out))
    kept = (_without_peers(lex, c) for c in _dedupe(out))
    return [c for c in kept if not any(o.label.rstrip().endswith(_EACH_OF_SEVERAL) for o in c.operands)
            and not any(written_negative(text, f) for f in c.facts)]



def _without_peers(lex, c: Claim) -> Claim:
    """A list holding a figure that is its total's peer in an identity may
    be read without it: "收入合计429.47万元，其中：财政拨款收入429.47万元，占100%；
    年初结转和结余415.30万元" (the carry-over adds to 收入合计 to make 收入总计),
    though many a report counts it in ("本年收入合计611.43万元，其中：…608.27万元；
    年初结余结转3.16万元"): either reading may hold."""
    total = c.stated.concept
    peers = {p for i in lex.identities if total in i.parts for p in i.parts} - {total} if total else ()
    if not peers or not any(o.concept in peers for o in c.operands) or c.relation != "eq":
        return c
    kept = [o for o in c.operands if o.concept not in peers]
    return replace(c, alternatives=[*c.alternatives, kept]) if kept else c


def _trigger_claims(a: Analysis, by_sentence, s: Sentence, facts: list[Fact], m, restate_re,
                    restated_total: list[Fact], listed: set[int]) -> list[Claim]:
    """The claims one trigger word (其中, 包括, 分别 …) of the sentence opens."""
    text = a.doc.text
    word = m.group(0)
    at = s.start + m.start()
    after = [f for f in facts if f.q.start >= s.start + m.end()]
    if not after:
        listed_line = bulleted_list(a, by_sentence, s, facts, s.start + m.end(), word, at)
        return [listed_line] if listed_line is not None else []
    side_list = _is_side_list(text, s, word, at, s.start + m.end())
    before = [f for f in facts if f.q.end <= at]
    if _not_a_split(a, s, word, at, s.start + m.end(), before, after, side_list):
        return []
    head = text[s.start:at]
    restated = bool(restate_re and restate_re.search(head))
    scope_end, candidates = _listed_figures(a, s, at, s.start + m.end(), before, after, listed)
    if not candidates:
        return []
    if restated and restated_total and not _levels(before[-1:]):
        totals, other_totals = restated_total[-1:], []
    else:
        totals, other_totals = _totals_before_list(a, by_sentence, s, before, head, at, side_list)
    if CLASSIFIED.match(word) and not classification_read(a, word, before, candidates):
        return []  # "基本支出1,500.00万元，按经济分类：商品和服务支出…": the classes it names may be only some
    if _of_another_whole(text, s.start + m.end(), totals) or counts_named_items(text, totals, candidates, before):
        return []
    totals, other_totals = named_or_classified(a, by_sentence, s, word, before, at, (totals, other_totals), candidates)
    # a part's own list ("1、基本支出246.59万元，包括：…") is not where the
    # sentence's other breakdowns (按功能分类…) of the outer total start
    own_list = bool(totals) and all(id(t) in listed for t in totals)
    listed.update(id(c) for c in candidates)
    if restated and totals:
        restated_total[:] = totals[:1]
    return _split_claims(a, by_sentence, s, word, at, scope_end, totals, other_totals, candidates, before, after,
                         own_list)


def _listed_figures(a: Analysis, s: Sentence, at: int, trigger_end: int, before: list[Fact], after: list[Fact],
                    listed: set[int]) -> tuple[int, list[Fact]]:
    """Where the trigger's list ends, and the figures in it that may be its
    parts (not the list's own count: "以下九个项目：")."""
    scope_end = _list_scope_end(a, s, at, trigger_end, after, nested=bool(before) and id(before[-1]) in listed)
    counted = ITEMS_COUNTED.match(a.doc.text, trigger_end)
    start = counted.end() if counted else trigger_end
    return scope_end, [c for c in _levels(after) if start <= c.q.start < scope_end and not _in_reason_clause(a, c)]


def _of_another_whole(text: str, after: int, totals: list[Fact]) -> bool:
    """"…灾害防治支出20.00万元。其中农林水支出中，A…，B…": a list naming its own
    whole right after its trigger, which none of the totals found is."""
    named = _WHOLE_NAMED_AFTER.match(text, after)
    return named is not None and not any(named.group(1) in t.label for t in totals)




def _is_side_list(text: str, s: Sentence, word: str, at: int, trigger_end: int) -> bool:
    """"收入包括：…", "支出包括：…": 包括 and a colon after a side's name."""
    return word == "包括" and text[trigger_end:trigger_end + 1] in "：:" and \
        bool(_SIDE_HEAD.fullmatch(text[s.start:at]))


def _not_a_split(a: Analysis, s: Sentence, word: str, at: int, trigger_end: int, before: list[Fact],
                 after: list[Fact], side_list: bool) -> bool:
    """Whether the trigger word at ``at`` does not introduce the parts of a
    total: 含/包括 naming kinds or inside words, 由 not stating a make-up, a
    change's own split, 分别 with no total before it."""
    text = a.doc.text
    if word in _INCLUDING and text[at - 1:at] not in "（(，,：: " and not _directly_after_number(a, at) \
            and not side_list and not ITEMS_COUNTED.match(text, trigger_end):
        return True  # "包括基本工资…" names kinds, "含" inside words (not "包括以下九个项目：")
    if word in _INCLUDING and _names_kinds_first(text, trigger_end, after):
        return True  # "占地300平方米，包含场坪整治及硬化，硬化室外晒坝420平方米…": works, not parts
    if word in _CONSISTS_OF:
        if not _MAKES_UP.search(text[at:s.end]) or text[at - 1:at] not in "。，,；; \n" and at != s.start:
            return True  # "由…构成" states a composition; other 由 do not
    if before and before[-1].role in ("delta", "growth") and (
            text[at - 1:at] in _OPEN and not text[before[-1].q.end:at - 1].strip()
            or after and after[0].role == "delta" and not text[before[-1].q.end:at].strip(" ，,\u3000")):
        return True  # "增加60000万元（其中：旗本级…）", "调增163.81万元，其中基本支出预算调增30.10万元…": the change's split
    if word.startswith("分别") and _parallel_values(a, s, at, before, after):
        return True
    return bool(_EXTREMES.match(text, trigger_end))  # "车均…多在2万至4万元，其中最高的…4.94万元…最少的…2.14万元": the extremes


def _parallel_values(a: Analysis, s: Sentence, at: int, before: list[Fact], after: list[Fact]) -> bool:
    """Whether the values 分别 lists are several things' or phases', not
    the parts of the figure before it."""
    text = a.doc.text
    if not before or before[-1].role != "level" or "。" in text[before[-1].q.end:at]:
        return True  # "A、B分别为a、b" with no total before
    if after and not _same_dim(before[-1], after[0]):
        return True  # "石岭小学125人，杨家湾、小溪、枫树坪3个教学点分别为32人、27人、21人": the items' count
    if _names_phases(a, text[before[-1].q.end:at]):
        return True  # "支出1,928.40万元，年初预算、调整预算分别为…": the figure's budgets
    series_start = text.rfind("分别", s.start, before[-1].q.start)
    # "收入分别为a、b、c，支出分别为d、e、f": a series beside another, not its last figure's parts
    return series_start >= 0 and sum(1 for f in before if f.q.start > series_start) >= 2


def _names_phases(a: Analysis, names: str) -> bool:
    """"，年初预算、调整预算": the items 分别 lists are phases or years of one
    figure (its budgets, last year's), not parts of it."""
    items = [w for w in _ITEM_SPLIT.split(names.strip(" ，,：:")) if w]
    phases = a.lexicon.phases
    return len(items) >= 2 and all(w.rstrip("数") in phases or w in phases or _YEAR_ITEM.fullmatch(w) for w in items)


_ITEM_SPLIT = pattern("compositions", "item_split")
_EXTREMES = pattern("compositions", "extremes")
_YEAR_ITEM = pattern("compositions", "year_item")


_DIGIT = pattern("compositions", "figure_digit")
_LIST_END = pattern("compositions", "list_end")


def _list_scope_end(a: Analysis, s: Sentence, at: int, trigger_end: int, after: list[Fact], nested: bool = False) -> int:
    """Where the list the trigger word opens ends: its bracket's close, or
    without a colon its clause group, stretched over siblings of its parts
    unless the list is a part's own (``nested``: "按功能分类：城乡社区支出…，其中
    土地出让收入安排的支出…；农林水支出…": the clauses after are the outer list's)."""
    text = a.doc.text
    lex = a.lexicon
    if text[at - 1:at] in _OPEN:
        return _matching_close(text, at - 1, s.end)
    if any(ch in "：:" for ch in text[trigger_end - 1:trigger_end + 1]) or ITEMS_COUNTED.match(text, trigger_end):
        # (after the word, or its own: 按经济分类：; or after the list's count: 包括以下九个项目：)
        besides = _BESIDES.search(text, trigger_end, s.end) or _WHOLE_OUTTURN.search(text, trigger_end, s.end)
        end = besides.start() if besides else s.end
        end = before_the_staff(lex, text, s.start, trigger_end, end)
        names = _LIST_END.search(text, trigger_end, end)
        # ("分别是：城关镇分馆、石桥镇分馆…；原计划建设6个": a list of names, no figure, ends at its ；)
        return names.start() if names and not _DIGIT.search(text, trigger_end, names.start()) else end
    # without a colon the list ends with its clause group (at ；),
    # unless what follows is a sibling of its parts (税收收入…；非税收入…)
    scope_end = _clause_group_end(text, trigger_end, s.end)
    levels = _levels(after) if scope_end < s.end and not nested else []
    while scope_end < s.end:
        inside = [f for f in levels if f.q.start < scope_end]
        nxt = [f for f in levels if f.q.start > scope_end]
        if not (inside and nxt and (nxt[0].concept and inside[0].concept
                and nxt[0].concept in lex.siblings.get(inside[0].concept, ())
                or same_kind_of_item(inside[-1], nxt[0]))) or retired_after_staff(lex, inside, nxt):
            break
        scope_end = _clause_group_end(text, scope_end + 1, s.end)
    return scope_end


def _totals_before_list(a: Analysis, by_sentence, s: Sentence, before: list[Fact], head: str, at: int,
                        side_list: bool) -> tuple[list[Fact], list[Fact]]:
    """The figures the list may be the parts of: the primary totals before the
    trigger word, else those of the sentence before (and the other figures
    there), else a side's total; and the other candidate totals."""
    text = a.doc.text
    totals = _primary_totals([g for g in _levels(before) if not _in_closed_bracket(text, g, at)]
                             if before else [], text)
    if not before and not head.strip(" \t\u3000，,。：:"):
        return _totals_of_sentence_before(a, by_sentence, s, at)
    if not before and side_list:
        return _side_total(a, by_sentence, s, head), []
    return totals, _identity_mates(a, _levels(before), totals)


def _totals_of_sentence_before(a: Analysis, by_sentence, s: Sentence, at: int) -> tuple[list[Fact], list[Fact]]:
    """A list opening its sentence: the totals of the sentence before it,
    and the other figures there and in the paragraph."""
    text = a.doc.text
    prev_levels = _not_reasons(a, [g for g in _levels(_prev_sentence_facts(a, by_sentence, s))
                                   if not _in_closed_bracket(text, g, at)])
    # "直接受益13人，家庭间接收益18人。其中：公益岗5人…，困难生活补助8人…":
    # the sentence before may hold more than one figure the list can be of
    # (not an average: "全年共发放3,001,800.00元，月均发放250,150.00元。其中1—6月…")
    wholes = [g for g in prev_levels if not _PER_ONE.search(g.label)] or prev_levels
    first = next((g for g in _levels(by_sentence.get(s.index, [])) if g.q.start > at), None)
    if first is not None:
        # "…执行数613.20万元，…得分9.71分。其中：…执行531.74万元": the last figure of the
        # list's own dimension, not a score after it
        wholes = [g for g in wholes if _same_dim(g, first)] or wholes
    totals = _primary_totals(wholes, text) if not an_enumeration(text, prev_levels) else []
    if first is not None and first.phase != Phase.LAST_YEAR:
        # "…。上年同期支出36,518.07万元。\n其中：基本支出全年预算…": this year's parts are not of last year's figure
        totals = [g for g in totals if g.phase != Phase.LAST_YEAR]
    # …and so may the paragraph's earlier sentences ("全年预算3,456.80万元…。全年支出
    # 3,318.72万元…。其中：基本支出预算1,330.80万元…")
    others = [g for g in paragraph_levels(a, by_sentence, s) + wrapped_paragraph_levels(a, by_sentence, s)
              if g not in prev_levels] + prev_levels
    # (a figure in brackets may be the one broken down: "本息8.63亿元(本金6.64亿元,利息1.99亿元)。其中：…")
    return totals, [g for g in others if g not in totals and not g.q.approx]


def _identity_mates(a: Analysis, levels: list[Fact], totals: list[Fact]) -> list[Fact]:
    """The other figures of an identity the sentence states whole just
    before its list ("资产总额3,512.66万元，负债总额1,208.94万元，净资产2,303.72万元，
    其中固定资产原值…"): the list may break down any of them."""
    if len(totals) != 1 or not totals[0].concept:
        return []
    for ident in a.lexicon.identities:
        names = {ident.total, *ident.parts}
        stated = [g for g in levels if g.concept in names]
        if totals[0].concept in names and {g.concept for g in stated} == names:
            return [g for g in stated if g is not totals[0]]
    return []


def _in_reason_clause(a: Analysis, f: Fact) -> bool:
    """Whether ``f`` stands in a clause giving a reason ("…29.71亿元，增长20.4%，
    增长的主要原因是一次性留抵退税补助4.23亿元；"): an explanation, not one more part."""
    if not a.lexicon.reason_words:
        return False
    reason = a.lexicon.pattern("reason_words", lambda: re.compile(
        "|".join(map(re.escape, sorted(a.lexicon.reason_words, key=len, reverse=True)))))
    text = a.doc.text
    if reason.search(text, f.sentence.start, f.q.start) is None:
        return False  # (most sentences give no reason: no clause need be found)
    start = max(text.rfind(ch, f.sentence.start, f.q.start) for ch in "，,；;：:")
    return reason.search(text, max(start, f.sentence.start), f.q.start) is not None


def _split_claims(a: Analysis, by_sentence, s: Sentence, word: str, at: int, scope_end: int, totals: list[Fact],
                  other_totals: list[Fact], candidates: list[Fact], before: list[Fact],
                  after: list[Fact], own_list: bool = False) -> list[Claim]:
    """The composition claims of each total (one a dimension) over the listed
    candidates, each 按…分 group a breakdown of its own."""
    text = a.doc.text
    out: list[Claim] = []
    opening = candidates[0] if candidates else None
    counted_classes = bool(CLASSIFIED.match(word)) and counts_close(before, candidates)  # a count and an amount a class
    for dim_total in _totals_by_dimension(totals, candidates, _levels(before), text):
        if opening is not None and not opening.q.is_percent and not _same_dim(opening, dim_total) and not counted_classes:
            continue  # "安排资金10万元，其中：项目立项6分，…": the list is of another measure
        # "其中：一般户600户…；按劳动能力分，有劳动能力户700户…": each 按…分
        # starts another breakdown of the same total
        groups = _by_classification(text, candidates)
        if own_list:
            groups = groups[:1]
        for k, group in enumerate(groups):
            claim, nested = _composition_for(a, dim_total, group, word, at, by_sentence,
                                             scope_end == s.end and k == 0)
            if claim is None:
                continue
            others = [g for g in other_totals if _same_dim(g, dim_total)]
            if others or claim.other_totals:
                claim = replace(claim, other_totals=others)
            if scope_end < s.end and len(groups) == 1:
                claim = _add_reading_past_clause(a, claim, dim_total, after, word, at)
            out.append(claim)
            out.extend(nested)
    return out


_INCLUDING = words("compositions", "including")
_CONSISTS_OF = words("compositions", "consists_of")
_ADDING = words("compositions", "adding")
_DONE = words("compositions", "done")
_NOT_DONE = words("compositions", "not_done")
_WHOLE_NAMED_AFTER = pattern("compositions", "whole_named_after")


def _year_pair(a: Analysis, facts: list[Fact], k: int) -> tuple[Fact, Fact] | None:
    """The two figures of two years just before the change ``facts[k]`` in its
    sentence ("2016年预算8万元，2015年预算12.5万元；对比减少4.35万元"), later
    year first: same dimension and phase, each naming its own year, and no
    other change or rate between them and it."""
    text = a.doc.text
    before = facts[:k]
    if len(before) < 2:
        return None
    x, y = before[-2], before[-1]
    if any(g.role != "level" for g in (x, y)) or not (_same_dim(x, y) and _same_dim(y, facts[k])):
        return None
    if x.q.approx or y.q.approx or (x.phase or "") != (y.phase or ""):
        return None
    years = [_OWN_YEAR.search(g.label) for g in (x, y)]
    if not all(years) or years[0].group(1) == years[1].group(1):
        return None
    if x.concept and y.concept and x.concept != y.concept:
        return None
    if _CLAUSE_END.search(text, x.q.end, y.label_start):
        return None  # the two years side by side in one clause group
    return (x, y) if years[0].group(1) > years[1].group(1) else (y, x)


_OWN_YEAR = pattern("compositions", "own_year")


_OPENS_WITH_COMPARISON = pattern("compositions", "opens_with_comparison")


def _previous_head(a: Analysis, by_sentence, s: Sentence, f: Fact) -> Fact | None:
    """The first figure of ``f``'s dimension in the sentence before ``s``, on
    the same line."""
    if s.index == 0 or a.sentences[s.index - 1].end < a.doc.start_of_line(s.start):
        return None  # (the sentence before may have begun on a heading's line above)
    j = s.index - 1
    if j and _OPENS_WITH_OF_WHICH.match(a.doc.text, a.sentences[j].start) \
            and "\n\n" not in a.doc.text[a.sentences[j - 1].end:s.start]:
        # "…执行884.37万元…。其中使用本年财政拨款848.37万元…。与上年…相比": the head the 其中
        # breaks down, in the same paragraph (however its lines were wrapped)
        j -= 1
    heads = [g for g in _levels(by_sentence.get(j, [])) if _same_dim(g, f)
             and not g.q.approx and not g.q.is_range]
    if not heads:
        return None
    spent = [g for g in heads if g.phase == Phase.FINAL and (heads[0].concept is None or g.concept in (None, heads[0].concept))]
    if (heads[0].phase in (Phase.BUDGET, Phase.INITIAL_BUDGET, Phase.ADJUSTED_BUDGET) or _AIMED.search(heads[0].label)) and spent:
        # "支出预算为18.50万元，支出决算为13.62万元…。与上年相比减少2.26万元": what was spent changed
        return spent[0]
    return heads[0]


_AIMED = re.compile(r"目标[为是：:]?$|计划[为是：:]?$")  # ("年度目标36,000人次，实际完成38,420人次。较上年增加…": what was done changed)
_TOTAL_AFTER = pattern("compositions", "total_after")
_OPENS_WITH_OF_WHICH = re.compile(r"\s*其中")
_REST_NAMED = pattern("compositions", "rest_named")


_TOTAL_MARK = pattern("compositions", "total_mark")


def _listed_breakdowns(a: Analysis, facts: list[Fact], covered: set[int]) -> list[Claim]:
    """Breakdowns stated without a trigger word:

    - a total marked 合计/共计 followed by figures whose labels end like its
      own ("编制数合计50名，行政编制数23名，事业编制数27名");
    - a total followed by its 已… and 未… figures ("监测户112户，已消除风险
      监测39户，未消除风险监测73户"): done and not done partition it;
    - figures followed by their total marked 共 ("新申报项目19个，重新提交未实施
      项目29个，目前在库项目共48个"), when their labels share its noun.
    """
    # (``covered`` takes the parts of the lists found here, as the caller's
    # next step would: no copy of a set that grows with the document)
    levels = _levels(facts)
    if len(levels) < 3:
        return []  # each reading needs a total and two figures more
    out = _listed_before_totals(levels, covered) + _bare_subtotals(a, levels, covered)
    for i, t in enumerate(levels):
        if id(t) in covered:
            continue
        marked = _TOTAL_MARK.search(t.label) is not None
        later = (f for f in levels[i + 1:] if _same_dim(f, t))
        # (已 and 未 are the next two figures: no more need be looked at)
        rest = list(later) if marked else list(islice(later, 2))
        if len(rest) < 2:
            continue
        if marked:
            # (a figure in a bracket after a part is that part's detail: "上级补助收入3468.25万元（返还性收入…）")
            claim = _labelled_parts_after(t, [f for f in rest if not _in_closed_bracket(a.doc.text, f, f.sentence.end)],
                                          covered, _cut_off(a.doc.text))
            if claim is not None:
                out.append(claim)
                covered.update(id(p) for p in claim.operands)
            continue
        claim = _done_and_not_done(t, rest)
        if claim is not None:
            out.append(claim)
    return out


def _listed_before_totals(levels: list[Fact], covered: set[int]) -> list[Claim]:
    """Figures followed by their total marked 共, when their labels share its
    noun; the parts taken are added to ``covered``."""
    out = []
    for i, t in enumerate(levels):
        if i < 2 or id(t) in covered or not _TOTAL_AFTER.search(t.label) or _REST_NAMED.match(t.label):
            continue
        parts = [f for f in levels[:i] if _same_dim(f, t) and id(f) not in covered]
        if any(ADD.match(p.label.strip()) or any(w in p.label for w in _ADDING) for p in parts):
            # "加上A、B，总计T", "县级收入加上A、B，合计T": added to a figure
            # before them (sum.added-to-total), not a list of T's parts
            continue
        if any(_TOTAL_AFTER.search(p.label) for p in parts):
            continue  # "送审金额合计A，审定金额合计B，审减金额合计C": totals each of its own
        if len(parts) >= 2 and all(shares_word(_TOTAL_AFTER.sub("", t.label), p.label) for p in parts):
            # ("教育支出…、交通运输支出20824万元等民生支出合计310769万元": 等, some of its parts)
            relation = "le" if t.label.lstrip(" ，,、").startswith("等") else "eq"
            out.append(Claim("composition", t, parts, relation, f"{t.name or '共'}: the figures listed before it",
                             pattern="sum.listed-before-total", trigger=_TOTAL_AFTER.search(t.label).group(0)))
            covered.update(id(p) for p in parts)
    return out


def _bare_subtotals(a: Analysis, levels: list[Fact], covered: set[int]) -> list[Claim]:
    """"：数量指标得10分，质量指标得10分，…，小计38.5分": a total named by its
    mark alone closes the figures of its kind since the colon before them."""
    text = a.doc.text
    out = []
    for i, t in enumerate(levels):
        if id(t) in covered or not _BARE_TOTAL.fullmatch(t.label.strip(" ，,；;")):
            continue
        colon = max(text.rfind("：", t.sentence.start, t.q.start), text.rfind(":", t.sentence.start, t.q.start))
        if colon < 0:
            continue
        parts = [f for f in levels[:i] if f.q.start > colon and _same_dim(f, t) and id(f) not in covered]
        if len(parts) >= 2 and len(parts) == len([f for f in levels[:i] if f.q.start > colon]):
            out.append(Claim("composition", t, parts, "eq", f"{t.label.strip()}: the figures since the colon",
                             pattern="sum.listed-before-total", trigger=t.label.strip()))
            covered.update(id(p) for p in parts)
    return out


_BARE_TOTAL = pattern("compositions", "bare_total")


def _cut_off(text: str) -> int:
    """Where a text that stops mid-sentence (an excerpt cut short) stops, or -1."""
    end = text.rstrip()
    return len(end) if end and end[-1] not in "。．.！!；;）)”\"" else -1


def _labelled_parts_after(t: Fact, rest: list[Fact], covered: set[int], cut: int = -1) -> Claim | None:
    """A total marked 合计/共计 and the figures after it up to the next total
    whose labels share an ending (two characters or more) found in its own;
    at most the total when figures named otherwise follow them, or the text
    stops in their sentence."""
    parts = []
    for f in rest:
        if id(f) in covered or _TOTAL_MARK.search(f.label):
            break
        parts.append(f)
    listed = len(parts)
    labels = [_LABEL_END.sub("", p.label.strip()) for p in parts]
    suffix = _common_suffix(labels)
    while len(parts) >= 2 and len(suffix) < 2:
        parts, labels = parts[:-1], labels[:-1]
        suffix = _common_suffix(labels)
    if len(parts) >= 2 and len(suffix) >= 2 and suffix in t.label:
        # figures named otherwise after them (上年结转…，调入资金…) may be parts too: at most the total
        relation = "eq" if len(parts) == listed and not 0 <= cut <= parts[-1].sentence.end else "le"
        return Claim("composition", t, parts, relation, f"{t.name or '合计'}: figures labelled …{suffix}",
                     pattern="sum.total-then-labelled-parts", trigger=_TOTAL_MARK.search(t.label).group(0))
    return None


def _done_and_not_done(t: Fact, rest: list[Fact]) -> Claim | None:
    """A total followed by its 已… and 未… figures of one label otherwise."""
    done, todo = rest[0], rest[1]
    if not done.label.strip().startswith(_DONE) or not todo.label.strip().startswith(_NOT_DONE):
        return None
    common = done.label.strip()[1:]
    if common != todo.label.strip()[1:] or not shares_word(common, t.label):
        return None
    return Claim("composition", t, [done, todo], "eq", f"{t.name or 'total'} = 已 + 未",
                 pattern="sum.done-and-not-done", trigger="已/未")


def _dedupe(claims: list[Claim]) -> list[Claim]:
    """One reading per list: when two claims split the same total with
    overlapping parts, the first (the outer list's, which knows where a
    nested list ends) wins. A total restated by another classification
    (按经济分类) has other parts and keeps its own claim. Parts read under two
    totals stated before them, the farther a part of another list, are the
    nearer one's."""
    nearest: dict[frozenset[int], int] = {}
    for c in claims:
        if c.operands and c.stated.q.end <= c.operands[0].q.start:
            key = frozenset(id(o) for o in c.operands)
            nearest[key] = max(nearest.get(key, -1), c.stated.q.start)
    listed = {id(o) for c in claims for o in c.operands}
    seen: dict[int, set[int]] = {}
    out = []
    for c in claims:
        ops = {id(o) for o in c.operands}
        if id(c.stated) in listed and nearest.get(frozenset(ops), c.stated.q.start) > c.stated.q.start:
            # "限额…，其中…专项债务380亿元，余额为1,071.65亿元，其中…": a part of the list before
            # is no total of the parts after the nearer total
            continue

        prior = seen.setdefault(id(c.stated), set())
        if prior & ops:
            continue
        prior.update(ops)
        out.append(c)
    return out


def _parenthetical_breakdowns(a: Analysis, facts: list[Fact], s: Sentence, covered: set[int]) -> list[Claim]:
    """"监测户90户350人（脱贫不稳定户34户134人，边缘户36户144人）": figures in a
    parenthesis right after a total break it down."""
    text = a.doc.text
    out = []
    for idx, f in enumerate(facts):
        nxt = text[f.q.end:f.q.end + 1]
        if nxt not in _OPEN or f.role != "level" or f.q.is_percent:
            continue
        close = _matching_close(text, f.q.end, s.end)
        inner = [g for g in facts[idx + 1:] if g.q.start < close]
        # the figures just before the parenthesis share it ("90户350人（…）")
        heads = [f]
        j = idx - 1
        while j >= 0 and facts[j].q.end == heads[0].q.start and facts[j].role == "level":
            heads.insert(0, facts[j])
            j -= 1
        for head in heads:
            parts = [g for g in _levels(inner) if _same_dim(g, head)]
            if len(parts) < 2 or any(id(p) in covered for p in parts):
                continue
            if _OF_WHICH in text[f.q.end:parts[0].q.start] or any(_TOTAL_WORDS.search(p.label) for p in parts) \
                    or not_a_plain_sum(a, head, parts):
                continue  # (…，本年购置1辆、报废1辆: one taken away)
            out.append(_make_composition(a, head, parts, "（…）", f.q.end))
    return out

