"""Why a change or a growth rate stated after a figure is not of it: compared
with something else, on an adjusted base, averaged over years, against a
budget, or an increase that would leave the figure no base."""
from __future__ import annotations

from fiscallint.model.fact import Fact
from fiscallint.support.wordbook import pattern
from fiscallint.model.vocabulary import Phase
from fiscallint.understanding.claim_text import _is_base
from fiscallint.understanding.last_year import _YEAR_WORDS

AGAINST_BUDGET = pattern("changes", "against_budget")


def of_something_else(text: str, current: Fact, f: Fact, growth: Fact) -> str:
    """Why a growth rate after a change is not the change of ``current`` ('' when it may be)."""
    if _compared_apart(text, f, growth):
        # "比向人代会报告数据增加9936万元，比2019年增长16.92%": each names what it is compared with
        return f"not the rate of {f.q.shown()}: it is compared with something else"
    if _YEARLY_AVERAGE.search(growth.label):
        return f"not the rate of {f.q.shown()}: a rate averaged over the years (年均), compounded"
    if _ADJUSTED_BASE.search(growth.label):
        # "同比减收92,021万元，剔除留抵退税后同口径下降6.07%": the rate is of an adjusted base
        return f"not the rate of {f.q.shown()}: it is measured on an adjusted base (同口径, 剔除…)"
    clause = max(f.sentence.start, text.rfind("；", f.sentence.start, f.q.start) + 1, text.rfind(";", f.sentence.start, f.q.start) + 1)
    subject = _SENTENCE_SUBJECT.match(text, clause) if current.q.end <= clause else None
    if subject and subject.group(1) not in current.label:
        # "…一般公共预算财政拨款收入36,093.60万元…；事业收入主要为学费…，较上年增加140.80万元": of 事业收入
        return f"not the rate of {current.q.shown()}: its clause is about {subject.group(1)}"
    if f.direction > 0 and current.q.base_value <= f.q.base_value and not _is_base(current):
        # "收入总计1262.71万元，其中年初结转134.56万元，较上年增加149.44万元": no base left, another figure's
        return f"not the rate of {current.q.shown()}: an increase of {f.q.shown()} leaves it no base"
    return ""


_COMPARED_TO = pattern("changes", "compared_to")
_SENTENCE_SUBJECT = pattern("changes", "sentence_subject")  # "事业收入主要为…": what the sentence is about
_COMPARED_REACH = 80


def _compared_apart(text: str, change: Fact, growth: Fact) -> bool:
    """Whether the change and the rate after it each name what they compare
    with, and not the same (the change's comparison may open its clause far
    before its figure)."""
    n = _COMPARED_TO.search(growth.label)
    if n is None:
        return False
    m = None  # (the pattern spans 40 characters at most: no need to look further back in a long sentence)
    for m in _COMPARED_TO.finditer(text, max(change.sentence.start, change.q.start - _COMPARED_REACH), change.q.start):
        pass
    return m is not None and m.group(1).strip() != n.group(1).strip()


def not_a_yearly_change(f: Fact) -> str:
    """Why a change has no yearly growth rate beside it, or ''."""
    if _ADJUSTED_BASE.search(f.label):
        return "a change on an adjusted base (同口径, 剔除…): last year's figure is not stated"
    if _PERIOD_BASE.search(f.label):
        return "a change against a period of years (“十二五”期间): no one year's figure is its base"
    if _ADJUSTMENT.search(f.label):
        # "拟调整为85000万元，调减16000万元，下降9.7%": the budget was adjusted by
        # 16000; the 9.7% compares with last year
        return "an adjustment of a budget (调增/调减): not the change a growth rate measures"
    if AGAINST_BUDGET.search(f.label):
        # "完成预算46508万元的100.8%，超收392万元，同比增长6.8%": 392 is above the
        # budget; the 6.8% compares with last year
        return "an amount above or below the budget (超收/短收): not the change a growth rate measures"
    return ""


_PERIOD_BASE = pattern("changes", "period_base")
_ADJUSTMENT = pattern("changes", "adjustment")
_ADJUSTED_BASE = pattern("changes", "adjusted_base")
_YEARLY_AVERAGE = pattern("changes", "yearly_average")


def base_of_another(g: Fact, delta: Fact) -> bool:
    """"支出26,840元，较预算32,000元节约…，较上年减少2,260元": a base of a comparison
    against another thing than the change's own (预算, not 上年) is not its subject."""
    own = _compared_with(delta.label)
    return bool(own) and _is_base(g) and _compared_with(g.label) not in ("", own)


def _compared_with(label: str) -> str:
    """What a comparison in a label is against: last year ("较上年", "比2024年") or a
    plan ("较预算", "比年初预算"); '' when it names neither or both."""
    year, plan = bool(_AGAINST_YEAR.search(label)), bool(_AGAINST_PLAN.search(label))
    return "year" if year and not plan else "plan" if plan and not year else ""


_AGAINST_YEAR = pattern("changes", "against_year")
_AGAINST_PLAN = pattern("changes", "against_plan")


_CHANGE_YEAR = pattern("changes", "change_year")
_BEFORE_LAST_YEAR = pattern("changes", "against_last_year")


def of_an_earlier_year(a, current: Fact, change: Fact) -> bool:
    """"2023年“三公”经费决算24.06万元，2024年减少2.69万元": the figure is dated a
    year before the one its change names (by its year, or 本年 in a report of a
    later year; or named 上年 before a change of 本年; or dated by its sentence a year
    before the sentence of a change 较上年: "2022年…执行数2,951.26万元。2023年…较上年增加…"):
    it is the base, not what changed."""
    dated = _YEAR_WORDS.search(current.label)
    named = _CHANGE_YEAR.search(change.label)
    if named is not None and named.group(2) and current.phase == Phase.LAST_YEAR:
        return True  # "上年“三公”经费支出8.96万元，本年减少1.12万元"
    if dated is None and _BEFORE_LAST_YEAR.search(change.label) and (current.year or "").isdigit() \
            and (change.year or "").isdigit() and current.year < change.year:
        return True  # "2022年…全年执行数2,951.26万元。2023年…全年执行数较上年增加1,173.27万元": its sentence dates it
    if dated is None or named is None:
        return False
    later = named.group(1) or a.year
    return bool(later) and later.isdigit() and dated.group(0)[:4] < later
