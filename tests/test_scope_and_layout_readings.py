"""Readings that real reports nobody here tuned to needed (held-out sets J
and K): figures of a part of the whole under the whole's name, tables whose
subtotals head their rows, serial-number columns, a table cut off by the
end of an excerpt, 万 written in the cells of a 万元 table, a share's whole
stated in its own phrase, a change after a list. Every text is our own,
shaped like the real ones; where a reading silences a rule, a twin with a
real slip is still found.
"""
from __future__ import annotations

from fiscallint.engine import active_rules, run
from fiscallint.reading import Document


def findings(text: str, select=("FL1", "FL2")):
    return [f for f in run(Document("r.txt", text), active_rules(list(select))).findings
            if f.severity in ("error", "warning")]


def rules_of(text: str, select=("FL1", "FL2")) -> list[str]:
    return [f.rule for f in findings(text, select)]


# ---------------------------------------------------------------- FL106: one name, two scopes
def test_a_part_of_the_whole_under_the_whole_name_is_not_the_figure_restated():
    text = ("截至年底，全市国有资产负债总额5200.5亿元，同比增长3.1%。\n"
            "其中，市属国有企业资产总额2800.2亿元，负债总额1900.4亿元。\n")
    assert rules_of(text, ("FL106",)) == []


def test_a_body_named_above_its_own_figures_gives_info_not_an_error():
    text = ("我市公务用车购置及运行维护费3371.9万元，比上年减少100万元。\n市公安局\n"
            "公务用车购置及运行维护费为1124.05万元，比上年减少了45.96万元。\n")
    every = run(Document("r.txt", text), active_rules(["FL106"])).findings
    assert [f.severity for f in every] == ["info"]  # shown to who asks: the values no slip relates
    assert "no plain typing slip" in every[0].message


def test_the_same_figure_mistyped_in_prose_is_still_found():
    text = ("2024年公用经费386.42万元，主要用于办公费。\n"
            "三、公用经费使用情况\n2024年公用经费368.42万元，均按规定使用。\n")
    found = findings(text, ("FL106",))
    assert [f.rule for f in found] == ["FL106"]
    assert "two adjacent digits swapped" in found[0].message


def test_a_short_figure_a_digit_away_is_no_evidence_of_one_fact():
    text = ("全镇共有车辆4万元的维护费。\n"  # a figure of one digit: any other is "one digit" away
            "2024年公务接待费4万元。\n三、其他情况\n2024年公务接待费7万元，均按规定使用。\n")
    assert rules_of(text, ("FL106",)) == []


# ---------------------------------------------------------------- tables
_ALLOCATION = """资金分配表
单位：万元
地区 | 分配金额 | 已下达 | 本次下达 |
合计 | 1000 | 300 | 700 |
市级小计 | 600 | 100 | 500 |
市第一医院 | 400 | 60 | 340 |
市第二医院 | 200 | 40 | 160 |
县级小计 | 400 | 200 | 200 |
甲县 | 250 | 150 | 100 |
乙县 | 150 | 50 | 100 |

以上资金请按规定使用。
"""


def test_subtotal_rows_that_head_their_groups_are_read_as_their_groups_totals():
    assert rules_of(_ALLOCATION) == []
    slipped = _ALLOCATION.replace("市第二医院 | 200 | 40 | 160", "市第二医院 | 260 | 40 | 160")
    found = findings(slipped)
    assert [f.rule for f in found] == ["FL101"]
    assert "市级小计" in found[0].message and "260" in found[0].message


def test_a_table_cut_off_by_the_end_of_the_text_may_go_on():
    # the excerpt ends inside the last group, on a row cut short
    cut = _ALLOCATION.split("乙县")[0] + "乙县 | 150 |\n|"
    cut = cut.replace("甲县 | 250 | 150 | 100 |\n", "")
    assert rules_of(cut) == []
    over = cut.replace("乙县 | 150 |", "乙县 | 450 |")
    assert rules_of(over) == ["FL101"]  # parts above the subtotal are still a contradiction


def test_a_table_ending_the_text_on_a_whole_row_is_whole():
    whole = _ALLOCATION.split("\n\n以上")[0].replace("乙县 | 150 | 50 | 100 |", "乙县 | 120 | 50 | 100 |")
    assert rules_of(whole) == ["FL101"]


def test_serial_number_columns_and_rows_hold_no_amounts():
    text = """“三公”经费决算对比表
单位：万元
项目 | 行次 | 预算数 | 决算数 |
栏次 | | 1 | 2 |
一、“三公”经费支出 | 1 | 9.00 | 8.50 |
1.因公出国（境）费 | 2 | 0 | 0 |
2.公务用车购置及运行维护费 | 3 | 6.00 | 5.50 |
3.公务接待费 | 4 | 3.00 | 3.00 |
"""
    assert rules_of(text) == []
    slipped = rules_of(text.replace("| 3.00 | 3.00 |", "| 3.00 | 3.50 |"))
    assert slipped and set(slipped) <= {"FL101", "FL107"}  # the column's sum, or 三公 = its three parts


def test_wan_written_in_the_cells_of_a_wan_yuan_table_is_the_tables_unit():
    text = """项目资金自评表
资金投入情况（万元） | 全年预算数（A） | 全年执行数（B） | 执行率（B/A） |
年度资金总额： | 1250.40万 | 1250.40万 | 100% |
其中：中央资金 | 500.20万 | 500.20万 | 100% |
"""
    assert rules_of(text) == []
    assert rules_of(text.replace("| 1250.40万 | 100% |", "| 1250.40万 | 90% |")) == ["FL103"]


# ---------------------------------------------------------------- shares and changes
def test_a_share_whose_phrase_states_its_whole_is_of_that_whole():
    text = ("全区财政总收入完成45600万元，占全年任务数52400万元87.0%。"
            "其中：地方一般预算收入完成22800万元，占全年任务数22900万元99.56%。\n")
    assert rules_of(text) == []
    found = findings(text.replace("99.56%", "96.56%"))
    assert [f.rule for f in found] == ["FL102"]
    assert "22800" in found[0].message and "22900" in found[0].message


def test_a_change_after_a_lists_last_part_may_be_the_whole_lists():
    text = ("我市公务用车购置及运行维护费3400万元，其中，公务用车购置费200万元，"
            "公务用车运行维护费3200万元，比上年减少1000万元，下降22.7%。\n")
    assert rules_of(text, ("FL105",)) == []  # 1000 / (3400 + 1000) = 22.7%
    assert rules_of(text.replace("22.7%", "27.7%"), ("FL105",)) == ["FL105"]


def test_a_change_word_before_what_changed_makes_the_figure_a_change():
    text = ("因三个单位上划，减少了“三公”经费300.00万元。剔除这一因素，"
            "“三公”经费仍然减少了900.00万元，下降了16.00%。\n")
    assert rules_of(text, ("FL105",)) == []


def test_a_space_after_a_thousands_comma_keeps_one_number():
    text = "公务用车购置及运行维护费1,646.4万元，其中公务用车购置费109.0万元，公务用车运行维护费1, 537.4万元。\n"
    assert rules_of(text) == []
    assert rules_of(text.replace("1, 537.4", "1, 573.4")) == ["FL101"]


# ---------------------------------------------------------------- FL204
def test_counts_that_name_a_set_or_count_parts_of_a_framework_list_nothing():
    assert rules_of("贯彻中央八项规定、《条例》、省委省政府30条具体要求，严控接待。\n", ("FL204",)) == []
    assert rules_of("构筑起八项救助制度、社会力量参与、三项保障措施相配套的体系。\n", ("FL204",)) == []


def test_a_verbs_character_inside_an_item_does_not_open_the_list():
    text = "其中，安排地力保护补贴、农机购置补贴、有机肥替代化肥、产业强镇4项任务资金合计500万元。\n"
    assert rules_of(text, ("FL204",)) == []
    assert rules_of(text.replace("4项", "6项"), ("FL204",)) == ["FL204"]


def test_a_growth_over_a_named_years_budget_figure():
    text = "（二）培训费2024年预算3万元，较2023年预算2.00万元增长50%，主要用于教师培训。\n"
    assert rules_of(text, ("FL105",)) == []
    found = findings(text.replace("增长50%", "增长80%"), ("FL105",))
    assert [f.rule for f in found] == ["FL105"]  # 3 stands for [2.5, 3.5]: (3 − 2.00) / 2.00 is at most 75%


def test_a_rate_whose_plan_stands_inside_its_phrase():
    text = "7、农林水支出700万元，完成年初预算计划1400万元的50%。\n"
    assert rules_of(text, ("FL103",)) == []
    found = findings(text.replace("的50%", "的55%"), ("FL103",))
    assert [f.rule for f in found] == ["FL103"]
    assert "700" in found[0].message and "1400" in found[0].message and "stated as 55%" in found[0].message
    assert " 的 is stated" not in found[0].message  # a particle is no name


def test_a_rate_column_of_something_else_than_the_money_is_not_actual_over_budget():
    text = """专项资金绩效自评汇总表
项目名称 | 预算金额(万元) | 实际支出(万元) | 资金使用率 | 项目完成率 |
教育专项 | 800 | 780 | 97.5% | 100% |
卫生专项 | 500 | 450 | 90.0% | 95% |
"""
    assert rules_of(text) == []
    assert rules_of(text.replace("| 90.0% |", "| 95.0% |")) == ["FL103"]  # the money's own rate is still checked


def test_the_same_words_in_sentences_opening_with_two_places_are_two_figures():
    text = ("甲山县申请补贴200万元；2023年底实际领取待遇人数为51000人，实际支出210万元。\n"
            "乙水县申请补贴90万元；2023年底实际领取待遇人数20000人，实际支出93万元。\n")
    assert rules_of(text, ("FL206",)) == []


def test_a_breakdown_of_several_counts_is_not_the_sum_of_the_last():
    text = ("对4个部门、6个镇街开展整体支出绩效评价，12个专项开展重点评价，"
            "其中：良好部门4个；优秀镇街2个，良好镇街4个；良好专项11个，中等专项1个。\n")
    assert rules_of(text, ("FL101",)) == []
    assert rules_of(text.replace("中等专项1个", "中等专项3个"), ("FL101",)) == ["FL101"]


def test_a_list_before_its_count_may_end_with_a_join_of_two_kinds():
    text = "实施星级设施奖补、养老工作奖补和荣誉激励三个方面的扶持。\n"
    assert rules_of(text, ("FL204",)) == []


def test_a_word_ending_in_yue_is_no_approximation():
    from fiscallint.understanding.quantities import scan

    quantities, _ = scan("专项资金节约44%，约30万元。")
    assert [(q.digits, q.approx) for q in quantities] == [("44", None), ("30", "about")]


# ---------------------------------------------------------------- held-out set L
def test_an_amount_above_budget_is_not_the_change_a_yearly_rate_measures():
    text = ("政府性基金收入30000万元，完成预算20000万元的150.0%，超收10000万元，"
            "同比减收10000万元，下降25.0%。\n")
    assert rules_of(text, ("FL105",)) == []
    assert rules_of(text.replace("下降25.0%", "下降35.0%"), ("FL105",)) == ["FL105"]


def test_a_running_total_in_an_added_list_is_where_the_sum_goes_on_from():
    text = ("全县公共财政预算收入40000万元，加上级补助收入300000万元，地方政府一般债券转贷收入10000万元，"
            "全县一般预算总收入350000万元，加上年结余5000万元，加调入资金1000万元，收入总计356000万元。\n")
    assert rules_of(text, ("FL101",)) == []
    assert rules_of(text.replace("收入总计356000", "收入总计358000"), ("FL101",)) == ["FL101"]
    assert rules_of(text.replace("总收入350000", "总收入352000"), ("FL101",))  # the running total is checked too


def test_a_list_after_its_count_that_runs_to_the_end_of_the_text_may_be_cut():
    text = "二是经费自理事业单位5家，即第一管理处、第二管理处、第三管理处"
    assert rules_of(text, ("FL204",)) == []
    assert rules_of(text + "。\n", ("FL204",)) == ["FL204"]  # the same list, closed, is checked


def test_a_digit_dropped_from_a_one_digit_part_does_not_explain_an_open_list():
    text = "（3）单位实际人数37人（其中：公益岗位3人，聘用人员3人）；\n"
    assert rules_of(text, ("FL101",)) == []


def test_a_parts_own_breakdown_after_its_figure_and_another_classification():
    text = ("本年度支出预算380.00万元。其中：\n"
            "按支出项目类别：1、基本支出250.00万元，包括：人员经费支出220.00万元，公用经费支出30.00万元；2、项目支出130.00万元.\n"
            "按支出功能分类科目：一般公共服务支出360.00万元，住房保障支出20.00万元。\n")
    assert rules_of(text, ("FL101",)) == []
    assert rules_of(text.replace("公用经费支出30.00", "公用经费支出36.00"), ("FL101",)) == ["FL101"]


def test_headings_of_a_table_exported_one_cell_a_line_between_rules_are_cells():
    rows = ["一、财政拨款收入", "|", "100", "|", "一、基本支出", "|", "80", "|", "三、事业收入", "|", "20", "|",
            "二、项目支出", "|", "40", "|", "四、上级补助收入", "|", "|"]
    assert rules_of("\n".join(rows) + "\n", ("FL205",)) == []


# ---------------------------------------------------------------- held-out sets N and O
def test_a_rate_on_an_adjusted_base_is_not_the_raw_changes():
    text = "其中：税收收入700000万元，同比减收90000万元，剔除留抵退税后同口径下降6.07%；非税收入30000万元。\n"
    assert rules_of(text, ("FL105",)) == []


def test_a_figure_compared_with_is_the_base_of_the_change():
    text = ("公务接待费为122万元，较预算数300万元减少178万元，下降59%。\n"
            "以2019年为例，“三公”经费总额为21000.00万元，与2018年“三公”经费总额27000.00万元相比，"
            "减少6000.00万元，下降22.22%。\n")
    assert rules_of(text, ("FL105",)) == []
    assert rules_of(text.replace("下降59%", "下降69%"), ("FL105",)) == ["FL105"]


def test_a_change_after_a_single_part_may_be_the_totals():
    text = "本部门2020年度收入总计3759.20万元，其中年初结转和结余1366.76万元，较2019年增加197.03万元，增加5.5%。\n"
    assert rules_of(text, ("FL105",)) == []


def test_a_bracketed_detail_is_not_a_figure_of_the_rate_after_it():
    text = "全市一般公共预算支出1,996,786万元（含权责发生制列支285,941万元），完成预算的87.7%，同比下降7.3%。\n"
    assert rules_of(text, ("FL103",)) == []


def test_a_part_including_one_item_of_its_whole_amount():
    text = ("收入预算总额为7751.80万元。其中：财政拨款收入751.8万元，占收入预算总额的9.7%，"
            "包括一般公共预算收入751.8万元；其他收入7000万元，占收入预算总额的90.3%。\n")
    assert rules_of(text, ("FL101",)) == []


def test_a_budget_a_figure_is_compared_with_is_not_the_reports_budget():
    from fiscallint.deciding.plausibility import report_budget
    from fiscallint.understanding.analysis import analyse

    a = analyse(Document("r.txt", "某厅部门汇总“三公”经费决算数为163.62万元，比年初预算数166.33万元减少2.71万元。\n"))
    assert report_budget(a) is None  # 166.33 is the 三公 figure's own budget, compared with
    a = analyse(Document("r.txt", "2024年年初预算数2306.68万元，全年支出2174.79万元。\n"))
    assert report_budget(a).q.digits == "2306.68"


def test_numbers_a_line_that_do_not_fall_under_their_columns_are_not_placed():
    text = """项目支出绩效自评表
项目资金
（万元）
全年执行数
分值
执行率
得分
年度资金总额
30
30
10
100%
99
"""
    assert rules_of(text, ("FL103", "FL301", "FL106")) == []


def test_the_three_guarantees_are_all_of_a_san_bao_total():
    """三保 is 保工资、保运转、保基本民生 by definition: a list of the three is
    whole, so parts short of its total are a contradiction, not items left out."""
    text = "我县“三保”支出预算安排60000万元，包括保工资37000万元、保运转2500万元、保基本民生19000万元。\n"
    assert rules_of(text, ("FL101",)) == ["FL101"]
    assert rules_of(text.replace("19000", "20500"), ("FL101",)) == []


def test_a_list_of_places_runs_to_its_last_place():
    """The first three villages happen to add up to the total; the fourth is
    one more of the same list, not a clause beyond it."""
    text = "一年来，硬化道路7.8公里，其中三湾村3.4公里，庙沟村1.9公里，大义村2.5公里，陈家村1.9公里。\n"
    assert rules_of(text, ("FL101",)) == ["FL101"]
    assert rules_of(text.replace("7.8公里", "9.7公里"), ("FL101",)) == []


def test_one_change_of_figures_said_to_be_equal():
    text = ("一、收入支出决算总体情况说明\n2023年度收、支总计均为1,145.52万元。"
            "与2022年度相比，收、支总计各增加342万元，增长42.56%。\n")
    assert rules_of(text, ("FL105",)) == []
    assert rules_of(text.replace("42.56%", "29.86%"), ("FL105",)) == ["FL105"]  # 342 / this year's total
