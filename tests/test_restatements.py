"""Figures restated in the report's own words (FL206) and counts of villages
against the township's whole (FL207), on reports written here."""
from __future__ import annotations

import pytest

from fiscallint.understanding.analysis import analyse
from fiscallint.engine import active_rules, run
from fiscallint.reading import Document
from fiscallint.understanding.restatements import label_core

TITLE = "青山镇2024年度部门整体支出绩效自评报告\n\n"  # content starts on line 3


def findings(text: str, select: str):
    return run(Document("t.txt", TITLE + text), active_rules([select])).findings


def lines_of(found) -> list[int]:
    return sorted(f.line for f in found)


# ---------------------------------------------------------------- label cores
@pytest.mark.parametrize("label, core", [
    ("2024年完成户厕新建", "新建户厕"),
    ("今年全镇新建户厕", "新建户厕"),
    ("全年为群众办理各类服务事项", "办理各类服务事项"),
    ("通过排查摸排问题厕所", "通过排查摸排问题厕所"),
    ("摸排问题厕所共", "摸排问题厕所"),
])
def test_label_core_drops_time_place_and_filler_words(label, core):
    a = analyse(Document("t.txt", TITLE))
    assert label_core(a, label) == core


@pytest.mark.parametrize("label", [
    "发放补助资金",  # generic: any programme pays 补助资金
    "涉及预算资金",
    "培训农民",  # a verb and people: any training programme
    "其中新建户厕",  # a part
    "人均发放补贴",  # per head
    "较上年新增户厕",  # a comparison
    "目标1:",  # a code, not words
])
def test_labels_that_cannot_name_one_figure(label):
    a = analyse(Document("t.txt", TITLE))
    assert label_core(a, label) is None


# ---------------------------------------------------------------- FL206
def test_figure_restated_with_another_value_is_reported():
    text = ("一、基本情况\n今年对全镇农户厕所开展全面摸排，摸排问题厕所412个，完成户厕新建85座。\n"
            "二、绩效分析\n通过排查，摸排问题厕所421个，已全部整改到位。今年全镇新建户厕85座。\n")
    found = findings(text, "FL206")
    assert lines_of(found) == [6]
    f = found[0]
    assert f.severity == "warning"
    assert "412个" in f.message and "421个" in f.message
    assert "line 4:" in f.message and "line 6:" in f.message
    assert "apart by 9个" in f.message
    assert [r.line for r in f.related] == [4]


def test_verb_after_its_object_reads_the_same():
    text = "完成户厕新建85座。\n今年全镇新建户厕58座，涉及6个村。\n"
    found = findings(text, "FL206")
    assert lines_of(found) == [4]
    assert "新建户厕" in found[0].message


def test_restated_figure_with_the_same_value_is_silent():
    text = "完成户厕新建85座，摸排问题厕所412个。\n今年全镇新建户厕85座，摸排问题厕所412个。\n"
    assert findings(text, "FL206") == []


def test_yu_figures_compare_as_what_they_allow():
    base = "全年为群众办理各类服务事项2万余件。\n"
    assert findings(base + "全年为群众办理各类服务事项2万余件。\n", "FL206") == []
    assert findings(base + "全年为群众办理各类服务事项25000件。\n", "FL206") == []  # within 2万余
    found = findings(base + "全年为群众办理各类服务事项5万余件。\n", "FL206")
    assert lines_of(found) == [4]
    assert "2万余件" in found[0].message and "5万余件" in found[0].message


@pytest.mark.parametrize("text", [
    # one paragraph per village: the figures are the villages'
    "西湖村：摸排问题厕所20个，已整改。\n金龙村：摸排问题厕所30个，已整改。\n",
    # one per year
    "2022年新建户厕80座。\n2023年新建户厕106座。\n",
    # a single year named in another clause of the sentence
    "2022年全镇投入资金300万元，新建户厕80座。\n今年新建户厕106座。\n",
    # one paragraph giving the label two values
    "一季度摸排问题厕所20个，二季度摸排问题厕所30个。\n摸排问题厕所20个。\n",
    # three different values: a list, not a restatement
    "摸排问题厕所20个。\n摸排问题厕所30个。\n摸排问题厕所40个。\n",
    # generic labels in two programmes
    "危房改造项目发放补助资金30万元。\n低保提标项目发放补助资金45万元。\n",
    "新型职业农民培育项目培训农民300人次。\n实用技术培训项目培训农民500人次。\n",
    # a cumulative figure and this year's
    "2017年以来累计新建户厕1110座。\n今年新建户厕106座。\n",
    # a part of the figure
    "新建户厕106座，其中西湖村新建户厕44座。\n全镇新建户厕106座。\n",
    # an approximate figure and an exact one
    "新建户厕约100座。\n新建户厕106座。\n",
])
def test_figures_that_are_not_one_figure_are_silent(text):
    assert findings(text, "FL206") == []


def test_concept_figures_are_left_to_fl106():
    text = "基本支出806.97万元。\n基本支出860.97万元。\n"
    assert findings(text, "FL206") == []
    assert lines_of(findings(text, "FL106")) == [4]


def test_table_cells_are_not_compared_as_prose():
    text = "项目|数量\n新建户厕|85\n新建户厕|58\n"
    assert findings(text, "FL206") == []


def test_count_written_in_digits_and_words_that_disagree():
    found = findings("西湖村、金龙村、桃源村建立了6三个小型污水处理池。\n", "FL206")
    assert len(found) == 1
    assert "6" in found[0].message and "三个" in found[0].message
    assert findings("西湖村、金龙村、桃源村建立了3三个小型污水处理池。\n", "FL206") == []


# ---------------------------------------------------------------- FL207
def test_count_above_the_townships_villages_is_reported():
    text = ("一、基本情况\n青山镇下辖12个行政村、3个社区。\n"
            "二、绩效分析\n村级服务群众经费50万元，共分配给15个行政村。3个社区完成达标创建。\n")
    found = findings(text, "FL207")
    assert lines_of(found) == [6]
    f = found[0]
    assert f.severity == "warning"
    assert "15个行政村" in f.message and "12个行政村" in f.message
    assert [r.line for r in f.related] == [4]


def test_place_name_before_the_count_states_the_whole():
    text = "2024年青山镇10个行政村全部开展主题党日活动。\n村委办公经费30万元，共分配给13个行政村。\n"
    assert lines_of(findings(text, "FL207")) == [4]


@pytest.mark.parametrize("text", [
    "青山镇下辖12个行政村。\n其中8个行政村完成改厕验收，12个行政村通过复查。\n",  # subsets
    "青山镇由原来的25个行政村合并为12个行政村。\n全镇12个行政村全部通电。\n",  # a merger
    "全县辖210个行政村，青山镇下辖12个行政村。\n",  # the county's whole
    "共分配给15个行政村。\n8个行政村完成改厕。\n",  # no whole stated
    "青山镇下辖12个行政村。\n全镇村民小组156个，15个村（社区）进入先进行列。\n",  # other nouns
])
def test_counts_within_the_whole_are_silent(text):
    assert findings(text, "FL207") == []


def test_figure_that_may_count_part_of_the_one_before_keeps_its_context():
    text = ("截至10月，排查入境人员169人，落实管控37人；\n"
            "排查重点地区来返人员5000余人次，落实管控7493人。\n")
    assert findings(text, "FL206") == []
    same = "排查入境人员169人，落实管控37人。\n排查入境人员169人，落实管控73人。\n"
    assert lines_of(findings(same, "FL206")) == [4]


@pytest.mark.parametrize("text", [
    # the same words under two totals: each total's part
    "中央水利发展资金2263万元，其中：中小河流治理工程1435万元，水土保持828万元。\n"
    "省级水利发展资金791万元，其中：中小河流治理工程491万元，水土保持300万元。\n",
    # a year named earlier in the paragraph
    "2.2023年度绩效目标。新建高标准农田620亩，灌溉面积达标。\n3.2024年度绩效目标。新建高标准农田640亩。\n",
])
def test_figures_of_other_totals_or_years_are_silent(text):
    assert findings(text, "FL206") == []


def test_paragraph_opening_with_a_year_sets_the_figures_year():
    text = ("2022年完成情况：全镇扎实推进农村危房改造和人居环境整治工作，成效明显。全年新建农房12户。\n"
            "2023年工作计划：全镇继续推进农村危房改造和人居环境整治工作，巩固成效。全年新建农房15户。\n")
    assert findings(text, "FL206") == []
    same_year = text.replace("2023年工作计划", "2024年完成情况").replace("2022年完成情况", "2024年完成情况")
    assert lines_of(findings(same_year, "FL206")) == [4]


def test_a_place_name_is_not_a_description():
    a = analyse(Document("t.txt", TITLE))
    assert label_core(a, "瓦都西村") is None


def test_amounts_of_money_are_left_to_fl106():
    # one fund's name in two projects' paragraphs
    text = ("1.道路硬化项目。统筹整合使用财政涉农资金303万元，其中项目管理费3万元。\n"
            "2.水渠维修项目。统筹整合使用财政涉农资金107.13万元，其中项目管理费1.07万元。\n")
    assert findings(text, "FL206") == []


# ---------------------------------------------------------------- amounts tied to a count
def test_amount_after_the_same_count_is_one_figure():
    text = ("一、总体情况\n今年全镇完成农村户厕改造120户，发放奖补资金36.5万元。\n"
            "二、资金使用\n经村评议、镇审核，最终确定农村户厕改造120户，发放奖补资金38.5万元。\n")
    found = findings(text, "FL206")
    assert lines_of(found) == [6]
    assert "36.5万元" in found[0].message and "38.5万元" in found[0].message
    assert "120户" in found[0].message  # the count that ties the two amounts


@pytest.mark.parametrize("second", [
    "最终确定农村危房改造95户，发放奖补资金28.5万元。",  # after another count: another programme
    "今年还发放奖补资金28.5万元。",  # no count before it: the words alone say too little
    "最终确定农村户厕改造120户，发放奖补资金36.5万元。",  # the same amount
])
def test_amount_not_tied_to_the_same_count_is_not_compared(second):
    text = ("一、总体情况\n今年全镇完成农村户厕改造120户，发放奖补资金36.5万元。\n"
            f"二、资金使用\n{second}\n")
    assert findings(text, "FL206") == []
