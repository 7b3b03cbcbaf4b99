"""Readings a second set of reports, written blind to the linter (自评报告 and
自评表 typed as PDF text and Markdown), showed wrong: each consistent passage
is silent, and a slip planted in it is found. Every figure is invented."""
from __future__ import annotations

from fiscallint.engine import active_rules, run
from fiscallint.reading import Document
from fiscallint.understanding.analysis import analyse
from fiscallint.understanding.table_text import find_tables


def findings(text: str, select=("FL",)):
    return run(Document("r.txt", text), active_rules(list(select))).findings


def counted(text: str, select=("FL",)) -> list[str]:
    """The rules of the findings a user must read (warnings and errors)."""
    return [f.rule for f in findings(text, select) if f.severity != "info"]


def test_a_list_wrapped_at_the_page_width_is_counted_whole():
    text = ("（一）单位概况\n"
            "青石乡人民政府内设机构5个：党政办公室、经济发展办公室、社会事务办公室、\n"
            "综合治理办公室、村镇建设办公室。核定编制40人，实有人数38人。\n")
    assert counted(text, ("FL204",)) == []
    assert counted(text.replace("内设机构5个", "内设机构6个"), ("FL204",)) == ["FL204"]


def test_a_list_item_whose_text_starts_with_a_figure_keeps_the_numbering():
    text = ("（一）产出情况\n1．新修道路14条。\n2．新增就业520人。\n"
            "3．9个社区全部实现垃圾分类。\n4．提供上门服务12,300人次。\n")
    assert counted(text, ("FL205",)) == []
    assert counted(text.replace("4．提供", "5．提供"), ("FL205",)) == ["FL205"]


SANGONG_MARKDOWN = (
    "2023年“三公”经费支出情况表（单位：万元）\n"
    "| 项目 | 上年决算 | 本年决算 | 增减额 |\n"
    "|---|:---:|---:|---|\n"
    "| 公务用车运行维护费 | 6.12 | 5.31 | -0.81 |\n"
    "| 公务接待费 | 2.84 | 2.12 | -0.72 |\n"
    "| 合计 | 8.96 | 7.43 | -1.53 |\n")


def test_a_markdown_rule_under_the_header_is_not_a_row():
    (table,) = find_tables(SANGONG_MARKDOWN)
    assert "上年决算" in table.header and "增减额" in table.header
    assert [r.label for r in table.rows] == ["公务用车运行维护费", "公务接待费", "合计"]


def test_last_years_column_of_a_markdown_table_is_not_this_years_figure():
    text = "2023年公务接待费21,200元，比上年减少0.72万元。\n\n" + SANGONG_MARKDOWN
    assert counted(text) == []
    assert "FL108" in counted(text.replace("| -0.72 |", "| -0.27 |"))


def test_the_financial_part_of_the_funds_is_not_all_the_funds():
    """财政资金总额 (3000万元) beside a 年度资金总额 of 3120万元: two facts."""
    text = ("项目财政资金3,000.00万元，另引入社会投入120.00万元，全年预算合计3,120.00万元。"
            "财政资金总额30,000,000元。\n\n"
            "项目支出绩效自评表（金额单位：万元）\n"
            "| 项目 | 年初预算数 | 全年预算数 | 全年执行数 |\n"
            "|---|---|---|---|\n"
            "| 年度资金总额 | 3,000.00 | 3,120.00 | 2,976.34 |\n"
            "| 其中：财政拨款 | 3,000.00 | 3,000.00 | 2,856.34 |\n"
            "| 其他资金 | | 120.00 | 120.00 |\n")
    assert "FL106" not in counted(text)


def test_last_years_figure_named_by_the_word_last_year_is_the_base():
    text = "2023年“三公”经费支出5.50万元，上年6.39万元，减少0.89万元，下降13.92%。\n"
    assert counted(text) == []
    assert counted(text.replace("下降13.92%", "下降15.92%")) == ["FL105"]


SCORES_TWO_HEADER_LINES = (
    "部门整体支出绩效自评表\n"
    "一级    二级指标    三级指标              分值    自评\n"
    "指标                                              得分\n"
    "决策    目标设定    绩效目标合理性        5       5\n"
    "        预算编制    预算编制科学性        10      9\n"
    "过程    资金管理    预算执行率            10      9.75\n"
    "                    资金到位率            5       5\n"
    "                    财务管理规范性        5       4\n"
    "产出    数量指标    低保保障人数          35      34\n"
    "效益    满意度      救助对象满意度        30      30\n"
    "合计                                      100     96.75\n")


def test_a_header_wrapped_onto_a_second_line_is_read_where_it_stands_on_screen():
    (table,) = find_tables(SCORES_TWO_HEADER_LINES)
    assert table.header[0] == "一级指标" and table.header[-1] == "自评得分"


def test_points_that_add_up_by_chance_do_not_nest_indicators():
    """预算执行率's 10 points = 5 + 5 of the rows after it: chance, not a breakdown."""
    assert counted(SCORES_TWO_HEADER_LINES) == []
    assert "FL101" in counted(SCORES_TWO_HEADER_LINES.replace("96.75", "95.75"))


FUNDS_AND_INDICATORS = (
    "项目支出绩效自评表\n"
    "\t年初预算数\t全年预算数\t全年执行数\t分值\t执行率\t得分\n"
    "年度资金总额\t260.00\t285.60\t281.34\t10\t98.51%\t9.85\n"
    "其中：财政拨款\t240.00\t265.60\t263.14\t\t\t\n"
    "其他资金\t20.00\t20.00\t18.20\t\t\t\n"
    "\n"
    "年度总体目标：改造农村户厕450户，新建垃圾收集点36个。\n"
    "\n"
    "| 一级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 |\n"
    "|---|---|---|---|---|---|\n"
    "| 产出指标 | 农村户厕改造数量 | 450户 | 450户 | 40 | 40 |\n"
    "| 效益指标 | 长效管护机制 | 健全 | 基本健全 | 30 | 27 |\n"
    "| 满意度指标 | 群众满意度 | ≥85% | 91.4% | 20 | 20 |\n"
    "| 总分 |  |  |  | 100 | 96.85 |\n")


def test_a_header_with_a_blank_corner_cell_over_tab_rows_is_read():
    funds = find_tables(FUNDS_AND_INDICATORS)[0]
    assert "全年执行数" in funds.header and funds.rows[0].label == "年度资金总额"


def test_the_funding_block_above_the_goal_row_counts_in_the_total():
    assert counted(FUNDS_AND_INDICATORS) == []
    assert "FL101" in counted(FUNDS_AND_INDICATORS.replace("96.85", "97.85"))


def test_a_value_written_in_words_is_not_the_rows_name():
    """基本健全 under 实际完成值 is a value; the row is 长效管护机制."""
    indicators = analyse(Document("r.txt", FUNDS_AND_INDICATORS)).tables[1]
    assert [r.label for r in indicators.rows] == ["农村户厕改造数量", "长效管护机制", "群众满意度", "总分"]


def test_a_part_of_the_initial_budget_is_not_the_initial_budget():
    text = ("项目年初预算260.00万元，其中财政拨款240.00万元、村集体自筹20.00万元；年中县财政追加25.60万元，"
            "全年预算285.60万元。\n")
    assert counted(text) == []
    assert counted("项目年初预算260.00万元，年中县财政追加25.60万元，全年预算295.60万元。\n") == ["FL101"]


def test_a_figure_said_again_in_another_unit_is_not_a_rates_base():
    text = "项目全年预算1,876.15万元。全年执行17,663,800元，即1,766.38万元，执行率94.15%。\n"
    assert counted(text) == []


def test_two_names_joined_before_a_figure_are_not_the_second_ones():
    text = ("剔除车辆购置因素后，运行维护费和公务接待费合计10.50万元，比上年减少0.79万元。\n\n"
            "表2 “三公”经费对比表（万元）\n"
            "| 项目 | 上年 | 本年 | 增减额 |\n"
            "|---|---|---|---|\n"
            "| 公务用车运行维护费 | 9.24 | 8.67 | -0.57 |\n"
            "| 公务接待费 | 2.05 | 1.83 | -0.22 |\n"
            "| 合计 | 11.29 | 10.50 | -0.79 |\n")
    assert "FL104" not in counted(text)


def test_a_table_cut_by_a_page_number_between_blank_lines_goes_on():
    """The rows after "- 6 -" (their first cells blank) go on with the table above."""
    text = ("部门整体支出绩效自评表\n"
            "一级  二级指标  三级指标                  年度        实际          分值  得分\n"
            "指标                                      指标值      完成值\n"
            "决策  目标设定  绩效目标合理性            合理        合理          10    10\n"
            "过程  预算执行  预算执行率                100%        95.00%        20    19\n"
            "产出  数量指标  小型水库除险加固          3座         3座           30    30\n"
            "\n"
            "                                  - 6 -\n"
            "\n"
            "                新建加固堤防              4.5公里     4.2公里       20    18.67\n"
            "效益  满意度    群众满意度                ≥90%        88.6%         20    19.69\n"
            "总分                                                                100   97.36\n")
    assert counted(text) == []
    assert len(find_tables(text)) == 1
    assert "FL101" in counted(text.replace("97.36", "96.36"))


def test_a_list_going_on_past_its_line_takes_each_clause_after_a_semicolon():
    text = ("本年收入合计2235.50万元，其中：一般公共预算财政拨款收入1842.36万元，占82.41%；\n"
            "政府性基金预算财政拨款收入365.00万元，占16.33%；其他收入28.14万元，占1.26%。\n")
    assert counted(text) == []
    assert "FL101" in counted(text.replace("其他收入28.14", "其他收入38.14"))


def test_the_years_spending_and_what_goes_on_to_next_year_are_at_most_the_total():
    """支出总计 = 本年支出 + 年末结转和结余 (+ 结余分配, often unsaid): the two
    named add up to at most the total."""
    text = "2023年本年支出5,247.09万元，年末结转和结余133.78万元，支出总计5,380.87万元。\n"
    assert counted(text) == []
    assert counted(text.replace("133.78", "138.78")) == ["FL107"]
    # less than the total: 结余分配 may make up the rest
    assert counted(text.replace("133.78", "128.78")) == []


def test_an_amounts_own_breakdown_after_zhong_and_a_comma():
    text = ("财政拨款382.50万元中，中央补助120.00万元，省级补助150.00万元，市级补助\n"
            "60.00万元，县级配套52.50万元，资金到位率100%。\n")
    assert counted(text) == []
    assert counted(text.replace("中央补助120.00", "中央补助102.00")) == ["FL101"]


def test_a_form_one_cell_a_line_after_a_blank_line_is_read_row_by_row():
    """Cells one a line behind a tab, rows parted by empty lines, a blank
    merged cell a tab alone: the header after an empty line is no wrapped name."""
    header = ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"]
    rows = [["产出指标", "数量指标", "新建渠道", "≥36公里", "38.6公里", "40", "40"],
            ["", "", "新建机耕路", "≥25公里", "24公里", "40", "38.40"],
            ["满意度指标", "服务对象满意度", "受益农户满意度", "≥90%", "95.2%", "20", "20"],
            ["总分", "", "", "", "", "100", "98.40"]]
    text = "四、自评表\n\n" + "\n\n".join("\n".join("\t" + c for c in r) for r in [header, *rows]) + "\n\n五、问题\n"
    assert counted(text) == []
    assert "FL301" in counted(text.replace("\t38.40", "\t38.80"))


def test_the_kinds_of_establishment_are_parts_of_it_not_it_again():
    """行政编制 and 事业编制 under 核定编制 are its breakdown (they used to be
    read as 编制数 itself, a part of itself, and left unchecked)."""
    text = "核定编制42人，其中行政编制19人、事业编制\n23人；实有人数55人，其中在职39人、退休16人。\n"
    assert counted(text) == []
    assert counted(text.replace("\n23人", "\n24人")) == ["FL101"]


def test_one_figure_stated_as_both_totals_is_each_of_them():
    """"收入、支出总计均为X": X is the 收入总计 and the 支出总计, each at least
    its 本年 figure and its carry-over."""
    text = ("2024年度收入、支出总计均为3365.80万元。主要原因是配套资金本年未再安排。\n"
            "其中：本年收入合计3262.08万元，年初结转和结余103.72万元；本年支出合计3223.87万元，年末结转和结余141.93万元。\n")
    assert counted(text) == []
    assert counted(text.replace("141.93", "149.13")) == ["FL107"]
    assert counted(text.replace("103.72", "113.72")) == ["FL107"]


# ---------------------------------------------------------------- real passages (held out, figures invented)

def test_a_change_said_by_one_character_after_a_comparison():
    text = "2021年部门预算收入总额5572万元，比上年减2843.94万元，降幅33.79%。\n"
    assert counted(text) == []
    assert counted(text.replace("降幅33.79%", "降幅35.79%")) == ["FL105"]


def test_percentages_glued_to_the_next_cell_are_not_read_as_one_figure():
    """"合格率20100%100%20": 分值 20, 指标值 100%, 完成值 100%, 得分 20 run together."""
    text = "质量指标项目(工程)验收合格率20100%100%20时效指标及时(按期)开工率10≥90%≥90%10\n"
    assert counted(text) == []


def test_a_figure_after_bytes_the_decoding_lost_is_not_checked():
    text = "（一）一般公共服务支出?8639万元，较上年减支5273万元，下降9.8%。\n"
    assert counted(text) == []
    assert counted(text.replace("?8639", "48639").replace("9.8%", "19.8%")) == ["FL105"]


def test_a_total_closes_its_block_before_the_next_accumulation():
    """What 加上 adds to in the 支出 part is not the 收入 part's head figure."""
    text = ("（二）政府性基金预算。收入：全区政府性基金预算收入完成127,516万元，为预算的100%。"
            "加上级各项补助54,399万元，上年结余3,004万元，收入总计184,919万元。"
            "支出：全区政府性基金预算支出70,734,万元，为预算的100%。"
            "加上解上级支出3,483万元、调出资金108,851万元、当年结余1,851万元，支出总计184,919万元。\n")
    assert counted(text) == []


def test_a_share_a_hundredth_of_a_point_up_is_a_rounding_up():
    text = "2021年收入预算672.15万元，其中：上年结转2.54万元，占0.37%；一般公共预算拨款收入669.61万元，占99.63%。\n"
    assert counted(text) == []
    assert counted(text.replace("占99.63%", "占99.73%")) == ["FL102"]


def test_shares_of_one_unstated_whole_in_a_budget_explanation_agree():
    """The 基本支出's share names its phase (基本支出预算), the 项目支出's does
    not: both are of the budget's one 一般公共预算支出."""
    text = ("部门预算说明\n（二）按支出结构分类\n"
            "1. 基本支出预算 881300.39 元，占一般公共预算支出的\n96.74%，同比减少 166271.4 元，下降 15.87 %。\n"
            "2. 项目支出 29700 元，占一般公共预算支出的 3.26%，同比减少 13900 元，下降 31.88 %。\n")
    assert counted(text) == []
    assert counted(text.replace("\n96.74%", "\n99.74%")) == ["FL102"]


def test_a_report_in_traditional_characters_is_read_in_simplified_ones(tmp_path):
    from fiscallint.reading import read_document

    text = ("2022年本部門財政撥款安排“三公”經費502.4萬元，比上年減少14.6萬元，下降2.82%，主要原因是接待費支出減少。"
            "其中：公務接待費2.4萬元，比上年減少14.6萬元，下降85.88%。相比2016年的總支出7171.97萬元增加606.58萬元，增幅8.46%。\n")
    path = tmp_path / "r.txt"
    path.write_text(text, encoding="utf-8")
    doc = read_document(path)
    assert "经费" in doc.text and len(doc.text) == len(text)  # one character for another
    assert run(doc, active_rules(["FL"])).findings == []
    path.write_text(text.replace("下降85.88%", "下降58.88%"), encoding="utf-8")
    assert [f.rule for f in run(read_document(path), active_rules(["FL"])).findings] == ["FL105"]


def test_a_simplified_report_is_read_as_it_is(tmp_path):
    from fiscallint.reading import read_document

    text = "本单位於2023年完成支出100万元。" * 10 + "\n"
    path = tmp_path / "r.txt"
    path.write_text(text, encoding="utf-8")
    assert read_document(path).text == text


def test_a_row_number_column_named_hanghao_holds_no_amounts():
    text = ("单位：元\n项目 | 行号 | 本期 | 上年同期\n1、总收入 | 1 | 600.00 | 500.00\n"
            "其中：医疗收入 | 2 | 400.00 | 300.00\n财政拨款收入 | 3 | 200.00 | 200.00\n")
    assert counted(text) == []


# ---------------------------------------------------------------- a third blind set (决算/预算说明)

def test_a_spending_row_named_like_people_in_a_table_of_amounts_is_money():
    """行政单位离退休 under 单位：万元 is spending (2080501), not a headcount."""
    text = ("单位：万元\n| 科目编码 | 科目名称 | 合计 |\n|---|---|---|\n"
            "| 20805 | 行政事业单位养老支出 | 529.04 |\n| 2080501 | 　行政单位离退休 | 128.64 |\n"
            "| 2080502 | 　事业单位离退休 | 132.72 |\n| 2080505 | 　机关事业单位基本养老保险缴费支出 | 178.46 |\n"
            "| 2080506 | 　机关事业单位职业年金缴费支出 | 89.23 |\n")
    assert counted(text) == []
    assert counted(text.replace("| 128.64 |", "| 182.64 |")) == ["FL101"]


def test_a_total_justified_across_its_cell_is_one_cell_and_no_part():
    text = ("一般公共预算财政拨款支出决算结构表（单位：万元）\n"
            "科目编码  科目名称                 决算数       占比\n"
            "213       农林水支出               819.56      90.91\n"
            "221       住房保障支出              81.92       9.09\n"
            "          合    计                 901.48     100.00\n")
    (table,) = find_tables(text)
    assert table.rows[-1].label == "合计"
    assert counted(text) == []


def test_a_list_before_its_count_wrapped_at_the_page_width():
    text = ("　　本镇内设党政办公室、党建办公室、经济发展办公室、社会事务办公室、\n"
            "自然资源和规划办公室、平安建设办公室6个综合办事机构；下设综合行政执法队、农\n"
            "业综合服务中心、社会事务综合服务中心、退役军人服务站4个事业单位。\n")
    assert counted(text, ("FL204",)) == []
    assert counted(text.replace("6个综合", "7个综合"), ("FL204",)) == ["FL204"]


def test_counts_in_another_measure_word_are_other_things():
    text = ("全系统共有车辆9辆，其中：一般公务用车3辆，特种专业技术用车6\n"
            "辆（均为校车）；单位价值50万元以上通用设备14台（套），单位价值100万元以上专用设备1台。\n")
    assert counted(text) == []


def test_the_financial_grants_total_of_one_table_is_not_the_whole_of_another():
    """表2's 财政拨款支出合计 is the 总支出 of the grants only, not 表1's 本年支出合计."""
    text = ("第二部分 2022年度部门决算情况说明\n\n表1  收入支出决算总表\n金额单位：元\n收入\t\t支出\n"
            "项目\t决算数\t项目\t决算数\n一、一般公共预算财政拨款收入\t2468.36\t一、一般公共服务支出\t1036.17\n"
            "二、其他收入\t31.50\t二、农林水支出\t1463.69\n本年收入合计\t2499.86\t本年支出合计\t2499.86\n"
            "\n表2  财政拨款支出决算对比表\n金额单位：元\n项目\t上年决算数\t本年决算数\n"
            "财政拨款支出合计\t2735.69\t2468.36\n  基本支出\t1290.53\t1317.40\n  项目支出\t1445.16\t1150.96\n")
    assert "FL106" not in counted(text)
    (grants,) = [f for f in analyse(Document("r.txt", text)).facts if f.q.digits == "2468.36" and "合计" in f.label]
    assert grants.qualifiers == {"财政拨款"}


def test_a_year_wrapped_above_its_column_name_in_a_form_one_cell_a_line():
    header = ["项目", "2023年", "预算数", "2024年", "预算数", "增减额"]
    rows = [["公务用车运行维护费", "9.60", "9.60", "0.00"], ["公务接待费", "5.00", "4.50", "-0.50"],
            ["合计", "14.60", "14.10", "-0.50"]]
    text = ("“三公”经费预算对比表（单位：万元）\n\n" + "\n\n".join("\n".join("\t" + c for c in r) for r in [header, *rows])
            + "\n\n2024年公务接待费4.50万元，比上年减少0.50万元。\n")
    table = find_tables(text)[0]
    assert table.header == ["项目", "2023年预算数", "2024年预算数", "增减额"]
    assert counted(text) == []


ECONOMIC_CLASSES = (
    "经济分类科目             合计   基本支出              项目支出\n"
    "                                人员经费   公用经费\n"
    "工资福利支出         10286540   10286540          0          0\n"
    "商品和服务支出       11936560          0    1462380   10474180\n"
    "合计                 22223100   10286540    1462380   10474180\n")


def test_a_lower_header_line_of_two_names_under_a_span_is_read_by_position():
    (table,) = find_tables(ECONOMIC_CLASSES)
    assert table.header == ["经济分类科目", "合计", "基本支出 › 人员经费", "基本支出 › 公用经费", "项目支出"]


def test_a_cell_under_a_column_naming_another_concept_is_no_restatement():
    """工资福利支出's 0 under 项目支出 is not the 工资福利支出 of the prose."""
    text = "2025年支出预算中工资福利支出1028.654万元。\n（单位：元）\n" + ECONOMIC_CLASSES
    assert counted(text) == []
    assert counted(text.replace("                                人员经费", "                                人员经费")
                   .replace("10286540   10286540          0          0", "10286540   10286450          0          0")) \
        == ["FL101"]


def test_numbered_items_go_on_past_a_line_ended_by_a_semicolon():
    text = ("　　本局内设机构4个：（1）办公室；（2）政策法规股；\n"
            "（3）国土空间规划股；（4）执法监察大队。下属事业单位2个：县不动产登记中心、县土地储备中心。\n")
    assert counted(text, ("FL204",)) == []
    assert counted(text.replace("内设机构4个", "内设机构5个"), ("FL204",)) == ["FL204"]


# ---------------------------------------------------------------- a fourth blind set (绩效自评报告)

def test_an_item_mark_before_a_figure_is_not_a_decimal_point():
    text = "4．新修道路12公里。\n5．6,384户农户直接受益，其中脱贫户（含监测户）417户。\n"
    assert counted(text) == []


FUNDS_WRAPPED = ("（金额单位：万元）\n"
                 "\t年初预\t全年预\t全年执\t分值\t执行率\t得分\n"
                 "\t算数\t算数\t行数\n"
                 "年度资金总额\t3750.00\t3675.00\t3512.64\t10\t95.58%\t9.56\n"
                 "其中：财政拨款\t3750.00\t3675.00\t3512.64\t—\t95.58%\t—\n"
                 "其他资金\t0.00\t0.00\t0.00\t—\t—\t—\n")


def test_a_tab_header_with_a_blank_corner_wrapped_onto_a_second_line():
    table = find_tables(FUNDS_WRAPPED)[0]
    assert table.header[1:4] == ["年初预算数", "全年预算数", "全年执行数"]
    text = "全年支出3,512.64万元，预算执行率95.58%。\n\n" + FUNDS_WRAPPED
    assert counted(text) == []


def test_a_line_of_the_unit_before_a_tab_header_does_not_swallow_it():
    text = ("全年支出307.97万元，执行率96.69%。\n\n附件：项目支出绩效自评表\n\t金额单位：万元\n"
            "\t年初预算数\t全年预算数\t全年执行数\t分值\t执行率\t得分\n"
            "年度资金总额\t52.00\t318.50\t307.97\t10\t96.69%\t9.67\n"
            "其中：财政拨款\t52.00\t300.00\t289.47\t\t96.49%\n"
            "其他资金\t0.00\t18.50\t18.50\t\t100.00%\n")
    assert find_tables(text)[-1].header[1] == "年初预算数"
    assert counted(text) == []


SCORES_OVER_A_PAGE = (
    "一级指标\t二级指标\t三级指标\t年度指\t实际完\t分值\t得分\t偏差原因\n"
    "\t\t\t标值\t成值\t\t\t分析\n"
    "产出指标\t数量指标\t城市管理巡查次数\t≥240次\t252次\t30\t30\n"
    "\t\t社区成员培训人次\t≥180人次\t176人次\t30\t29.33\t部分人员缺训\n"
    "\n- 9 -\n\n"
    "一级指标\t二级指标\t三级指标\t年度指\t实际完\t分值\t得分\t偏差原因\n"
    "\t\t\t标值\t成值\t\t\t分析\n"
    "效益指标\t社会效益\t刑事案件立案数同比下降率\t≥5%\t6.3%\t30\t30\n"
    "满意度指标\t服务对象满意度\t居民满意度\t≥90%\t91.3%\t10\t10\n"
    "总分\t\t\t\t\t100\t99.33\n")


def test_header_names_wrapped_in_their_cells_are_one_name_each():
    table = find_tables(SCORES_OVER_A_PAGE)[0]
    assert table.header[3:5] == ["年度指标值", "实际完成值"] and table.header[-1] == "偏差原因分析"


def test_a_header_printed_again_after_a_page_number_goes_on_with_its_table():
    assert len(find_tables(SCORES_OVER_A_PAGE)) == 1
    assert counted(SCORES_OVER_A_PAGE) == []
    assert "FL101" in counted(SCORES_OVER_A_PAGE.replace("99.33", "98.33"))


def test_a_falling_rate_with_a_floor_is_scored_as_a_floor():
    """下降率 ≥5%, 6.3% reached: full marks (the ≥ says a floor, whatever the name)."""
    assert "FL301" not in counted(SCORES_OVER_A_PAGE)


def test_a_generic_yearly_spending_is_not_the_units_whole_apart():
    text = ("2023年部门支出6,215.80万元，基本支出742.36万元，项目支出5,473.44万元。\n"
            "（二）项目资金情况。2023年农村饮水工程维修养护资金共318.50万元。全年支出307.97万元，主要用于管网维修。\n")
    assert counted(text) == []


def test_a_change_after_a_lists_last_part_may_be_the_wholes():
    text = ("“三公”经费2.96万元，\n其中公务用车运行维护费1.88万元、公务接待费1.08万元，比上年3.41万元减少\n"
            "0.45万元，下降13.20％。\n")
    assert counted(text) == []
    assert counted(text.replace("下降13.20％", "下降15.20％")) == ["FL105"]


def test_a_list_after_its_count_ends_before_the_semicolon_that_ends_the_sentence():
    text = ("本局为县政府工作部门，内设股室7个：办公室、计划财务股、农田\n"
            "建设管理股、种植业管理股、畜牧兽医股、乡村产业发展股、农村合作经济指导股；\n下属事业单位3个。\n")
    assert counted(text, ("FL204",)) == []
    assert counted(text.replace("内设股室7个", "内设股室6个"), ("FL204",)) == ["FL204"]


def test_a_rate_of_the_years_spending_over_the_adjusted_budget_among_other_figures():
    text = ("年初预算1,126.38万元，年中调增232.53万元，调整\n后全年预算1,358.92万元，全年支出1,302.47万元，预算执行率\n"
            "95.85%。\n")
    assert counted(text) == []
    assert counted(text.replace("95.85%", "95.58%")) == ["FL103"]


def test_a_column_named_by_a_phase_alone_leaves_the_rows_concept_whole():
    """年初预算数 names no concept: the 年度资金总额 under it is the fund's whole
    figure, compared with the prose's 年初预算 (a cell under 项目支出 would not be)."""
    text = ("2024年度部门年初预算数为2200.47万元，全年预算数为4270.20万元。\n\n"
            "部门整体支出绩效自评表（单位：万元）\n"
            "| 项目 | 年初预算数 | 全年预算数 | 全年执行数 |\n|---|---|---|---|\n"
            "| 年度资金总额 | 2200.47 | 4270.20 | 4270.10 |\n| 其中：财政拨款 | 2200.47 | 4270.20 | 4270.10 |\n")
    assert counted(text) == []
    assert "FL106" in counted(text.replace("| 年度资金总额 | 2200.47", "| 年度资金总额 | 2500.47"))


def test_a_project_forms_funds_are_not_the_units_whole_spending():
    text = ("2023年全镇总支出2,145.86万元，其中基本支出1,092.44万元，项目支出1,053.42万元。\n\n"
            "附件\n            农村人居环境整治项目支出绩效自评表\n                                  单位：万元\n"
            "资金来源        年初预算数  全年预算数  全年执行数  分值  执行率  得分\n"
            "年度资金总额      300.0000    318.6380    308.6861  10    96.88%  9.69\n"
            "其中：财政拨款    300.0000    300.0000    291.4826        97.16%\n"
            "其他资金            0.0000     18.6380     17.2035        92.30%\n")
    assert counted(text) == []
