"""A change in percentage points between this year's rate and last year's
(药占比27.85%，较上年的26.10%提高1.75个百分点): which two rates of the
clause before the change it compares."""
from __future__ import annotations

from fiscallint.model.fact import Analysis, Fact
from fiscallint.support.wordbook import pattern
from fiscallint.understanding.claim_text import _BASE_AT_END, _CHANGE_UP_TO, _FROM, _is_base


def rates_of_two_years(a: Analysis, facts: list[Fact], k: int) -> tuple[Fact, Fact] | None:
    """"药占比27.85%，较上年的26.10%提高1.75个百分点": a change in percentage
    points between this year's rate and last year's, stated just before it
    in its clause (last year's named as the base, or the two as 由A到B)."""
    f = facts[k]
    if f.q.dimension != "pp" or f.q.approx:
        return None
    rates = [g for g in facts[:k] if g.q.is_percent and not g.q.approx and not g.q.is_range
             and not clause_between(a.doc.text, g, f)]
    if len(rates) < 2:
        return None
    if _FROM.search(rates[-2].label) and _CHANGE_UP_TO.search(rates[-1].label):
        return rates[-1], rates[-2]  # "占比由上年的42.39%下降到37.57%，下降4.82个百分点"
    if not _is_base(rates[-1]):
        return None
    # "支出进度43.40%，较序时进度（50%）慢6.60个百分点，较上年同期41.26%提高2.14个百分点":
    # this year's rate is the last one not itself compared with
    # (not a growth rate between them: "签约率32.88%，较上年…增长6.58%，签约率较上年的30.79%提高2.09个百分点")
    candidates = [g for g in reversed(rates[:-1]) if not (_is_base(g) or _COMPARED_FIGURE.match(g.label.strip(" ，,")))
                  and g.role not in ("growth", "delta")]
    if len({g.q.value for g in candidates[:2]}) > 1 and _unnamed_among(rates[-1], candidates[:2]):
        return None  # ("占全年预算的96.99%，占到位资金的99.30%，预算执行率较上年的95.12%…": which is the rate?)
    subject = base_subject(rates[-1])
    named = [g for g in candidates if len(subject) >= 2 and subject in g.label]
    return ((named or candidates)[0], rates[-1]) if candidates else None


def _unnamed_among(base: Fact, candidates: list[Fact]) -> bool:
    """The base names its rate (预算执行率较上年的…) and neither of the last two
    rates before it is named so: this year's rate is not known."""
    subject = base_subject(base)
    return len(subject) >= 2 and not any(subject in g.label for g in candidates)


def base_subject(base: Fact) -> str:
    """The last three characters of what last year's figure is of, when its
    label names it before the comparison ("人员经费较上年28395.94万元" → 员经费,
    which 人员经费 holds and 公用经费 does not; 执行率 for 预算执行率), else ''."""
    return _BASE_AT_END.sub("", base.label.strip(" ，,")).strip(" ，,")[-3:]


_COMPARED_FIGURE = pattern("changes", "compared_figure")


def clause_between(text: str, g: Fact, f: Fact) -> bool:
    return any(text.find(ch, g.q.end, f.q.start) >= 0 for ch in "；;。")
