"""Readings that reports written blind to the linter (sets 114 and later)
and real passages judged in session 25 showed wrong or missed: each
consistent passage is silent, and a slip planted in it is found. Every
figure is invented."""
from __future__ import annotations

from readings import counted, every_finding, findings


# ---------------------------------------------------------------- lists of the same items under parallel totals
def _funds(third_total: str = "1,830.00") -> str:
    return ("2025年城乡居民养老保险基金收入3,460.00万元，比上年增长5.2%，其中：保险费收入1,120.00万元；"
            "财政补贴收入2,050.00万元。支出3,010.00万元。\n"
            "机关事业单位养老保险基金收入5,280.00万元，其中：保险费收入3,905.00万元；财政补贴收入1,160.00万元。"
            "支出5,120.00万元。\n"
            f"工伤保险基金收入{third_total}万元，其中：保险费收入520.00万元；财政补贴收入1,210.00万元。支出1,600.00万元。\n")


def test_a_list_short_like_the_lists_of_the_same_items_beside_it_leaves_items_out():
    # every fund's 其中 names only 保险费收入 and 财政补贴收入 (利息收入 and others left out): the
    # first two fall short by gaps no slip explains, so the third's gap of 100 (1,830 read as
    # 1,730 would close it) is no slip either
    assert counted(_funds()) == []
    told = [f for f in every_finding(_funds(), select=("FL101",)) if "1,830.00" in f.message]
    assert [f.severity for f in told] == ["info"] and "same items" in told[0].message


def test_a_list_alone_short_by_a_plain_slip_is_still_told():
    # no parallel list falls short: the one-digit gap is reported as before
    text = ("2025年工伤保险基金收入1,830.00万元，其中：保险费收入520.00万元；财政补贴收入1,210.00万元。"
            "支出1,600.00万元。\n")
    found = findings(text)
    assert [f.rule for f in found] == ["FL101"]
    assert "1,830.00" in found[0].message


# ---------------------------------------------------------------- a figure named as its total is, with another qualifier
def _limits(general: str = "1.71") -> str:
    return (f"2025年下达我县政府债务限额6.1358亿元，包括一般债务限额{general}亿元，其中：外债转贷0.5884亿元，"
            "专项债务限额4.4258亿元。\n")


def test_a_limit_named_as_the_one_before_with_another_qualifier_is_its_sibling():
    # 专项债务限额 is beside 一般债务限额 (their sum is the 6.1358), not one of its parts with 外债转贷
    assert counted(_limits()) == []
    found = findings(_limits("1.81"))
    assert [f.rule for f in found] == ["FL101"] and "6.1358" in found[0].message


def test_parts_named_alike_under_their_own_total_are_still_its_parts():
    # the first part already ends as the total does: the list is of kinds of it
    text = "2025年政府债务限额6.1358亿元，其中：一般债务限额1.71亿元，专项债务限额4.4258亿元。\n"
    assert counted(text) == []
    slipped = text.replace("4.4258", "4.4528")
    assert counted(slipped) == ["FL101"]


# ---------------------------------------------------------------- what was paid of a part, said right after it
def test_what_was_paid_of_a_project_is_no_second_part():
    # 已支付 is the project's payment so far, not another use of the fund
    text = ("安排省级彩票公益金64.5万元。其中，用于村级养老服务站建设项目60万元，已支付12万元，"
            "预算执行进度20%。\n")
    assert counted(text) == []
    # two uses named each by its own name are parts as before
    listed = "安排省级彩票公益金64.5万元。其中，用于养老服务站建设60万元，用于助餐点运营3.5万元。\n"
    assert counted(listed) == ["FL101"]


# ---------------------------------------------------------------- a kind of staff that is all of them
def test_a_kind_of_staff_counting_all_of_them_makes_the_others_overlap():
    # every one of the 48 is 在编在岗; the 3 特岗教师 are among them, not beside them
    text = "本单位实有编制人员48人。本年度实有在职人员48人，其中特岗教师3人，退休21人，在编在岗事业人员48人。\n"
    assert counted(text) == []
    # kinds that fall one short of it are still added up
    short = text.replace("在编在岗事业人员48人", "在编在岗事业人员44人")
    assert counted(short) == ["FL101"]


# ---------------------------------------------------------------- a zero taken away takes nothing away
def _machines(total: str = "186") -> str:
    return (f"2025年补贴各类机具{total}台（套），其中：动力机械40台（套），收获机械35台（套），耕整地机械58台（套），"
            "植保机械41台（套），其他机械12台（套），报废机具0台（套）。\n")


def test_a_list_ending_in_a_zero_scrapped_item_is_still_added_up():
    # 40 + 35 + 58 + 41 + 12 = 186: the 报废 item of 0 neither adds nor takes away
    assert counted(_machines()) == []
    found = findings(_machines("175"))
    assert [f.rule for f in found] == ["FL101"] and "175" in found[0].message


# ---------------------------------------------------------------- a budget's phase named before its kind
def _adjusted(rate: str = "97.85%") -> str:
    return ("2025年年初一般公共预算支出预算为4,820.00万元，年度执行中因上级追加专项转移支付调增支出预算"
            "960.00万元，调整后支出预算为5,780.00万元。全年完成一般公共预算支出5,655.73万元，"
            f"为调整预算的{rate}，比上年增加211.40万元，增长3.88%。\n")


def test_a_budget_named_adjusted_before_its_kind_is_the_adjusted_budget():
    # 5,655.73 / 5,780.00 = 97.85%: "调整后支出预算" is the adjusted budget the rate names, not the 年初 one
    assert counted(_adjusted()) == []
    found = findings(_adjusted("97.58%"))
    assert [f.rule for f in found] == ["FL103"] and "5,780.00" in found[0].message


# ---------------------------------------------------------------- the bounds of a grade
def test_the_bounds_of_a_grade_are_no_score_of_the_report():
    text = ("评价结果分为四个等级：综合得分90分（含）\n以上为“优”，80分（含）至90分为“良”，60分（含）至80分为“中”，"
            "60分以下为“差”。\n经评价，该项目综合得分86.40分，等级为“良”。\n"
            "附表  评分汇总\n指标 | 分值 | 得分\n决策 | 20 | 18.00\n过程 | 20 | 17.40\n产出 | 30 | 27.00\n"
            "效益 | 30 | 24.00\n自评得分 | 100 | 86.40\n")
    assert counted(text) == []


# ---------------------------------------------------------------- a figure per pupil
def test_a_cost_per_pupil_is_not_the_units_cost_stated_again():
    # 生均公用经费 is per pupil (元): the table's 公用经费 in 万元 is the school's whole
    text = ("一、支出决算情况\n2025年度本年支出2,806.30万元，其中：基本支出2,366.40万元，占84.32%；"
            "项目支出439.90万元，占15.68%。\n表3  基本支出决算表\n单位：万元\n项目 | 决算数\n"
            "人员经费 | 1,930.20\n公用经费 | 436.20\n合计 | 2,366.40\n二、其他说明\n"
            "按2025年秋季学期在校学生3620人计算，本年生均公用经费1,204.97元，生均教育经费支出7,752.21元。\n")
    assert counted(text) == []


# ---------------------------------------------------------------- one project's spending and its rate
def _project(rate: str = "94.20%") -> str:
    return ("二、预算执行情况\n2025年全年预算8,650.00万元，执行8,012.45万元，执行率92.63%，其中基本支出2,140.30万元，"
            "项目支出5,872.15万元。\n"
            "三、重点项目\n1.城镇老旧小区改造。全年改造老旧小区9个，惠及居民1,420户。项目支出3,206.18万元，"
            f"执行率{rate}。\n"
            "附表  预算执行情况\n项目 | 全年预算数 | 全年执行数 | 执行率\n基本支出 | 2,210.00 | 2,140.30 | 96.85%\n"
            "项目支出 | 6,440.00 | 5,872.15 | 91.18%\n合计 | 8,650.00 | 8,012.45 | 92.63%\n")


def test_one_projects_spending_is_not_held_to_the_departments_project_budget():
    # the report's 项目支出 spent is 5,872.15: the 3,206.18 is one project's, its budget not stated
    assert counted(_project()) == []
    assert counted(_project("42.20%")) == []


# ---------------------------------------------------------------- a first level's row over its indicators' rows
def _scores(last_score: str = "4") -> str:
    return ("附件  绩效评价指标评分表\n"
            "一级指标 | 二级指标 | 三级指标 | 分值 | 指标值 | 实际完成值 | 得分\n"
            "决策（20分） |  |  | 20 |  |  | 18.5\n"
            "决策 | 项目立项 | 立项依据充分性 | 6 | 依据充分 | 依据充分 | 6\n"
            "决策 | 绩效目标 | 绩效目标合理性 | 6 | 目标合理 | 基本合理 | 4.5\n"
            "决策 | 资金投入 | 资金分配合理性 | 8 | 分配合理 | 分配合理 | 8\n"
            "产出（80分） |  |  | 80 |  |  | 75.2\n"
            "产出 | 产出数量 | 项目完成率 | 40 | 100% | 94% | 37.6\n"
            f"产出 | 产出质量 | 验收合格率 | 40 | 100% | 94% | 37.6\n"
            "合计 |  |  | 100 |  |  | 93.7\n").replace("| 8 | 分配合理 | 分配合理 | 8", f"| 8 | 分配合理 | 分配合理 | {last_score}")


def test_a_first_levels_row_over_its_indicators_adds_no_points_of_its_own():
    # 6 + 6 + 8 = 20 under 决策（20分）, and 20 + 80 = 100: its own 20 is theirs, not 20 more
    assert counted(_scores("8")) == []
    found = findings(_scores("7"))
    assert found and {f.rule for f in found} == {"FL101"} and any("18.5" in f.message for f in found)


# ---------------------------------------------------------------- funds arranged, spent, and the progress column
def _progress(rate: str = "92.26") -> str:
    return ("表2  2025年度衔接资金项目安排及支出情况表\n"
            "项目类型 | 项目数（个） | 安排资金（万元） | 已支出（万元） | 支出进度（%）\n"
            "产业发展类 | 20 | 3,102.50 | 2,980.44 | 96.07\n"
            f"基础设施类 | 12 | 1,441.89 | 1,330.33 | {rate}\n"
            "合计 | 32 | 4,544.39 | 4,310.77 | 94.86\n")


def test_a_progress_column_is_what_was_spent_over_what_was_arranged():
    assert counted(_progress()) == []
    found = findings(_progress("83.68"))
    assert [f.rule for f in found] == ["FL103"] and "1,330.33" in found[0].message


# ---------------------------------------------------------------- a row in a table of other years only
def _plan(text_figure: str = "2619.99") -> str:
    return ("表1  2025年一般公共预算支出执行情况表\n单位：万元\n科目 | 调整预算数 | 执行数 | 完成% \n"
            "一般公共服务支出 | 2,900.00 | 2,836.86 | 97.82\n农林水支出 | 3,640.56 | 3,499.66 | 96.13\n"
            "合计 | 6,540.56 | 6,336.52 | 96.88\n"
            "二、2026年财政预算（草案）\n（一）一般公共预算支出预算\n2026年一般公共预算支出安排5,226.99万元。\n"
            "1.一般公共服务支出2607.00万元，主要用于机关运转。\n"
            f"2.农林水支出{text_figure}万元，主要用于村级组织运转和农田水利设施维修。\n"
            "表2  2026年一般公共预算支出预算表\n单位：万元\n科目 | 2025年执行数 | 2026年预算数\n"
            "一般公共服务支出 | 2836.86 | 2607.00\n农林水支出 | 3499.66 | 2619.99\n合计 | 6336.52 | 5226.99\n")


def test_a_row_is_held_to_the_one_table_that_has_the_sentences_year():
    # 表1 holds 2025 only; 表2's 2026年预算数 is the sentence's 2026 农林水支出
    assert counted(_plan()) == []
    found = findings(_plan("2169.99"))
    assert [f.rule for f in found] == ["FL106"] and "2619.99" in found[0].message


# ---------------------------------------------------------------- a self-evaluation form exported one cell a line
def _stream(total: str = "98.60") -> str:
    cells = ["某县交通运输局2025年度部门整体支出绩效自评表", "", "（单位：万元）", "",
             "年度预算", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分", "",
             "年度资金总额", "2400.00", "3100.00", "2976.00", "10", "96.00%", "9.60", "",
             "基本支出", "900.00", "920.00", "915.40", "99.50%", "",
             "项目支出", "1500.00", "2180.00", "2060.60", "94.52%", "",
             "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "",
             "产出指标", "数量指标", "农村公路改造里程", "≥60公里", "57公里", "20", "19.00", "",
             "桥梁维修", "12座", "12座", "20", "20", "",
             "效益指标", "可持续影响指标", "公路养护机制", "健全", "健全", "20", "20", "",
             "满意度指标", "服务对象满意度指标", "群众满意度", "≥90%", "93.5%", "30", "30", "",
             "总分", "100", total, ""]
    return "\n".join(cells) + "\n"


def test_a_form_read_one_cell_a_line_adds_its_funds_score_to_its_total():
    # 9.60 + 19.00 + 20 + 20 + 30 = 98.60: a target's bound (≥60公里), targets in words and
    # the funds rows the form scores not all stand where they are
    assert counted(_stream()) == []
    found = findings(_stream("98.90"))
    assert [f.rule for f in found] == ["FL101"] and "98.90" in found[0].message


# ---------------------------------------------------------------- a count of a wider set the items joined
def test_a_count_of_the_nations_set_is_not_the_number_of_the_towns_listed():
    text = ("资金12亿元和国土绿化示范奖补资金1.5亿元；丰城、临江成功入围全国\n30个系统化全域推进海绵城市建设"
            "示范城市，每个城市将获得9\n亿元中央奖补资金。\n")
    assert counted(text) == []
    # the items' own count is still held to them
    assert counted("今年，丰城、临江、安平3个县入选全省示范县。\n") == []
    assert counted("今年，丰城、临江、安平4个县入选全省示范县。\n") == ["FL204"]


# ---------------------------------------------------------------- items numbered in brackets on one line
def _uses(count: str = "三") -> str:
    return (f"根据文件规定，专项扶贫发展资金主要用于{count}个方面：(一)用于扶持贫困户发展种植、养殖、加工等项目，"
            "每户补助一般不超过8000元。(二)用于扶持带动贫困户的生产性项目，补助标准视申报情况而定。"
            "(三)用于改善贫困村小型公益性生产生活设施条件。\n")


def test_the_items_of_a_count_may_be_numbered_in_brackets_on_its_line():
    # three bracketed items, each holding a list of its own: not the 、 inside them
    assert counted(_uses()) == []
    found = findings(_uses("四"))
    assert [f.rule for f in found] == ["FL204"]


# ---------------------------------------------------------------- what is done to two different counted things
def test_one_verb_on_two_counted_things_is_no_figure_stated_twice():
    text = ("我省将安排18.20亿元加大对26个国家乡村振兴重点帮扶县、30个省级重点帮扶县的倾斜支持力度。"
            "安排中央衔接资金6.27亿元支持易地扶贫搬迁后续扶持。\n"
            "同时，加大对19个边境县（市）的倾斜支持，重点补足边境小康村建设资金缺口。\n")
    assert counted(text) == []


# ---------------------------------------------------------------- an excerpt cut inside a count's first item
def test_numbered_items_an_excerpt_cut_short_may_be_more():
    text = ("截至2024年底，52户企业实收资本共计41.20亿元。其中，国有资本40.16亿元，民营资本1.04亿元。"
            "国有资本主要布局于三个行业:(1)投资与资产管理类。共4户企业(区国控集团、区城投公司、区建投公司、"
            "区水务公司),总资产")
    assert counted(text) == []


# ---------------------------------------------------------------- a change named as such is no last year's figure
def test_a_change_said_against_the_same_period_is_no_base():
    text = ("2024年1—10月，全区民生支出达21.64亿元，较2023年同期增加支出2.86亿元，增幅达15.23%，"
            "占一般公共预算支出的79.02%。\n")
    assert counted(text) == []
    assert counted(text.replace("15.23%", "17.23%")) == ["FL105"]


# ---------------------------------------------------------------- last year's total against this year's, two sentences apart
def test_last_years_total_is_not_compared_with_an_item_listed_before_it():
    text = ("2025年全年实际支出2,460.80万元，预算执行率为95.10%。\n"
            "从支出结构看，基本支出980.20万元，占总支出的39.83%；项目支出1,480.60万元，占总支出的60.17%。"
            "项目支出主要用于农林水支出702.40万元、城乡社区支出388.10万元等。\n"
            "与上年支出2,498.35万元相比，本年支出减少37.55万元，下降1.50%，主要是上年项目已完工结算。\n")
    assert counted(text) == []


# ---------------------------------------------------------------- one cell a line, blank cells dropped
def _classes(admin: str = "1,204,310.20") -> str:
    cells = ["一般公共预算财政拨款支出决算表", "金额单位：元",
             "\t科目编码", "\t科目名称", "\t合计", "\t基本支出", "\t项目支出", "",
             "\t210", "\t卫生健康支出", "\t5,836,420.55", "\t2,604,310.20", "\t3,232,110.35", "",
             "\t21001", "\t卫生健康管理事务", "\t2,404,310.20", f"\t{admin}", "\t1,200,000.00", "",
             "\t2100101", "\t行政运行", "\t1,204,310.20", "\t1,204,310.20", "",
             "\t2100199", "\t其他卫生健康管理事务支出", "\t1,200,000.00", "\t1,200,000.00", "",
             "\t21004", "\t公共卫生", "\t3,432,110.35", "\t1,400,000.00", "\t2,032,110.35", "",
             "\t2100401", "\t疾病预防控制机构", "\t1,400,000.00", "\t1,400,000.00", "",
             "\t2100408", "\t基本公共卫生服务", "\t2,032,110.35", "\t2,032,110.35", ""]
    return "\n".join(cells) + "\n"


def test_a_row_whose_blank_cell_an_export_dropped_is_placed_in_no_column():
    # 行政运行's two figures are 合计 and 基本支出, 其他…支出's 合计 and 项目支出: which is unknown
    assert counted(_classes()) == []
    # the rows whose every cell stands are still added up
    found = findings(_classes("1,240,310.20"))
    assert found and {f.rule for f in found} <= {"FL101", "FL108"}


# ---------------------------------------------------------------- a table of growth rates
def test_growth_rates_of_the_rows_of_a_table_are_not_added_up():
    text = ("表2  2025年固定资产投资分领域增速\n"
            "领域                     2025年增速（％）   上年增速（％）   增减（百分点）\n"
            "固定资产投资                         6.2             3.4              2.8\n"
            "　工业投资                          12.1            10.3              1.8\n"
            "　基础设施投资                       8.4             5.9              2.5\n"
            "　房地产开发投资                   -11.6           -12.0              0.4\n")
    assert counted(text) == []


# ---------------------------------------------------------------- the third sector beside the second
def test_the_next_sector_named_as_the_one_before_is_its_sibling():
    text = ("分产业看，第一产业增加值22.40亿元，增长3.6%；第二产业增加值48.75亿元，增长5.2%，其中工业增加值"
            "40.12亿元；第三产业增加值66.83亿元，增长4.4%。\n")
    assert counted(text) == []
    assert counted(text.replace("40.12亿元", "50.12亿元")) == ["FL101"]


# ---------------------------------------------------------------- a change and its rate over the base alone
def test_a_rate_of_change_is_held_to_the_base_stated_with_it():
    # this year's figure is two sentences back, but 261.27 / 2,744.96 is the rate whatever it is
    text = ("2025年全年实际支出3,006.23万元，预算执行率为96.20%。\n"
            "从支出结构看，基本支出1,210.11万元；项目支出1,796.12万元，主要用于农林水支出820.40万元等。\n"
            "与上年支出2,744.96万元相比，本年支出增加261.27万元，增长9.52%，主要原因是落实调资政策。\n")
    assert counted(text) == []
    found = findings(text.replace("增长9.52%", "增长7.88%"))
    assert [f.rule for f in found] == ["FL105"] and "2,744.96" in found[0].message


# ---------------------------------------------------------------- 为预算的
def test_a_rate_said_as_for_the_budget_is_an_execution_rate():
    text = "2025年“三公”经费预算12.40万元，实际支出105,214.60元，为预算的84.85%。\n"
    assert counted(text) == []
    assert counted(text.replace("84.85%", "84.58%")) == ["FL103"]


# ---------------------------------------------------------------- a target per period
def test_a_target_per_period_is_no_count_to_divide_by():
    text = ("表3  绩效自评得分表\n一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分\n"
            "产出\t数量指标\t保障人数\t≥6800人\t6912人\t10\t10\n"
            "\t质量指标\t动态复核\t每季度1次\t4次\t10\t9\n")
    assert counted(text) == []


# ---------------------------------------------------------------- rows of several units under a 单位 column
def _indicators(total: str = "2,735.45") -> str:
    return ("表1  2024—2025年城乡低保主要指标对比表\n指标\t单位\t2024年\t2025年\t增减\t增减率\n"
            "城市低保户数\t户\t575\t568\t-7\t-1.22%\n城市低保资金\t万元\t472.16\t498.63\t26.47\t5.61%\n"
            "农村低保人数\t人\t6569\t6584\t15\t0.23%\n农村低保资金\t万元\t2046.92\t2236.82\t189.90\t9.28%\n"
            f"低保资金合计\t万元\t2519.08\t{total}\t216.37\t8.59%\n")


def test_a_total_under_a_unit_column_adds_the_rows_of_its_unit_only():
    assert counted(_indicators()) == []
    assert "FL101" in counted(_indicators("2,753.45"))


# ---------------------------------------------------------------- a blank total over counts of several units
def test_a_total_left_blank_over_counts_of_several_units_is_no_gap():
    text = ("表1  2024—2025年优抚资金发放情况对比表\n金额单位：万元\n"
            "资金类别\t单位\t2024年\t2025年\t2024年\t2025年\t增减额\t增减率\n"
            "\t\t人（户）数\t人（户）数\t发放金额\t发放金额\t\t\n"
            "伤残抚恤\t人\t66\t64\t155.30\t158.72\t3.42\t2.2%\n"
            "定期抚恤\t人\t20\t19\t60.12\t61.48\t1.36\t2.3%\n"
            "义务兵家庭优待金\t户\t171\t163\t215.46\t215.16\t（0.30）\t（0.1%）\n"
            "合计\t\t\t\t430.88\t435.36\t4.48\t1.0%\n")
    assert counted(text) == []


# ---------------------------------------------------------------- a change naming a subject of its own
def test_a_change_naming_its_own_subject_is_not_the_figure_before_its():
    text = ("退役士兵安置支出较上年增加111.60万元，增长51.96%，主要是接收自主就业退役士兵136人，按每人24,000元"
            "标准发放一次性经济补助326.40万元；义务兵优待支出较上年减少26.82万元，下降8.90%，主要是家庭户数减少。\n")
    assert counted(text) == []



# ---------------------------------------------------------------- a plan's completion column
def test_a_completion_of_plan_column_is_what_was_done_over_the_plan():
    text = ("表1　2025年主要经济社会发展指标计划执行情况\n\n"
            "指标                              计划目标   完成情况   完成计划%\n"
            "一般公共预算收入（亿元）             14.80      15.02       101.5\n"
            "新增城镇就业（人）                    3200       3386       105.8\n")
    assert counted(text) == []
    assert counted(text.replace("105.8", "109.5")) == ["FL103"]
