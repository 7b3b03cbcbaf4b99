"""Plausibility: what breaks no single sum but is plain to an auditor.

- unit slips: 万元 written for 元 (or the reverse), seen as an amount out of
  scale with the report's budget or with its siblings, the same figure twice
  about 10⁴ apart, or a sum that holds once one term is scaled by 10⁴;
- headcount: staff in post above the establishment (超编);
- rates out of range: a coverage or arrival rate above 100%.

Each finder returns evidence (the figures and why); the rules in
the rule modules ``fiscallint.checks.fl2NN_*`` word it.
"""
from __future__ import annotations

import re
import statistics
from dataclasses import dataclass, field
from decimal import Decimal
from functools import lru_cache

from fiscallint.support.wordbook import pattern
from fiscallint.model.fact import Analysis, Fact
from fiscallint.model.quantity import unusual_digits
from fiscallint.model.claim import Claim
from fiscallint.model.intervals import HUNDRED, Interval, sum_intervals
from fiscallint.support.lexicon import alternation, default_thresholds
from fiscallint.support import messages as M
from fiscallint.support.messages import Msg
from fiscallint.deciding.recompute import Verdict

TEN_THOUSAND = Decimal(10000)


@dataclass
class Evidence:
    fact: Fact  # the figure the finding is about
    reason: str
    related: list[Fact] = field(default_factory=list)
    suggestion: str = ""


# ---------------------------------------------------------------- unit slips
@lru_cache(maxsize=None)
def _any_of(words: tuple[str, ...]) -> re.Pattern:
    """One pattern for a word list of rules/thresholds.toml, compiled once per list."""
    return alternation(words)


def _words(section: dict, key: str) -> re.Pattern:
    return _any_of(tuple(section.get(key, ())))


def report_budget(a: Analysis, th: dict | None = None) -> Fact | None:
    """The report's own budget: the largest amount labelled as the unit's
    budget or total spending (not a region's economy); the words are
    ``[unit_slip]``'s ``budget_labels``, ``budget_concepts`` and
    ``not_the_unit``."""
    th = default_thresholds().get("unit_slip", {}) if th is None else th
    _BUDGET_LABEL, _NOT_UNIT_BUDGET = _words(th, "budget_labels"), _words(th, "not_the_unit")
    _WHOLE = frozenset(th.get("budget_concepts", ()))
    best = None
    for f in a.facts:
        if f.q.dimension != "money" or f.role != "level" or f.q.approx or f.extras.get("in_table"):
            continue
        if not (_BUDGET_LABEL.search(f.label) or f.concept in _WHOLE):
            continue
        if f.concept and f.concept not in _WHOLE:
            continue  # "三公经费预算数2.5万元": a budget, but of one part
        if _COMPARED_WITH.match(f.label.strip()):
            continue  # "三公经费决算数163.62万元，比年初预算数166.33万元": the budget of the figure compared
        if _NOT_UNIT_BUDGET.search(a.doc.text[f.sentence.start:f.q.start]):
            continue
        if best is None or f.q.base_value > best.q.base_value:
            best = f
    return best


_COMPARED_WITH = pattern("plausibility", "compared_with")
_PER_UNIT = pattern("claim_text", "per_unit")


def _written_so_elsewhere(a: Analysis, f: Fact) -> bool:
    """An amount in 亿元 in a report that writes two others in 亿元: the
    report's scale (a county's), not a slip for 万元."""
    return f.q.unit == "亿元" and sum(1 for g in a.facts if g is not f and g.q.unit == "亿元") >= 2


def _other_unit(f: Fact, factor: Decimal) -> str:
    """The spelling the figure would have if its unit were off by ``factor``."""
    if f.q.unit == "万元" and factor < 1:
        return "元"
    if f.q.unit == "元" and factor > 1:
        return "万元"
    if f.q.unit == "亿元" and factor < 1:
        return "万元"
    return "another unit"


def _bounded_by_budget(f: Fact) -> bool:
    """An amount of prose the report's budget bounds: a level or a rise, not
    a fall from last year (bounded by last year's figure)."""
    return f.q.dimension == "money" and (f.role == "level" or f.role == "delta" and f.direction >= 0) \
        and not f.extras.get("in_table")


_YEAR_RUN_IN = pattern("plausibility", "year_run_in")


def _year_run_in(text: str, f: Fact, bound: Decimal) -> bool:
    """Whether the figure, written without separators right after 与/比/较,
    opens with a year its 年 was dropped after, the rest an amount of the
    budget's scale (``bound``: "与2019498.83万元相比": 2019年498.83万元): no unit slip."""
    year = _YEAR_RUN_IN.match(f.q.digits)
    if year is None or f.q.value == 0 or any(ch in f.q.text for ch in ",，") \
            or not _COMPARED_WITH.search(text, max(0, f.q.start - 2), f.q.start):  # (比, 同…相比, 上年)
        return False
    rest = Decimal(f.q.digits[year.end():])
    return f.q.base_value * rest / Decimal(f.q.digits) <= bound


def unit_slips(a: Analysis, checked: list[tuple[Claim, Verdict]], th: dict) -> list[Evidence]:
    out: list[Evidence] = []
    seen: set[int] = set()

    def add(e: Evidence) -> None:
        if id(e.fact) not in seen:
            seen.add(id(e.fact))
            out.append(e)

    for e in _far_above_the_budget(a, th):
        add(e)
    for e in _sibling_outliers(a, th) + _parts_above_their_whole(a, Decimal(str(th.get("sibling_ratio", 1000)))):
        add(e)
    restated: list[Evidence] = []
    shared: list[Evidence] = []
    for claim, verdict in checked:
        if verdict.status != "contradiction":
            continue
        if claim.kind == "crossref":
            first, second = claim.operands[0], claim.stated
            for k in (TEN_THOUSAND, Decimal(1) / TEN_THOUSAND):
                if first.q.interval().scale(k).meets(second.q.interval()):
                    restated.append(Evidence(second, Msg(M.APART_1E4), [first], _other_unit(second, Decimal(1) / k)))
        elif claim.kind in ("composition", "identity") and claim.stated.q.dimension == "money":
            for e in _parts_in_another_unit(claim):
                add(e)
        elif claim.kind == "share" and claim.operands[0].q.dimension == "money":
            shared.extend(_share_in_another_unit(claim))
    # (two shares or more that hold read 10⁴ apart, of one whole: the whole is the odd one, not each part)
    for e in shared:
        if sum(1 for o in shared if o.related[1] is e.related[1]) == 1:
            add(e)
    for e in restated:
        # (where the other figure's own list or share already says it is the one in another
        # unit, the pair says no more: this figure is no suspect of its own)
        if id(e.related[0]) not in seen:
            add(e)
    # (last: a list or a share that names the slip says more than the digits do)
    for e in _digits_written_in_the_other_unit(a):
        add(e)
    return out


def _digits_written_in_the_other_unit(a: Analysis) -> list[Evidence]:
    """"全年发放养老服务补贴19.32元" where the report states 19.32万元 twice
    or more (a sentence, its table's cells): an amount whose unusual digits
    (``unusual_digits``) the report writes in the other unit at least twice and in
    this one once, said of the same thing (a word of its label in the other's
    sentence); not a price (``_a_price``)."""
    by_digits: dict[str, list[Fact]] = {}
    for f in a.facts:
        if f.q.dimension == "money" and f.q.unit in _SLIPPED_UNITS and not f.q.approx and unusual_digits(f.q.digits):
            by_digits.setdefault(f.q.digits, []).append(f)
    out = []
    for same in by_digits.values():
        units = {f.q.unit for f in same}
        if len(units) != 2:
            continue
        for f in same:
            others = [g for g in same if g.q.unit != f.q.unit]
            if sum(1 for g in same if g.q.unit == f.q.unit) != 1 or len(others) < 2 or f.extras.get("in_table") \
                    or f.role != "level" or _a_price(a.doc.text, f):
                continue
            said = [g for g in others if not g.extras.get("in_table") and _shares_a_word(f.label, g.label)]
            if said:
                factor = others[0].q.base_value / f.q.base_value
                out.append(Evidence(f, Msg(M.SAME_DIGITS_OTHER_UNIT, unit=others[0].q.unit, times=len(others)), said[:1],
                                    _other_unit(f, factor)))
    return out


_SLIPPED_UNITS = frozenset({"元", "万元"})
_PRICE_AFTER = re.compile(r"\s*(?:/|每)")
_EACH_BEFORE = re.compile(r"(?:每[\u4e00-\u9fff]{0,4}|单价|标准为?|按)$")


def _a_price(text: str, f: Fact) -> bool:
    """"按15.68元/亩", "每亩补助15.68元", "单价…": a price of one, not an amount."""
    return bool(_PER_UNIT.search(f.label.rstrip()) or _PRICE_AFTER.match(text, f.q.end)
                or _EACH_BEFORE.search(f.label.rstrip()))


_HAN_PAIR = re.compile(r"(?=([\u4e00-\u9fff]{2}))")


def _shares_a_word(x: str, y: str) -> bool:
    """Whether two labels share two Chinese characters in a row (发放, 补贴)."""
    return bool({m.group(1) for m in _HAN_PAIR.finditer(x)} & {m.group(1) for m in _HAN_PAIR.finditer(y)})


def _far_above_the_budget(a: Analysis, th: dict) -> list[Evidence]:
    """The one amount far above the report's budget, and within it read 10⁴ times smaller
    (several such say the budget was misread)."""
    budget = report_budget(a, th)
    if budget is None:
        return []
    not_the_unit = _words(th, "not_the_unit")
    ratio = Decimal(str(th.get("budget_ratio", 10)))
    cap = budget.q.base_value
    over = [f for f in a.facts
            if f is not budget and _bounded_by_budget(f) and f.q.base_value > cap * ratio
            and not not_the_unit.search(a.doc.text[f.sentence.start:f.q.end])]
    if len(over) != 1 or over[0].q.base_value / TEN_THOUSAND > cap or _written_so_elsewhere(a, over[0]) \
            or _year_run_in(a.doc.text, over[0], cap * ratio):
        return []
    f = over[0]
    return [Evidence(f, Msg(M.TIMES_BUDGET, times=f"{f.q.base_value / cap:.0f}"), [budget],
                     _other_unit(f, Decimal(1) / TEN_THOUSAND))]


def _share_in_another_unit(claim: Claim) -> list[Evidence]:
    """The part of a share that makes it hold when read 10⁴ times larger or
    smaller ("涉及资金2,149.25元，占资金总额的38.70%" of 5,553.63万元)."""
    part, whole = claim.operands[:2]
    for k in (TEN_THOUSAND, Decimal(1) / TEN_THOUSAND):
        if ((part.q.interval().scale(k) / whole.q.interval()) * HUNDRED).meets(claim.stated.q.interval()):
            return [Evidence(part, Msg(M.SHARE_HOLDS_LARGER if k > 1 else M.SHARE_HOLDS_SMALLER),
                             [claim.stated, whole], _other_unit(part, k))]
    return []


def _parts_in_another_unit(claim: Claim) -> list[Evidence]:
    """The parts of a sum that make it add up when read 10⁴ times larger or
    smaller (元 written for 万元, or the reverse)."""
    out = []
    stated = claim.stated.q.interval()
    for i, part in enumerate(claim.operands):
        for k in (TEN_THOUSAND, Decimal(1) / TEN_THOUSAND):
            ivs = [p.q.interval() for p in claim.operands]
            ivs[i] = ivs[i].scale(k)
            if k < 1 and sum_intervals(ivs[:i] + ivs[i + 1:]).meets(stated):
                continue  # the list holds as well without the part: read smaller, it says nothing
            if sum_intervals(ivs).meets(stated):
                out.append(Evidence(part, Msg(M.ADDS_UP_LARGER if k > 1 else M.ADDS_UP_SMALLER),
                                    [claim.stated, *[p for p in claim.operands if p is not part]], _other_unit(part, k)))
    return out


def _parts_above_their_whole(a: Analysis, ratio: Decimal) -> list[Evidence]:
    """"“三公”经费决算支出23.47万元 … 公务接待费支出55,500万元": an amount of a
    concept (rules/lexicon.toml's parts) ``ratio`` times its whole or more,
    stated in the same year and phase, and within it once read 10⁴ times
    smaller."""
    wholes: dict[tuple, Fact] = {}
    for f in a.facts:
        if f.concept and f.role == "level" and f.q.dimension == "money" and not f.q.approx:
            wholes.setdefault((f.concept, f.year, f.phase or a.default_phase), f)
    parent = {child: whole for whole, kids in a.lexicon.children.items() for child in kids}
    above: dict[int, list[tuple[Fact, Fact]]] = {}
    for f in a.facts:
        # (the whole of the figure's phase: the outturn's whole is not the budget)
        whole = wholes.get((parent.get(f.concept), f.year, f.phase or a.default_phase)) if f.concept else None
        if whole is None or not _bounded_by_budget(f) or f.q.approx:
            continue
        cap = whole.q.base_value
        if cap > 0 and f.q.base_value > cap * ratio and f.q.base_value / TEN_THOUSAND <= cap:
            above.setdefault(id(whole), []).append((f, whole))
    # (two parts or more above one whole: the whole is the odd one, 元 written for its 万元, not each part)
    return [Evidence(f, Msg(M.TIMES_WHOLE, times=f"{f.q.base_value / whole.q.base_value:.0f}", whole=whole.concept),
                     [whole], _other_unit(f, Decimal(1) / TEN_THOUSAND))
            for hits in above.values() if len(hits) == 1 for f, whole in hits]


def _sibling_outliers(a: Analysis, th: dict) -> list[Evidence]:
    """"发放高龄津贴2965人次，共计387350元；发放特困供养资金1466人次，共计617705万元"
    — amounts per counted unit that differ from their siblings' by 10⁴."""
    out = []
    sib_ratio = Decimal(str(th.get("sibling_ratio", 1000)))
    back = Decimal(str(th.get("back_within", 20)))
    by_sentence: dict[int, list[Fact]] = {}
    for f in a.facts:
        by_sentence.setdefault(f.sentence.index, []).append(f)
    for facts in by_sentence.values():
        pairs = []
        for i in range(1, len(facts)):
            c, m = facts[i - 1], facts[i]
            if c.q.is_count and m.q.dimension == "money" and c.q.value > 0 and not m.q.approx and not c.q.approx \
                    and "；" not in a.doc.text[c.q.end:m.q.start] and m.q.start - c.q.end <= 12 \
                    and not _PER_UNIT.search(m.label.rstrip()):  # (按每人每月80元: a standard, not the amount paid)
                pairs.append((c, m, m.q.base_value / c.q.value))
        by_unit: dict[str | None, list] = {}
        for pair in pairs:  # (per 公里, per 座, per 盏: amounts per different things are not compared)
            by_unit.setdefault(pair[0].q.unit, []).append(pair)
        for group in by_unit.values():
            out.extend(_outliers_of(group, sib_ratio, back))
    return out


def _outliers_of(pairs: list, sib_ratio: Decimal, back: Decimal) -> list[Evidence]:
    """The amounts of ``pairs`` (count, amount, amount per unit counted, one
    counter) whose amount per unit is 10⁴ off the list's median."""
    out: list[Evidence] = []
    if len(pairs) < 3:
        return out
    # the median of the whole list: one slipped item cannot drag it (the
    # median of the others would, in a list of three)
    med = Decimal(str(statistics.median(p for _, _, p in pairs)))
    if med <= 0:
        return out
    for c, m, per in pairs:
        if per <= 0:
            continue  # a zero amount reads the same in any unit (found by fuzzing: a division by zero)
        for k in (Decimal(1) / TEN_THOUSAND, TEN_THOUSAND):
            high = per / med if k < 1 else med / per
            fixed = per * k
            if high >= sib_ratio and med / back <= fixed <= med * back:
                out.append(Evidence(m, Msg(M.PER_UNIT_OUT_OF_SCALE, per=f"{per:,.0f}", unit=c.q.unit, median=f"{med:,.0f}"),
                                    [c], _other_unit(m, k)))
    return out


# ---------------------------------------------------------------- headcount
_STAFF_CONCEPTS = frozenset(("在职人数", "在编人数"))  # rules/lexicon.toml's staff in post and on the establishment


def _establishment_cap(est: list[Fact], total_words) -> tuple[Interval, list[Fact]]:
    """The establishment staff are held to: a total (核定编制30名) that the
    others break down, else the sum of those listed (行政编制10人，事业编制3人;
    two units' "核定编制8名" and "编制调整为6名")."""
    totals = [g for g in est if total_words.search(g.label)]
    rest = [g for g in est if totals and g is not totals[0]]
    if totals and (not rest or sum_intervals(g.q.interval() for g in rest).meets(totals[0].q.interval())):
        return totals[0].q.interval(), totals[:1]
    return sum_intervals(g.q.interval() for g in est), est


def over_establishment(a: Analysis, th: dict | None = None) -> list[Evidence]:
    """Staff on the establishment (在编) above the establishment (编制) stated
    beside them; the words are ``[establishment]``'s of rules/thresholds.toml.
    Staff said only to be in post (在职) may include staff outside it."""
    th = default_thresholds().get("establishment", {}) if th is None else th
    _TOTAL_ESTABLISHMENT, _NOT_IN_POST = _words(th, "total"), _words(th, "not_in_post")
    on_establishment = _words(th, "on_establishment") if th.get("on_establishment") else None
    establishment = frozenset(th.get("concepts", ("编制数",)))
    out = []
    # by sentence, then by line: a PDF wraps "事业编制\n36人；在职在编人员71人" away
    # from its 核定编制, and "…在编人员42人…。核定编制40名。" states it in the next sentence
    by_sentence: dict[int, list[Fact]] = {}
    by_line: dict[int, list[Fact]] = {}
    for f in a.facts:
        if f.q.dimension == "person" and not f.extras.get("in_table"):
            by_sentence.setdefault(f.sentence.index, []).append(f)
            by_line.setdefault(a.doc.position(f.q.start)[0], []).append(f)
    def on_it(f: Fact) -> bool:  # staff said to be on the establishment
        return f.concept in _STAFF_CONCEPTS and f.role == "level" and not _NOT_IN_POST.search(f.label) \
            and (on_establishment is None or bool(on_establishment.search(f.label)))

    for f in (g for facts in by_sentence.values() for g in facts if on_it(g)):
        # its sentence, its line, then the sentences beside it ("镇政府核定编制64名。\n…在职在编人员69人")
        places = (by_sentence[f.sentence.index], by_line[a.doc.position(f.q.start)[0]],
                  by_sentence.get(f.sentence.index - 1, []), by_sentence.get(f.sentence.index + 1, []))
        facts, est = next(((p, e) for p in places if (e := [g for g in p if g.concept in establishment
                                                           and g.role == "level"])), ([], []))
        if not est:
            continue
        cap_iv, cap_facts = _establishment_cap(est, _TOTAL_ESTABLISHMENT)
        outside = _outside_in_bracket(a, f, facts, _NOT_IN_POST)
        if f.q.interval().lo - outside > cap_iv.hi:
            over = f.q.value - outside - cap_iv.hi
            out.append(Evidence(f, Msg(M.OVER_ESTABLISHMENT, over=f"{over:f}"), cap_facts))
    return out


def _outside_in_bracket(a: Analysis, staff: Fact, facts: list[Fact], _NOT_IN_POST: re.Pattern):
    """"实有在职人数111人（含23名聘用制书记员）": people counted in the staff
    figure but outside the establishment, stated in the bracket after it."""
    text = a.doc.text
    opened = _BRACKET_AFTER.match(text, staff.q.end)
    if opened is None:
        return 0
    close = text.find("）", opened.end()) if "（" in opened.group(0) else text.find(")", opened.end())
    if close < 0:
        return 0
    inside = [f for f in facts if opened.end() <= f.q.start < close and _NOT_IN_POST.search(text, f.q.start, close)
              and f.q.dimension == "person"]
    return sum((f.q.value for f in inside), 0)


_BRACKET_AFTER = pattern("plausibility", "bracket_after")


# ---------------------------------------------------------------- rates
def rates_out_of_range(a: Analysis, th: dict) -> list[Evidence]:
    """Percentages that cannot exceed 100% and do, and rates above 100% that
    can (spending over budget), the latter marked for a milder word."""
    out = []
    bounded = th.get("bounded", [])
    may_exceed = th.get("may_exceed", [])
    tol = Decimal(str(th.get("tolerance", 0.5)))
    for f in a.facts:
        q = f.q
        if not q.is_percent or f.extras.get("in_table") or q.approx == "upper" or f.extras.get("glued"):
            continue  # (glued: cells run together, "20100%100%", whose digits are no one figure)
        iv = q.interval()
        if iv.lo <= 100 + tol and not (q.approx == "lower" and q.value > 100):
            continue
        label = f.label
        word_may = _last_word(label, may_exceed)
        word_bound = _last_word(label, bounded)
        plan = _SHARE_OF_PLAN.search(label) if f.role == "share" else None
        if plan:
            # "完成28,583万元，占调整预算105.47%": collected against a budget, a completion rate
            ev = Evidence(f, Msg(M.MAY_EXCEED_100, word=plan.group(0)))
            ev.suggestion = "may_exceed"
            out.append(ev)
        elif f.role == "share":
            out.append(Evidence(f, Msg(M.SHARE_ABOVE_100)))
        elif word_bound and (not word_may or label.rfind(word_bound) > label.rfind(word_may)):
            out.append(Evidence(f, Msg(M.BOUNDED_ABOVE_100, word=word_bound)))
        elif word_may:
            ev = Evidence(f, Msg(M.MAY_EXCEED_100, word=word_may))
            ev.suggestion = "may_exceed"
            out.append(ev)
    # a rate over plan the report explains in its sentence or the next ("…的主要原因是追加…"): said already
    return [e for e in out if e.suggestion != "may_exceed" or not _explained(a, e.fact)]


def _explained(a: Analysis, f) -> bool:
    nxt = next((s for s in a.sentences if s.index == f.sentence.index + 1), None)
    end = nxt.end if nxt is not None else f.sentence.end
    return _EXPLAINED.search(a.doc.text, f.q.end, end) is not None


_SHARE_OF_PLAN = pattern("plausibility", "share_of_plan")
_SO_FAR = pattern("ratios", "so_far")
_EXPLAINED = pattern("plausibility", "explained")


def _last_word(label: str, words: list[str]) -> str:
    best, at = "", -1
    for w in words:
        i = label.rfind(w)
        if i > at:
            best, at = w, i
    return best


def shares_over_whole(checked: list[tuple[Claim, Verdict]], tol: Decimal = Decimal("0.5")) -> list[Evidence]:
    """Stated shares of one whole, in one sentence, that add to more than 100%
    (another sentence may split the same whole another way)."""
    groups: dict[tuple, list[Fact]] = {}
    wholes: dict[tuple, Fact] = {}
    nested: set[tuple] = set()
    summed: set[tuple] = set()
    # a part's total where a composition says so ("中小企业1425.30万元，其中：小微企业1108.62万元")
    total_of = {id(p): id(c.stated) for c, _ in checked if c.kind == "composition" for p in c.operands}
    parts: dict[tuple, set[int]] = {}
    for claim, _ in checked:
        if claim.kind == "share" and not claim.variant:  # a share with its whole
            whole, part = claim.operands[1], claim.operands[0]
            key = (id(whole), claim.stated.sentence.index)
            if key in groups and ("其中" in part.label or total_of.get(id(part)) in parts[key]):
                nested.add(key)  # "中小企业…占96.7%，其中小微企业…占8.2%": a share within a share
            if not _SO_FAR.search(part.label):
                summed.add(key)  # (shares all of running totals, "一季度末累计…占13.24%；二季度末累计…占33.03%", add up to nothing)
            groups.setdefault(key, []).append(claim.stated)
            parts.setdefault(key, set()).add(id(part))
            wholes[key] = whole
    out = []
    for key, shares in groups.items():
        if len(shares) < 2 or key in nested or key not in summed:
            continue
        total = sum_intervals(s.q.interval() for s in shares)
        if total.lo > 100 + tol:
            out.append(Evidence(shares[-1], Msg(M.SHARES_ADD_UP, whole=wholes[key].name or Msg(M.ONE_WHOLE), total=f"{total.lo:f}"),
                                [*shares[:-1], wholes[key]]))
    return out
