"""Readings that real passages judged in session 20 and reports written
blind to the linter (sets 88 and later) showed wrong or missed: each
consistent passage is silent, and a slip planted in it is found. Every
figure is invented."""
from __future__ import annotations

from fiscallint.engine import active_rules, run
from fiscallint.reading import Document


def findings(text: str, select=("FL",)):
    return [f for f in run(Document("r.txt", text), active_rules(list(select))).findings if f.severity != "info"]


def counted(text: str, select=("FL",)) -> list[str]:
    return [f.rule for f in findings(text, select)]


# ---------------------------------------------------------------- a two-sided 收支总表 that lost its blank cells (real22)
def _two_sided(income_total: str = "1146.00") -> str:
    return ("收入支出决算总表\n单位：万元\n"
            "项目 | 行次 | 金额 | 项目 | 行次 | 金额 |\n"
            "一、财政拨款收入 | 1 | 845.20 | 一、一般公共服务支出 | 28 | |\n"
            "二、上级补助收入 | 2 | 二、外交支出 | 29 | |\n"
            "三、事业收入 | 3 | 266.30 | 三、国防支出 | 30 | |\n"
            "四、经营收入 | 4 | 四、公共安全支出 | 31 | |\n"
            "五、其他收入 | 5 | 34.50 | 五、卫生健康支出 | 32 | 1102.40 |\n"
            f"本年收入合计 | 6 | {income_total} | 本年支出合计 | 33 | 1102.40 |\n")


def test_a_short_rows_label_stands_under_the_label_column_not_under_its_row_number():
    # "一、财政拨款收入 | 1 | 845.20 | … | 28 |" lost its last (blank) cell: its label is under 项目, 1 under 行次
    assert counted(_two_sided()) == []
    found = findings(_two_sided("1164.00"))
    assert [f.rule for f in found] == ["FL101"]
    assert "1164.00" in found[0].message and "845.20" in found[0].message and " 1 (" not in found[0].message


def test_row_numbers_shifted_from_column_to_column_are_no_figures():
    # the right side's 行次 (28, 29, 30 …) land under 金额 in one row and under 项目 in the next
    text = ("收入支出决算总表\n单位：万元\n"
            "项目 | 行次 | 金额 | 项目 | 行次 | 金额 |\n"
            "一、财政拨款收入 | 1 | 845.20 | 一、一般公共服务支出 | 28 | |\n"
            "二、上级补助收入 | 2 | 二、外交支出 | 29 | ||\n"
            "三、事业收入 | 3 | 266.30 | 三、国防支出 | 30 | |\n"
            "四、经营收入 | 4 | 四、公共安全支出 | 31 | ||\n"
            "五、其他收入 | 5 | 34.50 | 五、卫生健康支出 | 32 | 1102.40 |\n"
            "本年收入合计 | 6 | 1146.00 | 本年支出合计 | 33 | 1102.40 |\n"
            "年初结转和结余 | 7 | 20.00 | 年末结转和结余 | 34 | 63.60 | 8 | 20.00 | 35 | ||\n"
            "总计 | 9 | 1166.00\n")
    assert counted(text) == []


# ---------------------------------------------------------------- 其中 rows short in every column: a partial list (real22)
def _hospital(total_now: str = "5160.00", medical_now: str = "3120.50", medical_change: str = "115.30") -> str:
    return ("单位：万元\n"
            "项目 | 本期 | 上年同期 | 增加额 | 增长率 |\n"
            f"1、总收入 | {total_now} | 4980.00 | 180.00 | 3.61% |\n"
            f"其中：医疗收入 | {medical_now} | 3005.20 | {medical_change} | 3.84% |\n"
            "财政拨款收入 | 1210.00 | 1190.00 | 20.00 | 1.68% |\n"
            "其他收入 | 96.40 | 104.60 | -8.20 | -7.84% |\n")


def test_of_which_rows_short_in_every_column_leave_a_row_out():
    # 4426.90 of 5160.00 this year, 4299.80 of 4980.00 last year: 科教收入 or the like is not listed
    assert counted(_hospital()) == []


def test_of_which_rows_short_in_one_column_only_are_a_slip():
    # this year's rows add up to the total; last year's do not
    found = findings(_hospital(total_now="4426.90"))
    rules = sorted(f.rule for f in found)
    assert "FL101" in rules and any("4980.00" in f.message and "上年同期" in f.message for f in found)


def test_a_change_between_columns_named_by_their_period_alone_is_checked():
    # 本期 | 上年同期 | 增加额: 3210.50 − 3005.20 is 205.30, not the 115.30 written
    assert counted(_hospital(medical_now="3120.50", medical_change="115.30")) == []
    found = findings(_hospital(medical_now="3210.50"))
    assert found and all(f.rule == "FL108" for f in found)
    assert any("3210.50" in f.message and "3005.20" in f.message and "115.30" in f.message for f in found)


# ---------------------------------------------------------------- 按收入性质分 / 按支出性质分 in a 整体支出 form (set 88)
def _whole_form(project_budget: str = "1846.30", bar: bool = True) -> str:
    rows = [["年度预算申请（万元）", "", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
            ["", "年度资金总额", "2375.04", "4690.83", "4446.32", "10", "94.79%", "9.48"],
            ["", "按收入性质分："],
            ["", "其中：财政拨款", "2375.04", "4604.83", "4365.87", "—", "94.81%", "—"],
            ["", "其他资金", "0.00", "86.00", "80.45", "—", "93.55%", "—"],
            ["", "按支出性质分："],
            ["", "其中：基本支出", "528.74", "563.18", "560.92", "—", "99.60%", "—"],
            ["", "项目支出", project_budget, "4127.65", "3885.40", "—", "94.13%", "—"]]
    if bar:
        body = "\n".join("| " + " | ".join(r) + " |" for r in rows)
    else:
        body = "\n".join("\t".join(r) for r in rows)
    return "部门（单位）整体支出绩效自评表\n单位：万元\n" + body + "\n\n以上为自评表。\n"


def test_each_breakdown_under_its_heading_splits_the_total_above_the_headings():
    # 基本支出 and 项目支出 under 按支出性质分 are no parts of 其他资金, the row before the heading
    for bar in (True, False):
        assert counted(_whole_form(bar=bar)) == [], bar
        found = findings(_whole_form("1864.30", bar=bar))
        assert [f.rule for f in found] == ["FL101"], bar
        assert "1864.30" in found[0].message and "2375.04" in found[0].message and "其他资金" not in found[0].message


# ---------------------------------------------------------------- a score cell that is a reason's first words (set 88)
def test_a_figure_with_a_unit_under_the_score_column_is_no_score():
    # one cell a line: the reason "14个图斑跨年度核查" wrapped, its first line read where a score stands
    text = ("年度绩效指标\n一级指标\n二级指标\n三级指标\n年度指标值\n实际完成值\n分值\n得分\n偏差原因分析\n\n"
            "产出指标\n数量指标\n卫片执法图斑核查数量\n≥1200个\n1186个\n5\n4.94\n14个图斑跨年\n度核查\n\n"
            "质量指标\n登记办结时限\n≤5个工作日\n3个工作日\n10\n10.00\n\n")
    assert [f for f in counted(text) if f == "FL301"] == []


# ---------------------------------------------------------------- 各 after several names (set 88)
def test_one_figure_for_each_of_several_items_is_no_part_of_a_sum():
    text = ("一、基本情况\n\n全县共有公办学校58所，其中普通高中3所、初级中学12所、小学31所、公办幼儿园10所、"
            "中等职业学校和特殊教育学校各1所。\n")
    assert counted(text) == []


# ---------------------------------------------------------------- the same words twice on one line (set 88)
def test_a_line_naming_a_target_and_its_outcome_restates_neither():
    text = ("（一）产出指标\n\n1.数量指标。全年新建高标准农田1.26万亩，为年度任务的105%。\n\n"
            "年度总体目标\t预期目标\t\t实际完成情况\n"
            "\t稳定粮食生产，新建高标准农田1.2万亩，做好防疫。\t\t全年粮食播种面积42.6万亩，新建高标准农田1.26万亩，任务完成。\n")
    assert counted(text) == []


# ---------------------------------------------------------------- 约合 (set 88)
def test_a_figure_said_again_in_other_units_is_no_budget_of_a_rate():
    text = ("（二）预算执行情况\n\n2023年全系统实际支出47,490.48万元，约合4.75亿元，预算执行率97.26%；全年预算48,829.18万元。\n")
    assert counted(text) == []


# ---------------------------------------------------------------- what follows 此外 (real23)
def test_what_follows_besides_is_no_part_of_the_list():
    text = ("2.收入情况。2021年度收入合计1603.29万元，较上年决算数增加75.96万元，增长4.97%。其中：财政拨款收入1603.29万元，"
            "占100%，此外，年初结转和结余141.88万元。\n")
    assert counted(text) == []


# ---------------------------------------------------------------- a total named after 等 (real24)
def _livelihood(total: str = "31076") -> str:
    return ("——民生保障持续改善。全年教育支出9065万元、卫生健康支出2502万元、社会保障和就业支出6525万元、"
            f"交通运输支出2082万元等民生支出合计{total}万元，占一般公共预算支出比重达81.39%。\n")


def test_figures_listed_before_a_total_named_after_etc_are_some_of_its_parts():
    assert counted(_livelihood()) == []
    found = findings(_livelihood("19000"))  # the four named already add up to 20174
    assert [f.rule for f in found] == ["FL101"] and "19000" in found[0].message


# ---------------------------------------------------------------- a rate naming a budget (real24)
def test_a_rate_of_the_adjusted_budget_is_not_over_a_total_that_names_no_budget():
    text = ("政府性基金收支：总收入53729万元，其中：本年收入33516万元，上年结余379万元。总支出52818万元，其中：本年支出52818万元"
            "（完成调整预算数的98.32%），年末结转911万元。\n")
    assert [f for f in counted(text) if f == "FL103"] == []


# ---------------------------------------------------------------- the carry-over beside this year's income (real23, real22)
def _income(carry: str = "3.16", total: str = "611.43") -> str:
    return (f"（一）收入决算情况\n\n2020年本年收入合计{total}万元，其中：一般公共预算财政拨款收入608.27万元；年初结余结转{carry}万元。\n")


def test_the_carry_over_may_be_counted_in_this_years_income_or_not():
    assert counted(_income()) == []  # counted in: 608.27 + 3.16
    assert counted(_income("415.30", "608.27")) == []  # not: the carry-over adds to it to make 收入总计
    found = findings(_income("3.61"))
    assert [f.rule for f in found] == ["FL101"] and "3.61" in found[0].message
