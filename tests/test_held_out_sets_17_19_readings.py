"""Readings three sets of reports written blind to the linter (17: budget
说明 with target tables; 18: 决算 of 事业单位 as pdftotext -layout prints
them; 19: third-party evaluation reports) showed wrong or missed: each
consistent passage is silent, and a slip planted in it is found. Every
figure is invented."""
from __future__ import annotations

from fiscallint.engine import active_rules, run
from fiscallint.reading import Document


def counted(text: str, select=("FL",)) -> list[str]:
    return [f.rule for f in run(Document("r.txt", text), active_rules(list(select))).findings if f.severity != "info"]


# ---------------------------------------------------------------- tables aligned with spaces (set 18)
_EXPENDITURE = (
    "                                             支出决算表\n"
    "编制单位：某县某中心                                                        金额单位：万元\n"
    "                                     本年支出                                 上缴上级               对附属单位\n"
    "科目编码          科目名称             合计        基本支出      项目支出       支出      经营支出    补助支出\n"
    "           合计                        1,150.00        700.00        400.00           -       50.00           -\n"
    "207        文化旅游体育与传媒支出        950.00        500.00        400.00           -       50.00           -\n"
    "20701      文化和旅游                    250.00        100.00        150.00           -           -           -\n"
    "2070109    群众文化                      250.00        100.00        150.00           -           -           -\n"
    "\n"
    "                                                                      第 3 页 共 5 页\n"
    "    某县某中心2025年度部门决算公开\n"
    "\n"
    "20708      广播电视                      700.00        400.00        250.00           -       50.00           -\n"
    "2070808    广播电视事务                  700.00        400.00        250.00           -       50.00           -\n"
    "208        社会保障和就业支出            200.00        200.00             -           -           -           -\n"
    "           机关事业单位基本养老保险\n"
    "2080505    缴费支出                      200.00        200.00             -           -           -           -\n"
)


def test_a_dash_cell_before_a_figure_is_no_minus_sign():
    # "-       50.00": the nil of the column before, not -50.00 (its rows then added up with signs)
    text = ("单位：万元\n"
            "科目编码   科目名称              本年支出合计    基本支出    项目支出    经营支出\n"
            "           合计                        1,150.00      700.00      400.00       50.00\n"
            "207        文化旅游体育与传媒支出        950.00      500.00      400.00       50.00\n"
            "208        社会保障和就业支出            200.00      200.00           -           -\n")
    assert counted(text) == []  # nor is the table with 经营支出 the 一般公共预算 form (合计 = 基本 + 项目)


def test_a_header_whose_first_words_a_pdf_set_above_is_read_whole():
    # 本年支出 over 合计, 上缴上级 over 支出: the form with 经营支出, not 合计 = 基本 + 项目
    assert counted(_EXPENDITURE) == []


def test_a_table_goes_on_past_a_page_number_and_its_running_header():
    # the 合计 is 207 + 208, the second on the next page; a slip there is found against it
    slipped = _EXPENDITURE.replace("208        社会保障和就业支出            200.00",
                                   "208        社会保障和就业支出            210.00")
    findings = run(Document("r.txt", slipped), active_rules(["FL"])).findings
    total = [f for f in findings if f.rule == "FL101" and f.line == 5]
    assert len(total) == 1 and "(line 15:" in total[0].message  # 208, after the page break


def test_a_label_whose_first_line_stands_above_its_code_is_one_row():
    from fiscallint.understanding.analysis import analyse
    from fiscallint.understanding.table_model import models

    a = analyse(Document("r.txt", _EXPENDITURE))
    labels = [r.label for m in models(a) for r in m.table.rows]
    assert "机关事业单位基本养老保险缴费支出" in labels


def test_figures_under_columns_no_row_fills_go_under_their_names():
    text = (
        "                                             收入决算表\n"
        "编制单位：某学校                                                      金额单位：万元\n"
        "                                       本年收入      财政拨款     上级补助                              附属单位\n"
        "科目编码           科目名称              合计          收入         收入       事业收入     经营收入    上缴收入    其他收入\n"
        "           合计                           1000.00        800.00                    150.00                               50.00\n"
        "205        教育支出                        900.00        700.00                    150.00                               50.00\n"
        "208        社会保障和就业支出              100.00        100.00\n"
    )
    assert counted(text) == []
    assert counted(text.replace("1000.00        800.00", "1000.00        810.00")) != []


def test_a_side_by_side_tables_right_labels_indented_under_their_side():
    text = (
        "收支预算总表\n"
        "                                                       金额单位：万元\n"
        "收入              预算数    支出          预算数\n"
        "一、财政拨款收入  1,000.00  一、基本支出  1,100.00\n"
        "二、事业收入        500.00      人员经费    900.00\n"
        "三、其他收入        100.00      公用经费    200.00\n"
        "                            二、项目支出    600.00\n"
        "本年收入合计      1,600.00\n"
        "上年结转            100.00\n"
        "收入总计          1,700.00  支出总计      1,700.00\n"
    )
    assert counted(text) == []  # no 本年收入合计 "left blank" over the 支出 side's figures


def test_stacked_income_and_expenditure_blocks_each_closed_by_its_own_total():
    text = (
        "部门收支预算表\t\t\t\t单位：万元\n"
        "项目\t2025年预算数\t2026年预算数\t增减额\t增减率\n"
        "财政拨款收入\t1100.00\t990.00\t-110.00\t-10.00%\n"
        "其他收入\t10.00\t10.00\t0.00\t0.00%\n"
        "收入合计\t1110.00\t1000.00\t-110.00\t-9.91%\n"
        "基本支出\t500.00\t520.00\t20.00\t4.00%\n"
        "项目支出\t610.00\t480.00\t-130.00\t-21.31%\n"
        "支出合计\t1110.00\t1000.00\t-110.00\t-9.91%\n"
    )
    assert counted(text) == []
    assert counted(text.replace("项目支出\t610.00", "项目支出\t601.00")) != []


# ---------------------------------------------------------------- score tables (set 19)
_SCORES = (
    "表3 绩效评价得分表\n"
    "| 一级指标 | 三级指标 | 分值 | 得分 |\n"
    "|---|---|---|---|\n"
    "| 决策 | 立项依据充分性 | 5 | 5 |\n"
    "| 决策 | 绩效目标合理性 | 5 | 4 |\n"
    "| 决策小计 |  | 10 | 9 |\n"
    "| 产出 | 完成数量 | 50 | 48.5 |\n"
    "| 产出 | 完成质量 | 40 | 40 |\n"
    "| 产出小计 |  | 90 | 88.5 |\n"
    "| 合计 |  | 100 | 97.5 |\n"
)


def test_a_named_subtotal_is_no_more_points_in_the_total():
    assert counted(_SCORES) == []


def test_a_named_subtotal_is_the_sum_of_its_rows():
    assert counted(_SCORES.replace("| 决策小计 |  | 10 | 9 |", "| 决策小计 |  | 10 | 8 |")) == ["FL101"]


# ---------------------------------------------------------------- prose
def test_a_line_at_the_pdfs_margin_goes_on_its_sentence():
    # the text indented four throughout, a paragraph eight: "平均每村\n    65.10万元" is one sentence
    text = ("        对村级转移支付782.00万元，涉及12个行政村，平均每村\n"
            "    65.17万元。其中：村干部报酬352.80万元，村级组织办公经费115.92万元，另有公益事业建设313.28万元。\n")
    from fiscallint.understanding.analysis import segment

    first = segment(text)[0]
    assert text[first.start:first.end].rstrip().endswith("65.17万元。")
    assert counted(text) == []  # 65.17 is an average (平均每村), not the total of the list after it


def test_a_count_unit_wrapped_to_the_next_indented_line():
    text = ("    截至2025年底共有车辆14辆，其中：执法执勤用车4辆，环卫作业车8辆，一般公务用车2\n"
            "    辆。\n")
    assert counted(text) == []
    assert counted(text.replace("共有车辆14辆", "共有车辆15辆")) == ["FL101"]


def test_a_total_counted_by_two_counters_takes_parts_of_either():
    text = "单价50万元以上设备4台（套），其中：超声诊断仪2台，生化分析仪1台，中央监护系统1套。\n"
    assert counted(text) == []
    assert counted(text.replace("设备4台", "设备5台")) == ["FL101"]


def test_what_a_part_is_used_for_lists_that_parts_items():
    text = ("2026年支出预算3000.00万元，其中：基本支出1000.00万元；项目支出2000.00万元，"
            "主要用于道路养护900.00万元、危桥改造500.00万元等。\n")
    assert counted(text) == []


def test_a_change_opening_with_its_year_is_of_that_years_figure():
    text = ("2023年全县衔接资金8000.00万元，2024年8500.00万元，2025年预计8800.00万元；"
            "2024年较上年增加500.00万元，增长6.25%，2025年较2024年增加300.00万元，增长3.53%。\n")
    assert counted(text) == []
    assert counted(text.replace("增长6.25%", "增长6.52%")) == ["FL105"]


def test_a_list_named_by_its_whole_before_zhong():
    # "社会资金中：" opens the list of 社会资金, not of the figure just before it
    text = ("项目总投资10000.00万元，其中财政资金7000.00万元，社会资金3000.00万元。财政资金中：中央补助5000.00万元，"
            "区级资金2000.00万元（其中专项债券1200.00万元、一般公共预算800.00万元）；社会资金中：管线单位出资1800.00万元，"
            "居民自筹1200.00万元。\n")
    assert counted(text) == []
    assert counted(text.replace("居民自筹1200.00", "居民自筹1300.00")) == ["FL101"]


def test_a_two_sided_table_headed_by_letter_spaced_income_and_expenditure():
    # "收    入 | 决算数 | 支    出 | 合计 | …": two sides, the right one's labels under 支出
    text = (
        "财政拨款收入支出决算总表\n"
        "金额单位：万元\n"
        "          收    入               决算数               支    出                合计        一般公共     政府性基金\n"
        "                                                                                        预算财政拨款  预算财政拨款\n"
        "一、一般公共预算财政拨款          1,000.00  社会保障和就业支出                  300.00        300.00\n"
        "二、政府性基金预算财政拨款          500.00  城乡社区支出                      1,100.00        600.00        500.00\n"
        "本年收入合计                      1,500.00  本年支出合计                      1,400.00        900.00        500.00\n"
        "年初财政拨款结转和结余              100.00  年末财政拨款结转和结余              200.00        200.00\n"
        "收入总计                          1,600.00  支出总计                          1,600.00      1,100.00        500.00\n"
    )
    from fiscallint.understanding.analysis import analyse
    from fiscallint.understanding.table_model import side_models

    sides = [m for m in side_models(analyse(Document("r.txt", text)))]
    assert len(sides) == 2 and [r.label for r in sides[1].table.rows][:2] == ["社会保障和就业支出", "城乡社区支出"]
    assert [f.severity for f in run(Document("r.txt", text), active_rules(["FL"])).findings] == []


def test_a_share_opening_its_sentence_names_its_part_and_whole_before():
    text = ("2024年基金收入3000.00万元，其中财政补助收入1800.00万元、个人缴费收入1200.00万元；基金支出2800.00万元。"
            "财政补助收入占基金收入的60.00%，是基金收入的主要来源。非税收入占基金收入的5.00%。\n")
    assert counted(text) == []  # (非税收入 is named by no figure: not checked)
    assert counted(text.replace("的60.00%", "的66.00%")) == ["FL102"]


# ---------------------------------------------------------------- second look: sets 18, 20 (Excel), 21, 22
def test_nil_dashes_keep_a_two_sided_table_whole_and_a_wrapped_labels_words_join():
    text = (
        "收入支出决算总表\n"
        "金额单位：万元\n"
        "           收    入                                        支    出\n"
        "           项    目                 决算数                 项    目                 决算数\n"
        "一、一般公共预算财政拨款收入           2000.00  一、一般公共服务支出                   1500.00\n"
        "二、政府性基金预算财政拨款收入            -     二、社会保障和就业支出                  400.00\n"
        "三、国有资本经营预算财政拨款收\n"
        "入                                           -  三、农林水支出                          300.00\n"
        "四、其他收入                            200.00\n"
        "本年收入合计                           2200.00  本年支出合计                           2200.00\n"
    )
    from fiscallint.understanding.analysis import analyse
    from fiscallint.understanding.table_model import side_models

    left = side_models(analyse(Document("r.txt", text)))[0]
    labels = [r.label for r in left.table.rows]
    assert labels[:4] == ["一、一般公共预算财政拨款收入", "二、政府性基金预算财政拨款收入", "三、国有资本经营预算财政拨款收入",
                          "四、其他收入"]
    assert counted(text) == []
    assert counted(text.replace("四、其他收入                            200.00",
                                "四、其他收入                            210.00")) == ["FL101"]


def test_a_wrapped_labels_last_characters_below_it_belong_to_it():
    # "…基本养老保险缴费  612.38 / 支出": the long label above was the one wrapped, not the next row's
    text = (
        "单位：万元\n"
        "科目编码   科目名称                           合计      基本支出\n"
        "208        社会保障和就业支出               857.33        857.33\n"
        "2080505    机关事业单位基本养老保险缴费     612.38        612.38\n"
        "           支出\n"
        "2080506    机关事业单位职业年金缴费支出     244.95        244.95\n"
    )
    from fiscallint.understanding.analysis import analyse
    from fiscallint.understanding.table_model import models

    labels = [r.label for m in models(analyse(Document("r.txt", text))) for r in m.table.rows]
    assert "机关事业单位基本养老保险缴费支出" in labels and "机关事业单位职业年金缴费支出" in labels


def test_a_workbooks_cells_stand_under_their_own_columns(tmp_path):
    import openpyxl

    from fiscallint.reading import read_document

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "收入支出决算总表"
    ws.append(["项目", "行次", "金额", "项目", "行次", "金额"])
    ws.append(["一、一般公共预算财政拨款收入", 1, 900.00, "一、一般公共服务支出", 7])  # its last cell left empty
    ws.append(["二、其他收入", 2, 100.00, "二、农林水支出", 8, 950.00])
    ws.append(["本年收入合计", 3, 1000.00, "本年支出合计", 9, 950.00])
    ws.append(["使用非财政拨款结余", 4, None, "结余分配", 10])
    ws.append(["年初结转和结余", 5, 50.00, "年末结转和结余", 11, 100.00])
    ws.append(["总计", 6, 1050.00, "总计", 12, 1050.00])
    for row in ws.iter_rows(min_row=2, min_col=3, max_col=6):
        for c in row:
            c.number_format = "0.00"
    path = tmp_path / "b.xlsx"
    wb.save(path)
    doc = read_document(path)
    findings = [f for f in run(doc, active_rules(["FL"])).findings if f.severity != "info"]
    assert findings == []  # 行次 4 and 10 are row numbers, not amounts of a row left blank


def test_a_cell_of_clauses_is_read_as_prose_not_as_its_columns_figures():
    from fiscallint.understanding.table_context import _is_prose

    assert _is_prose("建成产业路4.0公里，带动种植1380亩，受益脱贫户126户。")
    assert not _is_prose("4.0公里")


def test_a_phase_alone_after_a_concepts_budget_is_that_concepts():
    # "“三公”经费预算14.0万元，决算支出11.61万元": 决算支出 here is the 三公 figure, not the report's 总支出
    text = ("2023年部门决算支出2400.00万元，其中：基本支出1600.00万元，项目支出800.00万元。\n"
            "2023年“三公”经费预算14.00万元，决算支出11.61万元，占预算的82.93%。\n")
    fs = run(Document("r.txt", text), active_rules(["FL"])).findings
    assert [f.rule for f in fs if f.rule == "FL106"] == []


def test_a_classification_after_a_total_lists_its_parts():
    # "按经济分类：" (its colon in the word) opens a list of the total before it, on to its sentence's end
    text = ("2023年本年支出合计6,900,000.00元（690.00万元），其中基本支出5,000,000.00元，项目支出1,900,000.00元。\n"
            "按经济分类：工资福利支出3,900,000.00元，商品和服务支出1,800,000.00元，\n"
            "对个人和家庭的补助600,000.00元，资本性支出600,000.00元。\n"
            "2023年度一般公共预算财政拨款支出3200.00万元，按功能分类：教育支出\n"
            "2800.00万元，占87.50%；社会保障和就业支出250.00万元，占7.81%；\n"
            "卫生健康支出50.00万元，占1.56%；住房保障支出100.00万元，占3.13%。\n")
    assert [f.rule for f in run(Document("r.txt", text), active_rules(["FL"])).findings] == []
    assert counted(text.replace("商品和服务支出1,800,000.00", "商品和服务支出1,080,000.00")) == ["FL101"]


# ---------------------------------------------------------------- third look: sets 23 (budget execution), 24 (OCR)
def test_what_is_added_to_may_be_named_again_among_what_is_added():
    # "加上上年结转A、调入资金B，一般公共预算收入C、上级补助收入D，收入总计T": the sentence's own figures add up
    text = ("上级补助收入900.00万元，其中：返还性收入100.00万元，一般性转移支付收入600.00万元，专项转移支付收入200.00万元。\n"
            "专项转移支付主要包括：农田建设资金120.00万元、人居环境整治资金50.00万元等。\n"
            "加上上年结转30.00万元、调入资金20.00万元，全镇一般公共预算收入150.00万元、上级补助收入900.00万元，收入总计1100.00万元。\n")
    assert counted(text) == []
    assert counted(text.replace("收入总计1100.00", "收入总计1110.00")) == ["FL101"]


def test_a_part_named_again_before_what_it_is_used_for():
    text = ("全年争取新增政府债券7.33亿元，其中一般债券0.93亿元、专项债券6.40亿元，专项债券主要用于城镇老旧小区改造"
            "8500.00万元、产业园区基础设施17400.00万元等领域。\n")
    assert counted(text) == []
    uses = "2024年专项资金800.00万元，其中：用于基础设施建设500.00万元、用于公共服务300.00万元。\n"
    assert counted(uses) == [] and counted(uses.replace("用于公共服务300.00", "用于公共服务330.00")) == ["FL101"]


def test_a_classification_opening_its_sentence_is_of_the_whole_not_the_last_part():
    text = ("    本年支出2,700.00万元，较上年2,600.00万元增加100.00万元，增长3.85%。其中：基本支出\n"
            "2,000.00万元，占74.07%；项目支出700.00万元，占25.93%。\n"
            "    按支出功能分类：一般公共服务支出100.00万元，占3.70%；社会保障和就业支出300.00万\n"
            "元，占11.11%；卫生健康支出2,300.00万元，占85.19%。\n")
    assert counted(text) == []  # the shares are of 本年支出, not of 项目支出
    assert counted(text.replace("卫生健康支出2,300.00", "卫生健康支出2,030.00")) != []


def test_a_part_ten_thousand_times_its_whole_is_a_unit_slip():
    text = ("2023年度“三公”经费财政拨款预算28.60万元，决算支出23.47万元，完成预算的82.06%。其中：因公出国（境）费0万元；"
            "公务用车购置及运行维护费17.92万元；公务接待费5.55万元。\n\n"
            "六、公务接待管理情况\n2023年度全局公务接待费支出55,500万元，全部通过公务卡结算。\n")
    fs = [f for f in run(Document("r.txt", text), active_rules(["FL"])).findings if f.severity != "info"]
    assert [f.rule for f in fs] == ["FL201"] and "三公经费" in str(fs[0].message)
    assert counted(text.replace("55,500万元", "5.55万元")) == []


def test_a_score_table_continued_over_a_page_scores_its_execution_rate_once():
    text = (
        "项目\t年初预算数\t全年预算数\t全年执行数\t分值\t执行率\t得分\n"
        "年度资金总额\t100.00\t120.00\t114.00\t10\t95.00%\t9.50\n"
        " \n"
        "一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分\n"
        "投入指标（20分）\n"
        "  预算执行\t预算执行率\t100%\t95.00%\t10\t9.50\n"
        "  预算配置\t在职人员控制率\t≤100%\t90.70%\t10\t10.00\n"
        "产出指标（80分）\n"
        "\n"
        "                       - 5 -\n"
        "某局2023年度部门整体支出绩效自评报告\n"
        "一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分\n"
        "  产出数量\t培训人次\t1200人次\t1080人次\t40\t36.00\n"
        "  产出质量\t验收合格率\t100%\t100%\t40\t40.00\n"
        "总分\t\t\t\t\t100\t95.50\n"
    )
    assert counted(text) == []
    assert counted(text.replace("100\t95.50", "100\t96.50")) == ["FL101"]


def test_an_amount_restated_in_brackets_in_another_unit():
    text = "本年支出2,318,906.75元（231.89万元），其中基本支出1,426,388.75元，项目支出892,518.00元。\n"
    assert counted(text) == []
    assert counted(text.replace("231.89万元", "231.98万元")) == ["FL106"]
    assert counted("收入总计11775.81万元（约1.18亿元）。\n") == []  # an approximation in brackets holds loosely


def test_a_count_ending_its_line_and_its_numbered_items_on_the_next():
    text = ("我镇内设机构6个：\n"
            "（1）党政办公室；（2）党建办公室；（3）经济发展办公室；（4）社会事务办公室；（5）自然资源办公室；（6）应急管理办公室。\n"
            "主要完成了以下三个方面的工作：\n（一）粮食生产稳中有进。全镇粮食播种面积4.26万亩。\n（二）人居环境持续改善。\n"
            "（三）基层治理不断加强。\n")
    assert counted(text) == []  # (the 三个 方面 are paragraphs, one a line: not read as a one-line list)
    assert counted(text.replace("内设机构6个", "内设机构7个")) == ["FL204"]


# ---------------------------------------------------------------- fourth look: sets 25 (project compilations), 27 (narrative)
def test_a_header_name_wrapped_one_a_line_after_its_period():
    # "\t全年" / "\t预算数": one column, 全年预算数, so the rows' figures stand under their names
    text = ("某项目绩效自评表\n金额单位：万元\n\t项目资金（万元）\n\t年初预算数\n\t全年\n\t预算数\n\t全年\n\t执行数\n\t分值\n\t执行率\n\t得分\n\n"
            "\t年度资金总额\n\t100.00\n\t120.00\n\t114.00\n\t10\n\t95.00%\n\t9.50\n\n"
            "\t其中：财政拨款\n\t80.00\n\t100.00\n\t95.00\n\t—\n\t95.00%\n\t—\n\n"
            "\t其他资金\n\t20.00\n\t20.00\n\t19.00\n\t—\n\t95.00%\n\t—\n")
    assert counted(text) == []
    assert counted(text.replace("\t114.00", "\t141.00")) != []


def test_a_project_pointed_back_to_under_a_heading_naming_none_is_its_sections():
    # "该项目自评得分98.55分" under "（三）自评结论" of two projects: two facts
    text = ("一、某镇2024年农村户厕改造项目\n（一）项目概况\n该项目资金总额100.00万元。\n（二）自评结论\n"
            "经综合评价，该项目自评得分98.55分。\n\n二、某镇2024年农村公路养护项目\n（一）项目概况\n该项目资金总额200.00万元。\n"
            "（二）自评结论\n经综合评价，该项目自评得分99.07分。\n")
    assert counted(text) == []


def test_figures_under_a_heading_of_next_years_plan_are_that_years():
    text = ("一、2023年工作完成情况\n全年新增茶园800亩、中药材种植1200亩。\n"
            "二、2024年工作计划\n一是推动产业发展，新增茶园500亩、中药材种植1000亩；二是改善基础设施。\n")
    assert counted(text) == []


def test_items_one_a_line_after_their_count():
    ordinals = ("街道将重点抓好以下三个方面工作：\n一是抓招商稳增长，力争签约项目20个以上；\n"
                "二是抓建设优环境，完成老旧小区改造5个；\n三是抓党建强队伍。\n")
    assert counted(ordinals) == []
    numbered = "街道办事处设置内设机构3个：\n（1）党政综合办公室；\n（2）经济发展办公室；\n（3）社会事务办公室。\n"
    assert counted(numbered) == [] and counted(numbered.replace("机构3个", "机构4个")) == ["FL204"]


def test_a_list_ending_at_its_etc_is_followed_by_other_clauses():
    text = "全年共实施项目7个，包括楼道照明改造、健身器材更新、老年食堂补贴等，支出12.32万元，较上年增长8.07%（上年为11.40万元）。\n"
    assert counted(text) == []


def test_staff_on_the_establishment_against_the_establishment_in_the_sentence_before():
    text = "镇政府核定编制70名。\n年末实有人员112人，其中在职在编人员69人、退休人员43人。\n"
    assert counted(text) == []
    assert counted(text.replace("核定编制70名", "核定编制64名")) == ["FL202"]


def test_a_sentence_between_two_blocks_of_cells_parts_them():
    # the indicator rows after "年度总体目标完成情况：…。" are no rows of the funds table above
    text = ("某项目绩效自评表\n\t项目资金\n\t年初预算数\n\t全年预算数\n\t全年执行数\n\t分值\n\t执行率\n\t得分\n\n"
            "\t年度资金总额\n\t100.00\n\t120.00\n\t114.00\n\t10\n\t95.00%\n\t9.50\n\n"
            "年度总体目标完成情况：全面完成年度建设任务。\n\n"
            "\t产出指标\n\t数量指标\n\t养护农村公路\n\t137公里\n\t134公里\n\t20\n\t19.56\n\n"
            "\t危桥改造\n\t≥3座\n\t3座\n\t10\n\t10.00\n")
    assert counted(text) == []


# ---------------------------------------------------------------- fifth look: set 26 (Word)
def test_an_execution_rate_of_the_years_budget_not_of_what_was_added_to_it():
    text = ("2025年初预算数1600.00万元，年中追加预算700.00万元，全年预算数2300.00万元。全年实际支出2208.00万元，预算执行率96.00%。"
            "其中财政拨款全年预算数2300.00万元，执行2208.00万元。\n")
    assert counted(text) == []  # (a budget after 其中 is no part of the outturn before it)
    assert counted(text.replace("预算执行率96.00%", "预算执行率69.00%")) == ["FL103"]


# ---------------------------------------------------------------- sixth look: set 29 (comparisons over three years)
_THREE_YEARS = ("表1  2023—2025年收入支出决算对比表（金额单位：万元）\n项目\n2023年决算\n2024年决算\n2025年决算\n较上年增减\n增减率\n\n"
                "\t本年收入合计\n\t8000.00\n\t8700.00\n\t9300.00\n\t600.00\n\t6.90%\n\n"
                "\t  一般公共预算财政拨款收入\n\t7400.00\n\t7900.00\n\t8300.00\n\t400.00\n\t5.06%\n\n"
                "\t  政府性基金预算财政拨款收入\n\t300.00\n\t400.00\n\t500.00\n\t100.00\n\t25.00%\n\n"
                "\t  其他收入\n\t300.00\n\t400.00\n\t500.00\n\t100.00\n\t25.00%\n\n")


def test_rows_placed_as_a_partial_identitys_parts_may_leave_others_out():
    # 一般公共预算 and 政府性基金 are parts of 本年收入合计, but not all of them (rules/identities.toml partial)
    assert counted(_THREE_YEARS) == []


def test_a_change_against_a_named_year_is_not_against_last_years_cell():
    text = _THREE_YEARS + ("\n公用经费表（单位：万元）\n项目\t2023年决算\t2024年决算\t2025年决算\n公用经费\t124.82\t81.40\t96.51\n\n"
                           "2025年公用经费96.51万元，较上年增加15.11万元，增长18.56%，较2023年减少28.31万元，下降22.68%。\n")
    assert counted(text) == []
    assert counted(text.replace("较2023年减少28.31", "较2023年减少23.81")) != []


def test_a_form_read_one_cell_a_line_ends_at_another_tables_row():
    text = _THREE_YEARS + ("五、“三公”经费\n“三公”经费支出情况表（单位：万元）\n"
                           "项目\t2025年预算数\t2025年决算数\t2024年决算数\n合计\t10.00\t9.00\t8.00\n"
                           "公务用车运行维护费\t6.00\t5.00\t4.00\n公务接待费\t4.00\t4.00\t4.00\n\n"
                           "2025年公务用车运行维护费5.00万元，公务接待费4.00万元。\n")
    assert counted(text) == []
