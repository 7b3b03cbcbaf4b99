"""Readings that reports written blind to the linter (sets 92 and later)
and real passages judged in session 22 showed wrong or missed: each
consistent passage is silent, and a slip planted in it is found. Every
figure is invented."""
from __future__ import annotations

from fiscallint.understanding.table_text import find_tables
from readings import counted, findings


# ---------------------------------------------------------------- a PDF export's three-line header over a coded table
def _coded_grants(pension: str = "311.50") -> str:
    """科目编码 and its header words wrapped over three lines (the first line's
    names, their ends, the span's columns): the code column's name is lost."""
    head = ("一般公共预算财政拨款支出决算表\n"
            "部门：某某镇人民政府\t\t金额单位：万元\n"
            "科目编码  科目名称                            本年收入  本年支出                      年末结转\n"
            "                                                                                      和结余\n"
            "                                                          小计      基本支出  项目支出\n")
    rows = [
        ("", "合计", "935.70", "915.70", "603.20", "312.50", "20.00"),
        ("208", "社会保障和就业支出", "411.50", "411.50", "311.50", "100.00", ""),
        ("20805", "行政事业单位养老支出", "311.50", pension, "311.50", "", ""),
        ("2080501", "行政单位离退休", "68.30", "68.30", "68.30", "", ""),
        ("2080505", "机关事业单位基本养老保险缴费支出", "170.20", "170.20", "170.20", "", ""),
        ("2080506", "机关事业单位职业年金缴费支出", "73.00", "73.00", "73.00", "", ""),
        ("20810", "社会福利", "100.00", "100.00", "", "100.00", ""),
        ("2081002", "老年福利", "100.00", "100.00", "", "100.00", ""),
        ("212", "城乡社区支出", "524.20", "504.20", "291.70", "212.50", "20.00"),
        ("21201", "城乡社区管理事务", "524.20", "504.20", "291.70", "212.50", "20.00"),
        ("2120101", "行政运行", "291.70", "291.70", "291.70", "", ""),
        ("2120199", "其他城乡社区管理事务支出", "232.50", "212.50", "", "212.50", "20.00"),
    ]
    body = ""
    for code, name, income, total, basic, project, carried in rows:
        name += " " * (40 - 2 * len(name))  # padded to its place on screen (a character two columns wide)
        body += f"{code:<10}{name}{income:>8}  {total:>8}  {basic:>8}  {project:>8}  {carried:>8}".rstrip() + "\n"
    return head + body


def test_a_code_column_whose_name_a_wrapped_header_lost_nests_the_rows_and_holds_no_figures():
    # read as two sides (codes | the rest) the rows lost their levels, and 合计 summed every level
    assert counted(_coded_grants()) == []
    found = findings(_coded_grants("331.50"))
    assert [f.rule for f in found] == ["FL101"] * len(found) and found
    assert any("331.50" in f.message and "68.30" in f.message for f in found)
    assert not any("2080501" in f.message for f in found)


def test_a_unit_declared_above_a_header_of_three_spaced_lines_is_the_tables():
    # 金额单位：万元 stands 160 characters of spaces above the rows: 行政单位离退休 68.30 is money, not people
    tables = find_tables(_coded_grants())
    assert [t.unit for t in tables] == ["万元"]
    assert "FL201" not in counted(_coded_grants("331.50"))


# ---------------------------------------------------------------- one cell a line, blank cells dropped (a 决算 PDF export)
def _cells(*rows) -> str:
    """One cell a line after a tab, a blank line between rows."""
    return "\n\n".join("\n".join("\t" + c for c in row) for row in rows) + "\n"


def _income_by_source(other: str = "12.40") -> str:
    return ("收入决算表\n公开02表\n单位：万元\n" + _cells(
        ["科目编码", "科目名称", "本年收入", "合计", "财政拨款", "收入", "上级补助", "收入", "事业收入",
         "附属单位", "上缴收入", "其他收入"],
        ["合计", "803.50", "791.10", "0.00", "0.00", "0.00", other],
        ["201", "一般公共服务支出", "525.30", "512.90", "0.00", "0.00", "0.00", "12.40"],
        ["208", "社会保障和就业支出", "278.20", "278.20", "0.00", "0.00", "0.00", "0.00"]))


def test_a_header_name_wrapped_one_piece_a_line_is_one_of_the_forms_column_names():
    # "财政拨款" / "收入", "附属单位" / "上缴收入": pieces of 决算 column names, not columns of their own
    assert counted(_income_by_source()) == []
    found = findings(_income_by_source("21.40"))
    assert found and all(f.rule == "FL101" for f in found)
    assert any("其他收入" in f.message and "21.40" in f.message for f in found)


def _grants_summary(total: str = "1020.70") -> str:
    return ("收入支出决算总表\n公开01表\n单位：万元\n" + _cells(
        ["项目", "行次", "金额", "项目", "行次", "金额"],
        ["一、财政拨款收入", "1", "1008.30", "一、一般公共服务支出", "5", "612.40"],
        ["二、其他收入", "2", "12.40", "二、社会保障和就业支出", "6", "296.10"],
        ["三、农林水支出", "7", "112.20"],
        ["本年收入合计", "3", "1020.70", "本年支出合计", "8", total]))


def test_a_row_holding_one_side_goes_on_the_side_whose_row_numbers_it_continues():
    # "三、农林水支出 | 7 | 112.20": the left side stopped at 2, the right went 5, 6: it is the 支出 side's third row
    assert counted(_grants_summary()) == []
    found = findings(_grants_summary("1002.70"))
    assert [f.rule for f in found] == ["FL101"]
    assert "112.20" in found[0].message and "1002.70" in found[0].message


def _basic_by_economy(staff: str = "190.40") -> str:
    return ("一般公共预算财政拨款基本支出决算表\n公开06表\n单位：万元\n" + _cells(
        ["科目编码", "科目名称", "决算数", "科目编码", "科目名称", "决算数"],
        ["301", "工资福利支出", "180.20", "302", "商品和服务支出", "36.50"],
        ["30101", "基本工资", "100.00", "30201", "办公费", "20.10"],
        ["30102", "津贴补贴", "80.20", "30299", "其他商品和服务支出", "16.40"],
        ["303", "对个人和家庭的补助", "10.20", "", "", ""],
        ["人员经费合计", staff, "公用经费合计", "36.50"]) +
        f"\n基本支出226.90万元，其中：人员经费{staff}万元，公用经费36.50万元。\n")


def test_a_row_of_two_totals_under_a_two_sided_header_puts_each_under_its_side():
    # "人员经费合计 | 190.40 | 公用经费合计 | 36.50": 36.50 is no figure of 人员经费
    assert counted(_basic_by_economy()) == []


# ---------------------------------------------------------------- a change named by its subject, several sentences on
def _spending_changes(rate: str = "0.46%") -> str:
    return ("2025年度本年支出合计1606.60万元，其中：基本支出1117.70万元，占69.57%；项目支出488.90万元，占30.43%。\n"
            "基本支出是为保障单位正常运转发生的支出，包括人员经费965.10万元和公用经费152.60万元。\n"
            "项目支出主要用于校舍维修改造129.50万元、学生资助92.60万元等。项目支出中使用非财政拨款资金67.60万元，主要用于宿舍维修。\n"
            f"与上年相比，项目支出增加2.22万元，增长{rate}。\n")


def test_a_figure_of_a_part_named_after_its_whole_is_no_figure_of_the_whole():
    # "项目支出中使用非财政拨款资金67.60万元", "项目支出主要用于校舍维修改造129.50万元": parts of 项目支出,
    # not the 项目支出 that grew by 2.22 (488.90, four sentences back)
    assert counted(_spending_changes()) == []
    found = findings(_spending_changes("4.60%"))
    assert [f.rule for f in found] == ["FL105"]
    assert "488.90" in found[0].message and "67.60" not in found[0].message


# ---------------------------------------------------------------- 一、收入合计 | parts | 二、支出合计 | parts
def _execution_table(bars: bool, other: str = "130.50") -> str:
    rows = [("一、收入合计", "8450.00", "8212.40"), ("县级财政拨款", "3500.00", "3410.20"),
            ("上级补助收入", "4800.00", "4671.70"), ("其他收入", "150.00", other),
            ("二、支出合计", "8450.00", "7963.80"), ("基本支出", "1280.00", "1256.30"),
            ("项目支出", "7170.00", "6707.50")]
    head = "表1  2025年一般公共预算收支执行情况表\n单位：万元\n"
    if bars:  # the parts indented inside their cell
        return head + "| 项目 | 调整预算 | 执行数 |\n" + "".join(
            f"| {'' if lab[1] == '、' else '  '}{lab} | {a} | {b} |\n" for lab, a, b in rows)
    return head + "项目\t调整预算\t执行数\n" + "".join(f"{lab}\t{a}\t{b}\n" for lab, a, b in rows)


def test_a_top_numbered_total_heads_the_rows_under_it_not_the_row_above_it():
    # "二、支出合计" is the sibling of "一、收入合计", not a part of 其他收入 above it
    for bars in (True, False):
        assert counted(_execution_table(bars)) == []
        found = findings(_execution_table(bars, "103.50"))
        assert found and all(f.rule == "FL101" for f in found)
        assert all("7963.80" not in f.message for f in found)
        assert any("8212.40" in f.message and "103.50" in f.message for f in found)


# ---------------------------------------------------------------- prose: thresholds, repayments, 主要安排, 各自, a rate of the next clause
def test_an_amount_that_bounds_a_group_is_no_part_of_a_list():
    # "收入过10亿元的县达到24个，其中收入过30亿元的9个": bounds of groups, not amounts to add
    text = "全市收入过10亿元的县（市、区）达到24个，其中收入过30亿元的9个，过50亿元的4个，过100亿元的1个。\n"
    assert counted(text) == []


def _debt(balance: str = "12.64") -> str:
    return (f"截至2025年末，交通领域政府债务余额{balance}亿元（年初10.26亿元，本年新增3.15亿元，偿还0.77亿元），"
            "其中一般债务2.12亿元，专项债务10.52亿元。\n")


def test_a_debt_balance_rolled_forward_with_a_repayment_is_no_plain_sum():
    # 10.26 + 3.15 − 0.77 = 12.64: the repayment is taken away, the list is no sum of its figures
    assert counted(_debt()) == []
    assert "FL101" in counted(_debt("12.46"))  # its 其中 (2.12 + 10.52) still holds it to account


def _project_spending(total: str = "5960.00") -> str:
    return ("2026年一般公共预算支出预算7250.00万元。其中，基本支出1290.00万元，包括人员经费1080.00万元、公用经费210.00万元；"
            f"项目支出{total}万元，比2025年年初预算增加300.00万元，主要安排防汛抗旱680.00万元、小型水库维修养护520.00万元等。\n")


def test_items_after_main_arrangements_are_the_parts_own_not_the_wholes():
    # "项目支出…，主要安排A 680.00万元、B 520.00万元等": some of 项目支出's items, not more parts of 7250
    assert counted(_project_spending()) == []
    assert counted(_project_spending("5690.00")) == ["FL101"]


def test_shares_each_of_its_own_whole_are_not_shares_of_the_last_whole_named():
    text = ("2025年末，水利领域政府债务余额3.46亿元，其中一般债务0.62亿元、专项债务2.84亿元。县财政核定水利领域债务限额3.90亿元，"
            "其中一般债务限额0.70亿元、专项债务限额3.20亿元，一般债务和专项债务余额分别占各自限额的88.6%和88.8%。\n")
    assert counted(text) == []


def _by_economy(rate: str = "9.63%") -> str:
    return ("按经济分类分，对企业补助3,786.20万元，主要用于城乡公交运营补贴，较上年减少226.46万元；"
            f"商品和服务支出1,046.73万元，下降{rate}。\n")


def test_a_rate_after_the_next_clauses_figure_is_that_figures():
    # the 9.63% is of 商品和服务支出 (no change amount stated), not of 对企业补助's 226.46
    assert counted(_by_economy()) == []
    assert counted(_by_economy("5.64%")) == []  # nothing says what 商品和服务支出 was last year


def test_a_rate_of_what_arrived_over_what_arrived_and_what_is_still_short():
    # "到位390.00万元，尚差60.00万元，到位率86.67%": 390 / (390 + 60)
    assert counted("县级资金到位390.00万元，尚差60.00万元，到位率86.67%。\n") == []
    assert counted("县级资金到位390.00万元，尚差60.00万元，到位率88.67%。\n") == ["FL103"]


def test_a_rate_a_deduction_is_for_not_reaching_is_no_rate_stated():
    text = "扣分说明：新建机耕路未完成计划，按完成比例扣0.40分；竣工验收未在年底前完成，扣2分；预算执行率未达100%，扣0.42分。\n"
    assert counted(text) == []


def _towns(count: str = "5") -> str:
    return (f"我县2025年新建高标准农田8,600亩，项目区涉及{count}个乡镇34个行政村，分别为芦花镇2,260亩、白石乡1,800亩、"
            "青山镇1,540亩、柳河乡1,620亩、汪桥乡1,380亩。\n")


def test_a_list_after_two_counts_is_no_list_of_the_nearer_one_alone():
    # the five towns are the 5个乡镇's, not 34个行政村
    assert counted(_towns()) == []


def _lottery_fund(outturn: str = "10.82") -> str:
    return ("本项目全年预算数为13.06万元，全年执行数为10.82万元，预算执行率为82.85%。"
            f"其中：中央集中彩票公益金10.70万元，2024年度执行数8.46万元，预算执行率为79.07%；"
            f"其他资金预算2.36万元，2024年度执行数为2.36万元，预算执行率为100%。\n").replace("全年执行数为10.82", f"全年执行数为{outturn}")


def test_an_items_outturn_named_by_its_phase_alone_is_no_item_of_its_own():
    # "中央集中彩票公益金10.70万元，2024年度执行数8.46万元": the fund's budget and its outturn, not two parts
    assert counted(_lottery_fund()) == []


def test_a_rate_said_of_each_figure_is_no_quotient_of_them():
    assert counted("全年完成新建高标准农田16,000亩、改造提升6,000亩，完成率均为100%。\n") == []


def _farmland(rate: str = "97.9%") -> str:
    return f"完成高标准农田建设2,350亩，因其中50亩地块涉及权属调整暂缓实施，完成计划2,400亩的{rate}。\n"


def test_a_figure_the_sentence_sets_aside_is_not_what_was_done():
    # 2,350 of 2,400, not the 50 亩 put off
    assert counted(_farmland()) == []
    assert counted(_farmland("99.7%")) == ["FL103"]


def _basic_spending(subject: str, staff: str, upkeep: str) -> str:
    return (f"2025年度{subject}1197.29万元，包括人员经费1006.60万元和公用经费190.69万元。\n\n"
            "一般公共预算财政拨款基本支出决算表\n单位：万元\n"
            f"| 项目 | 决算数 |\n| 人员经费 | {staff} |\n| 公用经费 | {upkeep} |\n")


def test_a_grants_table_s_staff_costs_are_not_the_units_whole_staff_costs():
    # the text's 基本支出 is of every fund; the 财政拨款基本支出决算表 holds the grants' part
    assert counted(_basic_spending("基本支出", "906.60", "150.20")) == []
    # the text naming the grants' 基本支出 states the table's figures
    assert counted(_basic_spending("一般公共预算财政拨款基本支出", "1006.60", "190.69")) == []
    found = findings(_basic_spending("一般公共预算财政拨款基本支出", "1060.60", "190.69"))
    assert found and all("1060.60" in f.message for f in found)


def _official_costs(change: str = "（6,855.77）") -> str:
    return ("三、“三公”经费支出情况\n2025年度公务用车购置及运行维护费3.24万元，公务接待费0.81万元。\n"
            "表3  “三公”经费支出对比表（单位：元）\n"
            "项目                       2024年决算   2025年决算          增减额       增减率\n"
            "合计                        52,954.79    40,494.52   （12,460.27）   （23.53%）\n"
            "因公出国（境）费                 0.00         0.00            0.00            —\n"
            f"公务用车购置及运行维护费    39,274.57    32,418.80    {change}   （17.46%）\n"
            "其中：公务用车购置费             0.00         0.00            0.00            —\n"
            f"      公务用车运行维护费    39,274.57    32,418.80    {change}   （17.46%）\n"
            "公务接待费                  13,680.22     8,075.72    （5,604.50）   （40.97%）\n")


def test_decreases_written_in_brackets_are_cells_of_their_columns():
    # "（7,855.77）" is the 增减额 of its row (negative), not a word: last year's 50,274.57 is no restatement
    # of the text's 4.24万元 this year, and the row's change is checked
    assert counted(_official_costs()) == []
    found = findings(_official_costs("（7,585.77）"))
    assert found and all(f.rule == "FL108" for f in found)
    assert any("7,585.77" in f.message for f in found)


# ---------------------------------------------------------------- sets 100–101: a project's form, a nested 其中, a list's head
def _department_and_project_form(total: str = "2414.83") -> str:
    return ("2.支出情况。年初预算8,730.66万元，全年预算10,613.30万元，全年支出10,426.81万元，预算执行率98.24%。\n"
            "部门整体支出绩效自评得分96分，评价等级为优。\n\n"
            "2025年度项目支出绩效自评表（1）\n"
            "项目名称：困难群众临时救助补助    主管部门：某县民政局    实施单位：某县民政局\n"
            "金额单位：万元\n\n项目资金\n"
            "\t年初预算数\t全年预算数\t全年执行数\t分值\t执行率\t得分\n"
            f"年度资金总额\t2506.89\t2425.17\t{total}\t10\t99.57%\t9.96\n"
            f"其中：财政拨款\t2506.89\t2425.17\t{total}\t—\t—\t—\n")


def test_a_projects_form_states_the_projects_figures_not_the_units():
    # 年度资金总额 2414.83 of one project is no restatement of the unit's 全年支出 10,426.81
    assert counted(_department_and_project_form()) == []


def _staff(on_roll: str = "67") -> str:
    return ("核定编制74名，其中行政编制19名、事业编制55名。截至2025年12月31日，实有人数120人，"
            f"其中在职人员78人（在编{on_roll}人，其中行政16人、事业51人；编外聘用11人），离退休人员42人。\n")


def test_a_breakdown_inside_a_parenthesis_is_its_items_not_more_items_of_the_parenthesis():
    # 在职78 = 在编67 + 编外11, and 在编67 = 行政16 + 事业51: not 67 + 16 + 51 + 11
    assert counted(_staff()) == []
    found = findings(_staff("76"))
    assert found and all(f.rule == "FL101" for f in found) and any("76" in f.message for f in found)


def _upkeep(rate: str = "1.48%") -> str:
    return ("公用经费106.62万元，主要包括：办公费9.49万元、电费6.75万元、维修（护）费6.94万元、办公设备购置7.80万元等；"
            f"较上年增加1.55万元，增长{rate}。\n")


def test_a_change_after_a_list_closed_by_etc_is_of_the_figure_the_list_breaks_down():
    assert counted(_upkeep()) == []
    assert counted(_upkeep("2.48%")) == ["FL105"]
