"""Readings a fourteenth set of reports, written blind to the linter as text
copied out of PDF viewers and web pages, showed wrong: each consistent
passage is silent, and a slip planted in it is found. Every figure is invented."""
from __future__ import annotations

from fiscallint.engine import active_rules, run
from fiscallint.reading import Document


def counted(text: str, select=("FL",)) -> list[str]:
    return [f.rule for f in run(Document("r.txt", text), active_rules(list(select))).findings if f.severity != "info"]


def findings(text: str):
    return [f for f in run(Document("r.txt", text), active_rules(["FL"])).findings if f.severity != "info"]


TWO_SIDES_OVER_A_PAGE = (
    "                                   收入支出决算总表\n"
    "公开01表                                                                      金额单位：万元\n"
    "收入                                              支出\n"
    "项目                               决算数         项目                             决算数\n"
    "一、一般公共预算财政拨款收入        2800.00       一、一般公共服务支出              2200.00\n"
    "二、政府性基金预算财政拨款收入      100.00        二、社会保障和就业支出            300.00\n"
    "— 1 —\n\n某县某局2023年度部门决算\n"
    "三、其他收入                        50.00         三、农林水支出                    350.00\n"
    "本年收入合计                        2950.00       本年支出合计                      2850.00\n"
    "使用非财政拨款结余                                结余分配\n"
    "年初结转和结余                      150.00        年末结转和结余                    250.00\n"
    "总计                                3100.00       总计                              3100.00\n")


def test_a_row_of_names_among_rows_read_past_a_page_break_is_no_header():
    from fiscallint.understanding.table_text import find_tables

    headers = [t.header for t in find_tables(TWO_SIDES_OVER_A_PAGE)]
    assert not any("使用非财政拨款结余" in h for h in headers)
    assert counted(TWO_SIDES_OVER_A_PAGE) == []


CHANGES = ("表1  一般公共预算收入完成情况表\n                                                       单位：万元\n"
           "项    目                  2023年完成     2022年完成     增减额       增减%\n"
           "一般公共预算收入合计      1000.00        950.00         50.00        5.3\n"
           "一、税收收入              800.00         700.00         100.00       14.3\n"
           "  增值税                  500.00         400.00         100.00       25.0\n"
           "  国有资源（资产）有偿使用收入 300.00         300.00         0.00         0.0\n"
           "二、非税收入              200.00         250.00\n"
           "  专项收入                200.00         250.00         -50.00       -20.0\n")


def test_a_figure_one_space_after_a_long_name_and_a_change_left_blank():
    assert counted(CHANGES) == []
    assert counted(CHANGES.replace("  增值税                  500.00", "  增值税                  520.00")) != []


def test_the_base_of_a_percentage_across_a_line_break_is_not_the_changes_subject():
    text = ("2023年，全镇一般公共预算支出完成6000.00万元，为调整预算6250.00万元\n"
            "的96.0%，比上年增加400.00万元，增长7.1%。\n")
    assert counted(text) == []
    assert counted(text.replace("增长7.1%", "增长7.9%")) == ["FL105"]


def test_details_in_brackets_and_parts_named_otherwise_leave_a_total_unbroken():
    text = ("2023年，全镇一般公共预算收入总计7000.00万元，其中：一般公共预算收入4000.00万元，上级补助收入2500.00万元"
            "（返还性收入300.00万元，一般性转移支付收入1200.00万元，专项转移支付收入1000.00万元），"
            "上年结转300.00万元，调入资金200.00万元。\n")
    assert counted(text) == []


def test_a_list_cut_off_with_the_text_may_go_on():
    text = "本年收入合计1,200.00万元;包括财政拨款收入1,100.00万元,占收入合计91.67%;上级补助收入0万元,占收入合计0%;事业收入0万元;经营收入"
    assert counted(text) == []


def test_a_one_item_list_may_be_of_a_total_in_a_wrapped_paragraph():
    text = ("2023年度一般公共预算财政拨款支出3000.00万元，按功能分类：教育支出\n2700.00万元，占90.00%；"
            "社会保障和就业支出200.00万元，占6.67%；\n住房保障支出100.00万元，占3.33%。\n"
            "其中教育支出（类）普通教育（款）高中教育（项）2500.00万元。\n")
    assert counted(text) == []


def test_a_change_naming_its_own_subject_is_not_the_head_of_the_sentence_before():
    text = "2023年度收入总计3500.00万元，支出总计3500.00万元。与上年相比，本年收入合计增加150.00万元，增长4.69%。\n"
    assert counted(text) == []


def test_a_numbered_list_under_its_head_may_wrap_onto_the_next_line():
    text = ("本部门设置党政机构5个、公益性事业机构3个。\n"
            "1.党政机构：（1）党政综合办公室；（2）党建工作办公室；（3）经济发展办公室；\n"
            "（4）社会事务办公室；（5）社会治安和应急管理办公室。\n"
            "2.公益性事业机构：（1）农业综合服务中心；（2）社会事务综合服务中\n心；（3）便民服务中心。\n"
            "（二）人员编制情况\n")
    assert counted(text, ("FL204",)) == []
    assert counted(text.replace("公益性事业机构3个", "公益性事业机构4个"), ("FL204",)) == ["FL204"]


def test_a_bound_stated_with_its_figure_is_not_the_changes_subject():
    text = "2023年公用经费支出190.00万元，控制在预算200.00万元以内，较上年减少10.00万元，下降5.00%。\n"
    assert counted(text) == []
    assert counted(text.replace("下降5.00%", "下降5.26%")) == ["FL105"]


BASIC_DATA = ("附件1\n部门整体支出绩效评价基础数据表\n金额单位：万元\n"
              "\t财政供养人员情况\n\t编制数\n\t2023年实际在职人数\n\t控制率\n\n\n\t72\n\t68\n\t94.44%\n\n"
              "\t经费控制情况\n\t2022年决算数\n\t2023年预算数\n\t2023年决算数\n\n"
              "\t三公经费\n\t10.00\n\t12.00\n\t9.00\n\n\t  1、公务用车购置和维护经费\n\t7.00\n- 2 -\n\n某乡2023年度自评报告\n"
              "\t9.00\n\t6.50\n\n\t  2、公务接待\n\t3.00\n\t3.00\n\t2.50\n\n"
              "\t项目支出\n\t2100.00\n\n\t2300.00\n\n")


def test_a_form_goes_on_past_a_page_number_and_reads_its_second_header():
    text = "2023年度本部门项目支出2300.00万元。\n" + BASIC_DATA
    assert counted(text) == []


def test_what_is_scrapped_or_written_with_a_minus_is_taken_away():
    assert counted("截至2023年12月31日，本单位公务用车保有量5辆（年初5辆，本年购置1辆、报废1辆）。\n") == []
    text = "社区资金结余116,000.00元（上年结余28,000.00元＋本年收入383,000.00元－本年支出295,000.00元）。\n"
    assert counted(text) == []


def test_digits_either_side_of_the_point_swapped_is_a_plain_slip():
    text = "2024年末，全县政府债务余额98.65亿元，控制在限额105.30亿元以内。其中：一般债务余额41.28亿元，专项债务余额56.47亿元。\n"
    found = findings(text)
    assert [f.rule for f in found] == ["FL101"] and "42.18" in str(found[0].message)


def test_rows_with_blank_figures_before_a_page_break_stay_in_their_table():
    from fiscallint.understanding.table_text import find_tables

    text = TWO_SIDES_OVER_A_PAGE.replace(
        "— 1 —", "三、国有资本经营预算财政拨款收入                  三、卫生健康支出                  0.00\n— 1 —")
    tables = find_tables(text)
    assert len(tables) == 1 and tables[0].unit == "万元"


def test_a_part_whose_name_narrows_the_one_before_is_not_one_more_part():
    text = ("截至2023年12月31日，本馆资产总额426.35万元，其中固定资产原值318.60万元、在用固定资产原值306.90万元，"
            "固定资产使用率96.33%；负债总额12.40万元，净资产413.95万元。\n")
    assert counted(text) == []
    # (非财政拨款收入 is beside 财政拨款收入, not inside it)
    assert counted("本年收入100.00万元，其中财政拨款收入80.00万元、非财政拨款收入30.00万元。\n") == ["FL101"]


def test_funds_transferred_out_are_a_part_of_spending_not_taken_away():
    text = ("2023年政府性基金支出总计3,000万元，其中本级支出1,500万元，主要用于库区项目建设，调出资金100万元用于预算财力统筹使用，"
            "结转下年使用1,400万元。\n")
    assert counted(text) == []
    assert counted(text.replace("支出总计3,000", "支出总计3,300")) == ["FL101"]
