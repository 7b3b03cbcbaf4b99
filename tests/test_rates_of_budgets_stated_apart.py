"""A budget's execution rate whose budget the report states in another
section or only in its table (rate.plan-stated-apart, FL103). Every figure is
invented."""
from __future__ import annotations

from fiscallint.engine import active_rules, run
from fiscallint.reading import Document


def counted(text: str, select=("FL",)) -> list[str]:
    findings = run(Document("r.txt", text), active_rules(list(select))).findings
    return [f.rule for f in findings if f.severity != "info"]


TABLE_BELOW = (
    "（二）执行情况\n"
    "2024年全年支出2,640.50万元，预算执行率97.25%。其中：基本支出1,208.30万元，"
    "占全年支出的45.76%，执行率99.20%；项目支出1,432.20万元，占全年支出的54.24%，执行率95.66%。\n"
    "表1  2024年度预算执行情况（单位：万元）\n"
    "项目\t年初预算数\t全年预算数\t全年执行数\t执行率\n"
    "合计\t2,410.00\t2,715.18\t2,640.50\t97.25%\n"
    "基本支出\t1,190.00\t1,218.05\t1,208.30\t99.20%\n"
    "项目支出\t1,220.00\t1,497.13\t1,432.20\t95.66%\n"
)


def test_a_rate_in_a_clause_with_one_actual_is_of_that_concepts_budget_in_the_table():
    assert counted(TABLE_BELOW, ("FL103",)) == []
    assert counted(TABLE_BELOW.replace("执行率99.20%；", "执行率98.20%；"), ("FL103",)) == ["FL103"]


def test_either_budget_may_be_the_rates_plan():
    # 1,208.30 / 1,190.00 = 101.54%: of the 年初 budget, which the report also states
    assert counted(TABLE_BELOW.replace("执行率99.20%；", "执行率101.54%；"), ("FL103",)) == []


EARLIER_SECTION = (
    "（一）收入预算\n"
    "2024年年初预算1,850.00万元，全年预算数2,012.40万元，较年初增加162.40万元。\n"
    "（二）支出执行\n"
    "全年执行数1,930.62万元，即全年预算数的95.94%。\n"
)


def test_a_rate_named_as_of_the_budget_is_of_the_budget_stated_earlier():
    assert counted(EARLIER_SECTION, ("FL103",)) == []
    assert counted(EARLIER_SECTION.replace("95.94%", "95.49%"), ("FL103",)) == ["FL103"]


def test_no_budget_stated_for_the_concept_is_no_claim():
    text = "（二）执行情况\n其中：基本支出1,208.30万元，执行率90.00%；项目支出1,432.20万元。\n"
    assert counted(text, ("FL103",)) == []


def test_a_rate_that_is_no_budgets_is_not_read_against_a_budget():
    # 覆盖率 is of the households, not of 基本支出's budget
    text = TABLE_BELOW.replace("执行率99.20%；", "覆盖率90.00%；")
    assert counted(text, ("FL103",)) == []
