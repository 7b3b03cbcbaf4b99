"""Readings two more sets of reports, written blind to the linter, showed
wrong: each consistent passage is silent, and a slip planted in it is found.
Every figure is invented."""
from __future__ import annotations

from fiscallint.engine import active_rules, run
from fiscallint.reading import Document, document_from_bytes
from fiscallint.understanding.analysis import analyse
from fiscallint.understanding.table_model import side_models


def counted(text: str, select=("FL",), doc=None) -> list[str]:
    doc = doc or Document("r.txt", text)
    return [f.rule for f in run(doc, active_rules(list(select))).findings if f.severity != "info"]


def read(text: str):
    return document_from_bytes(text.encode("utf-8"), "r.txt")


BOX_SIDES = (
    "2024年度收入支出决算总表\n"
    "单位：万元\n"
    "收入                          决算数   │ 支出（按功能分类）          决算数\n"
    "一、一般公共预算财政拨款收入   1820.40   │ 201 一般公共服务支出         905.12\n"
    "二、政府性基金预算财政拨款收入      96.30   │ 208 社会保障和就业支出        310.45\n"
    "三、其他收入                   112.60   │ 213 农林水支出               702.33\n"
    "本年收入合计                 2029.30   │ 本年支出合计                1917.90\n"
    "年初结转和结余                 40.20   │ 年末结转和结余               151.60\n"
    "收入总计                     2069.50   │ 支出总计                    2069.50\n"
)


def test_a_box_drawn_two_sided_table_whose_right_side_the_left_shifts_is_read_by_its_codes():
    assert counted("", doc=read(BOX_SIDES)) == []
    slipped = BOX_SIDES.replace("310.45", "301.45")
    assert "FL101" in counted("", doc=read(slipped))


def test_rows_whose_labels_open_with_codes_of_one_length_are_siblings():
    right = side_models(analyse(read(BOX_SIDES)))[1]
    coded = [r for r in right.rows if r.label[:3].isdigit()]
    assert len(coded) == 3 and len({r.parent for r in coded}) == 1


YEAR_ON_YEAR = (
    "| 序号 | 项目名称 | 全年预算数 | 执行数 | 执行率 | 上年执行数 | 同比增减率 |\n"
    "|---|---|---:|---:|---:|---:|---:|\n"
    "| 1 | 学生资助资金 | 820.00 | 801.64 | 97.76% | 760.10 | 5.47% |\n"
    "| 2 | 教师培训经费 | 150.00 | 146.25 | 97.50% | 162.50 | -10.00% |\n"
    "|  | 合计 | 970.00 | 947.89 | 97.72% | 922.60 | 2.74% |\n"
)


def test_a_year_on_year_rate_compares_this_years_column_with_last_years_not_the_budget():
    assert counted(YEAR_ON_YEAR) == []
    assert counted(YEAR_ON_YEAR.replace("5.47%", "4.57%")) == ["FL108"]


SCORES_TIGHT = (
    "表3  部门整体支出绩效自评指标得分表\n"
    "一级指标    三级指标                年度指标值  实际完成值    分值  得分\n"
    "预算执行    预算执行率              100%        98.00%          20  19.60\n"
    "产出指标    新建道路里程            ≥10公里     12公里          20  20.00\n"
    "            道路验收合格率          100%        100%            20  20.00\n"
    "效益指标    群众出行时间缩短        ≥20%        25%             20 20.00\n"
    "满意度指标  群众满意度              ≥90%        95%             20 20.00\n"
    "合计                                                           100 99.60\n"
    "\n五、存在的问题\n"
)


def test_two_figures_one_space_apart_are_two_cells():
    assert counted(SCORES_TIGHT) == []
    assert counted(SCORES_TIGHT.replace("100 99.60", "100 98.60")) == ["FL101"]


def test_a_total_share_that_adds_the_rounded_shares_is_not_100_percent_wrong():
    text = ("| 项目 | 决算数（万元） | 占比 |\n|---|---:|---:|\n| 甲 | 100.00 | 33.33% |\n| 乙 | 100.00 | 33.33% |\n"
            "| 丙 | 100.00 | 33.33% |\n| 合计 | 300.00 | 99.99% |\n")
    assert counted(text) == []
    assert counted(text.replace("99.99%", "99.80%")) == ["FL102"]


STACKED = (
    "表一  收入支出决算总表\n单位：万元\n\n"
    "\t项目\n\t决算数\n\n"
    "\t一般公共预算财政拨款收入\n\t1200.00\n\n"
    "\t其他收入\n\t50.00\n\n"
    "\t本年收入合计\n\t1250.00\n\n"
    "\t年初结转和结余\n\t30.00\n\n"
    "\t收入总计\n\t1280.00\n\n"
    "\t基本支出\n\t900.00\n\n"
    "\t项目支出\n\t300.00\n\n"
    "\t本年支出合计\n\t1200.00\n\n"
    "\t年末结转和结余\n\t80.00\n\n"
    "\t支出总计\n\t1280.00\n\n"
    "二、说明\n"
)


def test_a_total_below_another_total_in_one_column_sums_only_the_rows_after_it():
    assert counted(STACKED) == []
    assert "FL101" in counted(STACKED.replace("\t项目支出\n\t300.00", "\t项目支出\n\t330.00"))


INDENTED_TAB_CELLS = (
    "表三  基本支出决算表\n单位：元\n\n"
    "\t项目\n\t决算数\n\n"
    "\t人员经费\n\t1,000,000.00\n\n"
    "\t  工资福利支出\n\t900,000.00\n\n"
    "\t  对个人和家庭的补助\n\t100,000.00\n\n"
    "\t公用经费\n\t200,000.00\n\n"
    "\t  商品和服务支出\n\t180,000.00\n\n"
    "\t  资本性支出\n\t20,000.00\n\n"
    "\t合计\n\t1,200,000.00\n\n"
    "二、说明\n"
)


def test_a_label_indented_after_its_tab_is_a_part_of_the_row_above():
    assert counted(INDENTED_TAB_CELLS) == []
    assert "FL101" in counted(INDENTED_TAB_CELLS.replace("\t  资本性支出\n\t20,000.00", "\t  资本性支出\n\t40,000.00"))


SANGONG_OF_WHICH = (
    "“三公”经费支出决算表\n"
    "                                           单位：万元\n"
    "项目                        上年决算数  本年决算数  增减额\n"
    "合计                             12.40       10.90   -1.50\n"
    "1.公务用车购置及运行维护费        8.40        7.60   -0.80\n"
    "  其中：公务用车购置费            0.00        0.00    0.00\n"
    "        公务用车运行维护费        8.40        7.60   -0.80\n"
    "2.公务接待费                      4.00        3.30   -0.70\n"
)


def test_rows_under_a_of_which_row_stand_where_its_name_does():
    assert counted(SANGONG_OF_WHICH) == []
    assert "FL101" in counted(SANGONG_OF_WHICH.replace("7.60   -0.80\n2.", "7.80   -0.80\n2."))


def test_the_text_restating_another_column_of_a_table_row_is_no_second_statement():
    text = ("（一）基本支出1,500.00万元，按经济分类：商品和服务支出420.00万元，资本性支出80.00万元。\n"
            "表2  支出决算表\n单位：万元\n项目\t合计\t基本支出\t项目支出\n"
            "商品和服务支出\t600.00\t420.00\t180.00\n资本性支出\t90.00\t80.00\t10.00\n")
    assert counted(text, ("FL106",)) == []
    assert counted(text.replace("商品和服务支出420.00万元", "商品和服务支出402.00万元"), ("FL106",)) == ["FL106"]


def test_a_change_after_a_bracketed_detail_is_of_the_figure_before_the_bracket():
    text = "2024年度“三公”经费支出15.20万元（全部为事业收入安排，财政拨款安排0万元），较上年18.00万元减少2.80万元，下降15.56%。\n"
    assert counted(text) == []
    assert counted(text.replace("下降15.56%", "下降16.56%")) == ["FL105"]


def test_a_list_whose_sentence_a_semicolon_ended_at_the_line_goes_on():
    text = ("2025年收入预算1000.00万元，其中：一般公共预算拨款900.00万元，占90.00%，比上年预算增加10.00万元，主要是工资调标；\n"
            "其他收入100.00万元，占10.00%，主要为租赁收入。\n")
    assert counted(text, ("FL101",)) == []
    assert counted(text.replace("其他收入100.00万元", "其他收入110.00万元"), ("FL101",)) == ["FL101"]


def test_staff_against_the_establishment_of_their_sentence_across_a_wrapped_line():
    text = ("截至2024年12月31日，我镇核定编制78人，其中行政编制42人、事业编制\n"
            "36人；在职在编人员71人，其中行政39人、事业32人。\n")
    assert counted(text, ("FL202",)) == []
    assert counted(text.replace("在职在编人员71人", "在职在编人员81人"), ("FL202",)) == ["FL202"]
