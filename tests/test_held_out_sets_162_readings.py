"""Readings that reports written blind to the linter (sets 162 and later)
and real passages judged in session 29 showed wrong or missed: each
consistent passage is silent, and a slip planted in it is found. Every
figure is invented."""
from __future__ import annotations

from readings import counted, findings


# ---------------------------------------------------------------- a rate column of two actuals
_TWO_ACTUALS = ("表1  资金到位及使用情况表\n单位：万元\n"
                "来源\t全年\t实际\t实际\t到位率\t执行率\n\t预算数\t到位数\t支出数\t（%）\t（%）\n"
                "省级资金\t500.00\t500.00\t480.00\t100.00\t96.00\n"
                "县级资金\t300.00\t240.00\t240.00\t80.00\t80.00\n"
                "合计\t800.00\t740.00\t720.00\t92.50\t{rate}\n")


def test_an_execution_rate_is_of_the_spending_not_of_the_funds_received():
    assert counted(_TWO_ACTUALS.format(rate="90.00")) == []
    found = findings(_TWO_ACTUALS.format(rate="93.00"))
    assert [f.rule for f in found] == ["FL103"]
    assert "720" in found[0].message and "740" not in found[0].message and "90.0000" in found[0].message


# ---------------------------------------------------------------- two rate names one space apart
_EXECUTION_FORM = ("附表1\n          某乡2025年一般公共预算收支执行表\n"
                   "                                                   单位：万元\n"
                   "项　　目                    上年执行数  本年预算数  本年执行数   为预算% 比上年增长%\n"
                   "一、税收收入                    200.00      210.00      {tax}    100.00        5.00\n"
                   "　　增值税                      120.00      126.00      126.00    100.00        5.00\n"
                   "　　企业所得税                   80.00       84.00       84.00    100.00        5.00\n"
                   "二、非税收入                     50.00       60.00       55.00     91.67       10.00\n"
                   "收入合计                        250.00      270.00      265.00     98.15        6.00\n")


def test_two_rate_names_one_space_apart_head_two_columns():
    from fiscallint.understanding.table_text import find_tables

    (table,) = [t for t in find_tables(_EXECUTION_FORM.format(tax="210.00")) if t.rows]
    assert table.header[-2:] == ["为预算%", "比上年增长%"]
    assert counted(_EXECUTION_FORM.format(tax="210.00")) == []


def test_a_slip_in_the_execution_form_is_found_in_its_column():
    found = findings(_EXECUTION_FORM.format(tax="201.00"))
    assert {f.rule for f in found} == {"FL101", "FL103", "FL108"}
    assert any("本年执行数" in f.message and "210" in f.message for f in found if f.rule == "FL101")
    # 为预算% is this year's outturn over this year's budget, not last year's outturn over it
    (rate,) = [f for f in found if f.rule == "FL103"]
    assert "201.00" in rate.message and "210.00" in rate.message and "200.00" not in rate.message


# ---------------------------------------------------------------- an indicator's score graded, not computed
_SCORED = ("项目支出绩效自评表\n一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分\n"
           "产出指标 | 数量指标 | 新建冷藏库容量 | 6000立方米 | {done}立方米 | 10 | {score}\n"
           "产出指标 | 质量指标 | 工程验收合格率 | 100% | 100% | 10 | 10\n")


def test_a_score_graded_in_half_points_off_the_proportional_rule_is_info():
    from readings import every_finding

    for done, score in (("3000", "6.5"), ("5400", "8"), ("5400", "9.5")):  # above and below 5 and 9
        text = _SCORED.format(done=done, score=score)
        assert counted(text) == []
        assert [f.rule for f in every_finding(text) if f.severity == "info"] == ["FL301"]


def test_a_computed_score_off_the_rule_or_one_far_below_it_is_still_told():
    assert counted(_SCORED.format(done="5400", score="9.09")) == ["FL301"]  # 9.00 with a digit slipped
    assert counted(_SCORED.format(done="5400", score="2")) == ["FL301"]  # far below the 9 the rule gives


# ---------------------------------------------------------------- digits written in the other unit
_PAID = ("全年发放养老服务补贴{paid}。项目全年预算20.00万元，执行率96.60%。\n"
         "表3 补贴发放情况\n单位：万元\n| 档次 | 人数 | 金额 |\n| 80—89周岁 | 92 | 11.04 |\n| 90周岁以上 | 21 | 8.28 |\n"
         "| 合计 | 113 | 19.32 |\n"
         "全年月均补贴113人，发放补贴资金19.32万元。\n")


def test_digits_the_report_writes_in_wan_yuan_written_once_in_yuan_are_a_unit_slip():
    assert counted(_PAID.format(paid="19.32万元")) == []
    found = findings(_PAID.format(paid="19.32元"))
    assert [f.rule for f in found] == ["FL201"] and "万元" in found[0].message


def test_round_or_unrelated_digits_in_the_other_unit_are_no_slip():
    # a standard per person (每人每月100元) or round digits say nothing of the amount's unit
    text = ("补贴标准为每人每月19.32元，全年发放补贴资金19.32万元。\n"
            "| 项目 | 金额（万元） |\n| 补贴资金 | 19.32 |\n")
    assert counted(text) == []
    text = "全年发放慰问金1500元。\n全年发放补贴资金1500万元，补贴资金1500万元已全部拨付。\n"
    assert counted(text) == []


# ---------------------------------------------------------------- rows whose one figure lost its blank cell
_DETAIL = ("二、项目支出明细情况\n支出内容 | 计划支出数 | 实际支出数 |\n燃料费 | 177.80 |\n保险费 | 61.35 |\n"
           "劳务费 | {third} |\n支出合计 | 1355.81 | {actual} |\n")


def test_rows_adding_up_to_another_columns_total_are_not_checked_under_their_own():
    assert counted(_DETAIL.format(third="84.68", actual="323.83")) == []


def test_rows_adding_up_to_no_total_of_the_row_are_still_told():
    # (their sum is far from either total: read as a list that may leave rows out, info)
    from readings import every_finding

    found = every_finding(_DETAIL.format(third="84.68", actual="330.00"))
    assert [f.rule for f in found] == ["FL101"] and "1355.81" in found[0].message
    found = findings(_DETAIL.format(third="1116.76", actual="330.00"))  # 1116.66 with two digits swapped
    assert [f.rule for f in found] == ["FL101"] and "1355.91" in found[0].message


# ---------------------------------------------------------------- a rate whose budget is in the table row of its actual
_FUND_FORM = ("全镇政府性基金预算收入完成4,288.31万元，为预算的{rate}，比上年下降14.6%。\n\n"
              "附表2  政府性基金预算收支执行表\n单位：万元\n"
              "项目 | 上年执行数 | 本年预算数 | 本年执行数 | 为预算% | 比上年增长%\n"
              "政府性基金收入 | 5,019.16 | 4,598.09 | 4,288.31 | 93.3 | -14.6\n")


def test_a_rate_of_an_outturn_stated_in_a_table_row_is_of_that_rows_budget():
    assert counted(_FUND_FORM.format(rate="93.3%")) == []
    found = findings(_FUND_FORM.format(rate="86.6%"))
    assert [f.rule for f in found] == ["FL103"] and "4,598.09" in found[0].message


def test_an_outturn_in_two_table_rows_gives_its_rate_no_budget():
    text = _FUND_FORM.format(rate="86.6%") + "国有土地使用权出让收入 | 3,900.00 | 3,700.00 | 4,288.31 | 115.9 | 10.0\n"
    assert "FL103" not in counted(text)


def test_a_rate_that_says_what_it_is_over_takes_no_budget_from_the_row():
    text = ("全年实际支出438.92万元，预算执行率95.44%（按到位资金计算），结余20.98万元。\n\n"
            "| 子项目 | 预算数 | 到位数 | 实际支出 |\n| 合计 | 480.00 | 459.90 | 438.92 |\n")
    assert counted(text) == []
    # and a rate over any other amount of the row holds: 438.92 / 459.90
    assert counted(text.replace("（按到位资金计算）", "")) == []


# ---------------------------------------------------------------- a project named in quotes
def test_a_project_named_in_quotes_owns_its_outturn():
    table = ("收入支出决算总表\n单位：万元\n| 项目 | 行次 | 金额 | 项目 | 行次 | 金额 |\n"
             "| 一、财政拨款收入 | 1 | 3,829.64 | 一、城乡社区支出 | 32 | 3,869.91 |\n"
             "| 本年收入合计 | 9 | 3,829.64 | 本年支出合计 | 40 | 3,869.91 |\n\n")
    text = table + ("从自评情况看，“城建档案数字化经费”项目全年预算数173.98万元，全年执行数169.13万元，"
                    "预算执行率97.21%。\n")
    assert counted(text) == []
    # the unit's own outturn in words is still the table's
    assert "FL106" in counted(table + "全年执行数3,896.91万元。\n")
