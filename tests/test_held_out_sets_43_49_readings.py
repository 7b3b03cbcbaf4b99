"""Readings that sets of reports written blind to the linter (43 and later)
showed wrong or missed: each consistent passage is silent, and a slip
planted in it is found. Every figure is invented."""
from __future__ import annotations

from fiscallint.engine import active_rules, run
from fiscallint.reading import Document


def counted(text: str, select=("FL",)) -> list[str]:
    return [f.rule for f in run(Document("r.txt", text), active_rules(list(select))).findings if f.severity != "info"]


# ---------------------------------------------------------------- columns aligned by spaces (set 43)
def _aligned(rows: list[tuple[str, str, str, str, str]]) -> str:
    """A table aligned by spaces as a fixed-width font shows it: a code, a
    label, then three figures right-aligned, any of them blank."""
    def pad(text: str, width: int, right: bool = False) -> str:
        shown = sum(2 if ord(ch) > 0x2E80 else 1 for ch in text)
        return " " * (width - shown) + text if right else text + " " * (width - shown)
    out = ["单位：万元", pad("经济分类科目", 34) + pad("2026年基本支出", 36, True), pad("科目编码", 10) + pad("科目名称", 24) + pad("合计", 12) + pad("人员经费", 12)
           + pad("公用经费", 12)]  # (names to the left of their columns, figures to the right)
    for code, label, total, staff, running in rows:
        out.append((pad(code, 10) + pad(label, 24) + pad(total, 12, True) + pad(staff, 12, True)
                    + pad(running, 12, True)).rstrip())
    return "\n".join(out) + "\n"


_BASIC = [("", "合计", "860.00", "700.00", "160.00"),
          ("301", "工资福利支出", "640.00", "640.00", ""),
          ("30101", "  基本工资", "400.00", "400.00", ""),
          ("30102", "  津贴补贴", "240.00", "240.00", ""),
          ("302", "商品和服务支出", "160.00", "", "160.00"),
          ("30201", "  办公费", "100.00", "", "100.00"),
          ("30211", "  差旅费", "60.00", "", "60.00"),
          ("303", "对个人和家庭的补助", "60.00", "60.00", "")]


def test_a_row_whose_cells_stand_in_other_columns_than_another_rows_is_placed_by_position():
    # every row has four cells (code, label, two figures; the 合计 row: label and three),
    # but the columns are five: each figure goes where it stands, not packed to the left
    text = _aligned(_BASIC)
    assert counted(text) == []
    slipped = [r if r[1] != "合计" else ("", "合计", "860.00", "700.00", "106.00") for r in _BASIC]
    # (公用经费's total is the sum of its column, and with 人员经费 the row's 合计)
    assert counted(_aligned(slipped)) == ["FL101", "FL101"]


# ---------------------------------------------------------------- one cell a line, a spanned header (set 43)
def _one_cell_a_line(purchase: str) -> str:
    blocks = [["项目", "合计", "因公出国（境）费", "公务用车购置及运行维护费", "公务接待费"],
              ["小计", "公务用车购置费", "公务用车运行维护费"],
              ["2025年预算数", "31.50", "", "24.00", "10.00", "14.00", "7.50"],
              ["2026年预算数", "21.80", "", "16.30", "", "16.30", "5.50"]]
    blocks[2][4] = purchase
    return "表五 “三公”经费预算表\n单位：万元\n" + "\n\n".join("\n".join("\t" + c for c in b) for b in blocks) + "\n"


def test_the_lower_header_names_are_the_columns_of_the_upper_name_sharing_their_words():
    # 小计 | 购置费 | 运行维护费 are the columns of 公务用车购置及运行维护费, not of the last name
    assert counted(_one_cell_a_line("10.00")) == []
    assert counted(_one_cell_a_line("11.00")) == ["FL101"]


# ---------------------------------------------------------------- a change column that writes signs (set 42)
def _three_costs(reception_rate: str, total_rate: str = "-12.50") -> str:
    return ("表6 “三公”经费预算表\n单位：万元\n"
            "| 项目 | 2025年预算数 | 2026年预算数 | 增减额 | 增减率（%） |\n|---|---|---|---|---|\n"
            f"| 合计 | 16.00 | 14.00 | -2.00 | {total_rate} |\n"
            "| 公务用车运行维护费 | 6.00 | 6.00 | 0.00 | 0.00 |\n"
            f"| 公务接待费 | 10.00 | 8.00 | -2.00 | {reception_rate} |\n")


def test_a_change_without_a_sign_in_a_column_that_writes_decreases_negative_is_an_increase():
    assert counted(_three_costs("-20.00")) == []
    findings = run(Document("r.txt", _three_costs("20.00")), active_rules(["FL"])).findings
    assert [f.rule for f in findings if f.severity != "info"] == ["FL108"]
    assert "20.00 were -20.00" in findings[0].message


def test_a_column_that_writes_no_sign_states_sizes():
    # no cell of the column is written negative: each states how much, the row's words say which way
    assert counted(_three_costs("20.00", total_rate="12.50").replace("-2.00", "2.00")) == []


# ---------------------------------------------------------------- a row of the columns' numbers (set 48)
def test_a_row_numbering_the_columns_with_its_name_left_off_holds_no_amounts():
    # " | 1 | 2 | 3" under the header: the columns' numbers (栏次), not a row of figures
    text = ("表4 “三公”经费支出决算表\n单位：万元\n"
            "| 项目 | 上年决算数 | 本年决算数 | 增减额 |\n"
            "|  | 1 | 2 | 3 |\n"
            "| 合计 | 9.00 | 7.50 | -1.50 |\n"
            "| 因公出国（境）费 | 0.00 | 0.00 | 0.00 |\n"
            "| 公务用车购置及运行维护费 | 5.00 | 4.60 | -0.40 |\n"
            "| 公务接待费 | 4.00 | 2.90 | -1.10 |\n")
    assert counted(text) == []
    assert counted(text.replace("| 2.90 |", "| 2.09 |")) == ["FL101", "FL108"]


# ---------------------------------------------------------------- a compiled report of several units (set 45)
def _unit(number: str, name: str, budget: str, final: str, change: str, car: str, reception: str, cars: str) -> str:
    return (f"{number}、{name}2023年度决算说明\n（一）“三公”经费支出决算情况\n"
            f"2023年度本单位“三公”经费支出预算为{budget}万元，支出决算为{final}万元，比上年增加{change}万元。"
            f"其中，公务用车购置及运行维护费{car}万元，全部为公务用车运行维护费{car}万元，年末公务用车保有量{cars}辆；"
            f"公务接待费{reception}万元。\n")


def _compiled(slip: str = "1.20") -> str:
    return ("第一部分 某县农业农村局2023年度部门汇总决算说明\n一、“三公”经费支出决算情况\n表1 “三公”经费支出决算表\n单位：万元\n"
            "| 项目 | 上年决算数 | 本年决算数 |\n|---|---|---|\n| 合计 | 15.80 | 17.00 |\n"
            "| 因公出国（境）费 | 0.00 | 0.00 |\n| 公务用车购置及运行维护费 | 9.30 | 10.40 |\n| 公务接待费 | 6.50 | 6.60 |\n"
            "第二部分 所属单位2023年度决算说明\n"
            + _unit("一", "某县农业农村局（本级）", "12.00", "11.00", slip, "6.20", "4.80", "3")
            + _unit("二", "某县农业技术推广中心", "6.50", "6.00", "0.80", "4.20", "1.80", "2")
            + "（二）“三公”经费对比\n表2 “三公”经费支出决算表\n单位：万元\n| 项目 | 上年决算数 | 本年决算数 |\n|---|---|---|\n"
              "| 合计 | 5.20 | 6.00 |\n| 因公出国（境）费 | 0.00 | 0.00 |\n| 公务用车购置及运行维护费 | 3.60 | 4.20 |\n"
              "| 公务接待费 | 1.60 | 1.80 |\n")


def test_the_units_of_a_compiled_report_are_not_one_anothers_figures():
    # each unit's 三公经费, cars and changes are its own: not the summary's, not the other unit's
    assert counted(_compiled()) == []


def test_a_units_change_is_measured_against_its_own_table():
    # the 推广中心's 比上年增加0.80 is 6.00 − 5.20 of its own table, not of the summary's (15.80):
    # set it wrong and it is found
    assert counted(_compiled().replace("比上年增加0.80", "比上年增加0.08")) == ["FL104"]


def test_all_of_a_part_named_again_is_no_second_part():
    text = ("本单位“三公”经费支出决算为9.40万元，其中，公务用车购置及运行维护费5.10万元，"
            "全部为公务用车运行维护费5.10万元；公务接待费4.30万元。\n")
    assert counted(text) == []
    assert counted(text.replace("公务接待费4.30", "公务接待费3.40")) == ["FL101"]


# ---------------------------------------------------------------- a count before numbered lines (set 45)
def test_a_count_before_its_numbered_lines_is_their_number():
    text = ("纳入本部门决算汇编范围的预算单位共3个，具体包括：\n1.某县文化馆（公益一类事业单位）；\n"
            "2.某县图书馆（公益一类事业单位）；\n3.某县文物管理所（公益二类事业单位）。\n实有人员38人。\n")
    assert counted(text) == []
    assert counted(text.replace("共3个", "共4个")) == ["FL204"]


# ---------------------------------------------------------------- a township's hand-typed report (set 46)
def test_tabs_padding_a_row_as_full_as_its_header_are_no_blank_cells():
    # the typist pressed tab once or twice to line the columns up: no row lacks a figure
    text = ("单位：万元\n科    目\t\t\t本年支出\t占比\n工资福利支出\t\t402.50\t\t46.00%\n商品和服务支出\t122.50\t\t14.00%\n"
            "资本性支出\t\t350.00\t\t40.00%\n合    计\t\t\t875.00\t100.00%\n")
    assert counted(text) == []
    # (the sum, and the share 40.00% of the total)
    assert sorted(counted(text.replace("\t350.00", "\t305.00"))) == ["FL101", "FL102"]


def test_numbered_paragraphs_past_the_next_heading_are_not_the_counts_items():
    text = ("（五）项目支出情况\n2024年我乡共安排项目3个，执行情况如下：\n单位：元\n"
            "序号  项目名称          全年预算数      实际支出\n1     村级道路养护      120,000.00      118,000.00\n"
            "2     饮水工程维修       80,000.00       80,000.00\n3     文化活动经费       40,000.00       36,500.00\n"
            "四、绩效目标完成情况\n1.产出指标：完成道路养护12公里。\n2.效益指标：群众满意度95%。\n")
    assert counted(text) == []


def test_a_column_of_days_adds_up_to_nothing():
    text = ("表1 补助资金测算表\n金额单位：万元\n学段\t受益学生（人）\t在校天数（天）\t补助金额\n"
            "小学\t1200\t100\t60.00\n初中\t800\t100\t40.00\n合计\t2000\t—\t100.00\n")
    assert counted(text) == []
    assert counted(text.replace("\t40.00", "\t44.00")) == ["FL101"]


def test_a_list_after_an_identity_stated_whole_may_break_down_any_of_its_figures():
    # 其中 after 资产总额, 负债总额 and 净资产: the fixed assets are the assets', not the net assets'
    text = "年末资产总额1,500.00万元，负债总额400.00万元，净资产1,100.00万元，其中固定资产原值1,200.00万元。\n"
    assert counted(text) == []
    assert counted(text.replace("原值1,200.00", "原值1,600.00")) == ["FL101"]


# ---------------------------------------------------------------- transfer-fund reports (set 47)
def test_what_should_be_done_beside_what_was_is_no_part():
    text = "签约居民24,000人，签约率40.00%；其中重点人群应签约15,000人，已签约12,000人，重点人群签约率80.00%。\n"
    assert counted(text) == []
    assert counted(text.replace("已签约12,000人", "已签约25,000人")) != []


def test_a_fund_opening_its_sentence_qualifies_its_spending():
    # its 全年支出 is the county funds', not the project's 年度资金总额 of the form below
    text = ("县级资金主要用于支付食堂从业人员工资，全年支出80.00万元。\n（三）预算执行情况\n"
            + "".join(f"\t{c}\n" for c in ("年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"))
            + "\n" + "".join(f"\t{c}\n" for c in ("年度资金总额", "200.00", "210.00", "205.80", "10", "98.00%", "9.80")))
    assert counted(text) == []
    assert counted(text.replace("县级资金主要用于", "资金主要用于")) == ["FL106"]


# ---------------------------------------------------------------- reports kept as Markdown (set 49)
def test_a_bold_markdown_cell_is_read_as_its_text():
    text = ("| 指标 | 分值 | 得分 |\n|---|---:|---:|\n| 预算执行率 | 10 | 9.50 |\n| 资金使用合规性 | 10 | 10.00 |\n"
            "| **小计** | **20** | **19.50** |\n| 产出数量 | 40 | 38.00 |\n| 满意度 | 40 | 40.00 |\n"
            "| **小计** | **80** | **78.00** |\n| **总分** | **100** | **97.50** |\n")
    assert counted(text) == []
    assert counted(text.replace("**97.50**", "**97.05**")) == ["FL101"]


def test_a_count_before_paragraphs_each_opening_with_its_ordinal_is_their_number():
    # "以下三个方面的问题：" ending its line, then 一是…, 二是…, 三是… a paragraph each (blank lines between or not)
    lines = ["我局主要存在以下三个方面的问题：", "一是预算编制不够精准。年中追加较多。", "二是个别项目执行进度滞后。",
             "三是绩效目标设置不够细。", "## 六、改进措施"]
    for joiner in ("\n", "\n\n"):
        text = joiner.join(lines) + "\n"
        assert counted(text) == []
        assert counted(text.replace("三个方面", "四个方面")) == ["FL204"]


# ---------------------------------------------------------------- an amount paid at a standard (FL109; sets 32, 47)
def test_an_amount_paid_is_its_count_times_its_standard():
    text = "按每生每学期500元标准，资助283人次，发放资金14.15万元。\n"
    assert counted(text) == []
    assert counted(text.replace("资助283人次", "资助238人次")) == ["FL109"]
    days = "春季学期受益学生1,200人，按每生每天5元、100天计算，拨付膳食补助60.00万元。\n"
    assert counted(days) == []
    assert counted(days.replace("60.00万元", "66.00万元")) == ["FL109"]


def test_no_product_is_read_where_the_figures_are_not_one_payment():
    for text in (
        # two standards of one kind: tiers
        "按每生每年2000元、每生每年1000元两档标准，资助学生300人，发放资金45.00万元。\n",
        # a standard per 学期 against persons, not person-times: how many terms is not said
        "按每生每学期500元标准资助学生283人，发放资金28.30万元。\n",
        # an average is no standard
        "惠及3,530户，户均增收500元，发放分红131.48万元。\n",
        # the amount after a bracket is the next item's
        "1.助学金96.00万元（受助学生480人，每生每年2000元）；2.免学费补助142.38万元。\n",
        # a bound is no amount paid
        "培训5,680人次，每人次培训成本1,726.41元，低于1,800元。\n",
        # paid to many, rounding gathers: 0.01% apart
        "补贴面积160,118.88亩，按照每亩补贴91.07元标准，共计发放补贴资金1,458.32万元。\n",
    ):
        assert counted(text) == [], text


# ---------------------------------------------------------------- fund budgets (set 51)
def test_a_change_after_last_years_figure_named_alone_is_over_that_figure():
    text = "收入决算数3,045.05万元。上年决算数为2,891.74万元，比上年增加153.31万元，增长5.3%。\n"
    assert counted(text) == []
    assert counted(text.replace("增长5.3%", "增长3.5%")) == ["FL105"]


def test_a_list_after_this_years_and_last_years_figures_is_this_years():
    text = ("收入决算数3,045.05万元，上年决算数2,891.74万元，比上年增加153.31万元。"
            "其中：保险费收入873.56万元，财政补贴收入1,986.43万元。\n")
    assert counted(text) == []


def test_a_name_with_a_bracket_before_he_is_one_item_of_the_list():
    text = "决算包括城乡居民养老保险基金、机关养老保险基金、职工医疗保险基金（含生育保险）和城乡居民医疗保险基金四个险种。\n"
    assert counted(text) == []
    assert counted(text.replace("四个险种", "五个险种")) == ["FL204"]


# ---------------------------------------------------------------- Word reports under review (set 50)
def test_figures_under_a_qualified_heading_are_no_parts_of_the_unqualified_whole():
    text = ("三、支出决算情况说明\n本部门本年支出3,700.00万元，其中：基本支出2,600.00万元，项目支出1,100.00万元。\n"
            "四、一般公共预算财政拨款基本支出决算情况说明\n"
            "本部门一般公共预算财政拨款基本支出2,540.00万元，其中：\n人员经费2,300.00万元，主要包括基本工资。\n"
            "公用经费240.00万元，主要包括办公费。\n")
    assert counted(text) == []


def test_a_turned_form_adds_no_row_of_rates():
    text = ("表1 “三公”经费支出决算对比表\n单位：万元\n"
            "| 项目 | 合计 | 因公出国（境）费 | 公务用车购置及运行维护费 | 公务接待费 |\n|---|---|---|---|---|\n"
            "| 上年决算数 | 24.00 | 0.00 | 16.00 | 8.00 |\n| 本年决算数 | 26.00 | 0.00 | 19.00 | 7.00 |\n"
            "| 增减额 | 2.00 | 0.00 | 3.00 | -1.00 |\n| 增减率（%） | 8.33 | — | 18.75 | -12.50 |\n")
    assert counted(text) == []


def test_a_whole_of_the_township_is_no_part_of_a_list():
    text = "新发展茶园320亩，其中白茶210亩、黄金茶110亩，新建茶叶加工厂1家，全乡茶园面积达到6,800亩。\n"
    assert counted(text) == []
    assert counted(text.replace("黄金茶110亩", "黄金茶150亩")) == ["FL101"]


def test_a_project_forms_total_score_is_not_the_units_score():
    text = ("我乡2022年度部门整体支出绩效自评得分94.60分。\n表3 2022年度项目支出绩效自评表\n"
            "项目名称 | 茶叶基地建设\n | 年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分\n"
            "年度资金总额 | 100.00 | 100.00 | 98.00 | 10 | 98.00% | 9.80\n"
            "一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分\n"
            "产出指标 | 数量指标 | 新建茶园面积 | ≥300亩 | 320亩 | 50 | 50\n"
            "效益指标 | 经济效益指标 | 带动增收户数 | ≥80户 | 86户 | 40 | 40\n总分 | 100 | 99.80\n")
    assert [r for r in counted(text) if r == "FL106"] == []


def test_a_right_sides_cells_indented_after_their_tab_are_parts_of_the_row_above():
    cells = [("收入", "决算数", "支出", "决算数"), ("本级收入合计", "600.00", "本级支出合计", "700.00"),
             ("  土地出让收入", "550.00", "  城乡社区支出", "520.00"), ("  其他收入", "50.00", "  农林水支出", "180.00"),
             ("上级补助收入", "300.00", "调出资金", "150.00"), ("上年结余", "100.00", "年终结余", "150.00"),
             ("收入总计", "1,000.00", "支出总计", "1,000.00")]
    text = "表2 政府性基金收支决算总表\n单位：万元\n" + "\n".join("".join(f"\t{c}\n" for c in row) for row in cells)
    assert counted(text) == []
    assert counted(text.replace("\t  农林水支出\n\t180.00", "\t  农林水支出\n\t108.00")) != []


def test_an_economic_class_of_the_basic_expenditure_table_is_not_the_whole_spendings():
    text = ("本部门本年支出3,700.00万元，其中：基本支出2,600.00万元，项目支出1,100.00万元。按支出经济分类，本年支出"
            "3,700.00万元中：工资福利支出2,200.00万元；商品和服务支出1,100.00万元；对个人和家庭的补助300.00万元；"
            "资本性支出100.00万元。\n单位：元\n科目编码 | 科目名称 | 决算数（元）\n | 人员经费 | 23,000,000.00\n"
            "301 | 工资福利支出 | 21,000,000.00\n303 | 对个人和家庭的补助 | 2,000,000.00\n | 公用经费 | 3,000,000.00\n"
            "302 | 商品和服务支出 | 2,800,000.00\n310 | 资本性支出 | 200,000.00\n")
    assert [r for r in counted(text) if r == "FL106"] == []


# ---------------------------------------------------------------- debt and asset reports (sets 54, 55)
def test_a_column_of_terms_in_years_adds_up_to_nothing():
    text = ("表2 新增专项债券项目情况\n单位：万元\n| 项目名称 | 发行金额 | 期限（年） | 利率（%） |\n|---|---|---|---|\n"
            "| 供水工程 | 8,000.00 | 20 | 2.85 |\n| 医院迁建 | 12,000.00 | 30 | 3.05 |\n| 合计 | 20,000.00 |  |  |\n")
    assert counted(text) == []


def test_a_share_of_a_whole_named_apart_is_not_of_the_lists_total():
    text = ("核定我县政府债务限额74.85亿元。年末全县政府债务余额71.69亿元，其中一般债务余额25.22亿元、"
            "专项债务余额46.47亿元，债务余额占限额的95.78%。\n")
    assert counted(text) == []


def test_a_change_from_the_start_of_the_year_is_over_that_figure():
    text = "年末资产总额108.58亿元，较年初103.42亿元增加5.16亿元，增长4.99%。\n"
    assert counted(text) == []
    assert counted(text.replace("增长4.99%", "增长4.59%")) == ["FL105"]


def test_net_assets_closing_a_balance_table_are_no_total_of_its_rows():
    text = ("表1 资产负债情况表\n单位：万元\n项目      年初数      年末数\n资产合计  4,825.50    4,948.90\n"
            "负债合计    214.36      268.91\n净资产合计 4,611.14   4,679.99\n")
    assert counted(text) == []


def test_one_body_named_by_what_it_holds_is_no_list_of_one():
    text = "街道机关设行政单位1个（街道党工委、办事处机关），事业单位2个。\n"
    assert counted(text) == []


def test_items_each_a_sentence_on_one_line_are_a_counts_items():
    text = "我镇重点采取了三项措施：一是完善制度，实行“谁使用、谁负责”。二是开展资产清查。三是加强信息化管理。\n"
    assert counted(text) == []
    assert counted(text.replace("三项措施", "四项措施")) == ["FL204"]


# ---------------------------------------------------------------- budget documents with targets (set 53)
def test_a_list_of_main_items_after_a_part_may_be_the_wholes():
    text = ("2025年安排项目支出763.9万元，其中一般公共预算643.9万元，政府性基金预算120万元，"
            "主要包括：村级组织运转经费268万元、农村人居环境整治经费96万元、集镇提质改造120万元等。\n")
    assert counted(text) == []


def test_a_list_naming_its_own_whole_after_its_trigger_is_not_the_sentence_befores():
    text = ("（八）灾害防治及应急管理支出20.00万元，比上年增加2.00万元。\n"
            "其中农林水支出中，农村综合改革148.00万元用于村级运转，衔接乡村振兴18.50万元用于公益性岗位补贴。\n")
    assert counted(text) == []


def test_a_column_of_kinds_names_no_row_and_quantities_in_their_own_units_add_up_to_nothing():
    text = ("表5 政府采购预算表\n单位：万元\n| 采购项目（品目） | 采购类别 | 数量 | 计量单位 | 预算金额 |\n|---|---|---|---|---|\n"
            "| 合计 |  |  |  | 30.60 |\n| 货物类小计 | 货物 |  |  | 8.60 |\n|   台式计算机 | 货物 | 6 | 台 | 3.60 |\n"
            "|   办公家具 | 货物 | 1 | 批 | 5.00 |\n| 服务类小计 | 服务 |  |  | 22.00 |\n|   物业管理服务 | 服务 | 1 | 项 | 12.00 |\n"
            "|   法律顾问服务 | 服务 | 1 | 项 | 10.00 |\n")
    assert counted(text) == []
    assert counted(text.replace("| 5.00 |", "| 6.00 |")) == ["FL101"]


def test_a_share_column_may_be_of_a_money_column_its_name_says_no_more_of():
    text = ("表2 固定资产分类情况表（单位：万元）\n资产类别          年初原值  年末原值  年末净值  原值占比\n"
            "房屋及构筑物      3,000.00  3,200.00  2,100.00    80.00%\n车辆                500.00    400.00    150.00    10.00%\n"
            "通用设备            300.00    400.00    120.00    10.00%\n合计              3,800.00  4,000.00  2,370.00   100.00%\n")
    assert counted(text) == []


def test_the_unit_a_parts_heading_declares_is_its_tables():
    text = ("本年支出合计203.01万元。\n第三部分 2025年部门预算公开表（金额单位：元）\n表1 收支预算总表\n略。\n"
            "表2 一般公共预算支出表\n科目编码\t科目名称\t2025年预算数\t2024年预算数\t增减额\n"
            "208\t社会保障和就业支出\t1,458,214.48\t1,389,320.32\t68,894.16\n"
            "2080501\t  行政单位离退休\t645,850.00\t612,400.00\t33,450.00\n"
            "2080505\t  机关事业单位基本养老保险缴费支出\t812,364.48\t776,920.32\t35,444.16\n")
    assert counted(text) == []
    # (the row's 增减额, and the 增减额 column's sum under 208)
    assert sorted(counted(text.replace("\t33,450.00", "\t34,450.00"))) == ["FL101", "FL108"]


# ---------------------------------------------------------------- project self-evaluations (set 57)
def test_a_parts_share_naming_no_whole_after_the_list_is_of_the_lists_total():
    text = ("2023年度项目资金总额2,000.00万元，其中中央补助资金1,400.00万元，省级补助资金400.00万元，县级配套资金200.00万元。"
            "中央补助资金占比70.00%。\n")
    assert counted(text) == []
    assert counted(text.replace("占比70.00%", "占比77.00%")) == ["FL102"]


def test_a_count_joined_to_the_list_before_it_is_its_last_item():
    text = "年初组织对机关、事业单位和8个社区使用的资产进行全面清查。\n"
    assert counted(text) == []
    assert counted("街道设有东坡、南塘、西岭8个社区。\n") == ["FL204"]
