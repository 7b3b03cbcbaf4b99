"""Readings that reports written blind to the linter (sets 162 and later)
and real passages judged in session 29 showed wrong or missed: each
consistent passage is silent, and a slip planted in it is found. Every
figure is invented."""
from __future__ import annotations

from readings import counted, findings


# ---------------------------------------------------------------- a rate column of two actuals
_TWO_ACTUALS = ("表1  资金到位及使用情况表\n单位：万元\n"
                "来源\t全年\t实际\t实际\t到位率\t执行率\n\t预算数\t到位数\t支出数\t（%）\t（%）\n"
                "省级资金\t500.00\t500.00\t480.00\t100.00\t96.00\n"
                "县级资金\t300.00\t240.00\t240.00\t80.00\t80.00\n"
                "合计\t800.00\t740.00\t720.00\t92.50\t{rate}\n")


def test_an_execution_rate_is_of_the_spending_not_of_the_funds_received():
    assert counted(_TWO_ACTUALS.format(rate="90.00")) == []
    found = findings(_TWO_ACTUALS.format(rate="93.00"))
    assert [f.rule for f in found] == ["FL103"]
    assert "720" in found[0].message and "740" not in found[0].message and "90.0000" in found[0].message


# ---------------------------------------------------------------- two rate names one space apart
_EXECUTION_FORM = ("附表1\n          某乡2025年一般公共预算收支执行表\n"
                   "                                                   单位：万元\n"
                   "项　　目                    上年执行数  本年预算数  本年执行数   为预算% 比上年增长%\n"
                   "一、税收收入                    200.00      210.00      {tax}    100.00        5.00\n"
                   "　　增值税                      120.00      126.00      126.00    100.00        5.00\n"
                   "　　企业所得税                   80.00       84.00       84.00    100.00        5.00\n"
                   "二、非税收入                     50.00       60.00       55.00     91.67       10.00\n"
                   "收入合计                        250.00      270.00      265.00     98.15        6.00\n")


def test_two_rate_names_one_space_apart_head_two_columns():
    from fiscallint.understanding.table_text import find_tables

    (table,) = [t for t in find_tables(_EXECUTION_FORM.format(tax="210.00")) if t.rows]
    assert table.header[-2:] == ["为预算%", "比上年增长%"]
    assert counted(_EXECUTION_FORM.format(tax="210.00")) == []


def test_a_slip_in_the_execution_form_is_found_in_its_column():
    found = findings(_EXECUTION_FORM.format(tax="201.00"))
    assert {f.rule for f in found} == {"FL101", "FL103", "FL108"}
    assert any("本年执行数" in f.message and "210" in f.message for f in found if f.rule == "FL101")
    # 为预算% is this year's outturn over this year's budget, not last year's outturn over it
    (rate,) = [f for f in found if f.rule == "FL103"]
    assert "201.00" in rate.message and "210.00" in rate.message and "200.00" not in rate.message


# ---------------------------------------------------------------- an indicator's score graded, not computed
_SCORED = ("项目支出绩效自评表\n一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分\n"
           "产出指标 | 数量指标 | 新建冷藏库容量 | 6000立方米 | {done}立方米 | 10 | {score}\n"
           "产出指标 | 质量指标 | 工程验收合格率 | 100% | 100% | 10 | 10\n")


def test_a_score_graded_in_half_points_off_the_proportional_rule_is_info():
    from readings import every_finding

    for done, score in (("3000", "6.5"), ("5400", "8"), ("5400", "9.5")):  # above and below 5 and 9
        text = _SCORED.format(done=done, score=score)
        assert counted(text) == []
        assert [f.rule for f in every_finding(text) if f.severity == "info"] == ["FL301"]


def test_a_computed_score_off_the_rule_or_one_far_below_it_is_still_told():
    assert counted(_SCORED.format(done="5400", score="9.09")) == ["FL301"]  # 9.00 with a digit slipped
    assert counted(_SCORED.format(done="5400", score="2")) == ["FL301"]  # far below the 9 the rule gives


# ---------------------------------------------------------------- digits written in the other unit
_PAID = ("全年发放养老服务补贴{paid}。项目全年预算20.00万元，执行率96.60%。\n"
         "表3 补贴发放情况\n单位：万元\n| 档次 | 人数 | 金额 |\n| 80—89周岁 | 92 | 11.04 |\n| 90周岁以上 | 21 | 8.28 |\n"
         "| 合计 | 113 | 19.32 |\n"
         "全年月均补贴113人，发放补贴资金19.32万元。\n")


def test_digits_the_report_writes_in_wan_yuan_written_once_in_yuan_are_a_unit_slip():
    assert counted(_PAID.format(paid="19.32万元")) == []
    found = findings(_PAID.format(paid="19.32元"))
    assert [f.rule for f in found] == ["FL201"] and "万元" in found[0].message


def test_round_or_unrelated_digits_in_the_other_unit_are_no_slip():
    # a standard per person (每人每月100元) or round digits say nothing of the amount's unit
    text = ("补贴标准为每人每月19.32元，全年发放补贴资金19.32万元。\n"
            "| 项目 | 金额（万元） |\n| 补贴资金 | 19.32 |\n")
    assert counted(text) == []
    text = "全年发放慰问金1500元。\n全年发放补贴资金1500万元，补贴资金1500万元已全部拨付。\n"
    assert counted(text) == []


# ---------------------------------------------------------------- rows whose one figure lost its blank cell
_DETAIL = ("二、项目支出明细情况\n支出内容 | 计划支出数 | 实际支出数 |\n燃料费 | 177.80 |\n保险费 | 61.35 |\n"
           "劳务费 | {third} |\n支出合计 | 1355.81 | {actual} |\n")


def test_rows_adding_up_to_another_columns_total_are_told_as_info():
    # a blank cell lost before each figure, or a budget spent in full: which column is unclear
    from readings import every_finding

    text = _DETAIL.format(third="84.68", actual="323.83")
    assert counted(text) == []
    assert [(f.rule, f.severity) for f in every_finding(text)] == [("FL101", "info")]


def test_rows_adding_up_to_no_total_of_the_row_are_still_told():
    # (their sum is far from either total: read as a list that may leave rows out, info)
    from readings import every_finding

    found = every_finding(_DETAIL.format(third="84.68", actual="330.00"))
    assert [f.rule for f in found] == ["FL101"] and "1355.81" in found[0].message
    found = findings(_DETAIL.format(third="1116.76", actual="330.00"))  # 1116.66 with two digits swapped
    assert [f.rule for f in found] == ["FL101"] and "1355.91" in found[0].message


# ---------------------------------------------------------------- a rate whose budget is in the table row of its actual
_FUND_FORM = ("全镇政府性基金预算收入完成4,288.31万元，为预算的{rate}，比上年下降14.6%。\n\n"
              "附表2  政府性基金预算收支执行表\n单位：万元\n"
              "项目 | 上年执行数 | 本年预算数 | 本年执行数 | 为预算% | 比上年增长%\n"
              "政府性基金收入 | 5,019.16 | 4,598.09 | 4,288.31 | 93.3 | -14.6\n")


def test_a_rate_of_an_outturn_stated_in_a_table_row_is_of_that_rows_budget():
    assert counted(_FUND_FORM.format(rate="93.3%")) == []
    found = findings(_FUND_FORM.format(rate="86.6%"))
    assert [f.rule for f in found] == ["FL103"] and "4,598.09" in found[0].message


def test_an_outturn_in_two_table_rows_gives_its_rate_no_budget():
    text = _FUND_FORM.format(rate="86.6%") + "国有土地使用权出让收入 | 3,900.00 | 3,700.00 | 4,288.31 | 115.9 | 10.0\n"
    assert "FL103" not in counted(text)


def test_a_rate_that_says_what_it_is_over_takes_no_budget_from_the_row():
    text = ("全年实际支出438.92万元，预算执行率95.44%（按到位资金计算），结余20.98万元。\n\n"
            "| 子项目 | 预算数 | 到位数 | 实际支出 |\n| 合计 | 480.00 | 459.90 | 438.92 |\n")
    assert counted(text) == []
    # and a rate over any other amount of the row holds: 438.92 / 459.90
    assert counted(text.replace("（按到位资金计算）", "")) == []


# ---------------------------------------------------------------- a project named in quotes
def test_a_project_named_in_quotes_owns_its_outturn():
    table = ("收入支出决算总表\n单位：万元\n| 项目 | 行次 | 金额 | 项目 | 行次 | 金额 |\n"
             "| 一、财政拨款收入 | 1 | 3,829.64 | 一、城乡社区支出 | 32 | 3,869.91 |\n"
             "| 本年收入合计 | 9 | 3,829.64 | 本年支出合计 | 40 | 3,869.91 |\n\n")
    text = table + ("从自评情况看，“城建档案数字化经费”项目全年预算数173.98万元，全年执行数169.13万元，"
                    "预算执行率97.21%。\n")
    assert counted(text) == []
    # the unit's own outturn in words is still the table's
    assert "FL106" in counted(table + "全年执行数3,896.91万元。\n")


# ---------------------------------------------------------------- a list opening a sentence of its own
def test_a_list_after_the_full_stop_of_its_count_is_its_list():
    text = "学校设置{n}个工作部门。即：办公室、教务处、总务处、德育处、后勤处。\n"
    assert counted(text.format(n="5")) == []
    found = findings(text.format(n="4"))
    assert [f.rule for f in found] == ["FL204"] and "5" in found[0].message


def test_a_sentence_opening_with_ji_jiang_is_no_list():
    assert counted("学校设置4个工作部门。即将增设办公室、教务处、总务处、德育处、后勤处。\n") == []
    assert counted("全镇共有行政村12个。即日起，清水村、梨树村、金盆村率先开展人居环境整治。\n") == []
    assert counted("项目覆盖全镇12个行政村。即可保障清水村、梨树村、金盆村群众安全饮水，又可改善灌溉条件。\n") == []



# ---------------------------------------------------------------- review of f688755
def test_a_rate_naming_the_initial_budget_takes_no_other_budget_from_the_row():
    text = ("全乡政府性基金预算收入完成2,156.38万元，完成年初预算的119.8%，完成调整预算的98.0%。\n\n"
            "附表2  政府性基金预算收支执行表\n单位：万元\n"
            "项目 | 上年执行数 | 本年预算数 | 本年执行数 | 为预算% | 比上年增长%\n"
            "政府性基金收入 | 1,893.12 | 2,200.40 | 2,156.38 | 98.0 | 13.9\n")
    assert counted(text) == []


def test_a_round_outturn_or_a_projects_takes_no_budget_from_a_table_row():
    table = ("\n附表1  一般公共预算支出执行表\n单位：万元\n项目 | 本年预算数 | 本年执行数 | 为预算%\n"
             "住房保障支出 | 452.00 | 480.00 | 106.2\n农林水支出 | 1,231.36 | 1,166.73 | 94.8\n")
    assert counted("全年支出480.00万元，预算执行率96.0%。\n" + table) == []
    assert counted("（一）高标准农田建设项目。全年支出1,166.73万元，预算执行率96.0%。\n" + table) == []
    assert counted("高标准农田建设项目全年支出1,166.73万元，预算执行率96.0%。\n" + table) == []
    # a project named in another clause leaves the unit's own outturn checked
    assert counted("今年实施高标准农田建设项目后，全镇农林水支出1,166.73万元，为预算的96.0%。\n" + table) == ["FL103"]
    assert counted("全镇农林水支出1,166.73万元，为预算的94.8%。\n" + table) == []
    assert counted("全镇农林水支出1,166.73万元，为预算的96.0%。\n" + table) == ["FL103"]


def test_words_that_only_look_like_a_price_leave_the_unit_slip_told():
    head = "县财政下达管护经费15.68万元。\n| 项目 | 金额（万元） |\n| 管护经费 | 15.68 |\n"
    for said in ("管护经费按时拨付15.68元。", "管护经费15.68元一次性拨付到村。", "管护经费均已拨付15.68元。"):
        assert counted(head + said + "\n") == ["FL201"]


def test_a_price_per_unit_has_no_unit_slip_of_its_digits():
    text = ("管护面积10000亩，管护经费按15.68元/亩核定，全年拨付管护经费15.68万元。\n"
            "| 项目 | 金额（万元） |\n| 管护经费 | 15.68 |\n")
    assert counted(text) == []
    assert counted(text.replace("按15.68元/亩核定", "每亩补助15.68元")) == []


def test_full_marks_for_a_target_clearly_missed_are_told_a_met_targets_deduction_is_not():
    assert counted(_SCORED.format(done="3000", score="10")) == ["FL301"]  # half done, full marks
    # a met target with points taken off for quality (7 of 10, half of them) is graded, not computed
    for score in ("7", "5"):
        text = _SCORED.replace("| 100% | 100% | 10 | 10", f"| 100% | 100% | 10 | {score}")
        assert counted(text.format(done="6000", score="10")) == []
    text = _SCORED.replace("| 100% | 100% | 10 | 10", "| 100% | 100% | 10 | 2")
    assert counted(text.format(done="6000", score="10")) == ["FL301"]  # under half: a digit more likely


def test_a_quoted_slogan_is_no_project():
    table = ("收入支出决算总表\n单位：万元\n| 项目 | 行次 | 金额 | 项目 | 行次 | 金额 |\n"
             "| 一、财政拨款收入 | 1 | 3,829.64 | 一、农林水支出 | 32 | 3,869.91 |\n"
             "| 本年收入合计 | 9 | 3,829.64 | 本年支出合计 | 40 | 3,869.91 |\n\n")
    text = table + "我局紧紧围绕“菜篮子”工程和现代农业产业发展，本年支出合计3,896.91万元。\n"
    assert "FL106" in counted(text)


def test_an_execution_form_named_by_years_and_one_of_two_sides():
    by_years = ("附表1\n          某镇2025年政府性基金预算收支执行表\n                                  单位：万元\n"
                "项　　目                    2024年执行数  2025年预算数  2025年执行数   为预算% 比上年增长%\n"
                "国有土地使用权出让收入           860.00        900.00        855.00     {rate}       -0.58\n"
                "城市基础设施配套费收入            40.00         50.00         45.00     90.00       12.50\n"
                "收入合计                         900.00        950.00        900.00     94.74        0.00\n")
    assert counted(by_years.format(rate="95.00")) == []
    (found,) = findings(by_years.format(rate="97.00"))
    assert found.rule == "FL103" and "855.00" in found.message and "860.00" not in found.message
    sides = ("附表3  某镇2025年一般公共预算收支执行总表\n单位：万元\n"
             "收入项目 | 预算数 | 执行数 | 为预算% | 支出项目 | 预算数 | 执行数 | 为预算%\n"
             "税收收入 | 620.00 | 651.00 | 105.0 | 一般公共服务支出 | 1,240.00 | 1,215.20 | {rate}\n"
             "非税收入 | 180.00 | 162.00 | 90.0 | 农林水支出 | 2,360.00 | 2,218.40 | 94.0\n")
    assert counted(sides.format(rate="98.0")) == []
    (found,) = findings(sides.format(rate="89.0"))
    assert found.rule == "FL103" and "1,240.00" in found.message and "620.00" not in found.message


def test_a_total_row_with_its_code_blank_opens_the_table_under_its_header():
    text = ("   某局2026年一般公共预算基本支出预算表\n\n                                             单位：万元\n"
            "  科目编码               科目名称               预算数\n"
            "              合计                              {total}\n"
            "  301         工资福利支出                      100.00\n"
            "  30101         基本工资                         60.00\n"
            "  30102         津贴补贴                         40.00\n"
            "  302         商品和服务支出                     30.00\n"
            "  30201         办公费                           18.00\n"
            "  30211         差旅费                           12.00\n")
    assert counted(text.format(total="130.00")) == []
    assert counted(text.format(total="140.00")) == ["FL101"]
    assert counted(text.format(total="130.00").replace("12.00\n", "11.00\n")) == ["FL101"]


def test_an_item_naming_a_group_given_before_is_no_listed_name():
    text = ("本部门所属二级单位3个，包括：县人民医院、县中医医院、县疾控中心。"
            "纳入部门预算编制范围的单位共4个，即局机关本级和上述所属二级单位。\n")
    assert counted(text) == []


# ---------------------------------------------------------------- real50 readings
def test_a_list_after_a_change_is_the_changes_split_not_a_levels():
    text = ("(1)一般公共预算财政拨款收入 799.80 万元。年初预算635.99万元,其中:基本支出预算619.67万元,"
            "项目支出预算16.32万元;年中预算调增163.81万元,其中基本支出预算调增30.10万元,项目支出预算调增133.71万元"
            "(其中:中央、省级转移支付项目资金92.61万元,市级项目资金41.10万元)。\n")
    assert counted(text) == []
    assert counted(text.replace("项目支出预算16.32万元", "项目支出预算18.32万元")) == ["FL101"]


def test_a_bracket_after_a_noun_joined_to_the_count_is_that_nouns():
    text = "市文联设有办公室、人事部、宣传部、组织联络部、创作服务部、活动交流部6个部室和机关党委（工会、党建工作部）。\n"
    assert counted(text) == []
    assert counted("市文联设有6个部室（办公室、人事部、宣传部、组织联络部、创作服务部）。\n") == ["FL204"]
    assert counted("全年建成4个和美乡村示范村（清水村、梨树村、金盆村）。\n") == ["FL204"]  # 和美: one word


# ---------------------------------------------------------------- a project table with its scale written out
def test_a_rows_place_and_scale_are_no_name_of_it():
    text = ("表1　涉农项目明细表\n序号\t项目名称\t实施地点\t建设规模\t预算数\n\t\t\t（计算依据）\t（万元）\n"
            "1\t清水片区高标准农田建设项目\t清水村、梨树村\t1,950亩×2,500元/亩\t487.50\n"
            "2\t金盆村通组公路硬化工程\t金盆村\t1.75公里×57.60万元/公里\t100.80\n"
            "3\t清水村村内道路硬化项目\t清水村\t一事一议财政奖补\t22.00\n"
            "4\t桃源村村文化广场建设项目\t桃源村\t一事一议财政奖补\t22.00\n"
            "\t合计\t\t\t{total}\n")
    assert counted(text.format(total="632.30")) == []
    found = findings(text.format(total="632.80"))
    assert [f.rule for f in found] == ["FL101"] and "632.30" in found[0].message


def test_serial_numbers_under_a_blank_total_cell_are_no_parts():
    text = ("表1　一事一议财政奖补项目投资构成表\n单位：万元\n"
            "序号  村名    项目名称          建设规模                 总投资  财政奖补\n"
            "   1  河口村  村内主干道硬化    硬化道路1.20公里          46.74     36.00\n"
            "   2  柏树村  村文化广场建设    广场1,200平方米           34.57     28.00\n"
            "   3  柏树村  太阳能路灯安装    路灯86盏                  20.64     16.00\n"
            "      合计                                                101.95     80.00\n")
    assert counted(text) == []


def test_a_bracket_after_a_count_is_the_counts_not_the_amount_before():
    text = ("上湾组道路硬化0.96公里，总投资{total}万元，其中财政奖补资金26.00万元，村民筹资2.12万元，"
            "村民筹劳290个工日（每工日按120元折资，合计3.48万元），村集体投入1.60万元。\n")
    # (the bracket's 3.48万元 is the count's value in money: the list read without it falls short, info)
    assert counted(text.format(total="33.20")) == []
