"""Readings two more sets of reports, written blind to the linter, showed
wrong: each consistent passage is silent, and a slip planted in it is found.
Every figure is invented."""
from __future__ import annotations

from fiscallint.engine import active_rules, run
from fiscallint.reading import Document
from fiscallint.understanding.analysis import analyse


def counted(text: str, select=("FL",)) -> list[str]:
    return [f.rule for f in run(Document("r.txt", text), active_rules(list(select))).findings if f.severity != "info"]


CODED = ("表三  一般公共预算财政拨款支出决算表\n单位：万元\n"
         "科目编码 | 科目名称 | 本年支出 |  |\n |  | 小计 | 基本支出 | 项目支出\n"
         " | 合计 | 90.00 | 60.00 | 30.00\n"
         "201 | 一般公共服务支出 | 90.00 | 60.00 | 30.00\n"
         "20101 | 人大事务 | 40.00 | 25.00 | 15.00\n"
         "2010101 | 行政运行 | 25.00 | 25.00 | \n"
         "2010108 | 代表工作 | 15.00 |  | 15.00\n"
         "20103 | 政府办公厅（室）及相关机构事务 | 50.00 | 35.00 | 15.00\n"
         "2010301 | 行政运行 | 35.00 | 35.00 | \n"
         "2010302 | 一般行政管理事务 | 15.00 |  | 15.00\n")


def test_a_coded_row_that_lost_its_blank_last_cell_keeps_its_columns():
    assert counted(CODED) == []
    # the row (小计 = 基本 + 项目) and the column (人大事务 = its rows) both no longer hold
    assert counted(CODED.replace("2010301 | 行政运行 | 35.00 | 35.00", "2010301 | 行政运行 | 35.00 | 33.00")) == ["FL101", "FL101"]


def test_a_count_in_a_note_after_the_list_counts_some_of_its_items():
    text = "本部门决算单位共4个，包括：甲镇政府本级（行政单位）、甲镇农业中心、甲镇社会事务中心、甲镇服务站（以上3个为事业单位）。\n"
    assert counted(text, ("FL204",)) == []


def test_a_figure_dated_a_year_before_its_change_is_the_base():
    text = "与上年比较：2023年“三公”经费决算30.00万元，2024年减少3.00万元，下降10.00%。\n"
    assert counted(text) == []
    assert counted(text.replace("10.00%", "11.11%")) == ["FL105"]


BRACKETED_REASON = ("2024年年初预算1,000.00万元，年中追加200.00万元（主要是抽检专项），调减50.00万元（人员调出），"
                    "调整后全年预算1,150.00万元，预算调整率15.00%。其中：基本支出预算700.00万元，项目支出预算450.00万元。\n")


def test_a_reason_in_brackets_does_not_end_the_sentence_a_list_is_of():
    assert counted(BRACKETED_REASON) == []
    assert counted(BRACKETED_REASON.replace("项目支出预算450.00", "项目支出预算480.00")) == ["FL101"]


TWO_SIDES_UNDER_A_RULE = ("表1  收入支出决算总表\n单位：万元\n" + "—" * 30 + "\n"
                          " 收      入            |  支      出\n"
                          " 项目       | 决算数   |  项目         | 决算数\n" + "—" * 30 + "\n"
                          " 财政拨款收入 | 900.00 | 教育支出      | 800.00\n"
                          " 事业收入     | 100.00 | 卫生健康支出  | 200.00\n"
                          " 本年收入合计 | 1,000.00 | 本年支出合计 | 1,000.00\n")


def test_a_rule_of_long_dashes_under_a_header_does_not_end_the_table():
    from fiscallint.understanding.table_text import find_tables

    read = [t for t in find_tables(TWO_SIDES_UNDER_A_RULE) if any(r.label == "本年收入合计" for r in t.rows)]
    assert len(read) == 1 and "决算数" in read[0].header
    assert counted(TWO_SIDES_UNDER_A_RULE) == []
    assert counted(TWO_SIDES_UNDER_A_RULE.replace("| 900.00 |", "| 960.00 |")) == ["FL101"]


def test_a_price_of_one_thing_is_no_amount_to_add():
    a = analyse(Document("r.txt", "旅游厕所单座建设成本36.42万元/座，步道每公里造价43.80万元/公里，共投入80.22万元。\n"))
    assert [f.role for f in a.facts] == ["descriptor", "descriptor", "level"]


def test_the_full_marks_written_before_a_score_are_not_parts():
    text = ("经综合评价，本局部门整体支出绩效评价得分93.50分。其中：决策指标15分，得13.5分；过程指标25分，得23分；"
            "产出指标40分，得38分；效益指标20分，得19分。\n")
    assert counted(text) == []
    bracketed = "本院自评得分90.5分。其中：投入指标（20分）得19分；过程指标（20分）得18.5分；产出指标（30分）得27分；效益指标（30分）得26分。\n"
    assert counted(bracketed) == []
    assert counted(bracketed.replace("得27分", "得30分")) == ["FL101"]


def test_a_list_opening_a_sentence_may_be_of_a_total_earlier_in_its_paragraph():
    text = ("2024年年初预算1,000.00万元，年中追加200.00万元，全年预算1,200.00万元。全年支出1,100.00万元，预算执行率91.67%。"
            "其中：基本支出预算500.00万元，支出480.00万元；项目支出预算700.00万元，支出620.00万元。\n")
    assert counted(text) == []


def test_staff_on_the_payroll_named_in_full_are_the_share_whole():
    text = "核定编制500人，年末在职职工600人，其中编制内在职450人、编外聘用150人；卫生技术人员480人，占在职职工的80.00%。\n"
    assert counted(text) == []
    assert counted(text.replace("80.00%", "82.00%")) == ["FL102"]


INDENTED_OF_WHICH = ("分项目执行情况如下（金额单位：万元）：\n\n\t项目名称\n\t年初预算\n\t决算数\n\n"
                     "\t最低生活保障\n\t300.00\n\t290.00\n\n"
                     "\t  其中：城市低保\n\t100.00\n\t95.00\n\n"
                     "\t        农村低保\n\t200.00\n\t195.00\n\n"
                     "\t特困人员供养\n\t80.00\n\t78.00\n\n"
                     "\t临时救助\n\t20.00\n\t19.00\n\n"
                     "\t项目支出合计\n\t400.00\n\t387.00\n")


def test_a_row_back_at_the_left_is_past_an_indented_list_of_which():
    assert counted(INDENTED_OF_WHICH) == []
    assert counted(INDENTED_OF_WHICH.replace("\t100.00\n\t95.00", "\t100.00\n\t97.00")) == ["FL101"]


TOTAL_COLUMN = ("表3  支出预算总表\n科目编码\t科目名称\t合计\t基本支出\t项目支出\n"
                "\t合计\t1,000.00\t600.00\t400.00\n201\t一般公共服务支出\t700.00\t500.00\t200.00\n"
                "207\t文化旅游体育与传媒支出\t100.00\t\t100.00\n213\t农林水支出\t200.00\t100.00\t100.00\n")


def test_a_total_column_beside_amounts_is_in_their_unit():
    text = "一、收支预算总体情况\n2025年收入预算1,000.00万元，支出预算1,000.00万元。\n\n" + TOTAL_COLUMN
    assert counted(text) == []


def test_two_cells_of_one_row_are_a_target_and_what_was_done():
    text = ("某县林业局2024年度项目支出绩效自评表\n\n年度总体目标\n\t预期目标\n\t实际完成情况\n\n"
            "\t完成人工造林6,000亩、封山育林10,000亩，造林成活率达到85%以上，新增森林蓄积量1.1万立方米，带动农户务工增收。\n"
            "\t完成人工造林5,850亩，投入资金260.50万元，亩均成本445元；完成封山育林10,000亩；经县级核查，造林成活率87%；"
            "新增森林蓄积量1.16万立方米；带动240户农户参与务工。\n")
    assert counted(text) == []


def test_a_projects_conclusion_is_of_the_project_its_form_names():
    form = ("项目支出绩效自评表\n\n项目名称\n\t{name}\n\n总分\n\t100\n\t{score}\n\n"
            "自评结论\n\t该项目全年预算100.00万元，实际执行95.00万元；自评得分{score}分。\n\n")
    text = form.format(name="森林防火专项经费", score="99.40") + form.format(name="生态护林员补助", score="98.05")
    assert counted(text, ("FL106",)) == []


SECTIONS = ("| 评价指标 | 分值 | 得分 |\n| 一、决策 | 15 | 13.50 |\n|   1.项目立项 | 5 | 5.00 |\n"
            "|   2.绩效目标 | 10 | 8.50 |\n| 二、产出 | 85 | 80.00 |\n|   1.产出数量 | 50 | 47.00 |\n"
            "|   2.产出质量 | 35 | 33.00 |\n| 合计 | 100 | 93.50 |\n")


def test_a_numbered_section_row_holds_the_points_of_its_rows():
    assert counted(SECTIONS) == []
    # the section row and the 合计 both no longer hold
    assert counted(SECTIONS.replace("|   1.项目立项 | 5 |", "|   1.项目立项 | 6 |")) == ["FL101", "FL101"]


def test_a_rate_after_another_clause_closed_by_its_percentage_is_not_of_its_figures():
    text = "全县粮食播种面积60.0万亩，完成市下达任务59.0万亩的101.69%；农作物病虫害统防统治覆盖率45%，高于40%的年度目标。\n"
    assert counted(text) == []


SPACED = ("                                          收入决算表\n"
          "部门：某县某局                                                                   金额单位：万元\n"
          "科目编码   科目名称                        本年收入     财政拨款     上级补助   事业收入   经营收入   附属单位   其他收入\n"
          "                                           合计         收入         收入                             上缴收入\n"
          "           合计                               1,000.00       900.00                 80.00                            20.00\n"
          "208        社会保障和就业支出                   300.00       300.00\n"
          "210        卫生健康支出                         100.00       100.00\n"
          "213        农林水支出                           600.00       500.00                 80.00                            20.00\n")


def test_a_total_row_placed_apart_from_its_parts_is_not_blank_where_they_are_filled():
    assert counted(SPACED, ("FL108",)) == []
