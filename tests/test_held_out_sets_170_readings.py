"""Readings that reports written blind to the linter (sets 169 and later)
and real passages judged in session 30 showed wrong or missed: each
consistent passage is silent, and a slip planted in it is found. Every
figure is invented."""
from __future__ import annotations

from readings import counted, every_finding, findings


# ---------------------------------------------------------------- a balance's two sides
_BALANCE = ("表5  资产负债情况表\n项目\t年初数（元）\t年末数（元）\n"
            "货币资金\t120,000.00\t150,000.00\n固定资产净值\t880,000.00\t860,000.00\n"
            "资产合计\t1,000,000.00\t1,010,000.00\n"
            "应付款\t30,000.00\t20,000.00\n应付工资\t10,000.00\t10,000.00\n"
            "负债合计\t40,000.00\t30,000.00\n"
            "所有者权益合计\t960,000.00\t980,000.00\n"
            "负债及所有者权益合计\t1,000,000.00\t{end}\n")


def test_a_total_named_by_joining_two_names_sums_those_rows_not_the_other_side():
    assert counted(_BALANCE.format(end="1,010,000.00")) == []
    found = findings(_BALANCE.format(end="1,100,000.00"))
    assert [f.rule for f in found] == ["FL101"]
    assert "980,000.00" in found[0].message and "30,000.00" in found[0].message
    assert "资产 1,010,000.00 (line" not in found[0].message  # (资产合计, the other side)


# ---------------------------------------------------------------- a count that closes its names
_PROJECTS = ("2025年，我镇共实施一事一议项目6个，分布在东岭村、西岭村、南岭村、北岭村、中岭村5个村，"
             "其中道路硬化2个、文化广场1个、山坪塘整治1个、路灯安装1个、排水沟渠{last}个。")
_VILLAGES = "全镇共有东岭村、西岭村、南岭村3个村，其中脱贫村2个、一般村{last}个。"


def test_a_count_right_after_its_names_is_not_the_whole_of_the_breakdown_after_it():
    assert counted(_PROJECTS.format(last="1")) == []
    # (the list is the projects' own: the villages' count names its villages already)
    assert [f.rule for f in findings(_PROJECTS.format(last="1"))] == []


def test_a_breakdown_named_by_the_counted_noun_is_still_the_counts():
    assert counted(_VILLAGES.format(last="1")) == []
    assert counted(_VILLAGES.format(last="2")) == ["FL101"]


# ---------------------------------------------------------------- a blank cell in an aligned row
_PURCHASES = ("表9  某县档案馆2026年政府采购预算表\n单位：万元\n"
              "序号  采购项目                采购品目      采购类别  数量  预算金额\n"
              "   1  档案数字化扫描终端      台式计算机    货物      10台      5.00\n"
              "   2  档案整理及录入服务      数据处理服务  服务                {service}\n"
              "      合计                                                     9.50\n")


def test_a_row_with_a_blank_cell_puts_its_figure_under_the_name_it_stands_under():
    from fiscallint.understanding.table_text import find_tables

    (table,) = [t for t in find_tables(_PURCHASES.format(service="4.50")) if t.rows]
    service = table.aligned(table.rows[1])
    assert service[len(table.header) - 1].text == "4.50" and service[len(table.header) - 2].empty
    assert counted(_PURCHASES.format(service="4.50")) == []
    assert counted(_PURCHASES.format(service="5.40")) == ["FL101"]


# ---------------------------------------------------------------- labels set flush right
_BALANCED = ("表3  2025年一般公共预算收支平衡表\n单位：万元\n"
             "收入                     金额              支出     金额\n"
             "一般公共预算收入       600.00  一般公共预算支出  1800.00\n"
             "上级补助收入          1400.00      上解上级支出    20.00\n"
             "  返还性收入            50.00      债务还本支出    30.00\n"
             "  一般性转移支付收入   900.00          结转下年    {carried}\n"
             "  专项转移支付收入     450.00\n"
             "上年结转                40.00\n"
             "调入资金                10.00\n"
             "债务转贷收入             0.00\n"
             "收入总计              2050.00          支出总计  2050.00\n")


def test_labels_set_flush_right_are_no_levels_and_a_side_left_blank_goes_on():
    assert counted(_BALANCED.format(carried="200.00")) == []
    found = findings(_BALANCED.format(carried="300.00"))
    assert [f.rule for f in found] == ["FL101"] and "支出总计" in found[0].message


# ---------------------------------------------------------------- communities and villages together
_GRID = ("一、基本情况\n街道下辖5个社区、3个村。\n二、绩效目标\n保障街道机关和8个社区（村）正常运转。\n")


def test_a_count_of_communities_and_villages_together_is_no_count_of_communities():
    assert counted(_GRID) == []
    assert counted(_GRID.replace("8个社区（村）", "8个社区")) == ["FL207"]


# ---------------------------------------------------------------- a rate of amounts, not of counts
_PROJECTS_DONE = ("表6  民生实事项目完成情况\n"
                  "|序号|项目名称|计划任务|实际完成|完成率|预算金额（万元）|实际支出（万元）|资金执行率|\n"
                  "|1|既有住宅加装电梯|加装电梯15部|13部|86.67%|300.00|240.00|{rate}|\n"
                  "|2|背街小巷提质改造|改造背街小巷7条|7条|100.00%|100.00|90.00|90.00%|\n")


def test_a_rate_of_amounts_does_not_hold_by_the_rows_counts():
    assert counted(_PROJECTS_DONE.format(rate="80.00%")) == []
    found = findings(_PROJECTS_DONE.format(rate="92.00%"))
    assert [f.rule for f in found] == ["FL103"] and "既有住宅加装电梯" in found[0].message


# ---------------------------------------------------------------- a bound wrapped onto the next line
_WRAPPED_BOUND = ("年度总体目标\n预期目标：恢复和改善灌溉面积1500亩\n以上。\n"
                  "实际完成情况：恢复和改善灌溉面积1580亩。\n")


def test_a_bound_wrapped_onto_the_next_line_is_still_a_bound():
    from fiscallint.understanding.quantities import scan

    (q,), _ = scan("恢复和改善灌溉面积1500亩\n以上。")
    assert q.approx == "lower" and q.value == 1500
    (q,), _ = scan("面积1500亩\n以上数据来源于统计年报。")  # ("以上数据": the text above, no bound)
    assert q.approx is None
    assert counted(_WRAPPED_BOUND) == []


# ---------------------------------------------------------------- the count nearest the list
_DEDUCTED = ("四、偏差原因分析\n3个项目共设置三级绩效指标29个，其中{n}个指标未取得满分，具体如下：\n"
             "1.甲工程“完工时间”指标扣2分。\n2.乙工程“按期完工率”指标扣2分。\n3.丙工程“满意度”指标扣1分。\n")


def test_numbered_paragraphs_after_as_follows_list_the_nearest_count():
    assert counted(_DEDUCTED.format(n="3")) == []
    assert counted(_DEDUCTED.format(n="4")) == ["FL204"]


# ---------------------------------------------------------------- a list ending in 等 and its noun
def test_a_list_ending_in_etc_and_its_noun_is_partial():
    text = "一、说明\n本部门共涉及项目12个，包括高标准农田建设、农业农村其他专项工作等项目。\n"
    assert counted(text) == []


# ---------------------------------------------------------------- posts within an establishment
def test_leading_posts_are_not_the_whole_establishment():
    text = "一、机构情况\n局机关有行政编制9名。其中：局长1名、副局长2名、正股长3名。\n"
    assert counted(text) == []
    assert counted(text.replace("正股长3名", "正股长8名")) == ["FL101"]


# ---------------------------------------------------------------- a code column named 功能科目
def test_a_column_of_classification_codes_holds_no_amounts():
    text = ("表10  2026年项目支出预算表\n单位：万元\n\n| 序号 | 项目名称 | 资金来源 | 功能科目 | 预算金额 |\n"
            "|---|---|---|---|---:|\n| 1 | 公用经费 | 一般公共预算拨款 | 2050203 | 154.16 |\n"
            "| 2 | 维修改造 | 一般公共预算拨款 | 2050299 | 55.00 |\n|  | 合计 |  |  | {total} |\n")
    assert counted(text.format(total="209.16")) == []
    assert counted(text.format(total="219.16")) == ["FL101"]


# ---------------------------------------------------------------- headings listed, not written
def test_a_line_of_a_table_of_contents_is_no_heading_out_of_order():
    contents = "某局2024年度部门决算公开报告\n二、机构设置 2\n七、政府性基金预算财政拨款支出决算情况说明 6\n第一部分 基本情况\n"
    assert counted(contents) == []
    # (headings of the text itself still count on)
    assert counted("一、基本情况\n本局设3个科室。\n三、收支情况\n本年收入100.00万元。\n") == ["FL205"]


# ---------------------------------------------------------------- serial numbers in a stream of cells
_STREAM = ("部门收支总表\n单位:万元 |\n序号 |\n项 目 |\n预算数 |\n项 目 |\n预算数 |\n"
           + "".join(f"{n} |\n{name} |\n{v} |\n{other} |\n{w} |\n" for n, name, v, other, w in (
               (1, "一、一般公共预算拨款收入", "600.00", "一、一般公共服务支出", "500.00"),
               (2, "二、政府性基金预算拨款收入", "|", "二、外交支出", "|"),
               (3, "三、国有资本经营预算拨款收入", "|", "三、国防支出", "|"),
               (4, "四、事业收入", "|", "四、公共安全支出", "|"),
               (5, "五、其他收入", "|", "五、农林水支出", "120.00"),
               (6, "本年收入合计", "600.00", "本年支出合计", "620.00"),
               (7, "上年结转结余", "20.00", "年终结转结余", "|")))
           + "8 |\n收入总计 |\n{total} |\n支出总计 |\n620.00 |\n")


def test_serial_numbers_in_a_stream_of_cells_are_no_values_and_sides_stay_apart():
    assert counted(_STREAM.format(total="620.00")) == []


# ---------------------------------------------------------------- a list opening its sentence
def test_a_list_far_from_the_figure_of_the_sentence_before_is_told_as_info():
    text = ("一般公共预算收入完成4220.18万元，为年初预算的135.18%。政府性基金预算收入完成4.5万元，为年初预算的100%。"
            "其中：上级转移支付补助收入4041.68万元，税收收入183.00万元。\n")
    assert counted(text) == []
    assert [f.rule for f in every_finding(text) if f.rule == "FL101"] == ["FL101"]


# ---------------------------------------------------------------- batches passed over batches checked
_CHECKED = "全年共完成各类监督抽检669批次，合格657批次，不合格12批次，总体合格率{rate}%；其中食品类抽检560批次，合格率98.57%。\n"


def test_a_pass_rate_is_the_batches_passed_over_those_checked():
    assert counted(_CHECKED.format(rate="98.21")) == []
    assert counted(_CHECKED.format(rate="98.83")) == ["FL103"]


# ---------------------------------------------------------------- a score table one cell a line, 权重 for 分值
_WEIGHTS = ("表5  2023年度部门整体支出绩效评价得分汇总表\n一级指标\n权重（分）\n得分（分）\n得分率（%）\n"
            "决策\n20\n14.00\n70.00\n过程\n20\n15.62\n78.10\n产出\n40\n37.97\n94.93\n效益\n20\n16.41\n82.05\n"
            "合计\n100\n{total}\n84.00\n")


def test_a_weight_column_is_the_points_of_a_score_table():
    assert counted(_WEIGHTS.format(total="84.00")) == []
    assert counted(_WEIGHTS.format(total="84.50")) == ["FL101"]


# ---------------------------------------------------------------- a standard per month paid the whole year
_MONTHLY = "按每人每月2,800元标准发放专职网格员补贴，80名专职网格员全年补贴{amount}万元。\n"


def test_a_standard_per_month_paid_the_whole_year_is_twelve_months():
    assert counted(_MONTHLY.format(amount="268.80")) == []
    found = findings(_MONTHLY.format(amount="286.80"))
    assert [f.rule for f in found] == ["FL109"] and "12" in found[0].message
    # (paid for months the sentence does not say: nothing to multiply)
    assert counted("按每人每月2,800元标准发放专职网格员补贴，80名专职网格员补贴150.00万元。\n") == []
