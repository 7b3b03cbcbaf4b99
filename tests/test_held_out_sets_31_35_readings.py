"""Readings that sets of reports written blind to the linter (29 and later)
showed wrong or missed: each consistent passage is silent, and a slip
planted in it is found. Every figure is invented."""
from __future__ import annotations

from fiscallint.engine import active_rules, run
from fiscallint.reading import Document


def counted(text: str, select=("FL",)) -> list[str]:
    return [f.rule for f in run(Document("r.txt", text), active_rules(list(select))).findings if f.severity != "info"]


# ---------------------------------------------------------------- changes in percentage points
def test_a_share_from_last_years_to_this_years_changes_by_their_difference_in_points():
    text = ("上年人员支出310.00万元、运转支出190.00万元，运转支出占比由上年的38.00%下降到35.20%，下降2.80个百分点，"
            "人员支出占比由上年的62.00%提高到64.80%，提高2.80个百分点。\n")
    assert counted(text) == []
    assert counted(text.replace("下降2.80", "下降2.08")) == ["FL104"]
    assert counted(text.replace("提高2.80", "提高8.20")) == ["FL104"]


def test_a_share_named_with_zhanbi_is_not_the_base_of_its_change():
    # 占比 ends in 比, as 较 and 比 before a base do; the share is this year's
    text = "门诊人次占比41.30%，较上年的39.85%提高1.45个百分点。\n"
    assert counted(text) == []
    assert counted(text.replace("提高1.45", "提高1.54")) == ["FL104"]


def test_a_rate_compared_with_is_not_the_rate_that_changed():
    text = ("截至6月30日，全县调整后预算合计5000.00万元，累计支出2150.00万元，支出进度43.00%，较序时进度（50%）慢7.00个百分点，"
            "较上年同期支出进度40.50%提高2.50个百分点。\n")
    assert counted(text) == []
    assert counted(text.replace("提高2.50", "提高2.05")) == ["FL104"]


# ---------------------------------------------------------------- tables of budget execution (set 33)
_PROGRESS = ("表3 上半年各单位预算支出进度情况表\n单位：万元\n"
             "| 单位名称 | 调整后预算数 | 1—6月累计支出数 | 支出进度（%） | 与序时进度差（个百分点） |\n|---|---|---|---|---|\n"
             "| 甲局 | 200.00 | 110.00 | 55.00 | 5.00 |\n| 乙局 | 400.00 | 180.00 | 45.00 | -5.00 |\n"
             "| 合计 | 600.00 | 290.00 | 48.33 | -1.67 |\n")


def test_a_column_of_the_gap_to_another_rate_is_no_execution_rate():
    assert counted(_PROGRESS) == []
    assert counted(_PROGRESS.replace("| 48.33 |", "| 43.83 |")) == ["FL103"]


def test_a_rate_of_a_part_whose_budget_was_adjusted_is_not_measured_on_its_initial_budget():
    text = ("年初部门预算支出2000.00万元，其中：基本支出800.00万元，项目支出1200.00万元。\n"
            "年中追加后，调整后预算支出2400.00万元。\n"
            "截至6月30日，按调整后预算口径计算，累计支出1100.00万元。其中：基本支出420.00万元，执行率50.00%。\n")
    assert counted(text) == []
    # with no budget adjusted, the part's rate is of its one budget
    plain = text.replace("年中追加后，调整后预算支出2400.00万元。\n", "").replace("按调整后预算口径计算，", "")
    assert counted(plain) == ["FL103"]


def test_a_part_listed_under_an_initial_total_is_no_base_of_the_adjusted_totals_change():
    text = ("年初预算收入总计5300.00万元，其中：镇本级一般公共预算收入1200.00万元，上级补助收入4100.00万元。\n"
            "调整后，全镇一般公共预算收入总计6340.00万元，比年初预算增加1040.00万元。\n")
    assert counted(text) == []


# ---------------------------------------------------------------- number forms (set 34)
def test_a_full_width_thousands_comma_before_a_decimal_part_is_one_number():
    text = "本年收入1，508.26万元，其中：财政拨款收入1，200.00万元，其他收入308.26万元。\n"
    assert counted(text) == []
    assert counted(text.replace("308.26万元。", "380.26万元。")) == ["FL101"]
    # between two whole figures of a list it still parts them
    assert counted("甲村和乙村的补助分别为100，200万元，合计300万元。\n") == []


def test_a_fund_budgets_spending_is_not_its_income():
    text = ("2023年度政府性基金预算财政拨款支出400.88万元，主要用于城乡社区支出。\n\n"
            "收入支出决算总表\n金额单位：万元\n| 项目 | 金额 |\n|---|---|\n"
            "| 一、一般公共预算财政拨款收入 | 2368.74 |\n| 二、政府性基金预算财政拨款收入 | 415.20 |\n| 本年收入合计 | 2783.94 |\n")
    assert counted(text) == []


# ---------------------------------------------------------------- PDF tables (set 31)
def test_the_outturns_change_from_last_year_after_its_budget_and_rate():
    text = "2023年度“三公”经费支出26.70万元，年初预算34.00万元，完成预算的78.53%，比上年减少4.20万元，下降13.59%。\n"
    assert counted(text) == []
    assert counted(text.replace("下降13.59%", "下降15.39%")) == ["FL105"]


def test_a_share_of_a_list_that_breaks_down_the_outturn_not_the_budget_before_it():
    text = ("2023年全年实际支出8,735.19万元，全年预算9,026.58万元，预算执行率96.77%。"
            "其中：基本支出2,104.36万元，占总支出的24.09%；项目支出6,630.83万元，占总支出的75.91%。\n")
    assert counted(text) == []
    assert counted(text.replace("24.09%", "24.90%")) == ["FL102"]


def test_a_share_after_a_clause_saying_all_of_it_went_one_way():
    text = ("政府采购支出总额62.80万元，其中货物24.60万元、工程0万元、服务38.20万元，全部授予中小企业，"
            "占政府采购支出总额的100%。\n")
    assert counted(text) == []


def test_two_sided_coded_tables_open_each_side_with_its_codes():
    text = ("附表3 基本支出决算表\n单位：万元\n"
            "| 科目编码 | 科目名称 | 决算数 | 科目编码 | 科目名称 | 决算数 |\n|---|---|---|---|---|---|\n"
            "| 301 | 工资福利支出 | 90.00 | 302 | 商品和服务支出 | 20.00 |\n"
            "| 30101 | 基本工资 | 50.00 | 30201 | 办公费 | 12.00 |\n"
            "| 30102 | 津贴补贴 | 40.00 | 30205 | 水费 | 8.00 |\n"
            "|  |  |  | 310 | 资本性支出 | 5.00 |\n"
            "|  |  |  | 31002 | 办公设备购置 | 5.00 |\n"
            "|  | 人员经费合计 | 90.00 |  | 公用经费合计 | 25.00 |\n")
    assert counted(text) == []
    assert counted(text.replace("| 水费 | 8.00 |", "| 水费 | 9.00 |")) == ["FL101"]  # 302 over its 款


# ---------------------------------------------------------------- subsidy funds (set 32)
def test_a_column_of_a_standard_per_unit_adds_up_to_nothing():
    text = ("表1 补贴发放情况\n单位：户、亩、元\n"
            "| 乡镇 | 补贴户数 | 补贴面积 | 补贴标准（元/亩） | 补贴金额 |\n|---|---|---|---|---|\n"
            "| 甲镇 | 500 | 1,000.00 | 100.00 | 100,000.00 |\n| 乙镇 | 300 | 600.00 | 100.00 | 60,000.00 |\n"
            "| 合计 | 800 | 1,600.00 |  | 160,000.00 |\n")
    assert counted(text) == []
    assert counted(text.replace("| 160,000.00 |", "| 106,000.00 |")) == ["FL101"]


def test_a_standard_per_head_and_month_is_no_amount_per_head():
    text = ("全年发放各类补贴。其中：甲类补贴发放4,900人次，共计39.20万元；乙类补贴发放6,050人次，共计54.45万元；"
            "丙类补贴发放3,000人次，按每人每月80元标准发放；丁类补贴发放2,000人次，共计18.00万元。\n")
    assert counted(text) == []


def test_items_acting_on_what_a_count_counts_are_not_its_items():
    text = "四是开展专项检查，会同县财政局、县民政局对12个乡镇进行了资金使用情况检查。\n"
    assert counted(text, ("FL204",)) == []


def test_a_target_under_its_heading_is_no_restatement_of_what_was_done():
    text = ("（三）绩效目标\n新建和改造灌排沟渠50.2公里，新建田间道路36公里以上。\n\n"
            "三、项目实施及绩效目标完成情况\n新建和改造灌排沟渠48.6公里，为计划的96.81%。\n")
    assert counted(text) == []
    # two statements of what was done still agree
    done = text.replace("（三）绩效目标", "（三）完成情况").replace("，为计划的96.81%", "")
    assert counted(done) == ["FL206"]


# ---------------------------------------------------------------- other matters (set 35)
def test_a_figure_after_an_events_year_is_no_base_of_last_years_change():
    text = ("2023年度本单位机关运行经费支出83.25万元，比上年减少6.12万元，下降6.85%。"
            "主要原因：场部办公楼维修工程已于2022年完工。机关运行经费主要用于办公费21.36万元、水电费9.84万元等。\n")
    assert counted(text) == []


def test_a_balance_sheets_net_assets_are_no_total_of_the_assets_and_liabilities():
    text = ("表2 资产负债简表\n单位：万元\n| 项目 | 年初数 | 年末数 |\n|---|---|---|\n"
            "| 流动资产 | 278.14 | 312.58 |\n| 固定资产 | 3,423.05 | 3,550.16 |\n| 资产总计 | 3,701.19 | 3,862.74 |\n"
            "| 负债合计 | 196.52 | 205.46 |\n| 净资产合计 | 3,504.67 | 3,657.28 |\n")
    assert counted(text) == []


def test_a_bound_included_in_brackets_is_still_a_bound():
    text = ("十三、绩效自评：指对照年初设定的绩效目标进行的自我评价。自评得分90分（含）以上为优。\n\n"
            "本单位自评得分96.14分。\n")
    assert counted(text) == []


def test_a_verb_ending_the_first_item_opens_no_list():
    text = "同时对高标准农田建设、耕地地力保护补贴、农村人居环境整治3个项目开展部门评价。\n"
    assert counted(text, ("FL204",)) == []
    assert counted(text.replace("3个项目", "4个项目"), ("FL204",)) == ["FL204"]


def test_a_share_of_the_lists_own_budget_is_a_rate_not_a_share():
    text = ("基本支出1902.35万元，其中人员经费1676.48万元、公用经费225.87万元，占基本支出预算的52.08%，基本支出执行正常。\n")
    assert counted(text) == []
    # a part of another figure's budget is a share of it
    share = "政府采购预算2447.60万元，其中预留面向中小企业采购份额972.16万元，占政府采购预算的37.92%。\n"
    assert counted(share) == ["FL102"]


# ---------------------------------------------------------------- slips the sets planted and were missed
def test_a_change_against_last_years_figure_past_the_counts_between():
    text = "2022年度会议费支出1.26万元，召开会议3次，参会人员185人次，较上年2.10万元减少0.84万元。\n"
    assert counted(text) == []
    assert counted(text.replace("减少0.84", "增加0.84")) == ["FL104"]


def test_points_are_counted_and_ordinal_items_part_a_list_whatever_their_inner_lists():
    text = ("存在的问题主要有两点：一是个别村对享受对象死亡、迁出等情况报告不及时，造成多发后追回；"
            "二是动态管理台账以纸质为主，信息化水平不高。\n")
    assert counted(text, ("FL204",)) == []
    assert counted(text.replace("两点", "三点"), ("FL204",)) == ["FL204"]
    # a time of day is no count of points
    assert counted("上午10点召开专题会议，研究部署两项工作：一是防汛；二是安全生产。\n", ("FL204",)) == []


def test_a_count_inside_a_cell_of_words_is_no_part_of_a_blank_total():
    text = ("表2 主要经营性资产项目明细表\n单位：万元\n"
            "| 序号 | 项目名称 | 实施地点 | 资金规模 |\n|---|---|---|---|\n"
            "| 1 | 茶园加工中心 | 甲镇甲村 | 660.00 |\n| 2 | 村级光伏电站 | 乙镇6个村 | 466.00 |\n"
            "| 3 | 冷链仓储中心 | 丙镇丙社区 | 445.00 |\n| 合计 |  |  | 1571.00 |\n")
    assert counted(text) == []
    assert counted(text.replace("| 1571.00 |", "| 1517.00 |")) == ["FL101"]


# ---------------------------------------------------------------- sets 36 (Word forms), 38 and 39
def test_a_phase_alone_after_an_added_figure_names_the_total():
    text = ("本项目年初预算安排120.00万元，年中追加下达48.00万元，加上上年结转资金18.40万元，全年预算数为186.40万元。\n\n"
            "表1 项目资金\n单位：万元\n| 项目 | 全年预算数 |\n|---|---|\n| 上年结转资金 | 18.40 |\n")
    assert counted(text) == []


def test_a_phase_alone_after_a_semicolon_names_no_part_before_it():
    text = ("年初预算1,846.30万元，其中基本支出1,102.56万元、项目支出743.74万元；年中追加项目资金后，全年预算3,915.68万元。"
            "全年实际支出3,704.78万元，预算执行率94.61%。\n")
    assert counted(text) == []
    assert counted(text.replace("94.61%", "96.41%")) == ["FL103"]


def test_rows_numbered_past_twenty_are_siblings_of_the_rows_before():
    rows = "".join(f"| {n}、{name} | {v} |\n" for n, name, v in (
        ("十九", "住房保障支出", "62.91"), ("二十", "粮油物资储备支出", ""), ("二十一", "国有资本经营预算支出", ""),
        ("二十二", "灾害防治及应急管理支出", "21.50"), ("二十三", "其他支出", "")))
    text = ("支出决算表\n单位：万元\n| 项目 | 金额 |\n|---|---|\n| 十八、农林水支出 | 962.45 |\n" + rows
            + "| 本年支出合计 | 1046.86 |\n")
    assert counted(text) == []
    assert counted(text.replace("| 21.50 |", "| 12.50 |")) == ["FL101"]


def test_last_years_figure_before_this_years_change_is_its_base():
    text = ("2024年“三公”经费支出7.84万元，其中因公出国（境）费0万元，公务用车运行维护费5.20万元，公务接待费2.64万元；"
            "上年“三公”经费支出8.96万元，本年减少1.12万元，下降12.50%。\n")
    assert counted(text) == []
    assert counted(text.replace("下降12.50%", "下降15.20%")) == ["FL105"]


def test_an_indicators_points_are_its_score_and_what_was_deducted():
    text = ("计划完成撂荒耕地复耕复种320亩，实际完成286亩，完成率89.38%，该项8分，得7.15分，扣0.85分，原因是部分地块灌溉条件差。"
            "计划开展培训12期，实际完成11期，完成率91.67%，该项分值5分，得4.58分，扣0.42分。\n")
    assert counted(text) == []
    assert counted(text.replace("扣0.85分", "扣0.58分")) == ["FL101"]


def test_an_economic_line_of_a_sangong_item_is_no_restatement_of_the_item():
    # 30217 公务接待费 of the 基本支出 table is the part paid from basic expenditure
    text = ("2025年“三公”经费预算16.00万元，其中：公务用车购置及运行费11.00万元，公务接待费5.00万元。\n\n"
            "表5 一般公共预算基本支出表\n单位：万元\n| 科目编码 | 科目名称 | 合计 |\n|---|---|---|\n"
            "| 302 | 商品和服务支出 | 10.30 |\n| 30215 | 会议费 | 2.10 |\n| 30216 | 培训费 | 4.00 |\n"
            "| 30217 | 公务接待费 | 4.20 |\n")
    assert counted(text) == []


def test_ordinal_items_may_hold_counts_and_run_past_a_page_number():
    text = ("2023年我乡重点抓好三个方面工作：一是抓实动态监测，新识别监测对象3户11人；二是抓好人居环境整治，"
            "全年改造农村户厕112户，新建垃圾收集池26个，\n- 3 -\n村庄保洁实现全覆盖；三是抓牢安全生产，开展隐患排查42次。\n")
    assert counted(text, ("FL204",)) == []
    assert counted(text.replace("三个方面", "四个方面"), ("FL204",)) == ["FL204"]


# ---------------------------------------------------------------- sets 40 (infrastructure) and 42 (budget workbooks)
def test_what_was_done_against_its_plan_is_no_restatement_of_the_plan():
    text = ("一、项目概况\n项目主要建设内容为：新建污水管网9.60公里，新建检查井620座。\n\n"
            "二、绩效目标完成情况\n完成污水管网9.60公里，完成率100%；新建检查井604座，完成率97.42%。\n")
    assert counted(text) == []


def test_a_share_of_an_approved_estimate_is_a_rate_of_it():
    text = ("经审计，工程竣工决算总投资1,711.10万元，由建筑安装工程投资1,582.36万元和待摊投资128.74万元构成，"
            "占批复概算的91.73%，较概算节约154.30万元。\n")
    assert counted(text) == []


def test_a_count_below_a_heading_line_lists_nothing_of_the_heading():
    text = ("（三）各标段合同、结算及支付情况\n项目5个标段均已完成结算审核，结算审定金额合计2,487.49万元。\n")
    assert counted(text, ("FL204",)) == []
    # a run-in heading's paragraph, wrapped, still lists before its count
    wrapped = ("（二）机构设置。街道设党政综合办公室、党建工作办公室、经济发展办公室、社会事务办\n"
               "公室、城市管理办公室、社会治理和应急管理办公室6个内设机构。\n")
    assert counted(wrapped, ("FL204",)) == []


# ---------------------------------------------------------------- set 44 (evaluations of county funds)
def test_a_change_naming_its_year_and_subject_is_not_of_a_cumulative_figure():
    text = ("2022—2024年，县级年初预算共安排就业补助资金5,570.00万元，累计实际下达5,754.03万元，累计支出5,557.48万元。"
            "2024年实际下达较2022年增加103.89万元，增长5.57%。\n")
    assert counted(text) == []


def test_counts_of_a_sample_are_no_restatement_of_the_whole():
    text = ("一、基本情况\n全县基层医疗卫生机构共234个，其中乡镇卫生院17所、社区卫生服务中心3个、村卫生室214个。\n\n"
            "二、评价方法\n项目组随机抽取乡镇卫生院6所、社区卫生服务中心2个、村卫生室24个进行现场核查。\n")
    assert counted(text) == []


def test_a_score_tables_indented_rows_make_their_sections_points():
    rows = [("决策", "15", "13.50"), ("  立项依据充分性", "5", "5.00"), ("  绩效目标合理性", "5", "4.00"),
            ("  资金分配合理性", "5", "4.50"), ("过程", "25", "22.50"), ("  资金到位率", "10", "10.00"),
            ("  预算执行率", "15", "12.50"), ("产出", "35", "34.00"), ("  数量指标", "20", "20.00"),
            ("  质量指标", "15", "14.00"), ("效益", "25", "23.00"), ("  社会效益", "15", "14.00"),
            ("  满意度", "10", "9.00"), ("总计", "100", "93.00")]
    text = "表5  评分结果\n指标\t分值\t得分\n" + "".join(f"{a}\t{b}\t{c}\n" for a, b, c in rows)
    assert counted(text) == []
    assert counted(text.replace("总计\t100\t93.00", "总计\t100\t93.50")) == ["FL101"]


# ---------------------------------------------------------------- set 43 (2026 budget explanations)
def test_a_fiscal_grant_tables_income_is_no_restatement_of_the_units_whole_income():
    text = ("2026年本部门收入预算总额2959.23万元，其中：一般公共预算拨款收入2863.23万元，事业收入96.00万元。\n\n"
            "表四　财政拨款收支总表\n单位：万元\n| 项目 | 预算数 |\n|---|---|\n"
            "| 一、本年收入 | 2863.23 |\n| （一）一般公共预算拨款 | 2863.23 |\n")
    assert counted(text) == []
    # the unit's own 收支总表 still restates it
    own = text.replace("表四　财政拨款收支总表", "表一　收支总表").replace("| 一、本年收入 | 2863.23 |", "| 一、本年收入 | 2895.23 |")
    assert "FL106" in counted(own)


def test_a_net_change_is_what_was_raised_less_what_was_lowered():
    text = ("全年共发生设计变更9项；设计变更增加工程造价64.20万元，核减21.70万元，相抵后净增加42.50万元。"
            "年内共调增预算1190.00万元，调减150.00万元，增减相抵后净增加1040.00万元。\n")
    assert counted(text) == []
    assert counted(text.replace("核减21.70", "核减27.10")) == ["FL104"]
    assert counted(text.replace("调减150.00万元，增减相抵后净增加1040.00", "调减1300.00万元，增减相抵后净减少110.00")) == []
