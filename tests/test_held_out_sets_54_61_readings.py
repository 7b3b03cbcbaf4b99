"""Readings that reports written blind to the linter (set 54 and later)
showed wrong or missed: each consistent passage is silent, and a slip
planted in it is found. Every figure is invented."""
from __future__ import annotations

from fiscallint.engine import active_rules, run
from fiscallint.reading import Document


def findings(text: str, select=("FL",)):
    return [f for f in run(Document("r.txt", text), active_rules(list(select))).findings if f.severity != "info"]


def counted(text: str, select=("FL",)) -> list[str]:
    return [f.rule for f in findings(text, select)]


# ---------------------------------------------------------------- a deduction row (set 54)
def _assets(gross: str) -> str:
    return ("表1 资产负债简表\n单位：元\n"
            "项目 | 年初数 | 年末数\n"
            "货币资金 | 1,200.00 | 1,500.00\n"
            "存货 | 300.00 | 260.00\n"
            "流动资产合计 | 1,500.00 | 1,760.00\n"
            f"固定资产原值 | 9,000.00 | {gross}\n"
            "减：固定资产累计折旧 | 3,100.00 | 3,450.00\n"
            "固定资产净值 | 5,900.00 | 6,150.00\n"
            "在建工程 | 700.00 | 420.00\n"
            "非流动资产合计 | 6,600.00 | 6,570.00\n"
            "资产总计 | 8,100.00 | 8,330.00\n\n"
            "资产总额较年初有所增加。\n")


def test_the_row_after_a_deduction_is_the_gross_less_it_and_the_part_of_the_total():
    # 非流动资产 adds the 净值, not the 原值 (which holds the 折旧 too)
    assert counted(_assets("9,600.00")) == []


def test_a_slip_in_the_gross_breaks_the_net_and_nothing_else():
    found = findings(_assets("9,690.00"))
    assert [f.rule for f in found] == ["FL108"]
    assert "固定资产净值" in found[0].message and "9,690.00" in found[0].message


# ---------------------------------------------------------------- siblings numbered alike (set 54)
_NUMBERED_BALANCE = ("表1 资产负债情况表\n单位：万元\n"
                     "项  目            年初数      年末数     增减额\n"
                     "一、资产总额      1,000.00    1,100.00    100.00\n"
                     "  1.流动资产        400.00      520.00    120.00\n"
                     "  2.固定资产净值    600.00      580.00    -20.00\n"
                     "二、负债总额        150.00      130.00    -20.00\n"
                     "三、净资产          850.00      970.00    120.00\n\n"
                     "资产总额增加主要是流动资产增加。\n")


def test_rows_numbered_as_the_row_above_are_its_siblings_not_its_parts():
    # 资产 = 负债 + 净资产 names 负债 a part of 资产 in the lexicon; numbered 二、 under
    # 一、 it is the next item, not one of 一、's parts
    assert counted(_NUMBERED_BALANCE) == []


# ---------------------------------------------------------------- opening and closing balances (set 54)
def _balance(rate: str) -> str:
    return ("表1 资产负债情况表\n单位：万元\n"
            "| 项目 | 年初数 | 年末数 | 增减额 | 增长率（%） |\n"
            "| 资产总额 | 2,000.00 | 2,150.00 | 150.00 | 7.50 |\n"
            "| 其中：流动资产 | 500.00 | 560.00 | 60.00 | 12.00 |\n"
            "| 　　　固定资产 | 1,420.00 | 1,503.60 | 83.60 | 5.89 |\n"
            f"| 　　　无形资产 | 80.00 | 86.40 | 6.40 | {rate} |\n"
            "| 负债总额 | 300.00 | 270.00 | -30.00 | -10.00 |\n\n"
            "注：无形资产为摊销后的净值。\n")


def test_a_change_column_compares_the_closing_balance_with_the_opening_one():
    assert counted(_balance("8.00")) == []
    found = findings(_balance("8.60"))
    assert [f.rule for f in found] == ["FL108"]
    assert "年末数" in found[0].message and "年初数" in found[0].message


def test_a_lone_opening_column_is_still_a_budget():
    # 年初数 | 调整数 | 执行数 of a budget: no balance sheet, no pair of years
    text = ("表2 收支执行表\n单位：万元\n项目 | 年初数 | 执行数 | 增减额\n"
            "一般公共预算收入 | 500.00 | 540.00 | 40.00\n税收收入 | 300.00 | 310.00 | 10.00\n")
    assert counted(text) == []


# ---------------------------------------------------------------- a change against last year's table figure (set 53)
def _sangong(word: str) -> str:
    return ("六、“三公”经费预算情况\n"
            "2025年“三公”经费预算9.60万元，其中公务接待费3.60万元，公务用车运行维护费6.00万元。\n"
            f"“三公”经费预算较上年{word}1.20万元，主要是压减公务接待费。\n\n"
            "表4 “三公”经费预算表\n单位：万元\n"
            "| 项目 | 2025年预算 | 2024年预算 | 增减额 |\n"
            "| 合计 | 9.60 | 10.80 | -1.20 |\n"
            "| 公务用车运行维护费 | 6.00 | 6.00 | 0.00 |\n"
            "| 公务接待费 | 3.60 | 4.80 | -1.20 |\n")


def test_a_change_from_last_year_is_read_against_last_years_figure_in_the_table():
    assert counted(_sangong("减少")) == []
    found = findings(_sangong("增加"))
    assert [f.rule for f in found] == ["FL104"]
    # the finding names the reversed word as a plain slip that would make it hold
    assert "减少1.20万元" in found[0].message


def test_a_change_against_the_opening_balance_reads_the_balance_sheets_opening_column():
    text = ("截至2024年12月31日，负债总额270.00万元，较年初{w}30.00万元。\n\n"
            "表1 资产负债情况表\n单位：万元\n项目 | 年初数 | 年末数\n"
            "资产总额 | 2,000.00 | 2,150.00\n负债总额 | 300.00 | 270.00\n净资产 | 1,700.00 | 1,880.00\n")
    assert counted(text.format(w="减少")) == []
    assert counted(text.format(w="增加")) == ["FL104"]


def test_a_figure_of_two_items_joined_is_not_the_last_items():
    # "运行维护费和公务接待费合计" is both costs' figure: last year's 公务接待费 is no base of it
    text = ("2024年公务接待费支出1.90万元。剔除购置因素后，运行维护费和公务接待费合计8.50万元，比上年减少0.60万元。\n\n"
            "表3 “三公”经费支出表\n单位：万元\n| 项目 | 上年 | 本年 | 增减 |\n"
            "| 公务接待费 | 2.10 | 1.90 | -0.20 |\n| 公务用车运行维护费 | 7.00 | 6.60 | -0.40 |\n")
    assert counted(text) == []


def test_a_figure_dated_only_by_its_sentence_is_no_base_of_last_year():
    # "2022年完工" dates the sentence, not the 办公费 after it
    text = ("2023年度本单位机关运行经费支出60.00万元，比上年减少5.00万元，下降7.69%。主要原因是办公楼维修已于2022年完工，"
            "机关运行经费主要用于办公费21.00万元、水电费9.00万元等。\n")
    assert counted(text) == []


# ---------------------------------------------------------------- real text measured untuned (session 17)
def _allocation(tail: str) -> str:
    rows = [("全省合计", "900", "300", "1200"), ("东江市合计", "250", "50", "300"), ("甲县", "250", "50", "300"),
            ("南山市合计", "400", "150", "550"), ("乙县", "180", "70", "250"), ("丙县", "220", "80", "300"),
            ("北岭市合计", "250", "100", "350"), ("丁区", "100", "40", "140"),
            ("己区", "60", "30", "90")]
    body = "\n".join(" | ".join(r) + " |" for r in rows)
    return ("附件1\n2026年补助资金分配表\n单位：万元\n地区 | 已预下达 | 本次下达 | 合计下达 |\n" + body + "\n" + tail)


def test_totals_above_their_rows_head_their_groups():
    # 全省合计 | 东江市合计 | 甲县 | 南山市合计 | …: each 市合计 sums the rows below it; the
    # table goes on past the text (北岭市's 戊区 cut off with the page)
    text = _allocation("地区 | 已预下达 | 本次下达 | 合计下达 |\n戊区")
    assert counted(text) == []
    slipped = text.replace("乙县 | 180 |", "乙县 | 108 |")
    assert counted(slipped) == ["FL101"]  # (南山市合计 against 乙县 + 丙县)


def test_a_table_that_ends_before_a_heading_is_whole():
    # the same rows, whole: 北岭市合计 is short of its rows in each column (戊区's are missing)
    text = _allocation("\n二、资金管理要求\n各地要加强资金管理。\n")
    assert counted(text) == ["FL101", "FL101", "FL101"]


def test_a_blank_header_cell_in_a_stream_is_part_of_a_merged_name():
    lines = ["项目资金（万元）", "|", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分", "|||",
             "年度资金总额：", "500", "500", "450", "10", "90.00%", "9.00", "||||",
             "其中：本年财政拨款", "500", "500", "450", "—", "|", "|", "||||",
             "上年结转资金", "0", "0", "0", "—", "|", "|", "||||", "其他资金", "0", "0", "0", "—", "|", "|", "||||"]
    text = "项目支出绩效自评表 |\n" + "\n".join(x + (" |" if not x.startswith("|") else "") for x in lines) + "\n"
    assert counted(text) == []
    assert counted(text.replace("\n90.00% |", "\n80.00% |")) == ["FL103", "FL301"]  # (and 得分 = 分值 × 执行率)


def test_a_heading_whose_mark_was_cut_breaks_no_numbering():
    text = ("二、绩效目标完成情况\n（一）资金投入情况\n资金已全部拨付。\n资金使用总体情况（\n"
            "）总体绩效目标完成情况\n目标已完成。\n（四）绩效指标完成情况\n各项指标均已完成。\n")
    assert counted(text) == []
    assert counted(text.replace("（\n）总体", "\n总体")) == ["FL205"]
