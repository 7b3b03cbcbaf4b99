"""Rates of a budget named apart from the figures before them: a plan stated
right before its rate (完成预算数257288万元的41.9%), a second rate naming another
budget than the rate before it, a named actual's budget stated elsewhere in the
report, the budget its paragraph states."""
from __future__ import annotations

import re

from fiscallint.model.vocabulary import PLAN_PHASES, Phase
from fiscallint.support.wordbook import pattern, words
from fiscallint.model.claim import Claim
from fiscallint.model.intervals import HUNDRED
from fiscallint.model.fact import Analysis, Fact
from fiscallint.model.quantity import unusual_digits
from fiscallint.understanding.claim_text import _has_word, _is_base, _levels, _same_dim

NAMED_PLANS = {Phase.INITIAL_BUDGET, Phase.ADJUSTED_BUDGET}  # (预算 alone may be either)
_PLAN_BEFORE_OF = pattern("ratios", "plan_before_of")
_ASIDE = pattern("ratios", "aside_opening")
_BASE_NAMED_AFTER = pattern("ratios", "base_named_after")


def rate_of_stated_plan(a: Analysis, facts: list[Fact], k: int) -> Claim | None:
    """"农林水事务支出699万元，完成年初预算计划1528万元的48%": the plan the
    rate is of stands inside its phrase, between 完成 and 的; the actual is
    the figure before it, past its own change ("支出3758万元，比上年增支816万元，
    增长27.74%，为年初预算数4688万元的80.51%")."""
    f = facts[k]
    if k < 2 or not f.q.is_percent or f.role not in ("level", "rate") or f.q.approx or f.q.is_range:
        return None
    before = k - 2
    while before > 0 and (facts[before].role in ("delta", "growth") or _ASIDE.match(facts[before].label)):
        before -= 1  # (past "，因其中50亩地块…暂缓实施": a part the sentence sets aside)
    plan, actual = facts[k - 1], facts[before]
    if a.doc.text[plan.q.end:f.q.start].strip() != "的" or not _PLAN_BEFORE_OF.search(plan.label.strip()):
        return None
    if actual.role != "level" or not _same_dim(actual, plan) or plan.q.is_percent or actual.q.approx or plan.q.approx:
        return None
    return Claim("rate", f, [actual, plan], "eq", "完成 a plan stated in the phrase: actual / plan",
                 pattern="rate.of-stated-plan", trigger=plan.label.strip()[-8:])


_BUDGET_RATE = pattern("ratios", "budget_rate")


def rate_of_another_plan(facts: list[Fact], since: int, f: Fact) -> Claim | None:
    """"年初预算…1,665.04万元，全年预算…1,836.71万元，支出决算…1,821.31万元，完成年初预算的109.39%，
    完成全年预算的99.61%": a rate right after another, naming its own budget, is of the
    one outturn before them over the budget of the phase it names."""
    if since == 0 or f.phase not in NAMED_PLANS:
        return None
    before = _levels([g for g in facts[:since] if g.role != "rate"])
    actuals = [g for g in before if g.phase == Phase.FINAL]
    plans = [g for g in before if g.phase == f.phase]
    if len(actuals) != 1 or len(plans) != 1 or not _same_dim(actuals[0], plans[0]) or plans[0].q.approx:
        return None
    return Claim("rate", f, [actuals[0], plans[0]], "eq", f"actual / the {f.phase} stated before the rate before it",
                 decisive=True, pattern="rate.actual-over-plan", trigger=f.label.strip()[-8:])


def plan_named_across(lex, f: Fact, plan: Fact, actual: Fact, here: list[Fact], pool: list[Fact]) -> bool:
    """"…调整后支出预算为5,780.00万元。全年完成…支出5,655.73万元，为调整预算的97.85%": the
    rate names the phase of the one budget of the sentence before, its outturn
    is its own sentence's: which figures it relates is plain."""
    named = {phase for _, _, phase in lex.phases_in(f.label)}
    return plan.phase in NAMED_PLANS and named == {plan.phase} and actual in here and plan not in here \
        and sum(g.phase == plan.phase for g in pool) == 1 and (plan.year is None or plan.year == actual.year)


def rate_of_plan_stated_apart(a: Analysis, f: Fact, here: list[Fact]) -> Claim | None:
    """"其中：基本支出1,509.88万元，…执行率98.83%" with 基本支出's budget stated
    in another section or in the table: a budget's execution rate whose one
    figure is a named actual is of that concept's budget, wherever the report
    states it (年初 or 调整后, as alternatives); None when the clause holds
    no such actual or the report no such budget, or too many of them."""
    if len(here) != 1 or not _BUDGET_RATE.search(f.label.strip()):
        return None
    actual = here[0]
    if actual.concept is None or actual.phase not in (None, Phase.FINAL) or actual.q.approx or actual.q.is_percent:
        return None
    plans = _budgets_of(a, actual, f.phase if f.phase in (Phase.INITIAL_BUDGET, Phase.ADJUSTED_BUDGET) else None)
    if not plans or _outturn_stated_otherwise(a, actual):
        return None
    return Claim("rate", f, [actual, plans[-1]], "eq", f"actual / {actual.concept}'s budget, stated apart",
                 decisive=True, alternatives=[[actual, g] for g in plans],
                 pattern="rate.plan-stated-apart", trigger=f.label.strip()[-8:])


def _outturn_stated_otherwise(a: Analysis, actual: Fact) -> bool:
    """"1.城镇老旧小区改造。…项目支出4,512.36万元，执行率92.85%" beside the report's
    项目支出 of 9,288.60 spent: the figure is one project's, not the concept's
    whole, and the concept's budget is not its base."""
    return any(g is not actual and g.role == "level" and g.phase == Phase.FINAL and g.qualifiers == actual.qualifiers
               and (g.year is None or actual.year is None or g.year == actual.year)
               and not g.q.interval().meets(actual.q.interval())
               for g in a.with_concept(actual.concept, of_unit=actual))


def _budgets_of(a: Analysis, actual: Fact, named: str | None) -> list[Fact]:
    """The budgets the report states of ``actual``'s concept (of the phase the
    rate names), or none when they are too many to choose, or only the 年初
    one of a budget that was adjusted: the rate may be of this concept's
    adjusted budget, not stated."""
    plans = [g for g in a.with_concept(actual.concept, of_unit=actual)
             if g.role == "level" and g.phase in PLAN_PHASES
             and (named is None or g.phase == named) and g.qualifiers == actual.qualifiers
             and (g.year is None or actual.year is None or g.year == actual.year)
             and _same_dim(g, actual) and not g.q.approx and not g.q.is_range]
    if len({g.q.value for g in plans}) > 3 or named is None and all(g.phase == Phase.INITIAL_BUDGET for g in plans) \
            and Phase.ADJUSTED_BUDGET in a.phases_stated():
        return []
    return plans


_NAMED_BUDGET = pattern("ratios", "named_budget")
_ADJUSTED_TO = pattern("ratios", "adjusted_to")


def two_budgets(lex, here: list[Fact]) -> bool:
    """"年初预算312.48万元，因新增符合条件对象调增至319.30万元，执行率100.00%": the two
    figures before a rate are both budgets (one named so, one a budget adjusted to), and
    what was spent is stated elsewhere: neither is the rate's outturn."""
    return len(here) == 2 and all(_has_word(g.label, lex.plan_words) or _ADJUSTED_TO.search(g.label) for g in here)


def _names_a_budget(label: str) -> bool:
    """"全年预算数", "年初预算为"; or a budget adjusted to the figure ("…全年预算调整为")."""
    return bool(_NAMED_BUDGET.search(label) or "预算" in label and _ADJUSTED_TO.search(label))
_ADDED_BUDGET = pattern("budget_additions", "added")
_BARE_PHASE_CONCEPTS = frozenset(words("analysis", "bare_phase_concepts"))


def rate_of_paragraph_plan(a: Analysis, by_sentence, s, f: Fact, here: list[Fact]) -> Claim | None:
    """"该项目年初预算480.00万元，…全年预算520.00万元…。…项目实际支出496.84万元，预算执行
    率95.55%": a budget's execution rate whose one figure is an unnamed actual is
    of the budget its paragraph states before it (年初 or 全年, as alternatives)."""
    if len(here) != 1 or not _BUDGET_RATE.search(f.label.strip()):
        return None
    actual = here[0]
    if actual.concept is not None or actual.phase not in (None, Phase.FINAL) or actual.q.approx \
            or actual.qualifiers or "其中" in actual.label:
        return None  # (其中财政拨款支出…，执行率: of that fund's own budget, not the paragraph's)
    line_start, plans, j = a.doc.start_of_line(f.q.start), [], s.index
    while j >= 0 and a.sentences[j].end > line_start:
        # (a budget named by its phase alone, 全年预算数, though the lexicon reads it as the 总支出;
        # not what was added to it, 年中追加预算)
        # (nor last year's, the base of a comparison: "与2024年度全年预算2216.00万元相比增加…")
        plans[:0] = [g for g in by_sentence.get(j, []) if g.role == "level" and g.phase in PLAN_PHASES
                     and (g.concept is None or g.concept in _BARE_PHASE_CONCEPTS) and _names_a_budget(g.label)
                     and not _ADDED_BUDGET.search(g.label) and g.q.end <= actual.q.start
                     and _same_dim(g, actual) and not g.q.approx and not _is_base(g)]
        j -= 1
    if not plans or len(plans) > 3:
        return None
    return Claim("rate", f, [actual, plans[-1]], "eq", "actual / the budget its paragraph states",
                 decisive=True, alternatives=[[actual, g] for g in plans],
                 pattern="rate.plan-stated-apart", trigger=f.label.strip()[-8:])


def rate_of_outturn_named_before(a: Analysis, by_sentence, s, f: Fact, here: list[Fact]) -> Claim | None:
    """"2025年度财政拨款支出1885.20万元。年初预算1860.00万元，…，调整后预算2012.40万元，财政拨款
    支出预算执行率96.38%": a sentence of budgets only, its rate naming the outturn the sentence
    before it opens with, on its line: that outturn over either budget."""
    plans = [g for g in here if g.phase in PLAN_PHASES and not g.q.approx]
    if len(plans) < 2 or len(plans) != len(here) or not _BUDGET_RATE.search(f.label.strip()):
        return None
    if s.index == 0 or a.sentences[s.index - 1].end < a.doc.start_of_line(s.start):
        return None
    before = [g for g in _levels(by_sentence.get(s.index - 1, [])) if _same_dim(g, plans[0]) and not g.q.approx]
    if not before or before[0].phase not in (None, Phase.FINAL) or _is_base(before[0]):
        return None
    name = _NAME_NOISE.sub("", before[0].label)
    if len(name) < 3 or name not in f.label:
        return None
    return Claim("rate", f, [before[0], plans[-1]], "eq", "the outturn the sentence before names / a budget of this one",
                 decisive=True, alternatives=[[before[0], g] for g in plans],
                 pattern="rate.outturn-stated-apart", trigger=f.label.strip()[-8:])


_NAME_NOISE = pattern("ratios", "name_noise")  # a year, 年度, punctuation: not the name of what was spent


def of_periods(x: Fact, y: Fact) -> bool:
    """A figure of a part of the year beside another, or beside one spent so
    far (累计): no plan and its outturn."""
    return any(_PERIOD_PART.search(f.label) for f in (x, y)) and all(
        _PERIOD_PART.search(f.label) or _SO_FAR.search(f.label) for f in (x, y))


def of_things_not_counted(text: str, f: Fact, before: list[Fact]) -> bool:
    """"新建终端156个，覆盖全县148个行政村，行政村覆盖率100%": a coverage rate (行政村覆盖率)
    whose two figures before it count different things (终端, 行政村): no quotient of them."""
    if len(before) < 2 or not _COUNTED_RATE.search(f.label.strip()):
        return False
    nouns = [_counted_noun(text, g) for g in before[-2:]]
    return all(nouns) and not any(nouns[0][k:k + 2] in nouns[1] for k in range(len(nouns[0]) - 1))


def _counted_noun(text: str, g: Fact) -> str:
    """What a count counts: the words right after it ("148个行政村"), else its label's last words."""
    after = _NOUN_AFTER.match(text, g.q.end)
    return after.group(0) if after else g.label.strip(" ，,；;")[-4:]


_PERIOD_PART, _SO_FAR = pattern("ratios", "period_part"), pattern("ratios", "so_far")
_COUNTED_RATE = pattern("ratios", "counted_rate")
_NOUN_AFTER = re.compile(r"[\u4e00-\u9fff]{2,4}")


def wholes_of_parts(compositions: list[Claim]) -> dict[int, Fact]:
    return {id(p): c.stated for c in compositions for p in c.operands}


def without_a_plans_parts(text: str, rate: Fact, here: list[Fact], whole_of: dict[int, Fact]) -> list[Fact]:
    """"该项目全年预算数1520万元，其中：当年财政拨款1400万元，其他资金120万元；全年执行数1486.35万元，
    执行率96.60%": parts of a figure before the rate break it down; the rate after the list, past
    its ；, is of that figure, not of its last part (unless it is one part's: 480 of 项目支出 500 is 96%)."""
    ids = {id(g) for g in here}
    kept = [g for g in here if id(whole_of.get(id(g))) not in ids]
    dropped = [g for g in here if g not in kept]
    closed = bool(dropped) and any(ch in text[dropped[-1].q.end:here[-1].q.start] for ch in "；;")
    of_a_part = any(p.q.value and ((here[-1].q.interval() / p.q.interval()) * HUNDRED).meets(rate.q.interval())
                    for p in dropped)
    return kept if closed and not of_a_part and id(here[-1]) not in whole_of and len(kept) >= 2 else here


def rate_of_plan_in_its_table_row(a: Analysis, f: Fact, here: list[Fact]) -> Claim | None:
    """"全镇政府性基金预算收入完成4,288.31万元，为预算的86.6%" beside a table whose
    row holds 4,288.31 under 本年执行数: a budget's rate whose one figure is an
    outturn the report's table states once, in an actual's column, is of the
    budget in that row (年初 or 调整, as alternatives)."""
    if len(here) != 1 or not _BUDGET_RATE.search(f.label.strip()) or not _an_outturn_in_words(a, f, here[0]):
        return None
    if _is_base(f):
        return None  # ("预算执行率较上年的95.12%提高1.87个百分点": last year's rate, the base of a change)
    actual = here[0]
    cell = _its_one_cell(a, actual)
    if cell is None:
        return None
    ref = cell.extras["cell"]
    # (a column the header names no unit of, 到位数, holds bare numbers beside the amounts)
    row = [g for g in _row_cells(a).get((id(ref.table), ref.row_index), ())
           if g is not cell and not g.q.is_percent and not g.q.approx
           and (_same_dim(g, actual) or g.q.dimension == "number" and g.q.unit is None)]
    plans = _budgets_in_row(a, f, actual, cell, row)
    if not plans or len(plans) > 3:
        return None
    # (any other amount of the row may be what it is over: 到位数 beside 预算数)
    return Claim("rate", f, [actual, plans[-1]], "eq", "actual / the budget its table row states",
                 decisive=True, alternatives=[[actual, g] for g in row],
                 pattern="rate.plan-in-table-row", trigger=f.label.strip()[-8:])


def _its_one_cell(a: Analysis, actual: Fact) -> Fact | None:
    """The one table cell, in an actual's column, that states ``actual``; None when its digits
    may be any row's by chance (480.00), its clause or its line's heading names a project, or
    two cells state it."""
    text = a.doc.text
    clause = max(text.rfind(p, actual.sentence.start, actual.q.start) for p in "，,；;") + 1
    if not unusual_digits(actual.q.digits) \
            or _PROJECT_BEFORE.search(text, max(clause, actual.sentence.start), actual.q.start) \
            or _PROJECT_HEADING.match(text, a.doc.start_of_line(actual.q.start)):
        return None
    cells = [g for g in _table_cells_by_value(a).get(actual.q.base_value, ())
             if g.phase == Phase.FINAL and g.q.digits == actual.q.digits]
    return cells[0] if len(cells) == 1 else None


def _budgets_in_row(a: Analysis, f: Fact, actual: Fact, cell: Fact, row: list[Fact]) -> list[Fact]:
    """The row's budgets of the cell's year; of the phase the rate names, when it names one
    (完成年初预算的: the 年初 budget, not the row's 本年预算数, which may be the adjusted one)."""
    named = {phase for _, _, phase in a.lexicon.phases_in(f.label)} & NAMED_PLANS
    return [g for g in row if g.phase in PLAN_PHASES and _same_dim(g, actual)
            and (g.year is None or cell.year is None or g.year == cell.year) and (not named or g.phase in named)]


_PROJECT_BEFORE = pattern("crossrefs", "project_name")
# a line opening with a numbered project's name: "（一）高标准农田建设项目。全年支出…"
_PROJECT_HEADING = re.compile(r"\s*(?:[（(][一二三四五六七八九十0-9]{1,3}[)）]|[一二三四五六七八九十]{1,3}、|[0-9]{1,2}[.、．])"
                              r"[^，,。；;\n]{2,30}?(?:项目|工程)[。．.：:\s]")


def _an_outturn_in_words(a: Analysis, f: Fact, actual: Fact) -> bool:
    """An amount in a sentence, no budget, nor followed by a rate saying what it is over
    ("（按到位资金计算）": over what its words say, not the row's budget)."""
    return not actual.extras.get("in_table") and actual.phase in (None, Phase.FINAL) and not actual.q.approx \
        and not actual.q.is_percent and actual.q.dimension == "money" and not _BASE_NAMED_AFTER.match(a.doc.text, f.q.end)


def _table_cells_by_value(a: Analysis) -> dict:
    """The table cells' facts by their value in the base unit, indexed once a document."""
    found = a.__dict__.get("_cells_by_value")
    if found is None:
        found = a.__dict__["_cells_by_value"] = {}
        for g in a.facts:
            if g.extras.get("cell") is not None and g.q.dimension == "money" and not g.q.is_percent:
                found.setdefault(g.q.base_value, []).append(g)
    return found


def _row_cells(a: Analysis) -> dict:
    """The table cells' facts by (table, row), indexed once a document."""
    found = a.__dict__.get("_row_cells")
    if found is None:
        found = a.__dict__["_row_cells"] = {}
        for g in a.facts:
            ref = g.extras.get("cell")
            if ref is not None:
                found.setdefault((id(ref.table), ref.row_index), []).append(g)
    return found


def rate_of_a_plan_apart(a: Analysis, by_sentence, s, f: Fact, here: list[Fact]) -> Claim | None:
    """A rate whose budget stands elsewhere: its concept's, its paragraph's, the sentence
    before's outturn over this one's budgets, or its table row's."""
    return rate_of_plan_stated_apart(a, f, here) or rate_of_paragraph_plan(a, by_sentence, s, f, here) \
        or rate_of_outturn_named_before(a, by_sentence, s, f, here) or rate_of_plan_in_its_table_row(a, f, here)
