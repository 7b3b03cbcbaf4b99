"""Change claims (FL104: 由A增加到B, 增加X) and growth claims (FL105: 增长X%), with the
figure each compares with.
"""
from __future__ import annotations

import re
from dataclasses import replace

from fiscallint.model.vocabulary import PLAN_PHASES, Phase
from fiscallint.model.claim import Claim
from fiscallint.model.fact import Analysis, Fact, Sentence
from fiscallint.support.wordbook import pattern, words, section_table
from fiscallint.understanding.claim_text import (
    _CHANGE_UP_TO, _COMPARING_WORD, _FROM, _SUBJECT_NOISE, _TOTAL_WORDS, _is_base, _levels, _prev_sentence_facts, _same_dim
)
from fiscallint.understanding.composition_parts import _in_closed_bracket, _in_han_clause
from fiscallint.understanding.compositions import _OPENS_WITH_COMPARISON, _year_pair
from fiscallint.understanding.part_candidates import OF_WHICH as _OF_WHICH
from fiscallint.understanding.paragraph_heads import head_before, may_be_named
from fiscallint.understanding.growth_guards import (
    AGAINST_BUDGET, base_of_another, not_a_yearly_change, of_an_earlier_year, of_something_else,
)
from fiscallint.understanding.labels import shares_word
from fiscallint.understanding.rate_changes import base_subject, clause_between, rates_of_two_years
from fiscallint.understanding.last_year import (
    _LAST_YEAR, _OPENING, _YEAR_WORDS, _change_against_last_year, _dated_as, _growth_against_last_year,
    last_years_against_head_before,
)


# ---------------------------------------------------------------- change
def _changes(a: Analysis, by_sentence, compositions: list[Claim] = ()) -> list[Claim]:
    # a list's last part and its total: a change right after the list may be the total's
    total_of_last = {id(c.operands[-1]): c.stated for c in compositions if c.operands}
    out = []
    for s in a.sentences:
        facts = by_sentence.get(s.index, [])
        subject: Fact | None = None  # the figure the sentence's changes are about
        for k, f in enumerate(facts):
            if f.role == "level":
                subject = None
            if f.role == "growth" and not any(g.role == "delta" for g in facts[max(0, k - 2):k]):
                claim = _growth_over_base_before(facts[:k], f, total_of_last) or _growth_against_last_year(a, facts[:k], f)
                if claim is not None:
                    out.append(claim)
                continue
            if f.role != "delta":
                continue
            if _RESPECTIVE.search(f.label) and not _one_change_of_equal_figures(a, by_sentence, s, facts, k):
                # "收、支总计各是A,B万元…各减少C,D万元,各下降E%、F%": each change
                # goes with its own figure, in order
                if k == 0 or facts[k - 1].label != f.label:
                    respective = _respective_changes(a, by_sentence, s, facts, k)
                    out.extend(respective)
                    if not respective:
                        a.note(f, "respective changes (各/分别) whose figures could not be paired in order")
                continue
            levels = _levels(facts[:k])
            pair = _two_years(a, facts, k) or last_years_against_head_before(a, by_sentence, s, facts, k)
            if pair is not None:
                out.extend(_year_pair_claims(f, facts, k, pair, total_of_last.get(id(pair[0]))))
                subject = pair[0]
                continue
            from_to = _from_to_claim(f, levels)
            if from_to is not None:
                out.append(from_to)
                continue
            current = _change_subject(a, by_sentence, s, facts, k, subject, levels)
            if current is None:
                subject = _still_the_subject(f, subject)
                out.extend(_growth_over_the_base_alone(a, facts, k))
                continue
            subject = current
            out.extend(_against_a_figure_apart(a, f, current))
            growth = _growth_of_change(a, facts, k, current)
            if growth is not None:
                total = total_of_last.get(id(current))
                if total is not None and growth.variant == "delta" and _same_dim(total, current):
                    # "…其中，购置费232万元，运行维护费3139.9万元，比上年减少1097.7万元，下降24.6%":
                    # the change after a list's last part may be the whole list's
                    growth = replace(growth, alternatives=[[total, f]])
                out.append(growth)
    return out


def _against_a_figure_apart(a: Analysis, f: Fact, current: Fact) -> list[Claim]:
    """The change ``f`` of ``current`` against the figure it compares with,
    stated elsewhere: of the phase it names, or of last year."""
    base = _compared_phase_figure(a, f, current)
    if base is not None:
        # "决算总收入3724.07万元，较预算增加2560.06万元": the budget figure is stated elsewhere
        return [Claim("change", f, [current, base], "eq", f"{current.name} against its {base.phase} figure",
                      direction=f.direction, variant="levels", pattern="change.against-phase",
                      trigger=f.label.strip()[-8:])]
    if (_LAST_YEAR.search(f.label) or _OPENING.search(f.label)) and f.direction and not f.q.approx:
        return _change_against_last_year(a, f, current)
    return []


_ALL_EQUAL = pattern("changes", "all_equal")
_EACH = words("changes", "each")
_BASE_PHASES = section_table("changes", "base_phases")


def _one_change_of_equal_figures(a: Analysis, by_sentence, s: Sentence, facts: list[Fact], k: int) -> bool:
    """"收、支总计均为1,145.52万元。…收、支总计各增加342万元": figures said to be
    equal (均为) changed each by the one amount: a single change of that figure."""
    f = facts[k]
    if not any(w in f.label for w in _EACH) or any(g.role == "delta" for g in facts[k + 1:k + 2]):
        return False
    current = _change_subject(a, by_sentence, s, facts, k, None, _levels(facts[:k]))
    if current is None:
        return False
    if _ALL_EQUAL.search(current.label):
        return True
    # "收入总计1,532.46万元，支出总计1,532.46万元。…收入、支出总计各增加108.37万元": stated
    # apart, but equal: one figure, one change
    return any(g is not current and g.role == "level" and g.q.value == current.q.value and _same_dim(g, current)
               for g in by_sentence.get(current.sentence.index, []))


def _two_years(a: Analysis, facts: list[Fact], k: int) -> tuple[Fact, Fact] | None:
    """This year's figure and last year's just before the change facts[k],
    later year first; none when the change names another year as its own
    (2024年较上年 after the figures of 2024 and 2025)."""
    pair = _year_pair(a, facts, k) or _figure_and_last_years(a, facts, k) or rates_of_two_years(a, facts, k)
    own = _YEAR_OF_CHANGE.match(facts[k].label)
    return None if pair is not None and own is not None and pair[0].year != own.group(1) else pair


def _figure_and_last_years(a: Analysis, facts: list[Fact], k: int) -> tuple[Fact, Fact] | None:
    """"社会保障和就业支出556.83万元，占6.14%，2024年预算为545.45万元，增加11.38万元":
    the figure of the report's year, then one named only by an earlier year
    (and its phase): that is last year's figure, the base of the change after
    it, not what changed."""
    levels = [(i, g) for i, g in enumerate(facts[:k]) if g.role == "level"]
    if len(levels) < 2 or levels[-1][0] < k - 1:
        return None
    y = levels[-1][1]
    x = next((g for _, g in reversed(levels[:-1]) if _may_be_compared(a, g, y, [h for _, h in levels])), None)
    if x is None:
        return None
    m = _ONLY_AN_EARLIER_YEAR.match(y.label.strip(" ，,；;"))
    if m is None or x.q.approx or y.q.approx or not (_same_dim(x, y) and _same_dim(y, facts[k])):
        return None
    if m.group(1) is None:  # "2023年…5.50万元，上年6.39万元，减少0.89万元": named 上年, not by its year
        return None if _LAST_YEAR_WORD.search(x.label) else (x, y)
    if _OWN_YEAR.search(x.label) or not x.year or not x.year.isdigit() or m.group(1) >= x.year:
        return None
    return x, y


def _may_be_compared(a: Analysis, g: Fact, y: Fact, levels: list[Fact]) -> bool:
    """Whether ``g`` may be the figure compared with last year's ``y`` after it."""
    # "支出15.27万元（…财政拨款安排0万元），较上年18.42万元减少…": not the bracket's detail;
    # "会议费1.26万元，召开会议3次，参会185人次，较上年2.10万元增加…": nor a count between
    # …nor an average of it ("收运垃圾97,455吨，日均267.0吨，较上年的93,280吨增加4,175吨")
    # …nor the budget beside the outturn ("支出1.64万元，年初预算2.00万元，执行率82%；比上年1.87万元减少…")
    # …nor the base of another comparison ("支出5.09万元，比预算6.00万元节约0.91万元，比上年6.06万元减少…")
    return not _in_closed_bracket(a.doc.text, g, y.q.start) and not _is_base(g) \
        and not (g.q.is_count and not y.q.is_count and not clause_between(a.doc.text, g, y)) \
        and not _AVERAGE.match(g.label.strip(" ，,；;")) \
        and not (g.phase in PLAN_PHASES and y.phase not in PLAN_PHASES and any(
            h.phase not in PLAN_PHASES and h.q.start < g.q.start and _same_dim(h, g) for h in levels))


_ONLY_AN_EARLIER_YEAR = pattern("changes", "only_an_earlier_year")
_AVERAGE = pattern("changes", "average")
_LAST_YEAR_WORD = pattern("changes", "last_year_word")
_OWN_YEAR = pattern("compositions", "own_year")


def _year_pair_claims(f: Fact, facts: list[Fact], k: int, pair: tuple[Fact, Fact],
                      whole: Fact | None = None) -> list[Claim]:
    """"公务接待费2016年预算8万元，2015年预算12.5万元；对比减少4.35万元；减少率35.22%":
    the change of two years' figures, and the growth rate right after it. When
    the later figure ends a list, the change may be the list's ``whole``'s
    ("“三公”经费2.96万元，其中…公务接待费1.08万元，比上年3.41万元减少0.45万元")."""
    later, earlier = pair
    alternatives = [[whole, earlier]] if whole is not None and _same_dim(whole, later) else []
    if alternatives and abs(whole.q.value - earlier.q.value) < abs(later.q.value - earlier.q.value):
        # ("资金3,574.60万元，其中…省级资金734.60万元，较2024年的3,210.00万元增加…": told as the whole's)
        later, alternatives = whole, [[later, earlier]]
    out = [Claim("change", f, [later, earlier], "eq", f"{later.year} − {earlier.year}",
                 direction=f.direction, variant="levels", pattern="change.year-pair",
                 trigger=f.label.strip()[-8:], alternatives=alternatives)]
    rate = next((g for g in facts[k + 1:k + 2] if g.role == "growth" and not g.q.approx), None)
    if rate is not None and rate.direction in (0, f.direction):
        out.append(Claim("growth", rate, [later, earlier], "eq", f"({later.year} − {earlier.year}) / {earlier.year}",
                         direction=f.direction, variant="pair", pattern="growth.year-pair",
                         trigger=rate.label.strip()[-8:], alternatives=alternatives))
    return out


def _from_to_claim(f: Fact, levels: list[Fact]) -> Claim | None:
    """"由上年的74批次增加到105批次，增加31批次": B − A."""
    # ("标准由610元提高到640元，应补助资金较上年增加553.69万元": another subject's change, in its own unit)
    if len(levels) >= 2 and _CHANGE_UP_TO.search(levels[-1].label) and _FROM.search(levels[-2].label) and _same_dim(levels[-1], f) \
            and _same_dim(levels[-2], f) and not (_own_subject_words(f.label) and f.q.unit != levels[-1].q.unit):
        return Claim("change", f, [levels[-1], levels[-2]], "eq", "由 A 到 B: B − A", direction=f.direction, variant="levels",
                     pattern="change.from-to", trigger=f.label.strip()[-8:])
    return None


def _change_subject(a: Analysis, by_sentence, s: Sentence, facts: list[Fact], k: int,
                    subject: Fact | None, levels: list[Fact]) -> Fact | None:
    """The figure the change facts[k] is of: the one before it, the one its
    label names, the sentence's subject so far, or the head figure of the
    sentence before; of the year the change names, if it names one
    ("…累计实际下达5,754.03万元…。2024年实际下达较2022年增加103.89万元": not the sum of the years)."""
    current = _undated_change_subject(a, by_sentence, s, facts, k, subject, levels)
    dated = _YEAR_AND_SUBJECT.match(facts[k].label)
    return None if dated and current is not None and not _dated_as(current, dated.group(1)) else current


def _undated_change_subject(a: Analysis, by_sentence, s: Sentence, facts: list[Fact], k: int,
                            subject: Fact | None, levels: list[Fact]) -> Fact | None:
    f = facts[k]
    current = _dated_subject(facts[:k], f) or _subject(a, facts[:k], f)
    named_concept = a.lexicon.concept_of(_change_names(f.label))
    own_words = _own_subject_words(f.label)
    if current is not None and (named_concept and not may_be_named(current, named_concept, own_words)
                                or own_words and not _A_PERIOD.fullmatch(own_words) and not shares_word(own_words, current.label)):
        # ("…一次性经济补助326.40万元；义务兵优待支出较上年减少26.82万元": another subject, its own)
        current = _named_subject(a, by_sentence, s, f)
    if current is None and subject is not None and _same_dim(subject, f) and _COMPARING_WORD.search(f.label) \
            and named_concept in (None, subject.concept) and (not own_words or own_words in subject.label) \
            and not base_of_another(subject, f):
        current = subject  # "较上年减少0.03万元,下降0.6%;较年初预算数减少6.3万元,下降58.3%"
    if current is None and (not levels or named_concept):
        # "…;公务接待费支出决算增加56,716.00元": a change naming its subject,
        # after other changes, goes with that subject's figure
        current = _named_subject(a, by_sentence, s, f)
    if current is None and k == 0 and _OPENS_WITH_COMPARISON.match(a.doc.text, s.start, f.q.start):
        current = head_before(a, by_sentence, s, f, named_concept, own_words)
    return current


_YEAR_OF_CHANGE = pattern("changes", "own_year")
_A_PERIOD = pattern("changes", "no_subject")
_YEAR_AND_SUBJECT = pattern("changes", "year_and_subject")


def _dated_subject(before: list[Fact], change: Fact) -> Fact | None:
    """"2024年8652.30万元，2025年预计8870.00万元；2024年较上年增加436.70万元":
    a change opening with its year is of the figure its sentence dates that
    year, not of a later year's figure nearer to it."""
    m = _YEAR_OF_CHANGE.match(change.label) or _YEAR_AND_SUBJECT.match(change.label)
    if m is None:
        return None
    for g in reversed(before):
        if g.role in ("delta", "growth"):
            return None
        if g.role == "level" and _same_dim(g, change) and not g.q.approx and g.year == m.group(1) \
                and _YEAR_WORDS.search(g.label):
            return g
    return None


def _growth_over_the_base_alone(a: Analysis, facts: list[Fact], k: int) -> list[Claim]:
    """"与上年支出2744.96万元相比，本年支出增加261.27万元，增长7.88%": with this year's
    figure not found, the rate is still the change over the base stated right before it."""
    base = facts[k - 1] if k else None
    if base is None or base.role != "level" or not _is_base(base) or not _same_dim(base, facts[k]) or base.q.approx:
        return []
    growth = _growth_of_change(a, facts, k, base)
    return [growth] if growth is not None and growth.variant == "base" else []


def _growth_of_change(a: Analysis, facts: list[Fact], k: int, current: Fact) -> Claim | None:
    """"比预算增加0万元，比去年增加1.55万元，增长39.4%": a growth rate goes with
    the change right before it, not one across another change."""
    f = facts[k]
    not_yearly = not_a_yearly_change(f)
    if not_yearly:
        a.note(f, not_yearly)
        return None
    growth = next((g for g in facts[k + 1:k + 3] if g.role in ("growth", "delta")), None)
    if growth is not None and growth.role == "delta":
        later = next((g for g in facts[k + 1:k + 4] if g.role == "growth"), None)
        if later is not None:
            a.note(later, f"not the rate of {f.q.shown()}: another change stands between them")
    growth = growth if growth is not None and growth.role == "growth" else None
    if growth is None or growth.q.approx:
        return None
    if _of_the_next_clause(a, facts, k, growth):
        return None
    if growth.direction not in (0, f.direction):
        if growth.q.value <= 0 or not _BARE_CHANGE.match(growth.label):
            return None  # "增加…，增长-4.8%": the sign says the direction; another subject's rate
        # "比上年决算数增加8.65万元，下降4.80%": the words disagree; the amount's
        # direction is the claim's, so a rate that only fits the other one is found
        return Claim("growth", growth, [current, f], "eq",
                     f"{current.name or 'figure'} changed by the stated amount; the rate's change word says the opposite",
                     direction=f.direction, variant="delta", pattern="growth.direction-words-differ",
                     trigger=growth.label.strip()[-8:])
    other = of_something_else(a.doc.text, current, f, growth)
    if other:
        a.note(growth, other)
        return None
    if _is_base(current) or _is_compared_phase(f, current) or of_an_earlier_year(a, current, f):
        # "较上年的16.07万元减少0.33万元，下降2.05%": the figure is the base;
        # "年初预算为1,186.20万元，决算数较年初预算增加235.66万元": so is the phase compared with
        return Claim("growth", growth, [current, f], "eq", "change over the stated base",
                     direction=f.direction, variant="base", pattern="growth.over-stated-base",
                     trigger=growth.label.strip()[-8:])
    return Claim("growth", growth, [current, f], "eq", f"{current.name or 'figure'} changed by the stated amount",
                 direction=f.direction, variant="delta", pattern="growth.amount-and-rate",
                 trigger=growth.label.strip()[-8:])


def _of_the_next_clause(a: Analysis, facts: list[Fact], k: int, growth: Fact) -> bool:
    """"…较上年减少226.46万元；商品和服务支出1,046.73万元，下降9.63%": the rate of the
    next clause's figure, not of the change before it; so is one naming its own subject
    ("比上年增加2个；脱贫人口人均纯收入增长9.4%") (noted)."""
    f = facts[k]
    if (any(g.role == "level" and g.q.start < growth.q.start for g in facts[k + 1:k + 3])
            or _names_a_subject(growth.label)) and _CLAUSE_BREAK.search(a.doc.text, f.q.end, growth.q.start):
        a.note(growth, f"not the rate of {f.q.shown()}: another clause's figure stands between them")
        return True
    return False


def _names_a_subject(label: str) -> bool:
    """A rate's label names what it is of ("脱贫人口人均纯收入增长"), not only the
    rate ("同比下降", "降幅为", "较上年下降")."""
    own = _own_subject_words(label).strip("；;，,、 \u3000")
    return bool(own) and not _RATE_NOUN.fullmatch(own)


_RATE_NOUN = pattern("changes", "rate_noun")


def _is_compared_phase(change: Fact, current: Fact) -> bool:
    """The change is measured against the phase of the figure before it
    (较年初预算增加 after 年初预算为…): that figure is its base, not what changed."""
    m = _COMPARED.search(change.label)
    if m is None or m.group(1) is not None or not current.phase:
        return False
    return current.phase in set(_BASE_PHASES.get(m.group(2), (m.group(2),))) and current.phase != Phase.FINAL


_BARE_CHANGE = pattern("changes", "bare_change")
_RESPECTIVE_LEVELS = pattern("changes", "respective_levels")


def _respective_changes(a: Analysis, by_sentence, s: Sentence, facts: list[Fact], k: int) -> list[Claim]:
    """"收、支总计各是4125.49,4143.91万元。…各减少1267.86,2570.97万元,各下降
    23.51%、38.28%": the n-th change and the n-th rate go with the n-th figure."""
    def run_from(i: int, role: str) -> list[Fact]:
        """The figures from ``i`` on that share its label and role."""
        group: list[Fact] = []
        while i < len(facts) and facts[i].role == role and (not group or facts[i].label == group[0].label):
            group.append(facts[i])
            i += 1
        return group

    deltas = run_from(k, "delta")
    rates = run_from(k + len(deltas), "growth")
    if len(deltas) < 2 or len(rates) != len(deltas) or any(r.q.approx for r in rates):
        return []
    named_here = any(_RESPECTIVE_LEVELS.search(f.label.strip()) for f in facts[:k])
    pool = facts[:k] if named_here else _prev_sentence_facts(a, by_sentence, s)
    levels = [f for f in pool if f.role == "level" and _RESPECTIVE_LEVELS.search(f.label.strip())]
    if len(levels) != len(deltas) or any(not _same_dim(x, d) for x, d in zip(levels, deltas)):
        return []
    return [Claim("growth", r, [x, d], "eq", "respective changes (各/分别), paired in order", direction=d.direction,
                  variant="delta", pattern="growth.respective", trigger=r.label.strip()[-4:])
            for x, d, r in zip(levels, deltas, rates)]


_RESPECTIVE = pattern("changes", "respective_changes")
_ADDED_TO = pattern("changes", "added_to")
_AGAINST_PLAN_LABEL = pattern("changes", "against_plan_label")


def _past_its_plan_rate(before: list[Fact]) -> Fact:
    """"收入214142.58万元，为调整预算211967.63万元的101.0%，比上年254350.46万元下降18.8%":
    the figure compared with last year is the one before its own rate of the plan."""
    if len(before) >= 3 and before[-1].q.is_percent and _AGAINST_PLAN_LABEL.match(before[-2].label.strip()):
        return before[-3]
    return before[-1]


def _growth_over_base_before(before: list[Fact], growth: Fact, total_of_last: dict) -> Claim | None:
    """"总投入为5.21亿元，比上年的4.71亿元增长1.06%": this year's figure, then
    last year's as the base, then the rate between them. After a list's last
    part, the list's whole may be the figure compared ("三公经费6.84万元，其中
    …公务接待费2.58万元，比上年7.92万元下降13.64%")."""
    if len(before) < 2 or growth.q.approx or not growth.direction:
        return None
    current, base = _past_its_plan_rate(before[:-1]), before[-1]
    subject = base_subject(base)
    if len(subject) >= 2 and subject not in current.label:
        # "公用经费3552.11万元；人员经费较上年28395.94万元增加2.74%": this year's 人员经费, named before
        current = next((g for g in reversed(before[:-1]) if subject in g.label and not _is_base(g)), current)
    if not (_is_base(base) and current.role == base.role == "level" and _same_dim(current, base)
            and not current.q.approx and not base.q.approx and not _is_base(current)):
        return None
    if _ADDED_TO.search(current.label) and not _ADDED_TO.search(base.label):
        return None  # (an addition against a stock: the rate is the stock's growth, not the addition's)
    whole = total_of_last.get(id(current))
    return Claim("growth", growth, [current, base], "eq", "this year's figure over last year's, stated before the rate",
                 direction=growth.direction, variant="pair", pattern="growth.last-year-figure",
                 trigger=growth.label.strip()[-8:],
                 alternatives=[[whole, base]] if whole is not None and _same_dim(whole, current) else [])


_COMPARED = pattern("changes", "compared_base")


def _compared_phase_figure(a: Analysis, delta: Fact, current: Fact) -> Fact | None:
    """The figure a change is measured against when the label names its phase
    (较预算, 比上年): the same concept of the same funds in that phase, stated once."""
    m = _COMPARED.search(delta.label) or _comparison_before(a.doc.text, current, delta)
    if m is None or not current.concept or not current.tight:
        return None
    year, word = m.group(1), m.group(2)
    phases = set(_BASE_PHASES.get(word, (word,)))
    total = bool(_TOTAL_WORDS.search(current.label))
    cands = [g for g in a.with_concept(current.concept, of_unit=current)
             if g.role == "level" and _same_dim(g, current) and g is not current and not g.q.approx and not (total and _listed_part(a.doc.text, g))
             and _of_the_compared_phase(g, current, phases, year) and g.qualifiers == current.qualifiers]
    if not cands or any(not c.q.interval().meets(cands[0].q.interval()) for c in cands[1:]):
        return None
    return cands[0]


def _of_the_compared_phase(g: Fact, current: Fact, phases: set, year: str | None) -> bool:
    """``g`` is of the phase (and year) a change names as its base: "比2021年预算减少"
    the budget of that year, not this year's; "较上年增加0.33万元" last year's 决算
    in the annexed table (2023年决算数), named by the concept alone (not
    "机关运行经费主要用于办公费21.36万元" after a 2022)."""
    if g.phase in phases and (year is None or g.year == year):
        return True
    last = str(int(current.year) - 1) if current.year and current.year.isdigit() else None
    return Phase.LAST_YEAR in phases and last is not None and g.year == last and year in (None, last) \
        and g.phase in (None, Phase.FINAL) and current.phase in (None, Phase.FINAL) and g.tight


def _listed_part(text: str, g: Fact) -> bool:
    """"年初预算收入总计5306.00万元，其中：镇本级一般公共预算收入1206.00万元": a
    figure listed as a part (其中) is no base of a 总计's change, whatever its concept."""
    return _OF_WHICH in text[g.sentence.start:g.label_start] and not _TOTAL_WORDS.search(g.label)


def _comparison_before(text: str, current: Fact, delta: Fact):
    """"…支出0万元，与2020年度预算相比，增加0万元": the comparison in the clause
    before the change, unless it is another change's ("较上年增加15.11万元，…，较2023年
    减少28.31万元": a figure stands between it and this change)."""
    if current.q.end >= delta.q.start:
        return None
    m = _COMPARED.search(text, current.q.end, delta.q.start)
    return None if m is None or any(ch.isdigit() for ch in text[m.end():delta.q.start]) else m


_CHANGE_SPLIT = pattern("changes", "change_split")


def _named_subject(a: Analysis, by_sentence, s: Sentence, delta: Fact) -> Fact | None:
    """"本年支出比上年增加326.14万元": the subject is named, its figure stated in
    one of the five sentences just before with the same concept and phase (or,
    three before, in a label that holds the subject's words)."""
    lex = a.lexicon
    words = _change_names(delta.label)
    if len(words) < 2:
        return None
    concept = lex.concept_of(words)
    for back in range(0, 6):
        if s.index - back < 0:
            break
        prev = _levels(by_sentence.get(s.index - back, []))
        if not back:
            # "收入总计766.75万元，其中…，与2021年相比收入总计减少315.71万元": named earlier in its sentence
            if not concept:
                continue
            prev = [g for g in prev if g.q.end <= delta.label_start]
        for g in reversed(prev):
            if not _same_dim(g, delta) or _is_base(g) or _of_another_year(a, delta, g):
                continue  # (nor "较年初预算3,580.00万元": the base of another comparison, nor another year's)
            same_phase = delta.phase is None or g.phase in (None, delta.phase)
            if concept and g.concept == concept and same_phase:
                return g
            if back < 4 and len(words) >= 4 and words in g.label and (not concept or same_phase) and \
                    not _PART_OF_SUBJECT.match(g.label, g.label.find(words) + len(words)):
                # (not "项目支出中使用非财政拨款资金", "项目支出主要用于…": a part of the named subject)
                # "…一般公共预算财政拨款支出1264.92万元…。…一般公共预算财政拨款增加27.44万元"
                return g
    return None


def _of_another_year(a: Analysis, delta: Fact, g: Fact) -> bool:
    """``g`` is dated a year the change's subject is not of: the one it is compared with
    ("比2025年增加"), or, when the change names its own ("2026年收支总预算比上年增加"), any other;
    or, for a change on last year, one before the report's (that year's figure is the base)."""
    if g.year is None:
        return False
    base, own = _BASE_YEAR.search(delta.label), _YEAR_AND_SUBJECT.match(delta.label)
    if base or own:
        return g.year == base.group(1) if base else g.year != own.group(1)
    return bool(a.year) and g.year < a.year and _LAST_YEAR_BASE.search(delta.label) is not None


_BASE_YEAR = pattern("changes", "base_year")
_LAST_YEAR_BASE = pattern("changes", "last_year_base")
_CLAUSE_BREAK = re.compile(r"[；;。]")
_PART_OF_SUBJECT = pattern("changes", "part_after_whole")
_CHANGE_SPLIT_KEPT = re.compile(f"({_CHANGE_SPLIT.pattern})")
_COMPARED_WITH = ("较", "比", "与")


def _still_the_subject(change: Fact, subject: Fact | None) -> Fact | None:
    """The sentence's subject after a change whose own was not found: none
    when the change names one ("…；房产税收入同比增收531万元，同比减收24万元":
    the changes after it are of that, unstated, not of the figure before)."""
    return None if _own_subject_words(change.label) else subject


def _own_subject_words(label: str) -> str:
    """The words a change's label names its subject by, but for words of the
    change itself (超收, 同比减收)."""
    named = _change_names(label)
    return "" if not named or AGAINST_BUDGET.search(named) or _CHANGE_ONLY.fullmatch(named) else named


_CHANGE_ONLY = pattern("changes", "change_only")


def _change_names(label: str) -> str:
    """The words a change's label names its subject by ("公务接待费支出决算" of
    "公务接待费支出决算增加"; "收入总计" of "与2021年相比收入总计减少"), or ''."""
    tokens = _CHANGE_SPLIT_KEPT.split(label)  # piece, word, piece, word, …
    for k in range(0, len(tokens), 2):
        if k and tokens[k - 1] in _COMPARED_WITH:
            continue  # "较上年支出数减少": the figure compared with, not the subject
        words = _SUBJECT_NOISE.sub("", tokens[k].strip(" ，,")).strip(" ，,")
        if len(words) >= 2:
            return words
    return ""


def _subject(a: Analysis, before: list[Fact], delta: Fact) -> Fact | None:
    """The figure a change is about: the nearest amount before it in its
    sentence (same dimension, not itself a change or a share)."""
    for g in reversed(before):
        if g.role in ("delta", "growth"):
            return None  # a chain of changes: the subject is not stated here
        if g.role == "level" and _same_dim(g, delta) and not g.q.approx and not g.q.is_range:
            if g.extras.get("cell") is not None and delta.extras.get("cell") is None:
                return None  # a table's last row before the sentence: the sentence's subject is its own
            if a.doc.text[g.q.end:g.q.end + 3].lstrip()[:1] == "的" or _RATE_RIGHT_AFTER.match(a.doc.text, g.q.end) \
                    and _PLAN_NAMED.search(g.label):  # (a PDF's line break before 的; a 的 left out)
                continue  # "完成预算数257288万元的41.9%": the base of a percentage, not the subject
            if _a_detail_or_another_base(a, g, delta, before):
                continue
            if _ITEMS_CLOSED.search(a.doc.text, g.q.end, delta.q.start) and \
                    _ITEMS_OPENED.search(a.doc.text, g.sentence.start, g.q.start):
                continue  # "…主要包括：办公费9.49万元、…等；较上年增加1.55万元": an item of the list
            if g.phase in PLAN_PHASES and _FROM_LAST_YEAR.search(delta.label) and any(
                    h.role == "level" and h.phase in (None, Phase.FINAL) and _same_dim(h, g) for h in before[:before.index(g)]):
                continue  # "“三公”经费支出26.70万元，年初预算34.00万元，完成预算的78.53%，比上年减少4.20万元"
            return g
    return None

def _a_detail_or_another_base(a: Analysis, g: Fact, delta: Fact, before: list[Fact]) -> bool:
    """A detail ("总预算…，含A 250万元，B 537.31万元；比上年增加…"), another comparison's base ("较预算32,000元
    节约…，较上年减少…"), or an average of a figure before it ("人员经费…，人均…，较上年增加…")."""
    t = a.doc.text
    return _in_closed_bracket(t, g, delta.q.start) or _in_han_clause(t, g, delta) and not _heads_closed_list(t, g, delta) \
        or base_of_another(g, delta) or bool(_AVERAGE.match(g.label.strip(" ，,；;"))) and any(
            h.role == "level" and _same_dim(h, g) for h in before[:before.index(g)])


def _heads_closed_list(text: str, g: Fact, delta: Fact) -> bool:
    """"其中：人员经费430.62万元，主要包括：基本工资95.92万元、…等；较上年减少12.36万元":
    the ； closes the list ``g`` opens, not the 其中 clause ``g`` stands in."""
    opened = _ITEMS_OPENED.search(text, g.q.end, delta.q.start)
    if opened is None:
        return False
    closed = _ITEMS_CLOSED.search(text, opened.end(), delta.q.start)
    return closed is not None and not _CLAUSE_BREAK.search(text, g.q.end, closed.start()) and \
        not _CLAUSE_BREAK.search(text, closed.end(), delta.q.start)


_ITEMS_OPENED = pattern("changes", "items_opened")
_ITEMS_CLOSED = pattern("changes", "items_closed")
_FROM_LAST_YEAR = pattern("changes", "from_last_year")
_RATE_RIGHT_AFTER = re.compile(r"\s?[0-9]+(?:\.[0-9]+)?\s?(?:[%％]|[，,])")  # "完成调整预算252500万元99.7%", its % left out too
_PLAN_NAMED = pattern("changes", "plan_named")
