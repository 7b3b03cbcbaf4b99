"""Readings that reports written blind to the linter (sets 82 and later)
and real passages collected in session 20 showed wrong or missed: each
consistent passage is silent, and a slip planted in it is found. Every
figure is invented."""
from __future__ import annotations

from fiscallint.engine import active_rules, run
from fiscallint.reading import Document
from readings import counted, findings


# ---------------------------------------------------------------- a table of main figures of both sides (set 83)
def _main_figures(change: str = "612.40") -> str:
    return ("表2 上年与本年决算对比\n"
            "单位：万元\n"
            "项目\t上年决算数\t本年决算数\t增减额\t增减率（%）\n"
            f"财政拨款收入\t4120.55\t4732.95\t{change}\t14.86\n"
            "本年支出合计\t4390.10\t4455.62\t65.52\t1.49\n\n"
            "以上为本单位决算对比。\n")


def test_a_sides_total_is_no_total_of_a_row_of_the_other_side():
    # 本年支出合计 under 财政拨款收入: two main figures, not a total and its part
    assert counted(_main_figures()) == []
    found = findings(_main_figures("621.40"))
    assert [f.rule for f in found] == ["FL108"]  # 增减额 = 本年 − 上年, read on the row
    assert "621.40" in found[0].message


# ---------------------------------------------------------------- 加 what is added, then the other side's total (set 83)
def _both_sides(total: str = "3811.90") -> str:
    return ("一、收入支出决算总体情况说明\n\n"
            f"青石街道2025年度收、支总计均为3811.90万元。收入方面，本年收入合计3604.25万元，加上年初结转和结余207.65万元，"
            f"收入总计{total}万元；支出方面，本年支出合计3569.02万元，年末结转和结余242.88万元。\n")


def test_what_is_added_to_this_years_income_is_not_summed_to_its_spending():
    text = ("一、收入支出决算总体情况说明\n\n"
            "青石街道2025年度收、支总计均为3811.90万元。收入方面，本年收入合计3604.25万元，加上年初结转和结余207.65万元；"
            "支出方面，本年支出合计3569.02万元，年末结转和结余242.88万元。\n")
    assert counted(text) == []
    assert counted(_both_sides()) == []
    found = findings(_both_sides("3818.90"))
    assert [f.rule for f in found] == ["FL101"] and "3818.90" in found[0].message


# ---------------------------------------------------------------- a grade's bound said after its figure (set 83)
def test_a_grades_bound_said_after_its_figure_is_no_part():
    text = ("十一、预算绩效管理情况说明\n\n"
            "共涉及项目6个，资金1208.40万元。从自评情况看，6个项目平均得分88.47分，其中自评等级为“优”（90分及以上）的2个，"
            "为“良”（80—90分）的4个。另有单项资金100万元以上的项目3个。\n")
    assert counted(text) == []


# ---------------------------------------------------------------- one cell a line: a 三公 table's wrapped header, a part left "—" (set 86)
def _three_public(total_budget: str = "9.00") -> str:
    header = ["项目", "预算数", "2024年", "决算数", "2025年", "决算数", "较上年", "增减"]
    rows = [("因公出国（境）费", "0.00", "0.00", "0.00", "0.00"),
            ("公务用车购置及运行维护费", "5.00", "4.86", "3.95", "-0.91"),
            ("  其中：公务用车购置费", "0.00", "0.00", "0.00", "0.00"),
            ("        公务用车运行维护费", "—", "4.86", "3.95", "-0.91"),
            ("公务接待费", "4.00", "2.71", "2.38", "-0.33"),
            ("合计", total_budget, "7.57", "6.33", "-1.24")]
    lines = ["（五）“三公”经费支出情况", "",
             "2025年“三公”经费预算9.00万元，实际支出6.33万元，较上年减少1.24万元。", "",
             "“三公”经费支出情况表", "", "单位：万元", ""]
    for r in [header, *rows]:
        lines += ["\t" + c for c in r] + [""]
    return "\n".join(lines) + "\n以上为“三公”经费情况。\n"


def test_a_dash_part_makes_a_bound_of_its_own_column_only():
    # the 运行维护费 left "—" under 预算数 only: the 2025 决算数 column still sums exactly
    text = _three_public().replace("\t5.00\n\t4.86\n\t3.95\n\t-0.91", "\t5.00\n\t4.86\n\t4.95\n\t-0.91")
    found = findings(text)
    assert any("公务用车购置及运行维护费" in f.message and "4.95" in f.message and f.rule == "FL101" for f in found)


def test_a_three_public_table_one_cell_a_line_reads_its_wrapped_header_and_a_dash_part():
    # "2024年" / "决算数" and "较上年" / "增减" are one column's name each; the 运行维护费 not
    # broken out of the budget ("—") leaves the 购置费 a part, not the whole of 5.00
    assert counted(_three_public()) == []
    found = findings(_three_public("9.60"))
    assert "FL101" in [f.rule for f in found] and all("9.60" in f.message for f in found)


# ---------------------------------------------------------------- 加上 opening a sentence after a total and its 其中 (set 86)
def _income_then_added(total: str = "2815.36") -> str:
    return ("（一）收入情况\n\n"
            "2025年度本年收入合计2640.18万元，其中：一般公共预算财政拨款收入2315.42万元，占本年收入的87.70%；"
            "其他收入324.76万元，占12.30%。加上年初结转和结余175.18万元，"
            f"收入总计{total}万元。\n")


def test_what_a_sentence_opening_with_jia_adds_to_is_the_total_broken_down_before():
    assert counted(_income_then_added()) == []
    found = findings(_income_then_added("2851.36"))
    assert [f.rule for f in found] == ["FL101"] and "2851.36" in found[0].message


# ---------------------------------------------------------------- one cell a line: a part with one figure, its blank cells dropped (set 86)
def test_a_part_one_cell_a_line_with_its_blank_cells_dropped_stands_under_no_known_column():
    header = ["项目", "年初预算数", "调整后预算数", "决算数", "执行率"]
    rows = [("基本支出", "1630.20", "1648.75", "1632.57", "99.02%"),
            ("  其中：人员经费", "1402.33"),
            ("        公用经费", "230.24"),
            ("项目支出", "820.00", "905.40", "866.31", "95.68%"),
            ("合计", "2450.20", "2554.15", "2498.88", "97.84%")]
    lines = ["表3  预算执行情况表", "", "单位：万元", ""]
    for r in [header, *rows]:
        lines += ["\t" + c for c in r] + [""]
    text = "\n".join(lines) + "\n以上为预算执行情况。\n"
    # 1402.33 + 230.24 = 1632.57 is the 决算数, not the 年初预算数 the cells would stand under from the left
    assert counted(text) == []


# ---------------------------------------------------------------- bar rows: a header's name wrapped onto a bar line of its own (set 86)
def _execution_table(rate: str = "96.07%") -> str:
    return ("2025年度预算执行情况表\n\n金额单位：万元\n\n"
            "| 项目 | 年初预算数 | 调整后 | 决算数 | 执行率 |\n"
            "|  |  | 预算数 |  |  |\n"
            "|------|------|------|------|------|\n"
            "| 基本支出 | 512.40 | 530.16 | 527.33 | 99.47% |\n"
            f"| 项目支出 | 380.00 | 702.85 | 675.21 | {rate} |\n"
            "| 合计 | 892.40 | 1233.01 | 1202.54 | 97.53% |\n\n"
            "以上为预算执行情况。\n")


def test_a_bar_line_holding_one_names_end_joins_the_name_above():
    # "调整后" / "预算数": the execution rate is of the adjusted budget, not of the 年初预算数
    assert counted(_execution_table()) == []
    found = findings(_execution_table("96.70%"))
    assert [f.rule for f in found] == ["FL103"] and "96.70%" in found[0].message


# ---------------------------------------------------------------- an economy's figures are not the unit's budget (set 86)
def test_a_districts_fixed_asset_investment_is_no_unit_slip():
    text = ("一、基本情况\n\n东湖街道辖4个社区，辖区面积12.4平方公里。辖区有规模以上工业企业31家，2025年完成固定资产投资约28.6亿元。\n\n"
            "二、收支情况\n\n2025年度本年收入合计6120.44万元，本年支出合计6008.17万元。\n")
    assert counted(text, ("FL201",)) == []


# ---------------------------------------------------------------- a form one cell a line: "—" cells, targets with ≥, 小计 rows (set 86)
def _score_form(subtotal: str = "14.50", word_value: bool = False) -> str:
    blocks = [["决策", "目标设定", "绩效目标合理性", "5", "—", "—", "5.00"],
              ["决策", "预算配置", "预算编制科学性", "10", "—", "—", f"{9.50:.2f}"],
              ["决策小计", "15", subtotal],
              ["产出", "数量", "加装电梯", "5", "≥30台", "34台", "5.00"],
              ["产出", "成本", "单位面积成本", "5", "≤300元/平方米", "291元/平方米", "5.00"],
              ["产出", "质量", "验收合格率", "5", "100%", "98%", "4.90"]]
    if word_value:
        blocks.append(["效益", "可持续", "长效管理机制", "4", "全面建立", "基本建立", "3.50"])
    blocks.append(["产出小计", "15" if not word_value else "19", "14.90" if not word_value else "18.40"])
    lines = ["七、附件：2025年度部门整体支出绩效自评表", "", "一级指标", "二级指标", "三级指标", "分值", "年度", "指标值",
             "实际", "完成值", "得分", ""]
    for b in blocks:
        lines += b + [""]
    return "\n".join(lines) + "\n八、其他需说明的情况\n\n无。\n"


def test_a_form_one_cell_a_line_reads_dash_cells_targets_and_subtotal_rows():
    assert counted(_score_form()) == []
    found = findings(_score_form("14.05"))
    assert [f.rule for f in found] == ["FL101"] and "14.05" in found[0].message


def test_a_form_row_cut_by_a_value_in_words_leaves_its_sums_unchecked():
    # "4" / "全面建立" / "基本建立" / "3.50": which column 3.50 is of is not known
    assert counted(_score_form(word_value=True)) == []


# ---------------------------------------------------------------- a 100% execution over a 年初预算 the outturn passed (set 76)
def test_a_full_execution_rate_beside_a_lower_initial_budget_is_of_the_adjusted_one():
    text = "项目共设置三级指标7个。全年发放基本生活费96.40万元，较年初预算92.00万元增加4.40万元，增长4.8%，执行率100.00%。\n"
    assert counted(text) == []
    slipped = "全年发放基本生活费96.40万元，年初预算92.00万元，执行率104.87%。\n"
    assert [f.rule for f in findings(slipped)] == ["FL103"]


# ---------------------------------------------------------------- a note in a bracket after a counted noun (real text)
def test_a_bracket_noting_what_a_count_leaves_out_lists_no_items():
    assert counted("省财政对各市分档补助。其中对12个市（不含甲市，下同）按40%、30%、20%予以补助。\n", ("FL204",)) == []
    assert counted("本局下设3个科室（办公室、财务科），负责日常工作。\n", ("FL204",)) == ["FL204"]


# ---------------------------------------------------------------- a form's row flattened into a line (real text)
def test_figures_set_apart_by_spaces_after_qiZhong_are_one_rows_columns():
    text = ("项目资金(万元) 年初预算数 全年预算数 全年执行数 分值 执行率 年度资金总额: 418.36万元 418.36万元 418.36万元 10 100% 10 "
            "其中:当年财政 拨款 418.36万元 418.36万元 418.36万元 上年结转资金 其他资金\n")
    assert counted(text, ("FL101",)) == []


# ---------------------------------------------------------------- 行次 numbers a lost blank cell moved among the amounts (real text)
def _total_table(total: str = "1268.40") -> str:
    return ("收入支出决算总表\n单位：万元\n"
            "项目 | 行次 | 金额 | 项目 | 行次 | 金额 |\n"
            "一、财政拨款收入 | 1 | 954.20 | 一、一般公共服务支出 | 28 | |\n"
            "二、上级补助收入 | 2 | 二、外交支出 | 29 | ||\n"
            "三、事业收入 | 3 | 三、国防支出 | 30 | ||\n"
            "四、经营收入 | 4 | 四、公共安全支出 | 31 | ||\n"
            "五、其他收入 | 5 | 314.20 | 五、教育支出 | 32 | |\n"
            f"本年收入合计 | 6 | {total} | 本年支出合计 | 33 | 1250.16 |\n\n"
            "以上为收支总表。\n")


def test_row_numbers_in_a_run_down_a_column_of_amounts_are_no_figures():
    # the right side's 行次 29, 30, 31 (blank 金额 cells lost on the left) are no incomes
    found = run(Document("r.txt", _total_table()), active_rules(["FL101", "FL201"])).findings
    assert not any("29 (line" in f.message or "30 (line" in f.message for f in found)


# ---------------------------------------------------------------- a growth rate whose increase leaves its figure no base (real text)
def test_an_increase_as_large_as_the_figure_before_it_is_not_its_change():
    # 128.60 is no increase of the 96.30 carried over (it would have been negative last year)
    text = ("第三部分 2024年度部门决算情况说明\n一、收入决算情况说明\n"
            "本部门2024年度收入总计1188.40万元,其中年初结转和结余96.30万元,较2023年增加128.60万元,增长12.63%;"
            "本年收入合计1092.10万元,较2023年增加120.50万元,增长12.40%,主要原因是人员经费增加。\n")
    assert not any("96.30" in f.message for f in findings(text, ("FL105",)))


# ---------------------------------------------------------------- the next peer after a 其中 list (set 87)
def _income_by_source(total: str = "30,861.40") -> str:
    return ("表1  2025年度收入决算情况表\n单位：万元\n"
            "| 项目 | 上年数 | 本年数 |\n|---|---|---|\n"
            "| 财政拨款收入 | 3,412.20 | 3,820.55 |\n"
            "| 事业收入 | 25,118.64 | 26,304.90 |\n"
            "|   其中：医疗收入 | 24,870.14 | 26,012.48 |\n"
            "|     科教收入 | 248.50 | 292.42 |\n"
            "| 上级补助收入 | 300.00 | 262.35 |\n"
            "| 其他收入 | 455.12 | 473.60 |\n"
            f"| 本年收入合计 | 29,285.96 | {total} |\n\n以上为收入决算情况。\n")


def test_a_source_after_another_sources_qiZhong_rows_is_its_peer_not_its_part():
    assert counted(_income_by_source()) == []
    found = findings(_income_by_source("30,816.40"))
    assert [f.rule for f in found] == ["FL101"] and "30,816.40" in found[0].message


# ---------------------------------------------------------------- indented rows whose sums say the nesting (set 87)
def test_indented_rows_typed_alike_are_nested_as_their_sums_say():
    rows = [("总收入", "1012.40", "1064.91"), ("一、财政拨款收入", "560.10", "604.33"), ("二、事业收入", "410.30", "418.58"),
            ("其中：医疗收入", "398.20", "405.26"), ("　　门诊收入", "221.45", "230.18"), ("　　住院收入", "176.75", "175.08"),
            ("　　其他事业收入", "12.10", "13.32"), ("三、其他收入", "42.00", "42.00")]
    text = "表1  收入情况对比表（单位：万元）\n项目\t上年数\t本年数\n" + "".join("\t".join(r) + "\n" for r in rows) + "\n以上为收入情况。\n"
    assert counted(text) == []


# ---------------------------------------------------------------- "与上年…相比" after a 其中 sentence (set 84)
def _compared_past_a_breakdown(change: str = "41.36") -> str:
    return ("2025年全年执行项目资金612.58万元，预算执行率为97.10%，结余18.30万元。其中使用本年财政拨款590.58万元，"
            f"使用上年结转资金22.00万元。与上年项目支出571.22万元相比，增加{change}万元，增长7.24%，主要是水毁修复支出增加。\n")


def test_last_years_figure_after_a_qiZhong_sentence_is_compared_with_the_head_it_breaks_down():
    assert counted(_compared_past_a_breakdown()) == []
    found = findings(_compared_past_a_breakdown("14.36"))
    assert "FL104" in [f.rule for f in found] and all("612.58" in f.message for f in found)


# ---------------------------------------------------------------- the budget again in another phase (set 84)
def test_the_budget_adjusted_is_no_part_of_the_initial_one():
    text = ("项目总投资2,400.00万元。年初预算安排2,150.00万元，其中县级配套资金300.00万元，9月县级追加配套资金250.00万元，"
            "全年预算调整为2,400.00万元。截至年底各级资金均已到位，资金到位率100％。\n")
    assert counted(text) == []


# ---------------------------------------------------------------- a tab grid's row of a label alone (set 85)
def _two_sided(total: str = "8,640.52") -> str:
    rows = [("收入项目", "预算数", "支出项目", "预算数"),
            ("一、一般公共预算拨款收入", "5,120.30", "一、基本支出", "6,902.14"),
            ("二、政府性基金预算拨款收入", "40.00", "    其中：人员经费", "5,310.66"),
            ("三、国有资本经营预算拨款收入", "", "    公用经费", "1,591.48"),
            ("四、事业收入", "3,254.70", "二、项目支出", "1,738.38"),
            ("五、事业单位经营收入",),
            ("六、其他收入", "225.52"),
            ("本年收入合计", total, "本年支出合计", "8,640.52")]
    return "附表1：2026年部门收支预算总表\n\n金额单位：万元\n" + "".join("\t".join(r) + "\n" for r in rows) + "\n以上为收支预算。\n"


def test_a_label_alone_between_rows_of_tabs_is_a_row_of_the_grid():
    assert counted(_two_sided()) == []
    found = findings(_two_sided("8,460.52"))
    assert [f.rule for f in found] == ["FL101"] and "8,460.52" in found[0].message


# ---------------------------------------------------------------- a table's row opening with 一、 is no heading (set 85)
def test_a_tab_rows_numbered_label_scopes_nothing_after_it():
    text = ("一、收支预算总体情况\n\n表1  2026年部门收支预算总表\n\n单位：万元\n"
            "收入项目\t预算数\t支出项目\t预算数\n"
            "一、一般公共预算拨款收入\t3,420.50\t一、基本支出\t1,905.26\n"
            "二、政府性基金预算拨款收入\t210.00\t二、项目支出\t1,725.24\n"
            "本年收入合计\t3,630.50\t本年支出合计\t3,630.50\n\n"
            "六、一般公共预算基本支出预算情况\n\n"
            "2026年一般公共预算基本支出1,893.40万元，其中：人员经费1,602.15万元，公用经费291.25万元。\n")
    # the 基本支出 of all funds (1,905.26) is not the 一般公共预算's (1,893.40) stated again
    assert counted(text, ("FL106",)) == []


# ---------------------------------------------------------------- a part's own items named as among it (set 87)
def _among_its_own(outpatient: str = "402.18") -> str:
    return ("2.事业收入915.60万元，占本年收入的47.20%。其中医疗收入896.30万元，比上年增加41.20万元，增长4.82%；"
            f"医疗收入中门诊收入{outpatient}万元、住院收入494.12万元，住院收入占医疗收入的55.1%。另有其他事业收入19.30万元。\n")


def test_items_named_as_among_a_part_are_its_own():
    assert counted(_among_its_own()) == []
    found = findings(_among_its_own("420.18"))
    assert [f.rule for f in found] == ["FL101"] and "896.30" in found[0].message


# ---------------------------------------------------------------- a count of person-months by a standard per year (set 84)
def test_a_count_of_person_months_is_not_multiplied_by_a_yearly_standard():
    text = ("生态护林员补助按每人每年4,800元（每月400元）标准按季考核发放，全年累计发放3,960人·月，实际发放158.40万元，执行率96.00%。\n")
    assert counted(text, ("FL109",)) == []


# ---------------------------------------------------------------- an average per household is summed by no total (set 84)
def test_an_average_per_household_column_is_no_part_of_a_blank_total():
    text = ("表1  2025年农村危房改造补助资金拨付情况\n"
            "改造方式 | 户数（户） | 户均补助（万元） | 补助资金（万元）\n"
            "拆除重建 | 36 | 3.5 | 126.00\n"
            "修缮加固 | 120 | 1.2 | 144.00\n"
            "合计 | 156 | — | 270.00\n\n以上为拨付情况。\n")
    assert counted(text) == []


# ---------------------------------------------------------------- a budget and what was done after 其中 (set 84)
def test_a_budget_and_its_outturn_after_qiZhong_are_no_parts():
    text = ("（一）资金使用情况。全年实际支出212.46万元，预算执行率94.12%，结余13.28万元。其中\n"
            "生态护林员补助预算158.40万元，按季考核发放，实际发放152.06万元，执行率96.00%。\n")
    assert counted(text, ("FL101",)) == []


# ---------------------------------------------------------------- an average between a figure and last year's (set 84)
def _daily_average(change: str = "3,855") -> str:
    return f"全年收运处理生活垃圾86,140吨，日均236.0吨，较上年的82,285吨增加{change}吨，增长4.68%。\n"


def test_a_daily_average_is_not_what_a_change_against_last_years_total_is_of():
    assert counted(_daily_average()) == []
    found = findings(_daily_average("3,585"))
    assert "FL104" in [f.rule for f in found] and all("86,140" in f.message for f in found)


# ---------------------------------------------------------------- an execution rate of the outturn the sentence before names (set 87)
def _outturn_before(rate: str = "94.82%") -> str:
    return ("四、财政拨款支出决算情况\n\n2025年度财政拨款支出1,528.60万元。年初预算1,480.00万元，年中调整增加132.10万元，"
            f"调整后预算1,612.10万元，财政拨款支出预算执行率{rate}。其中基本支出902.35万元，项目支出626.25万元。\n")


def test_a_rate_naming_the_outturn_of_the_sentence_before_is_of_it_over_either_budget():
    assert counted(_outturn_before()) == []
    assert counted(_outturn_before("103.28%")) == []  # (over the 年初预算: the other reading)
    found = findings(_outturn_before("98.42%"))
    assert [f.rule for f in found] == ["FL103"] and "1,528.60" in found[0].message


# ---------------------------------------------------------------- a score under 分值 where a target in words shifted the row (set 82)
_SHIFTED_INDICATORS = """年度绩效指标完成情况
一级指标              二级指标                三级指标      年度指标值    实际完成值  分值   得分                        偏差原因
产出指标              数量指标          新建机耕道长度         ≥12公里      12.6公里    10  10.00                              无
                                        高标准农田面积         ≥3000亩       3150亩    20  20.00                              无
                      质量指标          工程验收合格率            100%          100%    20  20.00                              无
                      成本指标        工程建设成本控制  不超过批复概算      未超概算    10  10.00                              无
效益指标          社会效益指标          受益农户数量          ≥800户         826户    20  20.00                              无
                  生态效益指标    农田灌溉水有效利用系数         ≥0.56          0.55    10   9.82    部分渠系尚未完成防渗改造
满意度指标  服务对象满意度指标          受益群众满意度            ≥90%         93.3%    10  10.00                              无
总分                                                                                   100  99.82
"""


def test_scores_written_among_bare_points_leave_the_points_sum_unchecked():
    # "不超过批复概算 | 未超概算 | 10 | 10.00": the row's cells shift, its 10.00 and 9.82 stand under 分值
    assert counted(_SHIFTED_INDICATORS) == []
