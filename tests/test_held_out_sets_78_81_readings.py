"""Readings that reports written blind to the linter (set 74 and later) and
real passages collected in session 19 showed wrong or missed: each
consistent passage is silent, and a slip planted in it is found. Every
figure is invented."""
from __future__ import annotations
from readings import counted, findings


# ---------------------------------------------------------------- bar rows indented with spaces from the line's start (set 75)
def _indented_bar_table(public: str = "1,046,250.00") -> str:
    return ("表一  2026年收支预算总表\n"
            "项目 | 金额（元）\n"
            "一、收入合计 | 18,096,996.00\n"
            "其中：一般公共预算拨款收入 | 16,284,536.00\n"
            "      政府性基金预算拨款收入 | 1,500,000.00\n"
            "      上年结转 | 312,460.00\n"
            "二、支出合计 | 18,096,996.00\n"
            "其中：基本支出 | 9,372,668.00\n"
            "      其中：人员经费 | 8,326,418.00\n"
            f"            公用经费 | {public}\n"
            "      项目支出 | 8,724,328.00\n\n"
            "以上为本单位收支预算。\n")


def test_a_list_inside_a_bar_rows_item_is_read_from_its_indentation():
    # "其中：基本支出" over "      其中：人员经费" / "            公用经费": the inner list is
    # the 基本支出's, not more items of the 支出合计's
    assert counted(_indented_bar_table()) == []
    found = findings(_indented_bar_table("1,064,250.00"))
    assert [f.rule for f in found] == ["FL101"]
    assert "基本支出" in found[0].message and "1,064,250.00" in found[0].message


# ---------------------------------------------------------------- one cell a line, its header wrapped one piece a line (set 77)
def _one_cell_a_line(total: str = "9135.20") -> str:
    header = ["项目", "调整", "预算数", "决算", "数", "为调整预", "算%", "上年", "决算数", "比上年增", "长%"]
    rows = [("一、税收收入", "6100.00", "6205.40", "101.73", "5930.10", "4.64"),
            ("　增值税", "2600.00", "2650.20", "101.93", "2510.40", "5.57"),
            ("　企业所得税", "3500.00", "3555.20", "101.58", "3419.70", "3.96"),
            ("二、非税收入", "2900.00", "2929.80", "101.03", "3001.20", "-2.38"),
            ("收入合计", "9000.00", total, "101.50", "8931.30", "2.28")]
    lines = ["青石县2025年一般公共预算收入决算表", "单位：万元"] + ["\t" + h for h in header] + [""]
    for r in rows:
        lines += ["\t" + c for c in r] + [""]
    return "\n".join(lines) + "\n附表2\n"


def test_a_header_wrapped_one_piece_a_line_names_the_columns_it_spans():
    # "调整" / "预算数", "为调整预" / "算%": each name runs until a piece ends as a column's
    # name does; the rows' parts are read from their ideographic indentation
    assert counted(_one_cell_a_line()) == []
    found = findings(_one_cell_a_line("9153.20"))
    # the slip breaks the column's sum, the row's rate of the adjusted budget and its change over last year
    assert sorted(f.rule for f in found) == ["FL101", "FL103", "FL108"]
    assert all("收入合计" in f.message and "9153.20" in f.message for f in found)


def _one_cell_a_line_indented(transfer: str = "19640.00") -> str:
    rows = [("本级一般公共预算收入", "8600.00"), ("上级补助收入", transfer), ("\u3000返还性收入", "640.00"),
            ("\u3000一般性转移支付收入", "15200.00"), ("\u3000专项转移支付收入", "3800.00"),
            ("上年结转", "420.00"), ("收入总计", "28660.00")]
    lines = ["青石县2025年一般公共预算收支决算平衡表", "单位：万元", "\t项目", "\t决算数", ""]
    for r in rows:
        lines += ["\t" + c for c in r] + [""]
    return "\n".join(lines) + "\n以上为平衡情况。\n"


def test_rows_one_cell_a_line_indented_with_ideographic_spaces_are_parts_of_the_row_above():
    assert counted(_one_cell_a_line_indented()) == []
    found = findings(_one_cell_a_line_indented("19460.00"))
    assert found and {f.rule for f in found} == {"FL101"}
    assert any("上级补助收入" in f.message and "19460.00" in f.message for f in found)


# ---------------------------------------------------------------- an item's own 其中 ended by the next item said alike (set 77)
_FUNCTIONS = ("全县一般公共预算支出274652.30万元。按支出功能分类：教育支出53485.92万元，完成调整预算的93.37%，"
              "增长13.59%，其中落实学生资助资金{aid}万元；社\n会保障和就业支出41963.25万元，完成调整预算的99.34%，"
              "增长15.91%，主要是提高养老金标准；卫生健康支出29378.38万元，完成调整预算\n的96.81%，下降5.61%。\n")


def test_a_part_of_an_item_is_not_followed_by_the_next_items_said_as_the_item_is():
    assert counted(_FUNCTIONS.format(aid="1872.01")) == []
    # a 其中 said as one part of its item is checked with it: above the item, it is found
    found = findings(_FUNCTIONS.format(aid="58720.01"))
    assert [f.rule for f in found] == ["FL101"] and "58720.01" in found[0].message and "53485.92" in found[0].message


_NON_TAX = ("非税收入2860万元，增长3.1%。其中：行政事业性收费收入820万元，增长12.5%；罚没收入960万元，下降8.2%；"
            "国有资源有偿使用收入430万元，下降4.4%；专项收入{special}万元，增长2.0%。\n")


def test_parts_said_as_their_total_is_stay_in_its_list():
    # every item grows or falls as the total does: none is the next item of an enumeration
    assert counted(_NON_TAX.format(special="650")) == []
    found = findings(_NON_TAX.format(special="750"))
    assert [f.rule for f in found] == ["FL101"] and "750" in found[0].message and "2860" in found[0].message


# ---------------------------------------------------------------- counts of listed items (set 75)
def test_thousands_commas_part_no_items_of_a_counted_list():
    text = ("其中重点项目{n}个：农田建设1,850.00万元、产业扶持资金1,200.00万元、动物防疫补助215.60万元、"
            "种粮补贴工作经费78.50万元。\n")
    assert counted(text.format(n="4")) == []
    found = findings(text.format(n="5"))
    assert [f.rule for f in found] == ["FL204"] and "4 item(s)" in found[0].message


def test_a_count_closing_the_last_items_of_a_list_is_not_checked_against_the_whole_count():
    # "局机关和A、B、C 3个所属事业单位": 1 + 3, not four names in one list
    text = "纳入部门预算编制范围的单位共4个，包括局机关和县农技推广中心、县动物疫控中心、县农经站3个所属事业单位。\n"
    assert counted(text) == []


# ---------------------------------------------------------------- a part's list opened by a colon runs over its ； (set 75)
_LAND = ("政府性基金预算拨款支出22,886.58万元（含上年结转1,236.58万元）。其中本年安排21,650.00万元，包括："
         "征地和拆迁补偿支出15,200.00万元；土地开发支出{dev}万元；其他土地出让收入安排的支出2,100.00万元。\n")


def test_a_parts_list_opened_by_a_colon_runs_over_its_semicolons():
    assert counted(_LAND.format(dev="4,350.00")) == []
    found = findings(_LAND.format(dev="4,530.00"))
    assert [f.rule for f in found] == ["FL101"] and "21,650.00" in found[0].message and "4,530.00" in found[0].message


# ---------------------------------------------------------------- a change naming its subject is not of a part before it (set 78)
def test_a_change_naming_a_whole_is_of_what_its_paragraphs_head_names_not_of_a_part():
    # the change is of the 90.12 spent under the head "2.公务用车购置及运行维护费。",
    # not of the 公务用车购置费 that opens the sentence before it
    text = ("2.公务用车购置及运行维护费。2025年度预算为96.40万元，支出决算为90.12万元，完成预算的93.49%。"
            "其中：公务用车购置费38.20万元，用于更新执法车辆2辆；公务用车运行维护费51.92万元。"
            "与上年相比，公务用车购置及运行维护费增加21.30万元，增长{rate}%。\n")
    assert counted(text.format(rate="30.95")) == []
    found = findings(text.format(rate="33.95"))
    assert [f.rule for f in found] == ["FL105"] and "90.12" in found[0].message and "38.20" not in found[0].message


# ---------------------------------------------------------------- next year's budget against this year's (set 79)
def _budget_ahead(change: str = "-12.50") -> str:
    rows = [("一般公共服务支出", "1600.00", "1552.00", "97.00", "1400.00", change),
            ("农林水支出", "2000.00", "1900.00", "95.00", "2100.00", "5.00"),
            ("合计", "3600.00", "3452.00", "95.89", "3500.00", "-2.78")]
    lines = ["表2  2025年一般公共预算支出执行情况及2026年支出预算表（单位：万元）",
             "| 项目 | 2025年调整预算数 | 2025年执行数 | 完成% | 2026年预算数 | 增减% |"]
    lines += ["| " + " | ".join(r) + " |" for r in rows]
    return "\n".join(lines) + "\n\n以上为预算安排。\n"


def test_a_change_after_next_years_budget_compares_it_with_this_years_budget():
    # 增减% after the 2026 budget: against the 2025 adjusted budget (or its outturn), not
    # 2025's outturn against its budget (完成% says that)
    assert counted(_budget_ahead()) == []
    assert counted(_budget_ahead("-9.79")) == []  # against the outturn: 1400 / 1552
    found = findings(_budget_ahead("-11.50"))
    assert [f.rule for f in found] == ["FL108"]
    assert "1400.00" in found[0].message and "1600.00" in found[0].message


# ---------------------------------------------------------------- a table of main figures against last year (set 78)
def _main_figures(spent: str = "2300.82") -> str:
    rows = [("收入总计", "2467.48", "2337.44", "-130.04", "-5.27"),
            ("本年收入合计", "2440.72", "2297.73", "-142.99", "-5.86"),
            ("本年支出合计", "2427.77", spent, "-126.95", "-5.23"),
            ("其中：基本支出", "1797.12", "1868.02", "70.90", "3.95"),
            ("      项目支出", "630.65", "432.80", "-197.85", "-31.37"),
            ("一般公共预算财政拨款支出", "2382.07", "2252.86", "-129.21", "-5.42"),
            ("机关运行经费", "185.68", "197.49", "11.81", "6.36")]
    lines = ["附表　2025年度主要决算数据与上年对比表", "单位：万元", "|项目|2024年度|2025年度|增减额|增减率（%）|"]
    lines += ["|" + "|".join(r) + "|" for r in rows]
    return "\n".join(lines) + "\n\n以上为主要数据。\n"


def test_totals_of_income_and_spending_in_one_table_head_no_groups():
    # 收入总计 | 本年收入合计 | 本年支出合计 …: rows of main figures, not groups under their totals
    assert counted(_main_figures()) == []
    found = findings(_main_figures("2330.82"))
    assert found and all("2330.82" in f.message for f in found) and "FL101" in {f.rule for f in found}


# ---------------------------------------------------------------- a row between bars whose last cell is blank (set 78)
def _coded_table(pension: str = "281.06") -> str:
    rows = ["|合计||2300.82|1868.02|432.80|", "|201|一般公共服务支出|1794.67|1361.87|432.80|",
            "|2013801|行政运行|1205.44|1205.44||", "|2013802|一般行政管理事务|589.23|156.43|432.80|",
            f"|208|社会保障和就业支出|{pension}|281.06||", "|20805|行政事业单位养老支出|281.06|281.06||",
            "|210|卫生健康支出|225.09|225.09||"]
    return ("表一　2025年度支出决算表\n单位：万元\n|科目编码|科目名称|本年支出合计|基本支出|项目支出|\n"
            + "\n".join(rows) + "\n\n以上为支出决算。\n")


def test_a_row_between_bars_keeps_its_blank_last_cell_in_its_column():
    assert counted(_coded_table()) == []
    found = findings(_coded_table("218.06"))
    assert found and {f.rule for f in found} == {"FL101"} and all("218.06" in f.message for f in found)


# ---------------------------------------------------------------- sets 79-81
def test_what_is_left_to_arrive_is_not_the_plan_of_an_arrival_rate():
    text = "县级配套资金到位{done}万元，尚有86.65万元未到位，县级配套资金到位率为77.59%。\n"
    assert counted(text.format(done="300.00")) == []
    # what arrived against what did not is never read as the rate: the slip goes unread, not misread
    assert counted(text.format(done="390.00")) == []


def _heading_subtotals(first: str = "1,080.00") -> str:
    rows = [("一", "校舍建设类小计", "1,780.30", "1,453.15", "81.62%"), ("1", "教学楼新建", first, "862.40", "79.85%"),
            ("2", "校舍维修改造", "412.30", "398.75", "96.71%"), ("3", "运动场改造", "288.00", "192.00", "66.67%"),
            ("二", "设备购置类小计", "354.20", "351.01", "99.10%"), ("4", "学生课桌椅", "96.00", "96.00", "100.00%"),
            ("5", "多媒体教学设备", "258.20", "255.01", "98.77%"), ("", "合  计", "2,134.50", "1,804.16", "84.52%")]
    lines = ["表2  子项目预算及执行情况", "序号  项目名称            预算数      支出数      执行率"]
    lines += [f"{a:<4}  {b:<16}  {c:>10}  {d:>10}  {e:>8}" for a, b, c, d, e in rows]
    return "\n".join(lines) + "\n\n以上为子项目情况。\n"


def test_subtotals_above_their_rows_head_them_when_the_first_closes_nothing():
    assert counted(_heading_subtotals()) == []
    found = findings(_heading_subtotals("1,008.00"))
    # (with its caption no longer read as a header line, the table's 执行率 column is checked
    # too: 862.40 / 1,008.00 is not 79.85%, the same slip told a second way)
    assert found and {f.rule for f in found} == {"FL101", "FL103"} and any("校舍建设类小计" in f.message for f in found)
    assert all("1,080.00" in f.message for f in found if f.rule == "FL103")


def _group_heads(item: str = "1862.40") -> str:
    rows = ["项目名称                        送审金额   审定金额   核减金额",
            "房建类", "  妇幼保健院改扩建工程          3876.54    3652.08    224.46",
            "  第二实验学校建设工程          6218.37    5894.16    324.21",
            "  小计                          10094.91   9546.24    548.67",
            "市政类", "  综合管廊工程                  7435.62    6987.35    448.27",
            f"  背街小巷改造工程              {item}    1741.85    120.55",
            "  小计                          9298.02    8729.20    568.82",
            "合计                            19392.93   18275.44   1117.49"]
    return "表2  政府投资项目结算审计情况（金额单位：万元）\n\n" + "\n".join(rows) + "\n\n以上为审计结果。\n"


def test_a_subtotal_under_a_group_name_without_figures_stands_for_the_group():
    assert counted(_group_heads()) == []
    found = findings(_group_heads("1826.40"))
    assert found and {f.rule for f in found} <= {"FL101", "FL108"} and all("1826.40" in f.message for f in found)


def test_counts_under_two_sub_sections_of_two_fields_are_two_figures():
    text = ("（四）重点民生资金方面\n\n反映问题11个，问题金额394.18万元，已整改371.42万元。\n\n"
            "（五）政府投资项目方面\n\n反映问题10个，问题金额1,800.28万元，已整改1,547.24万元。\n")
    assert counted(text) == []


def test_a_breakdown_after_a_sentence_of_parallel_items_is_not_of_the_last_item():
    text = ("从问题性质看，超标准列支386.25万元，采购程序不规范742.18万元，资产未入账968.43万元，"
            "其他问题371.85万元。其中，县水利局查出问题金额1,024.36万元，占问题总额的41.5%。\n")
    assert "FL101" not in counted(text)


_ADDED = ("2026年全乡一般公共预算收入预算1317.13万元，比上年预算增长2.4%。其中，税收收入1048.10万元，非税收入269.03万元。"
          "预计上级补助收入2347.73万元，加上年结转141.41万元和调入资金37.04万元，收入总计{total}万元。\n")


def test_what_is_added_may_add_to_the_paragraphs_head_stated_before_its_sentence():
    assert counted(_ADDED.format(total="3843.31")) == []
    found = findings(_ADDED.format(total="3834.31"))
    assert [f.rule for f in found] == ["FL101"] and "3834.31" in found[0].message


def test_a_row_tree_of_rows_without_figures_reads_without_error():
    # (a block of the 合计 table read before its figures are known: no row has one)
    from fiscallint.support.lexicon import default_lexicon
    from fiscallint.understanding.row_tree import row_tree
    from fiscallint.understanding.table_text import find_tables

    table = find_tables("项目  预算数  决算数\n一般公共服务支出  10.00  9.00\n农林水支出  5.00  4.00\n合计  15.00  13.00\n")[0]
    parent, _ = row_tree(default_lexicon(), table, {})
    assert len(parent) == len(table.rows)


# ---------------------------------------------------------------- real passages of session 19 (readings only; figures invented)
def test_a_total_over_a_numbered_row_left_without_figures_is_not_checked():
    # the 支出 side's "二、" row has lost its cells: the total's parts are unknown, not short
    text = ("表1:2020年全市一般公共预算收支决算平衡表\n单位:亿元\n"
            "收入 | 执行数 | 决算数 | 支出 | 执行数 | 决算数 |\n总计 | 5885 | 5895 | 总计 | 5885 | 5895 |\n"
            "一、本级收入 | 2095 | 2095 | 一、本级支出 | 4894 | 4894 |\n税收 | 1431 | 1431 | |||\n非税 | 664 | 664 | |||\n"
            "二、转移性收入 | 3790 | 3800 | 二、\n")
    assert "FL101" not in counted(text)


def _span_under_the_outturn(rate: str = "7.48") -> str:
    return ("单位:万元\n项 目 | 2024年决算数 | 2025年预算调整数 | 2025年执行数 | ||\n"
            "金额 | 占调整预算% | 比上年增长% | |||\n"
            f"一、税收收入 | 401 | 431 | 431 | 100 | {rate} |\n增值税 | 266 | 292 | 292 | 100 | 9.77 |\n"
            "企业所得税 | 135 | 139 | 139 | 100 | 2.96 |\n\n以上。\n")


def test_a_second_header_row_of_an_amount_and_its_rates_spans_the_outturn_not_the_budget():
    # "占调整预算%" names what the rate divides by, not the column spanning it
    assert counted(_span_under_the_outturn()) == []
    found = findings(_span_under_the_outturn("8.48"))
    assert [f.rule for f in found] == ["FL108"] and "8.48" in found[0].message and "401" in found[0].message


def test_a_figure_written_as_this_years_is_not_last_years():
    text = ("2020年,一般公共预算支出年初预算为5646万元,决算数为6721万元,较上年增长6.8%。"
            "主要是:一般公共服务支出增加235万元。2019年农林水支出减少165.7万元。一般公共预算支出6721万元,加上补助乡镇支出715万元。\n")
    assert "FL105" not in counted(text)


def test_shares_of_each_figures_own_adjusted_budget_are_not_of_one_whole():
    text = ("全市一般公共预算支出调整为795622万元，实际完成791944万元，占年调整预算的99.5%，增长12%。\n"
            "市本级一般公共预算支出调整为683286万元，实际完成679647万元，占年调整预算的99.5%，增长13.5%。\n")
    assert counted(text) == []


def test_a_total_net_of_what_its_note_says_is_not_a_plain_sum():
    text = ("全区财政综合预算收入629.4亿元（已剔除从政府性基金预算调入54.5亿元），完成预算的107.1%。"
            "其中：一般公共预算总收入485.7亿元，政府性基金预算收入170.3亿元，国有资本经营预算收入14.7亿元。\n")
    assert counted(text) == []


def test_an_amount_in_yi_in_a_report_written_in_yi_is_no_unit_slip():
    text = ("民生工程财政十三项支出32.68亿元。全区落实减税降费6.95亿元，惠及纳税人1.22万户。累计发放补贴1.05亿元。"
            "共获得衔接推进乡村振兴补助资金总额7714万元，批复项目155个。\n")
    assert "FL201" not in counted(text)


# ---------------------------------------------------------------- set 79-80 slips' documents, read without false findings
def test_the_total_of_the_rest_is_not_the_whole():
    text = ("2026年一般公共预算支出安排5553.33万元，其中基本支出2352.84万元，项目支出3200.49万元。"
            "其余公共安全、教育、卫生健康等支出合计1090.44万元。\n")
    assert counted(text) == []


def test_a_grades_bounds_are_no_sum():
    text = ("评价指标体系包括决策、过程、产出、效益4个一级指标，分值分别为15分、25分、35分、25分。"
            "评价等级：优（90分以上，含90分）、良（80分—90分，含80分）、中（60分—80分，含60分）、差（60分以下）。\n")
    assert counted(text) == []


def test_a_part_named_as_its_total_says_the_list_is_of_another_figure():
    text = ("2023年全年支出2515.66万元，预算执行率97.20%，年末结余72.54万元。其中：营养膳食补助支出2032.46万元，"
            "执行率97.63%，结余49.34万元；食堂改造补助支出96.80万元；县级运转补助386.40万元全部支出。\n")
    assert "FL101" not in counted(text)


def test_a_rate_past_a_semicolon_is_of_the_item_its_clause_names():
    text = ("完成人工造林3,680亩，超额完成目标；退化林修复2,450亩，完成率87.50%，有350亩未实施；"
            "清理病死树11,860株，完成率94.88%。\n")
    assert counted(text) == []
    # a plan named past the ；goes with its clause: "；全年完成95万元" is the rate's actual
    text = "全年预算100万元；全年执行85万元，执行率{rate}%。\n"
    assert counted(text.format(rate="85.00")) == []
    assert counted(text.format(rate="58.00")) == ["FL103"]


_AGAINST_LAST_YEAR = ("2025年全镇一般公共预算收入完成3124.55万元，完成预算的97.2％。"
                      "与上年完成数2986.13万元相比，增收{delta}万元，增长4.6％。\n")


def test_a_sentence_opening_with_last_years_figure_compares_the_head_before_with_it():
    assert counted(_AGAINST_LAST_YEAR.format(delta="138.42")) == []
    found = findings(_AGAINST_LAST_YEAR.format(delta="138.24"))
    assert [f.rule for f in found] == ["FL104"] and "3124.55" in found[0].message and "2986.13" in found[0].message
    # a budget heading the sentence before is not what is compared with last year's outturn
    text = ("全县收入决算数为49660.36万元。年初预算为50790.98万元，决算数完成年初预算的97.8%。"
            "与上年决算数45419.02万元相比，增加4241.34万元，增长9.3%。\n")
    assert counted(text) == []


def _audit_cuts(rate: str = "6.74%") -> str:
    rows = [("综合管廊工程", "7435.62", "6987.35", "448.27", "6.03%"),
            ("快速化改造工程", "9416.35", "8781.96", "634.39", rate),
            ("合计", "16851.97", "15769.31", "1082.66", "6.42%")]
    lines = ["表2  政府投资项目审计核减情况（单位：万元）", "| 项目 | 送审金额 | 审定金额 | 核减金额 | 核减率 |"]
    lines += ["| " + " | ".join(r) + " |" for r in rows]
    return "\n".join(lines) + "\n\n以上为审计结果。\n"


def test_an_audits_cut_rate_is_the_cut_over_the_sum_sent_for_audit():
    assert counted(_audit_cuts()) == []
    found = findings(_audit_cuts("7.64%"))
    assert [f.rule for f in found] == ["FL103"] and "634.39" in found[0].message and "9416.35" in found[0].message


def test_a_share_of_the_last_of_two_joined_names_is_not_of_their_total():
    text = ("省级一般公共预算总支出安排6571.85亿元。其中，对市县税收返还和转移支付4404.78亿元，占总支出的67%"
            "（包括一般性转移支付3030.61亿元，占转移支付比重达82%；专项转移支付663.82亿元）。\n")
    assert "FL102" not in counted(text)


def test_a_total_left_blank_where_some_of_its_parts_are_blank_too_is_not_flagged():
    text = ("附表3　2025年国有资本经营预算收支决算表\n单位：元\n项目|预算数|决算数\n利润收入|6,012,584.00|6,302,766.00\n"
            "其他收入|345,449.00|344,057.00\n收入合计|6,358,033.00|6,646,823.00\n上级补助收入||295,171.00\n"
            "上年结转||1,520,346.00\n收入总计||8,462,340.00\n\n以上为决算。\n")
    assert counted(text) == []
    # every part filled and the total blank: flagged
    text = ("附表3　2025年国有资本经营预算收支决算表\n单位：元\n项目|预算数|决算数\n利润收入|6,012,584.00|6,302,766.00\n"
            "其他收入|345,449.00|344,057.00\n收入合计||6,646,823.00\n\n以上为决算。\n")
    assert counted(text) == ["FL108"]


def test_a_change_column_is_no_bound_of_the_changes_of_some_parts():
    # 基本支出 lists only its 人员经费 under it: their levels are bounded, their changes are not
    text = ("表1  2024-2025年度支出对比情况表\n单位：万元\n"
            "| 项目 | 2024年决算数 | 2025年决算数 | 增减额 | 增减率 |\n"
            "| 基本支出 | 1020.00 | 1040.00 | 20.00 | 1.96% |\n"
            "| 其中：人员经费 | 800.00 | 847.39 | 47.39 | 5.92% |\n\n以上为对比情况。\n")
    assert counted(text) == []


def test_the_rests_total_after_listed_items_is_not_their_sum():
    text = ("一般公共预算财政拨款支出主要用于以下方面：一般公共服务支出537.25万元，占29.00%；农林水支出361.20万元，"
            "占19.50%；社会保障和就业支出300.67万元，占16.23%；其他各类支出合计653.33万元，占35.27%。\n")
    assert counted(text) == []
