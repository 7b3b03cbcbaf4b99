"""Readings an eighth set of reports, written blind to the linter, showed
wrong: each consistent passage is silent, and a slip planted in it is found.
Every figure is invented."""
from __future__ import annotations

from fiscallint.engine import active_rules, run
from fiscallint.reading import Document


def counted(text: str, select=("FL",)) -> list[str]:
    return [f.rule for f in run(Document("r.txt", text), active_rules(list(select))).findings if f.severity != "info"]


SHARES_OF_THIS_YEAR = (
    "科目编码 | 科目名称 | 2025年预算数 | 2024年预算数 | 增减额 | 增减率（%） | 占比（%）\n"
    "201 | 一般公共服务支出 | 600.00 | 500.00 | 100.00 | 20.00 | 60.0\n"
    "208 | 社会保障和就业支出 | 400.00 | 500.00 | -100.00 | -20.00 | 40.0\n"
    " | 合计 | 1,000.00 | 1,000.00 | 0.00 | 0.00 | 100.0\n"
)


def test_a_share_column_may_be_of_this_years_amount_though_last_years_stands_nearer():
    assert counted(SHARES_OF_THIS_YEAR) == []
    assert counted(SHARES_OF_THIS_YEAR.replace("| 60.0\n", "| 65.0\n")) == ["FL102"]


RATES = ("表1  资金使用情况表\n单位：万元\n资金用途          预算数      到位数      支出数      执行率\n"
         "办公经费          930.00      930.00      879.48      94.57%\n"
         "生活补贴          132.24      132.24      132.24     100.00%\n"
         "合计            1,062.24    1,062.24    1,011.72      95.24%\n")


def test_an_execution_rate_may_be_spending_over_funds_arrived():
    assert counted(RATES) == []
    assert counted(RATES.replace("94.57%", "95.57%")) == ["FL103"]


def test_full_marks_beside_each_score_are_not_parts_of_the_total_score():
    text = ("该项目综合得分95.06分。其中：决策指标满分15分，得14.00分；过程指标满分20分，得18.45\n"
            "分；产出指标满分35分，得34.67分；效益指标满分30分，得27.94分。\n")
    assert counted(text) == []
    assert counted(text.replace("得27.94分", "得26.94分")) == ["FL101"]


def test_a_units_one_character_wrapped_onto_the_next_line_is_its_unit():
    from fiscallint.understanding.quantities import scan

    assert [q.unit for q in scan("全镇共有公务用车6\n辆，其中一般公务用车4辆")[0]] == ["辆", "辆"]
    assert [q.unit for q in scan("上年结转0.94\n亿元，收入总计26.36亿元")[0]] == ["亿元", "亿元"]
    assert [q.unit for q in scan("合计100\n人员经费90")[0]] == [None, None]  # a name goes on: no unit


SCORES_PAST_A_FOOTER = (
    "表3  评分表\n一级     三级指标                   分值     得分\n"
    "决策     立项依据充分性                20      20\n"
    "         绩效目标合理性                20      19.5\n\n"
    "某某会计师事务所有限公司                     第 6 页\n\n"
    "产出     经费覆盖率                    30      30\n"
    "效益     群众满意度                    30      29.5\n"
    "合计                                  100     99\n"
)


def test_a_table_goes_on_past_a_footer_with_a_name_and_a_page_number():
    assert counted(SCORES_PAST_A_FOOTER) == []
    assert "FL101" in counted(SCORES_PAST_A_FOOTER.replace("100     99\n", "100     97\n"))


def test_a_change_named_like_a_compared_base_is_not_of_that_base():
    text = ("财政拨款支出3,790.21万元，较年初预算3,580.00万元增加210.21万元。"
            "与上年相比，财政拨款支出增加291.51万元，增长8.33%。\n")
    assert counted(text, ("FL105",)) == []


def test_two_figures_both_named_as_arrived_are_no_rates_plan_and_actual():
    text = "中央、省资金全部到位，县级配套到位72.50万元，项目资金合计到位548.00万元，到位率97.86%。\n"
    assert counted(text, ("FL103",)) == []


def test_an_addition_after_a_breakdown_adds_to_the_paragraphs_head_figure():
    text = ("全县政府性基金预算收入15.36亿元，完成预算的85.34%。其\n"
            "中国有土地使用权出让收入13.82亿元，占基金收入的89.96%。加\n"
            "上级补助收入0.86亿元、专项债券转贷收入9.20亿元、上年结转0.94\n亿元，收入总计26.36亿元。\n")
    assert counted(text, ("FL101",)) == []
    assert counted(text.replace("收入总计26.36亿元", "收入总计26.63亿元"), ("FL101",)) == ["FL101"]


BALANCE = ("表三  一般公共预算收支平衡表\n单位：万元\n收入\t金额\t支出\t金额\n"
           "一般公共预算收入\t2,683.72\t一般公共预算支出\t7,008.45\n"
           "上级补助收入\t4,707.52\t上解上级支出\t268.00\n"
           "  返还性收入\t210.50\t\t\n  一般性转移支付收入\t2,856.30\t\t\n  专项转移支付收入\t1,640.72\t\t\n"
           "上年结转收入\t325.18\t结转下年支出\t559.97\n调入资金\t120.00\t\t\n"
           "收入总计\t7,836.42\t支出总计\t7,836.42\n")


def test_a_tab_cell_indented_in_itself_is_a_part_of_the_row_above():
    assert counted(BALANCE) == []
    assert "FL101" in counted(BALANCE.replace("  返还性收入\t210.50", "  返还性收入\t201.50"))


STACKED_WITH_RULE = (
    "表1  收入支出决算总表（简表）\n单位：万元\n项目                          2024年决算      2023年决算\n"
    "--------------------------------------------------\n"
    "财政拨款收入                     3,856.42     3,521.07\n"
    "事业收入                      28,615.37    27,100.43\n"
    "本年收入合计                    32,471.79    30,621.50\n"
    "年初结转和结余                    1,245.66       200.62\n"
    "收入总计                      33,717.45    30,822.12\n"
    "基本支出                      29,685.01    28,180.00\n"
    "项目支出                       2,844.33     2,483.20\n"
    "本年支出合计                    32,529.34    30,663.20\n"
    "年末结转和结余                    1,188.11       158.92\n"
    "支出总计                      33,717.45    30,822.12\n"
)


def test_stacked_blocks_under_a_rule_are_each_closed_by_their_own_total():
    assert counted(STACKED_WITH_RULE) == []
    assert "FL101" in counted(STACKED_WITH_RULE.replace("事业收入                      28,615.37",
                                                        "事业收入                      28,651.37"))


SANGONG_LAST_YEAR = (
    "公务用车购置及运行维护费3.12万元，其中公务用车购置费0万元、公务用车运行维护费3.12万元，较上年\n"
    "减少0.33万元，主要用于2辆行政用车的燃料、维修等支出。\n"
    "单位：万元\n项目                               年初预算    2024年决算    2023年决算\n"
    "合计                               6.50       4.98       5.63\n"
    "1.因公出国（境）费                       0.00       0.00       0.00\n"
    "2.公务用车购置及运行维护费                   3.80       3.12       3.45\n"
    "  其中：公务用车购置费                     0.00       0.00       0.00\n"
    "        公务用车运行维护费                3.80       3.12       3.45\n"
    "3.公务接待费                          2.70       1.86       2.18\n"
)


def test_a_change_from_last_year_is_checked_against_last_years_column():
    assert counted(SANGONG_LAST_YEAR, ("FL104",)) == []
    assert counted(SANGONG_LAST_YEAR.replace("较上年\n减少", "较上年\n增加"), ("FL104",)) == ["FL104"]


# ---------------------------------------------------------------- set 9, in invented words
def test_a_parts_own_breakdown_after_fenbie_wei_is_nested():
    text = ("2024年共下达项目资金800.00万元，其中：两项补贴资金600.00万元，分别为中央补助250.00万元、"
            "省级补助200.00万元、县级配套150.00万元；康复救助资金200.00万元。\n")
    assert counted(text, ("FL101",)) == []
    assert counted(text.replace("县级配套150.00万元", "县级配套160.00万元"), ("FL101",)) == ["FL101"]


TAB_CELLS_ACROSS_A_PAGE = (
    "表2  支出决算表\n单位：万元\n\n\t科目名称\n\t上年决算数\n\t本年决算数\n\n"
    "\t城市低保\n\t1,186.35\n\t1,142.07\n\n第 4 页\n\n"
    "\t农村低保\n\t3,702.48\n\t3,865.20\n\n"
    "\t合计\n\t4,888.83\n\t5,007.27\n\n六、说明\n"
)


def test_one_cell_a_line_goes_on_past_a_page_number():
    assert counted(TAB_CELLS_ACROSS_A_PAGE) == []
    assert "FL101" in counted(TAB_CELLS_ACROSS_A_PAGE.replace("\t5,007.27", "\t5,070.27"))


def test_a_share_is_not_of_a_list_total_smaller_than_its_part():
    text = "中心核定编制78名，在职在编72人，编外聘用人员31人；其中卫生技术人员89人，占全部在岗人员的86.41%。\n"
    assert counted(text, ("FL102",)) == []


def test_a_list_opening_a_sentence_fits_the_figure_of_the_sentence_before_it_stays_under():
    text = ("截至2024年12月31日，衔接资金实际支出4,754.93万元，支出进度97.80%，结余107.07万元。"
            "其中产业发展类项目安排资金2,721.66万元。\n")
    assert counted(text, ("FL101",)) == []


def test_parts_ten_thousand_times_under_their_total_are_a_unit_slip_not_a_selection():
    text = "全年支出特困供养资金{total}，其中城市186.00万元、农村942.00万元。\n"
    assert counted(text.format(total="1,128.00万元"), ("FL101",)) == []
    assert counted(text.format(total="11,280,000万元"), ("FL101",)) == ["FL101"]
    assert counted(text.format(total="5,000.00万元"), ("FL101",)) == []  # a selection: 其中 picks two out


def test_a_change_word_a_pdf_wrapped_is_still_a_change_word():
    text = "2024年度“三公”经费支出32.80万元，比上年36.10万元减少3.30万元，下\n降{rate}%。\n"
    assert counted(text.format(rate="9.14"), ("FL105",)) == []
    assert counted(text.format(rate="9.41"), ("FL105",)) == ["FL105"]


def test_the_same_concept_in_two_numbered_items_is_two_facts():
    text = ("共涉及项目3个，资金214.62万元。具体为：\n1.审计业务专项经费126.40万元，自评得分96分；\n"
            "2.政府投资审计中介服务费72.00万元，自评得分94分；\n3.审计信息化建设经费16.22万元，自评得分92分。\n")
    assert counted(text, ("FL106",)) == []
    restated = "本年度部门整体支出绩效自评得分96分。\n……\n经综合评定，本部门整体支出自评得分94分。\n"
    assert counted(restated, ("FL106",)) == ["FL106"]
