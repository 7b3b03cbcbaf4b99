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
