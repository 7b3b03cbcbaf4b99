"""Readings that reports written blind to the linter (sets 106 and later)
and real passages judged in session 24 showed wrong or missed: each
consistent passage is silent, and a slip planted in it is found. Every
figure is invented."""
from __future__ import annotations

from readings import counted, findings


# ---------------------------------------------------------------- a classification whose classes' counts add up
def _classes(road_funds: str = "2,218.40") -> str:
    return ("全年共建设项目96个、安排专项资金6,450.20万元，按建设内容分：道路项目41个，"
            f"资金{road_funds}万元；水利项目35个，资金2,871.60万元；产业项目20个，资金1,360.20万元。\n")


def test_a_classification_after_a_total_is_read_whole_when_its_counts_add_up():
    # 41 + 35 + 20 = 96 projects: every class is named, so the amounts add up to the total too
    assert counted(_classes()) == []
    found = findings(_classes("2,281.40"))
    assert [f.rule for f in found] == ["FL101"]
    assert "6,450.20" in found[0].message and "2,281.40" in found[0].message


def test_a_classification_after_a_total_stays_partial_when_its_counts_fall_short():
    # 41 + 35 = 76 of 96 projects: the classes named are only some, so the amounts may fall short
    text = ("全年共建设项目96个、安排专项资金6,450.20万元，按建设内容分：道路项目41个，资金2,218.40万元；"
            "水利项目35个，资金2,871.60万元。\n")
    assert counted(text) == []


# ---------------------------------------------------------------- a row named in two tables, each with several columns
def _two_tables(text_figure: str = "1,862.40") -> str:
    return ("关于2025年预算执行情况的报告\n"
            f"（3）农林水支出{text_figure}万元，完成调整预算的95.22%，同比下降4.10%。\n"
            "表1  2025年一般公共预算支出执行情况表\n"
            "单位：万元\n"
            "功能科目              上年决算数  调整预算数  本年执行数  完成预算%  同比增减%\n"
            "教育支出                  610.00      655.00      640.50      97.79       5.00\n"
            "农林水支出               1,942.00    1,955.90    1,862.40      95.22      -4.10\n"
            "合计                     2,552.00    2,610.90    2,502.90      95.86      -1.92\n"
            "\n"
            "表2  2026年一般公共预算支出预算表\n"
            "单位：万元\n"
            "| 功能科目 | 2025年执行数 | 2026年预算数 |\n"
            "| 教育支出 | 640.50 | 660.00 |\n"
            "| 农林水支出 | 1,862.40 | 1,800.00 |\n"
            "| 合计 | 2,502.90 | 2,460.00 |\n")


def test_a_row_named_in_two_tables_is_held_to_the_amount_of_the_sentences_year_both_give():
    assert counted(_two_tables()) == []
    found = findings(_two_tables("1,826.40"))
    assert [f.rule for f in found if f.severity != "info"] == ["FL106"]
    assert "1,826.40" in found[0].message and "1,862.40" in found[0].message and "决算" in found[0].message


# ---------------------------------------------------------------- a paragraph's full-width indent before a base
def test_a_base_compared_with_after_a_full_width_indent_is_the_base():
    text = "　　与2024年末债务余额812,400.00万元相比，全县政府债务余额净增加97,488.00万元，增长12.00%。\n"
    assert counted(text) == []
    assert [f.rule for f in findings(text.replace("12.00%", "13.00%"))] == ["FL105"]


# ---------------------------------------------------------------- an addition compared with a stock
def test_an_addition_compared_with_last_years_stock_is_no_growth_of_the_addition():
    text = ("2025年，省财政厅核定我县政府债务限额1,050,000.00万元。全年新增债务限额50,000.00万元，"
            "较2024年政府债务限额1,000,000.00万元增长5.0%。\n")
    assert counted(text) == []


# ---------------------------------------------------------------- a part's own 其中 inside a classification
def test_a_parts_own_of_which_list_does_not_run_over_the_outer_lists_items():
    text = ("全县政府性基金预算支出64,000.00万元。\n"
            "按支出功能分类：城乡社区支出30,000.00万元，其中国有土地使用权出让收入安排的支出21,000.00万元；"
            "农林水支出18,000.00万元；交通运输支出10,000.00万元；债务付息支出6,000.00万元。\n")
    assert counted(text) == []
    assert [f.rule for f in findings(text.replace("21,000.00", "31,000.00"))] == ["FL101"]


def test_a_parts_own_of_which_list_ends_at_its_clause_when_the_classification_names_no_whole():
    text = ("全县政府性基金预算支出64,000.00万元，为调整预算70,000.00万元的91.43%。年初预算60,000.00万元。\n"
            "按支出功能分类：城乡社区支出30,000.00万元，其中国有土地使用权出让收入安排的支出21,000.00万元；"
            "农林水支出18,000.00万元；交通运输支出10,000.00万元；债务付息支出6,000.00万元。\n")
    assert counted(text) == []


# ---------------------------------------------------------------- a unit's revenue by more sources than the lexicon names
def _overall_table(total: str = "2,935.50") -> str:
    return ("表1  收入支出决算总体情况表\n"
            "单位：万元\n"
            "| 项目 | 2024年决算数 | 2025年决算数 | 增减额 |\n"
            "| 本年收入合计 | 2,700.00 | 2,810.50 | 110.50 |\n"
            "| 一般公共预算财政拨款收入 | 2,600.00 | 2,690.30 | 90.30 |\n"
            "| 事业收入 | 100.00 | 120.20 | 20.20 |\n"
            "| 年初结转和结余 | 150.00 | 125.00 | （25.00） |\n"
            f"| 收入总计 | 2,850.00 | {total} | 85.50 |\n")


def test_a_source_of_revenue_after_the_lexicons_parts_is_one_more_part_of_the_years_revenue():
    # 事业收入 is a part of 本年收入合计, not a third term of 收入总计
    assert counted(_overall_table()) == []
    found = findings(_overall_table("2,953.50"))
    assert found and all(f.rule in ("FL101", "FL108") for f in found)
    assert all("2,953.50" in f.message for f in found)


# ---------------------------------------------------------------- "上年无此项支出" sets no phase
def test_last_year_having_none_of_an_item_names_no_figure_of_last_year():
    text = ("其中：公务用车购置费18.00万元，上年无此项支出；公务用车运行维护费12.60万元，"
            "较上年增加1.80万元，增长16.67%。\n")
    assert counted(text) == []
    assert [f.rule for f in findings(text.replace("16.67%", "14.29%"))] == ["FL105"]


# ---------------------------------------------------------------- the fiscal grants' 基本支出 is not all funds'
def test_a_change_of_the_fiscal_grants_basic_spending_is_not_held_to_all_funds_basic_spending():
    text = ("表1  收入支出决算总体情况表\n"
            "单位：万元\n"
            "项目\t2024年决算数\t2025年决算数\n"
            "本年支出合计\t2,400.00\t2,300.00\n"
            "  基本支出\t1,800.00\t1,700.00\n"
            "  项目支出\t600.00\t600.00\n"
            "\n"
            "2025年度一般公共预算财政拨款基本支出1,550.00万元，较上年减少90.00万元，下降5.49%。\n")
    assert counted(text) == []


# ---------------------------------------------------------------- a level written negative in a row with a change column
def _balances(change: str = "-1,180.00") -> str:
    return ("养老保险基金收支情况表\n"
            "指标                单位      2024年    2025年      增减\n"
            "基金收入            万元    8,200.00  8,020.00   -180.00\n"
            "基金支出            万元    7,900.00  8,900.00  1,000.00\n"
            f"当年收支结余        万元      300.00   -880.00  {change}\n")


def test_a_change_column_over_a_level_written_negative_keeps_its_sign():
    assert counted(_balances()) == []
    found = findings(_balances("-1,810.00"))
    assert [f.rule for f in found] == ["FL108"] and "-1,810.00" in found[0].message


# ---------------------------------------------------------------- two series 分别 side by side
def test_a_series_after_another_series_is_no_breakdown_of_its_last_figure():
    text = ("2023年至2025年，全县城乡居民医保基金收入分别为41,200.00万元、43,500.00万元、44,100.00万元，"
            "支出分别为39,800.00万元、42,000.00万元、43,900.00万元。\n")
    assert counted(text) == []


# ---------------------------------------------------------------- a change from last year after a rate of the plan
def test_a_growth_from_last_year_after_the_figures_rate_of_its_plan_is_checked():
    text = ("2025年，全县政府性基金预算收入180,000.00万元，为调整预算175,000.00万元的102.9%，"
            "比上年200,000.00万元下降10.0%。\n")
    assert counted(text) == []
    assert [f.rule for f in findings(text.replace("下降10.0%", "下降11.1%"))] == ["FL105"]


# ---------------------------------------------------------------- document numbers whose close was lost
def test_the_digits_after_a_document_numbers_open_bracket_are_no_amount():
    text = ("2024年中央下达我省救灾资金12000万元，具体为：财建〔20241234000万元，财资环〔20245678000万元。\n")
    assert counted(text) == []


# ---------------------------------------------------------------- a disaster's loss is no part of the budget
def test_a_disasters_economic_loss_is_not_held_to_the_budget():
    text = ("全年因灾直接经济损失120亿元。\n"
            "省级财政预算安排8000万元自然灾害生活补助资金，其中6000万元下拨各市县，2000万元用于采购救灾物资。\n")
    assert counted(text) == []


# ---------------------------------------------------------------- what a project was to build, and what it built
def test_what_a_project_was_to_build_is_not_what_it_built():
    text = ("经县发改局批复，项目建设内容为：新建道路1.2公里，砖砌排水沟36米，安装路灯40盏。\n"
            "项目于2025年10月完工，实际完成新建道路1.2公里，砖砌排水沟52米，安装路灯40盏。\n")
    assert counted(text) == []


# ---------------------------------------------------------------- subtotals numbered one inside another
def test_a_subtotal_numbered_inside_another_is_its_part_not_the_totals():
    # an excerpt cut inside the table: 合计's parts may go on, but （一） is a part of 一、, not a second part of 合计
    text = ("资金分配表\n"
            "单位：万元\n"
            "| 单位 | 小计 | 造林 | 森林抚育 |\n"
            "| 合计 | 500 | 300 | 200 |\n"
            "| 一、省本级小计 | 300 | 200 | 100 |\n"
            "| （一）省林业局小计 | 280 | 190 | 90 |\n"
            "| 省国有林场管理")
    assert counted(text) == []


# ---------------------------------------------------------------- a fund form's sections, subsections and items
def _fund_form(interest: str = "40.00") -> str:
    return ("工伤保险基金预算执行情况表\n"
            "单位：万元\n"
            "| 项目 | 预算数 | 执行数 |\n"
            "| 一、期初余额 | 5,000.00 | 5,000.00 |\n"
            "| 二、收入合计 | 1,200.00 | 1,100.00 |\n"
            "| （一）收入小计 | 1,200.00 | 1,100.00 |\n"
            f"| 1.工伤保险费收入 | 1,150.00 | 1,060.00 |\n"
            f"| 2.利息收入 | 50.00 | {interest} |\n"
            "| 三、支出合计 | 1,000.00 | 950.00 |\n"
            "| （一）支出小计 | 1,000.00 | 950.00 |\n"
            "| 1.工伤保险待遇支出 | 980.00 | 940.00 |\n"
            "| 2.劳动能力鉴定支出 | 20.00 | 10.00 |\n"
            "| 四、期末余额 | 5,200.00 | 5,150.00 |\n")


def test_a_numbered_subtotal_heads_the_items_numbered_below_it():
    # （一）收入小计 is 1. + 2., not 期初余额 + 收入合计
    assert counted(_fund_form()) == []
    assert [f.rule for f in findings(_fund_form("4.00"))] == ["FL101"]


# ---------------------------------------------------------------- a row whose blank cells were dropped
def test_a_row_whose_figures_moved_left_is_no_part_of_a_column_sum():
    text = ("收入执行情况表\n"
            "单位：元\n"
            "| 项目 | 预算数 | 调整后预算数 | 累计执行数 | 执行进度(%) |\n"
            "| （一）收入小计 | 1,000,000.00 | 1,000,000.00 | 600,000.00 | 60.00% |\n"
            "| 1.保险费收入 | 950,000.00 | 950,000.00 | 570,000.00 | 60.00% |\n"
            "| 2.利息收入 | 40,000.00 | 40,000.00 | 25,000.00 | 62.50% |\n"
            "| 3.财政补贴收入 | 0.00 | 100.00% | ||\n"
            "| 4.其他收入 | 10,000.00 | 5,000.00 | 50.00% | ||\n")
    assert counted(text) == []


# ---------------------------------------------------------------- a list naming its whole and counting its items
def _projects(third: str = "412.50") -> str:
    return ("2025年度本年支出合计3,600.00万元。其中：基本支出1,100.00万元；项目支出2,500.00万元。\n"
            "项目支出具体包括以下四个项目：1.道路养护1,200.00万元；2.河道清淤687.50万元；"
            f"3.村庄规划编制{third}万元；4.执法巡查200.00万元。\n")


def test_a_list_naming_its_whole_and_counting_its_items_adds_up_to_that_whole():
    assert counted(_projects()) == []
    found = findings(_projects("142.50"))
    assert [f.rule for f in found] == ["FL101"] and "2,500.00" in found[0].message


def test_a_list_naming_its_whole_without_counting_its_items_may_be_some_of_them():
    text = _projects("142.50").replace("具体包括以下四个项目：", "主要用于：")
    assert counted(text) == []


# ---------------------------------------------------------------- a project named in the text and in a table with a category column
def _bond_projects(text_figure: str = "8200") -> str:
    return (f"全年新增专项债券主要投向冷库物流中心建设项目{text_figure}万元、城区供水管网改造项目6100万元等项目，明细详见附表1。\n"
            "附表1  新增专项债券项目表\n"
            "| 序号 | 项目名称 | 项目类别 | 债券金额（万元） |\n"
            "| 1 | 冷库物流中心建设项目 | 交通基础设施 | 8200.00 |\n"
            "| 2 | 城区供水管网改造项目 | 市政基础设施 | 6100.00 |\n"
            "| | 合计 | | 14300.00 |\n")


def test_a_project_named_in_the_text_is_held_to_its_row_past_a_category_cell():
    assert counted(_bond_projects()) == []
    found = findings(_bond_projects("8020"))
    assert [f.rule for f in found] == ["FL106"] and "8020" in found[0].message and "8200.00" in found[0].message


# ---------------------------------------------------------------- a balance at the year's start is no budget
def test_a_balance_brought_forward_names_no_budget_phase():
    from fiscallint.reading import Document
    from fiscallint.understanding.analysis import analyse
    from fiscallint.understanding.table_model import models

    text = ("社会保险基金收支结余表（单位：万元）\n"
            "| 险种 | 本年收入 | 本年支出 | 当年收支结余 | 年初滚存结余 | 年末滚存结余 |\n"
            "| 工伤保险基金 | 1,200.00 | 1,150.00 | 50.00 | 900.00 | 950.00 |\n")
    columns = {c.name: c for c in models(analyse(Document("t.txt", text)))[0].columns}
    assert columns["年初滚存结余"].phase is None


# ---------------------------------------------------------------- a fund's share of its own money, named generically
def test_a_share_of_a_fund_named_generically_is_of_the_fund_stated_before_it():
    text = ("一、总体情况\n"
            "对12个部门2025年度预算执行情况进行了审计，审计资金总额98,000.00万元。\n"
            "二、专项资金审计情况\n"
            "（一）高标准农田建设资金。2025年该项资金到位12,000.00万元。审计抽查项目30个，涉及资金8,400.00万元，占资金总额的70.00%。\n"
            "（二）衔接资金。2025年该项资金到位6,000.00万元。审计抽查项目12个，涉及资金1,500.00万元，占资金总额的25.00%。\n")
    assert counted(text) == []


# ---------------------------------------------------------------- professions under a staff total
def test_doctors_and_nurses_are_some_of_the_technical_staff():
    text = "在职人员中卫生技术人员39人，占83.0%，其中执业（助理）医师15人、注册护士15人。\n"
    assert counted(text) == []
    assert [f.rule for f in findings(text.replace("医师15人", "医师25人"))] == ["FL101"]


# ---------------------------------------------------------------- a limit after a 其中 list
def _debt(special: str = "425,875.76") -> str:
    return (f"截至2025年末，全县政府债务余额622,246.14万元，其中一般债务196,370.38万元、专项债务{special}万元，"
            "债务余额控制在省政府核定的债务限额71.18亿元以内。\n")


def test_a_limit_the_balance_stays_within_is_no_part_of_it():
    assert counted(_debt()) == []
    assert [f.rule for f in findings(_debt("452,875.76"))] == ["FL101"]


# ---------------------------------------------------------------- a rate of what was put right
def test_a_rectification_rate_is_what_was_put_right_over_what_was_to_be():
    text = "涉及应整改金额11,360.00万元，已整改10,351.23万元，整改率91.12%。\n"
    assert counted(text) == []
    assert [f.rule for f in findings(text.replace("91.12%", "91.21%"))] == ["FL103"]


def test_a_rectification_rate_after_other_counts_of_issues_is_left_unread():
    # 已整改38个，正在整改21个，移送13个，整改率66%: which of them the rate counts is unsaid
    text = "审计发现问题82个，已整改问题38个，采纳审计建议10个，正在整改问题21个，移送问题13个，整改率达到66%。\n"
    assert counted(text) == []


# ---------------------------------------------------------------- a part in 元 where 万元 was meant, found by its share
def test_a_share_that_holds_only_with_its_part_read_in_another_unit_names_the_unit():
    text = ("2025年全县共安排衔接资金5,000.00万元，其中中央资金3,000.00万元、省级资金2,000.00万元。"
            "审计抽查项目20个，涉及资金1,500.00元，占资金总额的30.00%。\n")
    found = findings(text)
    assert "FL201" in [f.rule for f in found]
    assert counted(text.replace("1,500.00元", "1,500.00万元")) == []


# ---------------------------------------------------------------- a line opening with a classification code
def test_a_code_opening_a_line_before_its_name_is_no_amount():
    from fiscallint.understanding.quantities import scan

    rows = "303        对个人和家庭的补助          52,180\n30305        生活补助          52,180\n"
    assert [q.text for q in scan(rows)[0]] == ["52,180", "52,180"]
    assert [q.text for q in scan("120 万元用于补助\n")[0]] == ["120 万元"]  # (an amount with its unit stays one)


def test_a_units_slip_of_a_table_cell_names_the_cell_in_the_other_unit():
    from fiscallint.model.claim import Claim
    from fiscallint.deciding.recompute import decide
    from fiscallint.deciding.slips import likely_slip
    from fiscallint.reading import Document
    from fiscallint.understanding.analysis import analyse

    text = "补助69,626万元。\n单位：元\n| 科目名称 | 金额 |\n| 对个人和家庭的补助 | 69,626 |\n"
    a = analyse(Document("t.txt", text))
    prose, cell = [f for f in a.facts if f.q.digits.replace(",", "") == "69626"]
    claim = Claim("crossref", cell, [prose], "eq", "the same figure")
    assert [s.meant for s in likely_slip(claim, decide(claim))] == ["69,626万元"]
