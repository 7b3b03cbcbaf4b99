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


# ---------------------------------------------------------------- real passages (set 7), in invented words
def test_a_change_names_its_subject_after_xiangbi_earlier_in_its_sentence():
    text = ("2024年财政拨款收入总计500.00万元，其中：本年收入合计420.00万元，年初结转和结余80.00万元，"
            "与2023年相比收入总计减少100.00万元，下降16.67%。\n")
    assert counted(text, ("FL105",)) == []
    assert counted(text.replace("下降16.67%", "下降17.67%"), ("FL105",)) == ["FL105"]


def test_a_two_character_verb_amid_the_items_opens_the_list():
    text = "青山镇党委、政府设置党政办公室、经济发展办公室、社会事务办公室3个内设机构。\n"
    assert counted(text, ("FL204",)) == []
    assert counted(text.replace("3个内设机构", "4个内设机构"), ("FL204",)) == ["FL204"]


def test_a_parts_named_items_stop_at_its_clause_end():
    text = ("“三公”经费支出合计20.00万元。其中:因公出国(境)经费支出0万元;公务用车运行维护费支出8.00万元,"
            "主要包括燃料费、维修费及其他运行费用;公务接待费支出12.00万元,主要包括各类公务接待费用。\n")
    assert counted(text, ("FL101",)) == []


def test_a_list_that_opens_with_another_measure_is_not_the_totals():
    text = "本项目累计安排资金10万元,,其中:项目立项6分,绩效目标5分,资金投入4分,成本目标0分,,成本目标值是10万元,实际完成值为0万元,\n"
    assert counted(text, ("FL101",)) == []


def test_a_figure_in_a_reason_clause_is_no_part():
    text = ("一般公共预算收入完成60.00亿元，其中：税收收入20.00亿元，增长5.0%；非税收入15.00亿元；"
            "上级转移支付25.00亿元，增长的主要原因是一次性留抵退税补助3.00亿元。\n")
    assert counted(text, ("FL101",)) == []
    assert counted(text.replace("非税收入15.00亿元", "非税收入16.00亿元"), ("FL101",)) == ["FL101"]


STREAM = ("2024年一般公共预算收支执行表 | |||\n单位:亿元 | |||\n收入 |\n执行数 |\n支出 |\n执行数 |\n"
          "收入总计 |\n80 |\n支出总计 |\n80 |\n一、本级收入 |\n30 |\n一、本级支出 |\n70 |\n"
          "1.税收收入 |\n20 |\n||\n2.非税收入 |\n10 |\n||\n二、转移性收入 |\n50 |\n二、转移性支出 |\n10 |\n")


def test_a_two_sided_stream_under_a_title_is_read_side_by_side():
    sides = side_models(analyse(Document("r.txt", STREAM)))
    assert len(sides) == 2 and sides[0].columns[0].name == "收入"
    assert counted(STREAM, ("FL101",)) == []


def test_a_percent_under_the_score_column_is_no_score():
    text = ("| 项目资金 | 年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分 |\n|---|---|---|---|---|---|---|\n"
            "| 年度资金总额 | 7.29 | 7.29 | 7.29 | 10.00 | 100% | 10.00 |\n"
            "| 其中:当年财政拨款 | 7.29 | 7.29 | 7.29 | 100% |\n")
    assert counted(text, ("FL301",)) == []


def test_a_change_opening_a_sentence_after_budget_and_outturn_is_of_the_outturn():
    text = "“三公”经费支出预算为18.50万元，支出决算为13.62万元，完成预算的73.62%。与上年相比减少2.26万元，下降14.23%。\n"
    assert counted(text, ("FL105",)) == []
    assert counted(text.replace("下降14.23%", "下降15.23%"), ("FL105",)) == ["FL105"]


def test_a_share_of_a_part_of_a_part_is_no_second_share_of_the_whole():
    text = ("政府采购支出总额1000.00万元。授予中小企业合同金额900.00万元，占政府采购支出总额的90.00%，其中：\n"
            "授予小微企业合同金额700.00万元，占政府采购支出总额的70.00%。\n")
    assert counted(text, ("FL203",)) == []


def test_a_coverage_rate_is_not_of_what_was_not_eliminated():
    text = "纳入监测对象58户163人，已消除风险37户104人，未消除风险21户59人，均落实了帮扶措施，帮扶覆盖率100%。\n"
    assert counted(text, ("FL103",)) == []
    paid = "资金支付180.00万元，未支20.00万元，支付率80%。\n"
    assert counted(paid, ("FL103",)) == ["FL103"]


def test_an_indicator_tables_total_row_is_blank_where_its_parts_are_not_summable():
    text = ("表2  评价指标及得分表\n一级指标\t三级指标\t分值\t指标值\t实际完成情况\t得分\n"
            "产出\t城镇新增就业人数\t50\t≥600人\t648人\t50\n"
            "产出\t老旧小区改造个数\t50\t8个\t8个\t50\n合计\t\t100\t\t\t100\n")
    assert counted(text, ("FL108",)) == []


def test_a_year_pair_rate_after_a_lists_last_part_may_be_the_wholes():
    text = ("2024年“三公”经费支出6.84万元，其中公务用车运行维护费4.26万元、公务接待费2.58万元，"
            "比上年7.92万元下降13.64%。\n")
    assert counted(text, ("FL105",)) == []
    assert counted(text.replace("下降13.64%", "下降15.64%"), ("FL105",)) == ["FL105"]


SCORE_TAB_ROWS = (
    "绩效指标\t一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分\n"
    "\t产出指标\t数量指标\t建设面积\t1000亩\t1000亩\t40\t40\n"
    "\t\t\t培训人次\t≥100人次\t120人次\t20\t20\n"
    "\n— 5 —\n\n"
    "\t\t质量指标\t验收合格率\t100%\t100%\t20\t20\n"
    "\t满意度指标\t满意度\t群众满意度\t≥90%\t95%\t20\t20\n"
    "总分\t\t\t\t\t\t100\t100\n"
)


def test_rows_whose_first_cells_are_blank_go_on_past_a_page_number():
    assert counted(SCORE_TAB_ROWS) == []
    assert "FL101" in counted(SCORE_TAB_ROWS.replace("\t100\t100\n", "\t100\t90\n"))


def test_a_project_forms_total_with_its_execution_rate_scored_apart_is_not_summed_here():
    text = ("项目资金\t年初预算数\t全年预算数\t全年执行数\t分值\t执行率\t得分\n年度资金总额\t100.00\t100.00\t98.00\t10\t98.00%\t9.80\n"
            "年度总体目标：完成道路硬化。\n实际完成情况：已完成。\n第 2 页\n"
            "一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分\n"
            "产出指标\t数量指标\t道路里程\t≥8公里\t8.6公里\t50\t50\n"
            "效益指标\t社会效益\t受益人数\t≥5000人\t5860人\t40\t40\n"
            "总分\t\t\t\t\t100\t99.80\n")
    assert counted(text, ("FL101", "FL301")) == []


def test_a_named_item_after_a_numbered_section_is_not_its_part():
    text = ("基础数据表\n金额单位：万元\n项目\t2023年决算数\t2024年决算数\n三公经费\t17.25\t15.86\n"
            "1.公务用车\t11.36\t10.42\n2.出国经费\t0\t0\n3.公务接待\t5.89\t5.44\n"
            "项目支出\t1482.05\t1611.22\n公用经费\t286.74\t279.16\n")
    assert counted(text, ("FL101",)) == []


def _fl101(text: str) -> list[str]:
    return [f.severity for f in run(Document("r.txt", text), active_rules(["FL101"])).findings]


def test_rows_many_times_their_total_with_no_slip_are_reported_as_info():
    table = ("表1  支出表\n单位：万元\n项目\t年初预算数\t决算数\n合计\t1100.00\t{total}\n"
             "甲项目\t500.00\t500.00\n乙项目\t600.00\t600.00\n")
    assert _fl101(table.format(total="1100.00")) == []
    assert _fl101(table.format(total="1000.00")) == ["error"]  # 1.1 times: a slip or a missing row
    assert _fl101(table.format(total="13.70")) == ["info"]  # 80 times, no slip: the rows may not be its parts
    assert _fl101(table.format(total="110.00")) == ["error"]  # ten times: a digit dropped
