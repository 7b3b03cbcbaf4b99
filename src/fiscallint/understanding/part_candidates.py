"""The figures a list's total may have for parts: those of its dimension,
less the ones that are plainly something else (the base of a percentage,
the value a change started from, last year's figure, a count of other
things). Each one set aside is noted for ``fiscallint explain``."""
from __future__ import annotations

import re
from dataclasses import replace

from fiscallint.support.wordbook import pattern, words
from fiscallint.model.claim import Claim
from fiscallint.model.vocabulary import Phase
from fiscallint.model.fact import Analysis, Fact
from fiscallint.understanding.claim_text import _LABEL_END, _is_base, _levels, _same_dim, set_apart_by_spaces
from fiscallint.understanding.labels import shares_word
from fiscallint.understanding.phases import _phase_at

_FROM_VALUE = pattern("part_candidates", "from_value")
_MORE_THAN = pattern("part_candidates", "more_than")
_CHANGED_TO = pattern("part_candidates", "changed_to")
_PERCENT_AFTER = pattern("part_candidates", "percent_after")
_SHARE = words("part_candidates", "share")
_COUNTED_NOUN = re.compile(r"[\u4e00-\u9fff]{1,4}")
_PLANS = frozenset((Phase.INITIAL_BUDGET, Phase.ADJUSTED_BUDGET))  # (a budget named no more is of either)


def part_candidates(a: Analysis, total: Fact, candidates: list[Fact]) -> list[Fact]:
    """"完成预算12.02万元的100%": the base of a percentage is not one more part;
    "下设5个单位，其中局机关内设7个科室": a count of other things is not either."""
    text = a.doc.text
    other_nouns = _other_counted_nouns(text, total)
    out = []
    for k, c in enumerate(candidates):
        either = _counted_either_way(text, total, c)
        if not _same_dim(c, total) and not either:
            continue
        if k and set_apart_by_spaces(text, candidates[k - 1], c):
            a.note(c, f"not a part of {total.q.shown()}: the next column of the row before it (spaces between)")
        elif threshold_bound(text, c):
            a.note(c, f"not a part of {total.q.shown()}: a grade's bound (含…)")
        elif _is_percentage_base(text, c):
            a.note(c, f"not a part of {total.q.shown()}: the base of the percentage after it")
        elif why := _of_a_comparison(text, total, c):
            a.note(c, f"not a part of {total.q.shown()}: {why}")
        elif not either and (_counts_other_things(text, c, total) or _names_another_count(c, total, text, other_nouns)
                             or _other_counter(c, total, text)):
            a.note(c, f"not a part of {total.q.shown()}: it counts other things")
        elif _of_another_phase(a, total, c):
            # "全年实际支出2215.76万元…。其中财政拨款全年预算数2293.75万元，执行2215.76万元": a budget is no part of an outturn
            a.note(c, f"not a part of {total.q.shown()}: a figure of another phase ({c.phase})")
        elif _OUTSIDE_ESTABLISHMENT.search(c.label) and _ON_ESTABLISHMENT.search(total.label):
            # "实有在职在编人员67人，其中专业技术人员64人，临聘人员5人": hired staff are not on it
            a.note(c, f"not a part of {total.q.shown()}: staff outside the establishment (在编) it counts")
        elif _WHOLE_OF_A_PLACE.match(c.label.lstrip("，,、；; ")):
            # "新发展茶园320亩，其中白茶210亩、黄金茶110亩，…全乡茶园面积达到6,800亩": a whole, no part
            a.note(c, f"not a part of {total.q.shown()}: a whole of the township or county")
        elif _target_beside_done(c, candidates):
            # "其中重点人群应签约117,406人，已签约92,315人": what should be done, beside what was
            a.note(c, f"not a part of {total.q.shown()}: the target beside what was done (应… 已…)")
        elif (_FULL_MARKS.search(c.label) or _SCORED_AFTER.match(text, c.q.end)) and not _FULL_MARKS.search(total.label):
            # "综合得分95.06分。其中：决策指标满分15分，得14.00分；…", "决策指标15分，得13.5分",
            # "投入指标（20分）得19分": the points beside each score
            a.note(c, f"not a part of {total.q.shown()}: the full marks beside a score")
        else:
            out.append(c)
    return out


def _of_a_comparison(text: str, total: Fact, c: Fact) -> str:
    """Why ``c`` is a figure of a comparison, not a part ('' when it is none)."""
    if _FROM_VALUE.search(c.label) and _CHANGED_TO.match(text, c.q.end) and c is not total:
        # "土地出让收入由年初预算的65000万元调整35000万元": the value it changed from
        return "the value a change started from (由…)"
    if _MORE_THAN.search(c.label) and not _MORE_THAN.search(total.label):
        # "其中1—6月发放…，7—12月发放…，下半年比上半年多发放91,560元": a difference of two parts
        return "how much one figure exceeds another (比…多)"
    if _is_base(c) and not _is_base(total):
        # "其中，国家财政性教育经费为299023万元，比上年的304276万元下降1.73%": last year's figure
        return "last year's figure, the base of a change"
    return ""


def _target_beside_done(c: Fact, candidates: list[Fact]) -> bool:
    """A figure labelled 应X (should) next to one labelled 已X (done)."""
    m = _SHOULD.search(c.label)
    if m is None:
        return False
    k = next(i for i, g in enumerate(candidates) if g is c)
    done = "已" + m.group(1)
    return any(done in g.label for g in candidates[max(0, k - 1):k + 2] if g is not c)


_SHOULD = pattern("part_candidates", "should")
_WHOLE_OF_A_PLACE = pattern("part_candidates", "whole_of_a_place")
_DIRECT_PERCENT = pattern("part_candidates", "direct_percent")
_ON_ESTABLISHMENT = pattern("part_candidates", "on_establishment")
_OUTSIDE_ESTABLISHMENT = pattern("part_candidates", "outside_establishment")
_FULL_MARKS = re.compile(r"(?:满分|分值)[为是]?\s*$")
_SCORED_AFTER = pattern("part_candidates", "scored_after")


_NAMED_BUDGET = pattern("ratios", "named_budget")


def _of_another_phase(a: Analysis, total: Fact, c: Fact) -> bool:
    """A figure named a budget (its label ends 预算数) under one whose own
    label names an outturn (全年实际支出…其中财政拨款全年预算数…): not its part;
    nor the budget again in another phase ("年初预算安排3,500.00万元，其中…，全年预算调整为3,750.00万元")."""
    if _PLANS.issuperset((c.phase, total.phase)) and c.phase != total.phase and "预算" in c.label:
        return True
    return bool(_NAMED_BUDGET.search(c.label)) and _phase_at(a.lexicon, total.label, len(total.label)) == Phase.FINAL


_SECOND_COUNTER = re.compile(r"[（(]\s*([\u4e00-\u9fff])\s*[)）]")


def _counted_either_way(text: str, total: Fact, c: Fact) -> bool:
    """"设备5台（套），其中：…1台，…1套": a total counted by two counters takes
    parts counted by either."""
    m = _SECOND_COUNTER.match(text, total.q.end)
    return m is not None and total.q.is_count and c.q.is_count and (c.q.unit or "")[-1:] == m.group(1)


def _is_percentage_base(text: str, f: Fact) -> bool:
    """"完成预算12.02万元的100%"; "占全年任务数22881万元99.63%" (the whole a 占 phrase states)."""
    if f.label.lstrip().startswith(_SHARE) and _DIRECT_PERCENT.match(text, f.q.end, f.q.end + 16):
        return True
    return bool(_PERCENT_AFTER.match(text, f.q.end, f.q.end + 16))


def _other_counter(part: Fact, total: Fact, text: str) -> bool:
    """"车辆9辆，其中…3辆…；…通用设备14台": a count in another measure word counts other things
    (but people, 317名 of whom 39人, are counted by any of their words; 1,063台套 counts 台 and 套)."""
    return part.q.is_count and total.q.is_count and bool(part.q.unit) and bool(total.q.unit) and part.q.unit != \
        total.q.unit and not part.q.dimension == total.q.dimension == "person" and text[total.q.end:total.q.end + 1] != part.q.unit


def _counted_noun(text: str, f: Fact) -> str:
    """The noun written right after a count ("5个单位" → 单位), or ''."""
    if not f.q.is_count:
        return ""
    m = _COUNTED_NOUN.match(text, f.q.end, f.q.end + 4)
    return m.group(0) if m else ""


def _counts_other_things(text: str, part: Fact, total: Fact) -> bool:
    a, b = _counted_noun(text, part), _counted_noun(text, total)
    if not b and total.q.dimension == "item" and part.q.dimension == "item":
        # "部门预算单位共1个，含总务处、教务处2个内设机构": the total's noun before it
        # (of things counted by 个; after 人 a verb often follows: "5人获补助金")
        b = _COUNT_LABEL_TAIL.sub("", total.label.strip())[-4:]
    return len(a) >= 2 and len(b) >= 2 and not shares_word(a, b)


_COUNT_LABEL_TAIL = re.compile(r"(?:共有|共计|合计|共|有|为|是|计|达|\s)+$")


_COUNT_AND_NOUN = pattern("part_candidates", "count_and_noun")


def _other_counted_nouns(text: str, total: Fact) -> frozenset[str]:
    """What the other counts of the total's sentence count ("对5个部门、5个镇乡街道
    开展…，15个专项…": 部门, 镇乡), by the first two characters of each noun."""
    if not total.q.is_count:
        return frozenset()
    s = total.sentence
    return frozenset(m.group(1) for m in _COUNT_AND_NOUN.finditer(text, s.start, s.end)
                     if not (m.start() <= total.q.start < m.end()))


def _names_another_count(part: Fact, total: Fact, text: str, other_nouns: frozenset[str]) -> bool:
    """"…15个专项…，其中：良好部门5个；良好专项14个": a part whose label names
    what another count of the sentence counts, not what the total counts,
    breaks that other count down."""
    own = _counted_noun(text, total)[:2]
    if len(own) < 2 or not part.q.is_count or own in part.label:
        return False
    return any(n in part.label for n in other_nouns if n != own)


def one_enumeration(text: str, parts) -> bool:
    """"其中：一般公务用车2辆、执法执勤用车0辆、特种专业技术用车8辆、其他用车1辆":
    three or more parts parted by 、 alone, one clause: the list ends at its
    last part, not at a shorter one the sentence goes on past."""
    if len(parts) < 3:
        return False
    gaps = [text[p.q.end:q.label_start] for p, q in zip(parts, parts[1:])]
    return all("、" in g and not _CLAUSE_BREAK.search(g) for g in gaps)


_CLAUSE_BREAK = re.compile(r"[，,；;。：:\n]")


_DETAIL_OPENER = pattern("part_candidates", "detail_opener")


def continuation(a: Analysis, by_sentence, last: Fact, total: Fact, named: set[str] = frozenset()) -> list[Fact]:
    """A list cut by a full stop goes on while the next sentences open with a sibling of its parts ("其中：人员经费…
    主要包括…。公用经费…"), never with a part it named already (基本支出 again: a restatement), nor past a heading;
    such a sentence's items after a ；go on with it ("…365.00万元，占16.33%；其他收入28.14万元，占1.26%。")."""
    lex = a.lexicon
    out: list[Fact] = []
    anchor = last
    seen = {last.concept, *named}
    for idx in range(last.sentence.index + 1, min(last.sentence.index + 5, len(a.sentences))):
        facts = _levels(by_sentence.get(idx, []))
        if not facts:  # a sentence about something else ("无购置车辆的情况。"), or a heading: the list ends there
            if _SECTION_HEAD.match(a.doc.text, a.sentences[idx].start):
                break
            continue
        first = facts[0]
        # a sentence cut at a ；that ended its line goes on with any part named
        # alone ("…较上年减少；\n其他收入35.00万元，占1.41%"); one cut at 。 with a sibling
        cut = a.sentences[idx - 1]
        soft = a.doc.text[max(cut.start, cut.end - 3):cut.end].rstrip()[-1:] in ("；", ";")
        related = soft or anchor.concept and first.concept in lex.siblings.get(anchor.concept, set())
        named = first.tight if first.concept else soft and bool(_NAME_ALONE.fullmatch(first.label.strip()))
        if not (related and named and _same_dim(first, total)) or first.concept and first.concept in seen:
            break  # a part named again is a restatement, not the next part
        out.append(first)
        seen.add(first.concept)
        anchor = first
        out += _items_after_semicolons(a.doc.text, facts, total, seen)
    return out


_NAME_ALONE, _SECTION_HEAD = re.compile(r"[\u4e00-\u9fff]{2,12}"), pattern("structure", "section_head")


def _items_after_semicolons(text: str, facts: list[Fact], total: Fact, seen: set) -> list[Fact]:
    """The figures of a continuing sentence after its first, each opening a
    clause of its own after a ；, up to one that details another or names a
    part again."""
    out: list[Fact] = []
    prev = facts[0]
    for g in facts[1:]:
        between = text[prev.q.end:g.label_start]
        if "；" not in between and ";" not in between or _DETAIL_OPENER.search(g.label) \
                or not _same_dim(g, total) or g.concept and g.concept in seen:
            break
        out.append(g)
        seen.add(g.concept)
        prev = g
    return out


def with_repeated_item_once(claim: Claim) -> Claim:
    """"文化旅游体育与传媒支出286.85万元，群众文化支出286.85万元，…": an item
    equal to the one before it may be that one's sub-item named too; the
    list read without it is another reading (it holds only if the repeat
    adds nothing)."""
    parts = claim.operands
    # (four digits or more: a small figure equal to its neighbour is a coincidence)
    repeat = next((k for k in range(1, len(parts)) if parts[k].q.digits == parts[k - 1].q.digits
                   and parts[k].q.unit == parts[k - 1].q.unit and len(parts[k].q.digits.replace(".", "").lstrip("0")) >= 4),
                  None)
    if repeat is None or claim.alternatives or claim.kind != "composition":
        return claim
    rest = parts[:repeat] + parts[repeat + 1:]
    if sum(p.q.value for p in rest) != claim.stated.q.value or len({p.q.unit for p in rest + [claim.stated]}) != 1:
        return claim  # (read so only when the rest adds up exactly: no rounding to hide a slip in)
    return replace(claim, alternatives=[rest])


LABEL_PUNCT = " ，,；;、：:（）()"
OF_WHICH = words("composition_parts", "of_which")[0]


_POINT_IN_TIME = pattern("part_candidates", "point_in_time")  # 年初, 年末: a stock at a date
_BECAME = pattern("part_candidates", "became")  # "…后调整为": what the total came to

def not_a_plain_sum(a: Analysis, total: Fact, parts: list[Fact]) -> bool:
    """A list that takes a part away (调减…), nets out or nests (_nested_or_net),
    names a class beside the total's (林地 under 耕地), or one item's figures
    in two phases: noted, and not added up."""
    subtracted = tuple(a.lexicon.subtracted_words)
    taken_away = _taken_away(parts, subtracted) or _taken_away_after(a, parts[-1], subtracted) \
        or _taken_away_between(a, total, parts)
    if taken_away and subtracted and not any(w in total.label for w in subtracted):
        a.note(taken_away[0], f"the list of {total.q.shown()} takes a figure away (调减, 弥补 …): not a plain sum")
        return True
    if _nested_or_net(a, total, parts):
        return True
    if any(p.q.digits == total.q.digits and _BECAME.search(p.label) for p in parts):
        a.note(total, "its list restates it (年初预算…，调整为1,166.48万元): a history of one figure, no sum")
        return True
    peer = _peer_class(a.lexicon.peer_class_words, total, parts)
    if peer is not None:
        a.note(peer, f"{peer.label.strip(LABEL_PUNCT)} is a class beside {total.label.strip(LABEL_PUNCT)}'s, not in it: not a breakdown")
        return True
    name = total.label.strip(LABEL_PUNCT + OF_WHICH + "年末全年本年")
    if len(name) >= 2 and len(parts) >= 3 and sum(p.label.strip(LABEL_PUNCT + OF_WHICH) == name for p in parts) == 1:
        # "…结余72.54万元。其中：营养膳食补助支出2032.46万元，…结余49.34万元；…": one part named as
        # the total is an item's own, the list another figure's breakdown (groups that each
        # repeat the total's figures add up by name: composition_parts._same_attribute_as_total)
        a.note(total, f"its list names a part as it is named ({name}): the list is of another figure")
        return True
    named_phases = {p.phase for p in parts if p.phase and p.phase in p.label}
    dates = {m.group(0) for p in parts if (m := _POINT_IN_TIME.match(p.label.strip(LABEL_PUNCT + OF_WHICH)))}
    if len(named_phases) > 1 or len(dates) > 1 or _a_budget_and_its_outturn(a, parts):
        # (or a count at two dates: "累计惠及2,839人（年初在册2,712人，年末在册2,715人）")
        # "其中：…年初预算为1255.37万元，支出决算为1865.86万元": one item's
        # figures in two phases, never added up
        a.note(parts[0], f"not parts of {total.q.shown()}: they name phases {'/'.join(sorted(named_phases))}")
        return True
    return False


def _nested_or_net(a: Analysis, total: Fact, parts: list[Fact]) -> bool:
    """A total its parts net out to (a balance, a gap to the budget, a
    total net of a note) or hold nested (a cost, a cost within it, what
    was paid of it): noted, and not added up."""
    if _BALANCE_TOTAL.search(total.label) and any(_INCOME.search(p.label) for p in parts) \
            and any(_COST.search(p.label) for p in parts):
        # "收支结余24.21万元。其中医疗收入812.57万元、医疗业务成本856.29万元": a balance is
        # what comes in less what goes out, not their sum
        a.note(total, "a balance of incomes and costs: not a plain sum")
        return True
    if _COST_NAMED.search(total.label) and any(_NARROWER_COST.search(p.label) for p in parts) \
            and any(_PAID_OF_COST.search(p.label) for p in parts):
        # "住院医疗总费用19,512.54万元，其中政策范围内费用16,169.72万元，统筹基金支付11,465.18万元":
        # a cost within the cost and what a fund paid of it, nested
        a.note(total, "a cost, a narrower cost and what was paid of it: nested, not a plain sum")
        return True
    return _net(a, total, parts)


def _net(a: Analysis, total: Fact, parts: list[Fact]) -> bool:
    """A total its parts net out to (a net value, a gap to the budget, a total net of a note)."""
    if _NET_VALUE.search(total.label) and any(_WEAR.search(p.label) for p in parts):
        a.note(total, "a net value, its cost less what wore it down (累计折旧): not a plain sum")
        return True
    if _DEVIATION.search(total.label):
        # "基金支出超预算337.63万元，其中住院…超预算254.37万元、门诊…超预算115.28万元": a net of
        # items over and under the budget, not their sum
        a.note(total, "a gap to the budget: its items over and under it net out, not a plain sum")
        return True
    if _NET_OF_NOTE.match(a.doc.text, total.q.end) or _NET_OF_NOTE.search(total.label):
        # "综合预算收入629.4亿元（已剔除…调入54.5亿元…）。其中：…": a total net of what its
        # parts hold; "同口径完成…10,066万元": a total put on another footing
        a.note(total, "a total net of what its note says, or on a like-for-like footing: not a plain sum")
        return True
    return False


def _peer_class(classes: list[str], total: Fact, parts: list[Fact]) -> Fact | None:
    """The first part naming a class of the total's classification other
    than the total's own (林地 listed under 耕地), if any."""
    own = next((c for c in classes if c in total.label), None)
    if own is None:
        return None
    # (a class after a short modifier, 新增林地, is one; land turned into one, 退耕还林地, too;
    # land taken from it, 占用林地, or one named after more words, 宜林荒山草地, is none)
    return next((p for p in parts if own not in p.label and any(_names_a_peer(p.label.strip(LABEL_PUNCT + OF_WHICH), c)
                                                                 for c in classes)), None)


def _names_a_peer(label: str, cls: str) -> bool:
    at = label.find(cls)
    if at < 0:
        return False
    before = label[:at]
    return not before or bool(_TURNED_INTO.search(before)) or len(before) <= 2 and not _TAKEN_LAND.search(before)


def _taken_away(parts: list[Fact], subtracted: tuple[str, ...]) -> list[Fact]:
    """The parts named as taken away (调减…); a zero takes nothing away ("…其他机械15台（套），
    报废机具0台（套）" adds up either way)."""
    return [p for p in parts if p.label.strip(LABEL_PUNCT + OF_WHICH).startswith(subtracted) and p.q.interval().hi != 0]


def _taken_away_between(a: Analysis, total: Fact, parts: list[Fact]) -> list[Fact]:
    """"其中：造林补助2.42万元，…补偿资金调减2.66万元，…": an item among the parts,
    outside brackets, whose verb takes its figure away though it was read as no
    part: the total (as [total]) is no plain sum of them. Searched from the
    list's 其中 (else its first part's words) to its last part, not in the
    total's own clause ("较年初预算调减5万元，其中：…": the total's change, no item)."""
    text = a.doc.text
    opener = text.find(OF_WHICH, total.q.end, min(p.q.start for p in parts))
    lo, hi = opener if opener >= 0 else min(p.label_start for p in parts), max(p.q.start for p in parts)
    found = _TAKEN_IN_LIST.search(text, lo, hi)
    return [total] if found is not None and not _in_brackets(text, lo, found.start()) else []


def _in_brackets(text: str, lo: int, at: int) -> bool:
    """Whether ``at`` stands inside a bracket opened after ``lo``."""
    return text.count("（", lo, at) + text.count("(", lo, at) > text.count("）", lo, at) + text.count(")", lo, at)


def _a_budget_and_its_outturn(a: Analysis, parts: list[Fact]) -> bool:
    """"其中生态护林员补助预算185.40万元，…实际发放179.70万元": a budget and what was done;
    "其中：中央彩票公益金10.7万元，2024年度执行数8.46万元": an item and its outturn."""
    if any(_BARE_OUTTURN.match(p.label.strip(LABEL_PUNCT)) for p in parts[1:]):
        return True
    actual = tuple(a.lexicon.actual_words)
    return any(p.phase in (*_PLANS, Phase.BUDGET) and "预算" in p.label for p in parts) and any(p.label.strip(LABEL_PUNCT).startswith(actual)
                                                                           for p in parts)


def _taken_away_after(a: Analysis, last: Fact, subtracted: tuple[str, ...]) -> list[Fact]:
    """"…，中加班专项支出16,155,408.22元，弥补教育成本的非限定用途收入83,201.": a
    figure taken away right after the last part (its unit lost), as [last]."""
    m = _TAKEN_AWAY.match(a.doc.text, last.q.end)
    return [last] if m and subtracted and m.group(1).startswith(subtracted) else []


# (a figure whose unit was cut off with the text: at the end of its line)
_TAKEN_AWAY = re.compile(r"[，,、；;]\s*([\u4e00-\u9fff]{2,20}?)\s*[0-9０-９][0-9０-９,，.．]*\s*$", re.M)


_OWN_ITEMS_OPENER = pattern("composition_parts", "nested_opener")
_DEVIATION = pattern("ratios", "deviation")
_BALANCE_TOTAL = pattern("part_candidates", "balance_total")
_NET_VALUE, _WEAR = pattern("part_candidates", "net_value"), pattern("part_candidates", "wear")
_TAKEN_IN_LIST = pattern("part_candidates", "taken_in_list")
_BARE_OUTTURN = pattern("part_candidates", "bare_outturn")
_INCOME = pattern("part_candidates", "income")
_COST = pattern("part_candidates", "cost")
_COST_NAMED = pattern("part_candidates", "cost_named")
_PAID_OF_COST = pattern("part_candidates", "paid_of_cost")
_TURNED_INTO, _TAKEN_LAND = pattern("part_candidates", "turned_into"), pattern("part_candidates", "taken_land")
_NARROWER_COST = pattern("part_candidates", "narrower_cost")
_USED_FOR = pattern("composition_parts", "used_for")


def opens_own_items(label: str, part: str = "") -> bool:
    """A figure's label that opens the items of the ``part`` (its label)
    before it: "包括…", "分别为…", or what the part is used for ("项目支出
    2945.17万元，主要用于农村公路养护1200.00万元、危桥改造540.00万元等"; "专项债券
    6.40亿元，专项债券主要用于…"), unless the part was named so too (其中：用于A…、
    用于B…: a list of uses)."""
    label, part = label.lstrip(" ，,"), part.lstrip(" ，,：:")
    if _OWN_ITEMS_OPENER.match(label):
        return True
    name = _NOT_A_NAME.sub("", part)
    rest = label[len(name):] if name and label.startswith(name) else label
    return bool(_USED_FOR.match(rest)) and not _USED_FOR.match(part) or among_its_own(label, part)


def among_its_own(label: str, part: str) -> bool:
    """"其中医疗收入1020.41万元，…；医疗收入中门诊收入468.35万元、住院收入…": the
    part's own items, named as among it (…中), past the clause it was stated in."""
    name = _NOT_A_NAME.sub("", part.lstrip(" ，,：:"))
    return bool(name) and label.lstrip(" ，,；;").startswith(name + "中")


_NOT_A_NAME = re.compile(r"^其中|[^\u4e00-\u9fff]")



def parallels_the_total(text: str, total: Fact, parts: list[Fact], f: Fact) -> bool:
    """"教育支出53485.92万元，完成调整预算的93.37%，其中…资助资金1872.01万元；社会保障和
    就业支出41963.25万元，完成调整预算的99.34%…": past a ；, a figure said as the
    total is (the same words after it) while none of the list's parts is, is
    the next item of the enumeration the total stands in, not a part of it."""
    if not parts or _SEMICOLON.search(text, parts[-1].q.end, f.q.start) is None:
        return False
    said = _said_after(text, total)
    return len(said) >= 3 and said == _said_after(text, f) and all(_said_after(text, p) != said for p in parts)


def _said_after(text: str, f: Fact) -> str:
    """The words right after a figure, up to its next number ("，完成调整预算的")."""
    m = _SAID_AFTER.match(text, f.q.end)
    return _CHANGE_WAY.sub("", "".join(m.group(1).split())) if m else ""  # (a line may break inside the words)


_SEMICOLON = re.compile(r"[；;]")
_NET_OF_NOTE = pattern("part_candidates", "net_of_note")
_CHANGE_WAY = pattern("part_candidates", "change_way")
_SAID_AFTER = re.compile(r"[万亿]?元?\s*([，,][^0-9０-９，,。；;]{2,14})")


def threshold_bound(text: str, f: Fact) -> bool:
    """"良（80分—90分，含80分）": a bound of a grade's range, said to be
    included: a threshold, neither a total nor a part."""
    if _RANGE_DASH.match(text, f.q.end) or _RANGE_DASH_BEFORE.search(text, max(0, f.q.start - 2), f.q.start):
        return True  # "80分—90分": the two ends of a range
    if _THRESHOLD_AFTER.match(text, f.q.end):
        return True  # "（90分及以上）"
    lo = max(0, f.q.start - 24)  # (a bracket further off is not the grade's)
    open_at = max(text.rfind("（", lo, f.q.start), text.rfind("(", lo, f.q.start))
    return open_at >= 0 and _THRESHOLD_BOUND.search(text, open_at, f.q.start) is not None


_THRESHOLD_BOUND = pattern("part_candidates", "threshold_bound")
_THRESHOLD_AFTER = pattern("part_candidates", "threshold_after")
_RANGE_DASH = pattern("part_candidates", "range_dash")
_RANGE_DASH_BEFORE = pattern("part_candidates", "range_dash_before")


def outside_nested_lists(text: str, inside: list[Fact]) -> list[Fact]:
    """The figures of a parenthesis but those a 其中 inside it breaks one of them
    down into, up to its clause's end ("在职78人（在编67人，其中行政16人、事业51人；
    编外11人）": 在编 and 编外)."""
    kept: list[Fact] = []
    nested = False
    for k, c in enumerate(inside):
        gap = text[inside[k - 1].q.end:c.q.start] if k else ""
        nested = (nested and not _CLAUSE_BREAK_IN_LIST.search(gap)) or OF_WHICH in gap
        if not nested:
            kept.append(c)
    return kept


_CLAUSE_BREAK_IN_LIST = re.compile(r"[；;]")


def same_kind_of_item(last: Fact, nxt: Fact) -> bool:
    """"…事业收入100.30万元；其他收入60.00万元": the next clause names an item of
    the same kind (the same last word) as the list's last part: the list goes on."""
    a, b = (_LABEL_END.sub("", f.label.strip(" ，,；;")) for f in (last, nxt))
    return len(a) >= 3 and len(b) >= 3 and a[-2:] == b[-2:] and _same_dim(last, nxt)


def past_own_clause(text: str, f: Fact, kids: list[Fact], c: Fact, run_in: bool, of_which_bare: bool) -> bool:
    """Whether ``c``, past a ；, is beyond the list of ``f``'s own items: a run-in
    list names its items without figures ("…主要包括燃料费、维修费；公务接待费16.55万元");
    after a bare 其中, an item named as ``f`` is the outer list's next
    ("城乡社区支出…，其中土地出让收入安排的支出…；农林水支出…")."""
    if not (run_in or of_which_bare and same_kind_of_item(f, c)):
        return False
    return _CLAUSE_OR_SENTENCE_END.search(text, kids[-1].q.end if kids else f.q.end, c.q.start) is not None


_CLAUSE_OR_SENTENCE_END = re.compile(r"[；;。]")


def names_a_sibling(whole: Fact, c: Fact, parts: list[Fact]) -> bool:
    """"包括一般债务限额1.71亿元，其中：外债转贷0.5884亿元，专项债务限额4.4258亿元":
    past parts named otherwise, a figure named as ``whole`` is with another
    qualifier (its last three characters or more alike, the words before
    them not) is the next item beside ``whole``, not one of its parts."""
    if not parts or not _same_dim(whole, c):
        return False
    name = _LABEL_END.sub("", whole.label.strip(" ，,；;：:"))
    alike = _qualified_alike(name, c.label)
    # (unless a part before it is named as much alike as the whole, or as it is: 一般债务限额, 专项债务限额
    # under 政府债务限额; 公务接待费支出决算 after 因公出国（境）费支出决算 under “三公”经费支出决算)
    return alike > 0 and not any(_qualified_alike(name, p.label) >= alike or _common_tail(_bare(c.label), _bare(p.label)) >= alike
                                 for p in parts)


def _bare(label: str) -> str:
    return _LIST_OPENER.sub("", _LABEL_END.sub("", label.strip(" ，,；;：:")))


def _common_tail(a: str, b: str) -> int:
    n = 0
    while n < min(len(a), len(b)) and a[-1 - n] == b[-1 - n]:
        n += 1
    return n


def _qualified_alike(name: str, label: str) -> int:
    """How many last characters ``label`` shares with ``name``, when three or
    more and most of it, both with other words before, neither within the
    other (公务用车运行维护费 is of 公务用车购置及运行维护费), not 其他 (the rest
    of a whole) and not under a whole's scope (全县); else 0."""
    other = _bare(label)
    common = _common_tail(name, other)
    mine, theirs = name[:len(name) - common], other[:len(other) - common]
    # (most of the name alike: "费支出" of 公务接待费支出 and …经费支出 is no name they share)
    alike = common >= 3 and 2 * common > len(other) and bool(mine) and bool(theirs) and mine not in theirs \
        and theirs not in mine and not _THE_REST.search(theirs) and not _A_WHOLE_SCOPE.search(mine)
    return common if alike else 0


_THE_REST = pattern("part_candidates", "the_rest")
_LIST_OPENER = pattern("part_candidates", "list_opener")
_A_WHOLE_SCOPE = pattern("part_candidates", "whole_scope")  # (全县…收入 holds 县本级…收入)


def same_attribute_as_total(a: Analysis, total: Fact, parts: list[Fact]) -> list[Fact]:
    """"送审35.43亿元，审定32.66亿元，核减2.77亿元，其中预算…送审23.79亿元，审定21.81亿元，
    核减1.98亿元，结算…核减0.78亿元": groups that repeat the total's figures;
    the total's parts are the figures named as it is."""
    name = total.label.strip(LABEL_PUNCT)
    labels = [p.label.strip(LABEL_PUNCT) for p in parts]
    if len(name) < 2 or labels.count(name) < 2 or len(set(labels)) == len(labels):
        return parts
    same = [p for p, w in zip(parts, labels) if w == name]
    for p, w in zip(parts, labels):
        if w != name:
            a.note(p, f"not a part of {total.q.shown()}: its group repeats the total's figures, and {name} is the part")
    return same


def items_without_their_attribute(a: Analysis, parts: list[Fact]) -> list[Fact]:
    """"因公出国费2.94亿元，压减3.7亿元；公务用车费24.72亿元，压减18.89亿元；…": a
    label that comes back after every item names an attribute of each item
    (its change, its budget), not one more part; the items are the rest."""
    labels = [p.label.strip(LABEL_PUNCT) for p in parts]
    for word in {w for w in labels if w and labels.count(w) >= 2}:
        at = [i for i, w in enumerate(labels) if w == word]
        if len(at) >= 2 and at[0] == 1 and at == list(range(1, at[-1] + 1, 2)) and a.lexicon.concept_of(word) is None:
            for i in at:
                a.note(parts[i], f"not a part: “{word}” after each item names an attribute of it")
            return [p for i, p in enumerate(parts) if labels[i] != word]
    return parts
