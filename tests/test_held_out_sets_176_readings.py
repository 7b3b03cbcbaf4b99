"""Readings that reports written blind to the linter (sets 176 and later)
and real passages judged in session 30 (real53) showed wrong or missed:
each consistent passage is silent, and a slip planted in it is found.
Every figure is invented."""
from __future__ import annotations

from readings import counted, findings


# ---------------------------------------------------------------- a part's rate is of its own plan
_PARTS_RATES = ("全县一般公共预算收入完成31,343.42万元，为调整预算的100.5%。年初预算31,246.00万元，调整预算为31,189.00万元。\n"
                "其中：税收收入18,158.66万元，完成调整预算的100.6%；非税收入13,184.76万元，完成调整预算的100.4%。\n")


def test_a_rate_of_a_part_opening_its_sentence_is_not_of_the_wholes_plan():
    assert counted(_PARTS_RATES) == []
    # (a part's rate with its own plan in its sentence is still checked)
    own = "其中：税收收入18,158.66万元，调整预算18,000.00万元，完成调整预算的{rate}%。\n"
    assert counted(own.format(rate="100.9")) == []
    assert counted(own.format(rate="109.9")) == ["FL103"]


# ---------------------------------------------------------------- a three-character row name
_TAXES = ("某县2025年一般公共预算执行情况的报告\n主要税种完成情况：增值税{vat}万元，增长4.1%。\n\n表2  一般公共预算收入执行表\n单位：万元\n"
          "项目\t年初预算\t调整预算\t执行数\t上年执行数\n"
          "增值税\t28,954.00\t28,954.00\t28,931.57\t27,798.67\n"
          "企业所得税\t9,000.00\t9,100.00\t9,218.26\t9,724.09\n")


def test_a_row_named_in_three_characters_is_restated_by_the_text():
    assert counted(_TAXES.format(vat="28,931.57")) == []
    assert counted(_TAXES.format(vat="29,831.57")) == ["FL106"]


# ---------------------------------------------------------------- bounds and dates
def test_two_bounds_under_one_name_are_no_figure_restated():
    text = ("（三）项目绩效目标\n1.按时足额发放困难残疾人生活补贴，全年发放对象不少于2,750人；\n"
            "2.按时足额发放重度残疾人护理补贴，全年发放对象不少于3,910人；\n")
    assert counted(text) == []


def test_a_count_at_two_dates_is_no_breakdown():
    text = "2025年度困难残疾人生活补贴累计惠及2,839人（年初在册2,712人，年末在册2,715人），完成年度目标。\n"
    assert counted(text) == []
    # (a breakdown by kinds in the same bracket is still one)
    assert counted(text.replace("年初在册", "城镇").replace("年末在册", "农村")) == ["FL101"]


# ---------------------------------------------------------------- a value in words opening like a heading
_STANDARD_ROW = ("项目支出绩效自评表\n一级指标\n二级指标\n三级指标\n年度指标值\n实际完成值\n分值\n得分\n偏差原因分析及改进措施\n"
                 "产出指标\n时效指标\n补贴按月发放及时率\n100%\n100%\n10\n10\n/\n"
                 "成本指标\n困难残疾人生活补贴标准\n一、二级100元/人·月，三、四级80元/人·月\n"
                 "一、二级100元/人·月，三、四级80元/人·月\n5\n5\n/\n"
                 "满意度指标\n服务对象满意度指标\n补贴对象满意度\n≥90%\n97.72%\n10\n10\n/\n总分\n25\n{total}\n")


def test_a_value_in_words_opening_with_a_numeral_does_not_end_the_form():
    assert counted(_STANDARD_ROW.format(total="25")) == []
    found = [f for f in findings(_STANDARD_ROW.format(total="27")) if f.rule == "FL101"]
    assert len(found) == 1 and "80元/人·月 5" in found[0].message  # (the row after the worded value is read)


# ---------------------------------------------------------------- a review of a06d6c5: readings that over-reached
def test_a_column_of_another_year_or_a_part_keeps_a_forms_sum_an_equality():
    table = ("表4  2025年度支出决算表\n单位：万元\n\n"
             "| 项目 | 上年决算数 | 本年支出合计 | 基本支出 | 项目支出 | 上缴上级支出 | 经营支出 | 对附属单位补助支出 |\n"
             "|---|---:|---:|---:|---:|---:|---:|---:|\n"
             "| 合计 | 1,180.00 | {total} | 800.00 | 400.00 | 0.00 | 0.00 | 0.00 |\n")
    assert counted(table.format(total="1,200.00")) == []
    assert counted(table.format(total="1,250.00")) == ["FL101"]


def test_posts_of_a_staff_total_are_still_its_parts():
    text = "本局现有在职干部职工20人，其中科长4人、副科长5人、一般工作人员{n}人。\n"
    assert counted(text.format(n="11")) == []
    assert counted(text.format(n="10")) == ["FL101"]


def test_words_holding_etc_are_no_partial_list():
    text = "本局共有直属学校5所，包括县第一中学、县第二中学、县实验小学、县中等职业学校。\n"
    assert counted(text) == ["FL204"]


def test_a_breakdown_of_named_groups_is_still_theirs():
    text = "惠及东岭组、西岭组、南岭组、北岭组4个组，其中山区2个、平坝{n}个。\n"
    assert counted(text.format(n="2")) == []
    assert counted(text.format(n="3")) == ["FL101"]


def test_a_bracket_naming_the_same_kind_keeps_the_count_of_communities():
    text = "一、基本情况\n街道下辖5个社区、3个村。\n二、绩效目标\n保障街道机关和8个社区（居委会）正常运转。\n"
    assert counted(text) == ["FL207"]


def test_the_above_opening_a_line_after_a_list_is_no_bound():
    from fiscallint.understanding.quantities import scan

    (q,), _ = scan("2.项目支出170.20万元\n以上，均为一般公共预算财政拨款支出。")
    assert q.approx is None


# ---------------------------------------------------------------- sets 178 and 181
def test_a_retirees_row_with_decimals_is_spending_not_people():
    table = ("2024年度一般公共预算财政拨款支出年初预算为1,505.10万元，支出决算为1,468.67万元。具体情况见下表：\n"
             "| 科目编码 | 科目名称 | 年初预算数 | 决算数 |\n| 2050101 | 行政运行 | 652.04 | 621.47 |\n"
             "| 2080502 | 事业单位离退休 | 853.06 | 847.20 |\n|  | 合计 | {total} | 1,468.67 |\n")
    assert counted(table.format(total="1,505.10")) == []
    assert counted(table.format(total="1,515.10")) == ["FL101"]


def test_a_list_fitting_the_count_before_a_breakdown_is_that_counts():
    text = "纳入汇总的二级预算单位共4个，其中：行政单位1个，事业单位3个，包括：县教育局（本级）、县第一中学、县第二中学、县实验小学。\n"
    assert counted(text) == []
    assert counted(text.replace("县实验小学", "县实验小学、县特殊教育学校")) == ["FL204"]


def test_a_change_in_a_clause_about_another_amount_is_not_of_the_figure_before():
    text = ("其中：一般公共预算财政拨款收入36,093.60万元，事业收入1,433.66万元。\n"
            "一般公共预算财政拨款收入较上年增加2,950.46万元，增长8.90%；事业收入主要为学费，较上年增加140.80万元，增长10.89%。\n")
    assert counted(text) == []


def test_an_execution_rate_beside_funds_received_and_spent_is_of_a_budget_not_stated():
    text = "分项目看：养护项目到位1,040.00万元、支出1,018.42万元，执行率94.58%。\n"
    assert counted(text) == []


def test_a_bracket_telling_how_a_budget_came_to_its_total_is_no_sum():
    text = "项目全年预算数1,166.48万元（年初预算900.00万元，年中追加中央和省级资金后调整为1,166.48万元）。\n"
    assert counted(text) == []
