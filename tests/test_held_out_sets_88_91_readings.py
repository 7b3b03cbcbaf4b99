"""Readings that real passages judged in session 20 and reports written
blind to the linter (sets 88 and later) showed wrong or missed: each
consistent passage is silent, and a slip planted in it is found. Every
figure is invented."""
from __future__ import annotations
from readings import counted, findings


# ---------------------------------------------------------------- a two-sided 收支总表 that lost its blank cells (real22)
def _two_sided(income_total: str = "1146.00") -> str:
    return ("收入支出决算总表\n单位：万元\n"
            "项目 | 行次 | 金额 | 项目 | 行次 | 金额 |\n"
            "一、财政拨款收入 | 1 | 845.20 | 一、一般公共服务支出 | 28 | |\n"
            "二、上级补助收入 | 2 | 二、外交支出 | 29 | |\n"
            "三、事业收入 | 3 | 266.30 | 三、国防支出 | 30 | |\n"
            "四、经营收入 | 4 | 四、公共安全支出 | 31 | |\n"
            "五、其他收入 | 5 | 34.50 | 五、卫生健康支出 | 32 | 1102.40 |\n"
            f"本年收入合计 | 6 | {income_total} | 本年支出合计 | 33 | 1102.40 |\n")


def test_a_short_rows_label_stands_under_the_label_column_not_under_its_row_number():
    # "一、财政拨款收入 | 1 | 845.20 | … | 28 |" lost its last (blank) cell: its label is under 项目, 1 under 行次
    assert counted(_two_sided()) == []
    found = findings(_two_sided("1164.00"))
    assert [f.rule for f in found] == ["FL101"]
    assert "1164.00" in found[0].message and "845.20" in found[0].message and " 1 (" not in found[0].message


def test_row_numbers_shifted_from_column_to_column_are_no_figures():
    # the right side's 行次 (28, 29, 30 …) land under 金额 in one row and under 项目 in the next
    text = ("收入支出决算总表\n单位：万元\n"
            "项目 | 行次 | 金额 | 项目 | 行次 | 金额 |\n"
            "一、财政拨款收入 | 1 | 845.20 | 一、一般公共服务支出 | 28 | |\n"
            "二、上级补助收入 | 2 | 二、外交支出 | 29 | ||\n"
            "三、事业收入 | 3 | 266.30 | 三、国防支出 | 30 | |\n"
            "四、经营收入 | 4 | 四、公共安全支出 | 31 | ||\n"
            "五、其他收入 | 5 | 34.50 | 五、卫生健康支出 | 32 | 1102.40 |\n"
            "本年收入合计 | 6 | 1146.00 | 本年支出合计 | 33 | 1102.40 |\n"
            "年初结转和结余 | 7 | 20.00 | 年末结转和结余 | 34 | 63.60 | 8 | 20.00 | 35 | ||\n"
            "总计 | 9 | 1166.00\n")
    assert counted(text) == []


# ---------------------------------------------------------------- 其中 rows short in every column: a partial list (real22)
def _hospital(total_now: str = "5160.00", medical_now: str = "3120.50", medical_change: str = "115.30") -> str:
    return ("单位：万元\n"
            "项目 | 本期 | 上年同期 | 增加额 | 增长率 |\n"
            f"1、总收入 | {total_now} | 4980.00 | 180.00 | 3.61% |\n"
            f"其中：医疗收入 | {medical_now} | 3005.20 | {medical_change} | 3.84% |\n"
            "财政拨款收入 | 1210.00 | 1190.00 | 20.00 | 1.68% |\n"
            "其他收入 | 96.40 | 104.60 | -8.20 | -7.84% |\n")


def test_of_which_rows_short_in_every_column_leave_a_row_out():
    # 4426.90 of 5160.00 this year, 4299.80 of 4980.00 last year: 科教收入 or the like is not listed
    assert counted(_hospital()) == []


def test_of_which_rows_short_in_one_column_only_are_a_slip():
    # this year's rows add up to the total; last year's do not
    found = findings(_hospital(total_now="4426.90"))
    rules = sorted(f.rule for f in found)
    assert "FL101" in rules and any("4980.00" in f.message and "上年同期" in f.message for f in found)


def test_a_change_between_columns_named_by_their_period_alone_is_checked():
    # 本期 | 上年同期 | 增加额: 3210.50 − 3005.20 is 205.30, not the 115.30 written
    assert counted(_hospital(medical_now="3120.50", medical_change="115.30")) == []
    found = findings(_hospital(medical_now="3210.50"))
    assert found and all(f.rule == "FL108" for f in found)
    assert any("3210.50" in f.message and "3005.20" in f.message and "115.30" in f.message for f in found)


# ---------------------------------------------------------------- 按收入性质分 / 按支出性质分 in a 整体支出 form (set 88)
def _whole_form(project_budget: str = "1846.30", bar: bool = True) -> str:
    rows = [["年度预算申请（万元）", "", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
            ["", "年度资金总额", "2375.04", "4690.83", "4446.32", "10", "94.79%", "9.48"],
            ["", "按收入性质分："],
            ["", "其中：财政拨款", "2375.04", "4604.83", "4365.87", "—", "94.81%", "—"],
            ["", "其他资金", "0.00", "86.00", "80.45", "—", "93.55%", "—"],
            ["", "按支出性质分："],
            ["", "其中：基本支出", "528.74", "563.18", "560.92", "—", "99.60%", "—"],
            ["", "项目支出", project_budget, "4127.65", "3885.40", "—", "94.13%", "—"]]
    if bar:
        body = "\n".join("| " + " | ".join(r) + " |" for r in rows)
    else:
        body = "\n".join("\t".join(r) for r in rows)
    return "部门（单位）整体支出绩效自评表\n单位：万元\n" + body + "\n\n以上为自评表。\n"


def test_each_breakdown_under_its_heading_splits_the_total_above_the_headings():
    # 基本支出 and 项目支出 under 按支出性质分 are no parts of 其他资金, the row before the heading
    for bar in (True, False):
        assert counted(_whole_form(bar=bar)) == [], bar
        found = findings(_whole_form("1864.30", bar=bar))
        assert [f.rule for f in found] == ["FL101"], bar
        assert "1864.30" in found[0].message and "2375.04" in found[0].message and "其他资金" not in found[0].message


# ---------------------------------------------------------------- a score cell that is a reason's first words (set 88)
def test_a_figure_with_a_unit_under_the_score_column_is_no_score():
    # one cell a line: the reason "14个图斑跨年度核查" wrapped, its first line read where a score stands
    text = ("年度绩效指标\n一级指标\n二级指标\n三级指标\n年度指标值\n实际完成值\n分值\n得分\n偏差原因分析\n\n"
            "产出指标\n数量指标\n卫片执法图斑核查数量\n≥1200个\n1186个\n5\n4.94\n14个图斑跨年\n度核查\n\n"
            "质量指标\n登记办结时限\n≤5个工作日\n3个工作日\n10\n10.00\n\n")
    assert [f for f in counted(text) if f == "FL301"] == []


# ---------------------------------------------------------------- 各 after several names (set 88)
def test_one_figure_for_each_of_several_items_is_no_part_of_a_sum():
    text = ("一、基本情况\n\n全县共有公办学校58所，其中普通高中3所、初级中学12所、小学31所、公办幼儿园10所、"
            "中等职业学校和特殊教育学校各1所。\n")
    assert counted(text) == []


# ---------------------------------------------------------------- the same words twice on one line (set 88)
def test_a_line_naming_a_target_and_its_outcome_restates_neither():
    text = ("（一）产出指标\n\n1.数量指标。全年新建高标准农田1.26万亩，为年度任务的105%。\n\n"
            "年度总体目标\t预期目标\t\t实际完成情况\n"
            "\t稳定粮食生产，新建高标准农田1.2万亩，做好防疫。\t\t全年粮食播种面积42.6万亩，新建高标准农田1.26万亩，任务完成。\n")
    assert counted(text) == []


# ---------------------------------------------------------------- 约合 (set 88)
def test_a_figure_said_again_in_other_units_is_no_budget_of_a_rate():
    text = ("（二）预算执行情况\n\n2023年全系统实际支出47,490.48万元，约合4.75亿元，预算执行率97.26%；全年预算48,829.18万元。\n")
    assert counted(text) == []


# ---------------------------------------------------------------- what follows 此外 (real23)
def test_what_follows_besides_is_no_part_of_the_list():
    text = ("2.收入情况。2021年度收入合计1603.29万元，较上年决算数增加75.96万元，增长4.97%。其中：财政拨款收入1603.29万元，"
            "占100%，此外，年初结转和结余141.88万元。\n")
    assert counted(text) == []


# ---------------------------------------------------------------- a total named after 等 (real24)
def _livelihood(total: str = "31076") -> str:
    return ("——民生保障持续改善。全年教育支出9065万元、卫生健康支出2502万元、社会保障和就业支出6525万元、"
            f"交通运输支出2082万元等民生支出合计{total}万元，占一般公共预算支出比重达81.39%。\n")


def test_figures_listed_before_a_total_named_after_etc_are_some_of_its_parts():
    assert counted(_livelihood()) == []
    found = findings(_livelihood("19000"))  # the four named already add up to 20174
    assert [f.rule for f in found] == ["FL101"] and "19000" in found[0].message


# ---------------------------------------------------------------- a rate naming a budget (real24)
def test_a_rate_of_the_adjusted_budget_is_not_over_a_total_that_names_no_budget():
    text = ("政府性基金收支：总收入53729万元，其中：本年收入33516万元，上年结余379万元。总支出52818万元，其中：本年支出52818万元"
            "（完成调整预算数的98.32%），年末结转911万元。\n")
    assert [f for f in counted(text) if f == "FL103"] == []


# ---------------------------------------------------------------- the carry-over beside this year's income (real23, real22)
def _income(carry: str = "3.16", total: str = "611.43") -> str:
    return (f"（一）收入决算情况\n\n2020年本年收入合计{total}万元，其中：一般公共预算财政拨款收入608.27万元；年初结余结转{carry}万元。\n")


def test_the_carry_over_may_be_counted_in_this_years_income_or_not():
    assert counted(_income()) == []  # counted in: 608.27 + 3.16
    assert counted(_income("415.30", "608.27")) == []  # not: the carry-over adds to it to make 收入总计
    found = findings(_income("3.61"))
    assert [f.rule for f in found] == ["FL101"] and "3.61" in found[0].message


# ---------------------------------------------------------------- a count inside the list of another (set 89)
def test_a_list_after_a_nearer_count_is_that_counts():
    text = ("一、部门基本情况\n\n纳入本部门2025年度部门决算编制范围的单位共4个，包括部门本级和所属三个单位：青石县社会福利院、"
            "青石县殡仪馆、青石县救助管理站。\n")
    assert counted(text) == []
    wrong = text.replace("三个单位", "四个单位")
    assert [f.rule for f in findings(wrong)] == ["FL204"]


# ---------------------------------------------------------------- a table's last rows with one figure each (set 90)
def _spending_table(basic: str = "1564.82") -> str:
    return ("表1  2025年度预算执行情况表\n单位：万元\n"
            "项目                               年初预算   全年预算    决算数   执行率\n"
            "支出合计                            1862.45    2035.18   1987.63   97.66%\n"
            f"  基本支出                                               {basic}\n"
            "    人员经费                                             1386.55\n"
            "    公用经费                                              178.27\n"
            "  项目支出                                                422.81\n\n"
            "以上为预算执行情况。\n")


def test_rows_holding_one_figure_each_to_the_tables_end_are_its_rows():
    assert counted(_spending_table()) == []
    found = findings(_spending_table("1546.82"))
    assert found and all(f.rule == "FL101" for f in found) and any("1546.82" in f.message for f in found)


# ---------------------------------------------------------------- whole scores beside scores with decimals (set 88)
def test_a_whole_score_beside_scores_with_decimals_is_exact():
    text = ("四、自评结论\n\n经自评，我局2023年度部门整体支出绩效得分{total}分，评价等级为“优”。其中：预算执行率得分9.33分，"
            "产出指标49.94分，效益指标29分，满意度指标10分。\n")
    assert counted(text.format(total="98.27")) == []
    found = findings(text.format(total="98.72"))
    assert [f.rule for f in found] == ["FL101"] and "98.72" in found[0].message


# ---------------------------------------------------------------- 增减率 against the row's own 增减额 (set 89)
def _three_public(rate: str = "-17.95%") -> str:
    return ("“三公”经费财政拨款支出决算对比表\n单位：万元\n"
            "项目\t2024年决算数\t2025年决算数\t增减额\t增减率\n"
            "合计\t7.95\t6.65\t-1.30\t-16.35%\n"
            "1.因公出国（境）费\t0.00\t0.00\t0.00\t—\n"
            "2.公务用车购置及运行维护费\t5.61\t4.73\t-0.88\t-15.69%\n"
            f"3.公务接待费\t2.34\t1.92\t-0.42\t{rate}\n")


def test_a_change_rate_is_bounded_by_the_change_its_row_writes():
    # (1.92 − 2.34) / 2.34 spans 17.48%–18.42% over the two rounded figures; the row's own
    # 增减额 -0.42 narrows it to 17.73%–18.20%: 17.59% (two digits swapped) is outside
    assert counted(_three_public()) == []
    found = findings(_three_public("-17.59%"))
    assert [f.rule for f in found] == ["FL108"] and "-17.59%" in found[0].message and "-0.42" in found[0].message


# ---------------------------------------------------------------- one 总分 over the blocks of a 整体支出 form (set 88)
def _form_with_tasks(total: str = "19.50") -> str:
    return ("部门（单位）整体支出绩效自评表\n单位：万元\n"
            "| 年度预算申请（万元） |  | 年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分 |\n"
            "|  | 年度资金总额 | 1604.20 | 2590.05 | 2416.22 | 10 | 93.29% | 9.33 |\n"
            "| 年度总体目标 | 预期目标 |  |  | 实际完成情况 |\n"
            "|  | 开展送戏下乡120场以上。 |  |  | 开展送戏下乡126场。 |\n"
            "| 年度主要任务 | 任务名称 | 对应项目 | 全年预算数（万元） | 全年执行数（万元） | 执行率 |\n"
            "|  | 公共文化服务 | 场馆免费开放 | 86.00 | 86.00 | 100.00% |\n"
            "|  | 文化惠民 | 送戏下乡 | 120.00 | 114.36 | 95.30% |\n"
            "| 年度绩效指标 | 一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 |\n"
            "|  | 产出指标 | 数量指标 | 送戏下乡场次 | ≥120场 | 126场 | 5 | 5.00 |\n"
            "|  |  | 质量指标 | 验收合格率 | 100% | 100% | 5 | 5.17 |\n"
            f"| 总分 |  |  |  |  |  | 20 | {total} |\n")


def test_the_total_score_adds_the_funds_block_across_the_forms_task_rows():
    assert [f for f in counted(_form_with_tasks()) if f == "FL101"] == []
    found = [f for f in findings(_form_with_tasks("19.05")) if f.rule == "FL101"]
    assert found and "19.05" in found[0].message and "9.33" in found[0].message


# ---------------------------------------------------------------- a label wrapped in a one-cell-a-line table (set 88)
def _projects(total: str = "2958.47") -> str:
    rows = [["序号", "项目名称", "全年预算数", "（万元）", "实际支出数", "（万元）", "执行率（%）"],
            ["1", "基本公共卫生服务", "补助资金", "1286.50", "1248.36", "97.04"],
            ["2", "新冠肺炎疫情防控", "经费", "960.00", "912.74", "95.08"],
            ["3", "其他项目", "136.80", "94.75", "69.26"],
            ["合计", "2383.30", total, "94.65"]]
    return "表1\n2022年度项目支出明细表\n\n" + "\n\n".join("\n".join("\t" + c for c in r) for r in rows) + "\n\n正文。\n"


def test_a_label_wrapped_onto_two_cells_is_one_cell():
    assert counted(_projects("2255.85")) == []
    found = [f for f in findings(_projects("2258.85")) if f.rule == "FL101"]
    assert len(found) == 1 and "2258.85" in found[0].message and "1248.36" in found[0].message


# ---------------------------------------------------------------- the head a 其中 breaks down, in wrapped lines (set 88)
def test_a_change_after_an_of_which_sentence_in_wrapped_lines_is_of_the_head():
    text = ("（二）支出情况\n全年支出6931.40万元，完成全年预算的92.79%。其中基本支出651.47万元\n"
            "（人员经费536.18万元，公用经费115.29万元），项目支出6279.93万元。与\n"
            "上年支出8125.64万元相比，减少1194.24万元，下降14.70%，主要是项目减少。\n")
    assert counted(text) == []


# ---------------------------------------------------------------- a table row's item named in the text (set 91)
def _projects_paid(paid: str = "1,438.62") -> str:
    return ("2.项目支出8,576.29万元。其中：农村公路提质改造已支付3,214.58万元，主要为工程进度款；"
            f"农村公路养护工程已支付{paid}万元，主要用于日常养护。各项目支付情况见下表（单位：万元）：\n\n"
            "项目名称               全年预算    已支付  支付进度\n"
            "农村公路提质改造       8,650.00  3,214.58    37.16%\n"
            "农村公路养护工程       3,260.00  1,438.62    44.13%\n"
            "危桥改造               2,180.00    612.35    28.09%\n\n"
            "以上为项目支付情况。\n")


def test_a_table_rows_item_named_in_the_text_is_the_rows_figure():
    assert counted(_projects_paid()) == []
    found = findings(_projects_paid("1,483.62"))
    assert [f.rule for f in found] == ["FL106"]
    assert "农村公路养护工程" in found[0].message and "1,438.62" in found[0].message and "1,483.62" in found[0].message


def test_a_figure_by_which_a_row_was_exceeded_is_no_figure_of_the_row():
    text = _projects_paid().replace("农村公路养护工程已支付1,438.62万元", "农村公路养护工程超预算18.50万元")
    assert counted(text) == []


# ---------------------------------------------------------------- counts with names run together or per each (real23, set 90)
def test_names_run_together_without_separators_count_each():
    text = "殡仪馆设置办公室、火化车间治丧服务部业务接待部驾驶组后勤保障部6个内设机构。\n"
    assert counted(text) == []


def test_a_count_per_each_of_the_items_before_it_is_no_count_of_them():
    text = "2025年秋季学期，学校共有教学班32个，其中一至四年级每个年级5个班，五、六年级每个年级6个班。\n"
    assert counted(text) == []


# ---------------------------------------------------------------- sets 92–95 and real24, read at dea93b8
def test_sub_items_after_main_ones_are_that_parts_own():
    # 体制补助 + 结算补助 + 其他 break 一般性转移支付 down; the list of 2085 is 52 + 1937 + 110
    text = ("2021年上级共计下达我乡一般公共预算转移支付资金{total}万元，其中返还性收入52万元，一般性转移支付收入1937万元，"
            "主要是体制补助收入150万元，结算补助收入1745万元，其他一般转移支付收入42万元；专项转移支付收入110万元。\n")
    assert counted(text.format(total="2099")) == []
    found = findings(text.format(total="2085"))
    assert [f.rule for f in found] == ["FL101"] and "1745" not in found[0].message


def test_a_first_level_cell_repeated_in_each_of_its_rows_heads_one_block():
    rows = [["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"],
            ["产出指标（30分）", "数量指标", "森林抚育面积", "≥20000亩", "20350亩", "15", "15"],
            ["产出指标（30分）", "质量指标", "验收合格率", "≥95%", "98.6%", "{q}", "{q}"],
            ["效益指标（20分）", "生态效益指标", "森林覆盖率", "≥60%", "61.2%", "20", "20"]]

    def text(q: str) -> str:
        return "绩效指标\n\n" + "\n\n".join("\n".join("\t" + c.format(q=q) for c in r) for r in rows) + "\n\n以上。\n"
    assert [f for f in counted(text("15")) if f == "FL101"] == []
    assert "FL101" in counted(text("10"))  # 15 + 10 under 产出指标（30分）


def test_a_figure_after_a_closing_bracket_is_named_by_its_own_words():
    text = ("本年度部门年初预算数为1041.41万元（基本支出783.85万元，项目支出257.56万元），全年预算数为1218.73万元"
            "（基本支出808.55万元，项目支出410.18万元），全年执行数1191.28万元。\n\n"
            "表2  预算执行情况表\n（单位：万元）\n项目\t年初预算数\t全年预算数\t全年执行数\n"
            "合计\t1041.41\t1218.73\t1191.28\n基本支出\t783.85\t808.55\t802.84\n项目支出\t257.56\t410.18\t388.44\n")
    assert counted(text) == []


def test_what_follows_the_bracket_of_an_added_budget_is_not_the_years_budget():
    text = ("该项目全年预算210.80万元，其中财政拨款186.00万元（年初预算150.00万元，年中省级追加36.00万元），"
            "上年结转24.80万元；全年执行196.32万元，执行率93.13%。\n")
    assert counted(text) == []


def test_a_target_line_restates_nothing_done():
    text = ("（二）产出\n\n全年完成人工造林2580亩、退化林修复1520亩，成活率92.6%。\n\n"
            "年度总体目标：完成人工造林2600亩、退化林修复1500亩。\n")
    assert counted(text) == []


def test_a_class_code_before_its_name_in_the_label_cell_is_no_figure():
    text = ("表2：一般公共预算拨款支出预算表（按功能分类）\n单位：万元\n"
            "功能分类科目\t2025年预算数\t2026年预算数\t增减额\t增减率\n"
            "201 一般公共服务支出\t2,983.43\t2,957.95\t-25.48\t-0.9%\n"
            "20138 市场监督管理事务\t2,983.43\t2,957.95\t-25.48\t-0.9%\n"
            "2013801 行政运行\t1,716.48\t1,642.53\t-73.95\t-4.3%\n"
            "2013899 其他市场监督管理事务\t1,266.95\t1,315.42\t48.47\t3.8%\n")
    assert counted(text) == []


# ---------------------------------------------------------------- a figure, its 万 and its 元 parted by spaces (real25)
def test_spaces_between_a_figure_its_scale_and_its_unit_leave_one_amount():
    text = ("新华社2022年收入预算645,404.05万元，其中：一般公共预算拨款收入174,846.42万元，占27.1%；事业收入235,728.33万元，"
            "占36.5%；事业单位经营收入1,238.16万元，占0.2%；其他收入196,748.57万元，占30.5%；使用非财政拨款结余20,000 万 元，"
            "占3.1%；上年结转16,842.57万元，占2.6%。\n")
    assert counted(text) == []


def test_a_name_in_brackets_after_an_item_is_no_item_of_its_own():
    text = ("{head}内设党政综合办公室、经济发展办公室（农业农村办公室）、社会事务办公室、社会治理办公室（信访室）{n}个机构。\n")
    assert counted(text.format(head="", n="4")) == []
    assert counted(text.format(head="", n="7")) == ["FL204"]  # (4 names, and no more outside the brackets)
