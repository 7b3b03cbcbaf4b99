"""Readings that reports written blind to the linter (sets 187-191), real
passages judged in session 31 (real56) and a reviewer's read of 8bb9554
showed wrong or missed: each consistent passage is silent, and a slip
planted in it is found. Every figure is invented."""
from __future__ import annotations

from readings import counted


# ---------------------------------------------------------------- an execution table's 增长% is over last year
_EXECUTION = ("表1  2024年一般公共预算收入执行情况\n                                              单位：万元\n"
              "项目                    预算数      执行数   为预算%   增长%\n"
              "收入合计            52,000.00   52,520.00    {rate}     4.2\n"
              "税收收入            31,000.00   30,690.00     99.0    -1.5\n"
              "非税收入            21,000.00   21,830.00    104.0    12.6\n")


def test_a_growth_column_beside_budget_and_outturn_is_over_last_years_outturn():
    assert counted(_EXECUTION.format(rate="101.0")) == []
    assert counted(_EXECUTION.format(rate="110.0")) == ["FL103"]


_PLAN_RATE = ("表2  一般公共预算支出执行情况\n"
              "                       年初       调整             为调整       上年\n"
              "项目                   预算数     预算数     执行数   预算%     执行数  增长%\n"
              "一般公共服务支出     12000.00   14000.00   13300.00    95.0   12600.00    5.6\n"
              "教育支出             20000.00   22000.00   20460.00    {rate}   19500.00    4.9\n"
              "卫生健康支出          9000.00   10000.00    8800.00    88.0    9100.00   -3.3\n"
              "合计                 41000.00   46000.00   42560.00    92.5   41200.00    3.3\n")


def test_a_rate_of_the_adjusted_budget_in_percent_is_checked_and_never_over_last_year():
    assert counted(_PLAN_RATE.format(rate="93.0")) == []
    # (104.9% is 20460.00 over last year's 19500.00: no reading of a rate of the adjusted budget)
    assert counted(_PLAN_RATE.format(rate="104.9")) == ["FL103"]


# ---------------------------------------------------------------- score tables
_SPACED_SCORES = ("四、自评得分情况\n    一级指标        分值         得分\n    决策指标          15         14.5\n"
                  "    过程指标          20        19.92\n    产出指标          35        {output}\n"
                  "    效益指标          30        29.77\n    总  分           100        98.83\n    扣分情况：略。\n")


def test_a_total_row_justified_across_its_cell_is_the_total():
    assert counted(_SPACED_SCORES.format(output="34.64")) == []
    assert counted(_SPACED_SCORES.format(output="33.64")) == ["FL101"]


_INDICATORS = ("（一）绩效指标完成情况\n一级指标  三级指标            目标值      完成值   分值  得分\n"
               "{first}  在校学生人数        ≥1800人     1890人   5     5\n"
               "          教学班数            39个        39个     4     4\n"
               "          新增图书            ≥4000册     4812册   4     4\n"
               "效益指标  学生满意度          ≥90%        94.44%   6     6\n（二）完成情况分析\n    略。\n")


def test_a_table_of_output_indicators_alone_need_not_add_to_full_marks():
    assert counted(_INDICATORS.format(first="产出指标")) == []
    # (one that scores the spending's side too is the whole table: its points add up to 100)
    assert counted(_INDICATORS.format(first="决策指标")) == ["FL301"]


def test_full_marks_in_a_row_whose_value_is_worded_are_no_points_of_it():
    text = ("项目支出绩效自评表\n项目名称\t农机购置补贴\n"
            "项目资金（万元）\t\t年初预算数\t全年预算数\t全年执行数\t分值\t执行率\t得分\n"
            "\t年度资金总额\t800.00\t900.00\t891.00\t10\t99.00%\t9.90\n"
            "一级\n指标\t二级\n指标\t三级指标\t年度\n指标值\t实际\n完成值\t分值\t得分\t偏差原因分析\n"
            "产出\n指标\t数量指标\t补贴机具数量\t≥1200台\t1260台\t20\t20\n"
            "\t质量指标\t补贴资金兑付准确率\t100%\t100%\t20\t20\n"
            "效益\n指标\t社会效益指标\t政策知晓率\t≥95%\t97.8%\t15\t15\n"
            "\t生态效益指标\t作业质量等级\t稳定或提升\t提升0.05等\t15\t15\n"
            "满意度\n指标\t服务对象满意度\t受益农户满意度\t≥95%\t96.0%\t20\t20\n"
            "总分\t\t\t\t100\t99.90\n")
    assert counted(text) == []


# ---------------------------------------------------------------- last year's figure, the base of a change
def test_last_years_score_as_the_base_of_a_change_is_no_restatement():
    text = ("本局2024年度部门整体支出绩效自评得分98.51分。较上年自评得分92.61分提高{up}分。\n"
            "|一级指标|分值|得分|\n|决策指标|15|14|\n|过程指标|25|24.79|\n|产出指标|35|34.83|\n|效益指标|25|24.89|\n"
            "|总分|100|98.51|\n")
    assert counted(text.format(up="5.90")) == []
    assert counted(text.format(up="6.90")) == ["FL104"]


def test_this_years_figure_named_as_the_base_is_the_one_compared():
    text = "基本支出中人员经费29175.10万元，公用经费3552.11万元；人员经费较上年28395.94万元增加{rate}%。\n"
    assert counted(text.format(rate="2.74")) == []
    assert counted(text.format(rate="3.74")) == ["FL105"]


# ---------------------------------------------------------------- counters, targets, lists
def test_a_count_in_tai_tao_holds_parts_counted_in_tai_and_in_tao():
    text = "采购教学设备{n}台套，其中交互式智慧黑板206台、学生用计算机624台、理化生实验室设备207套、录播教室设备26套。\n"
    assert counted(text.format(n="1,063")) == []
    assert counted(text.format(n="1,163")) == ["FL101"]


_AIMS = ("二、部门整体支出绩效目标\n2024年绩效目标为：采购教学设备1,200台套，资助学生15,000人次以上。\n"
         "三、绩效目标完成情况\n（一）产出目标\n1.数量目标。采购教学设备1,102台套，资助学生15,320人次。\n"
         "（二）效益目标\n全年采购教学设备{again}台套，均已投入使用。\n")


def test_a_kind_of_target_under_a_heading_of_what_was_done_tells_what_was_done():
    assert counted(_AIMS.format(again="1,102")) == []
    # (what was done, stated twice under it, is still compared)
    assert counted(_AIMS.format(again="1,120")) == ["FL206"]


def test_the_main_items_listed_after_a_count_are_some_of_them():
    text = ("2024年街道共实施项目12个，全年项目支出3052.91万元，{lead}如下：\n"
            "1.社区运转经费612.40万元，主要用于11个社区办公等；\n2.城市管理经费986.75万元，主要用于道路清扫保洁等；\n"
            "3.平安建设经费298.36万元，主要用于126个网格员补贴等。\n")
    assert counted(text.format(lead="主要项目")) == []
    assert counted(text.format(lead="具体项目")) == ["FL204"]


def test_a_share_of_a_whole_is_not_of_a_part_named_as_inside_it():
    # (the whole, 基本支出, is not stated: "基本支出中人员经费" is a part of it, not it)
    text = "基本支出中人员经费1298.47万元、公用经费152.09万元，公用经费占基本支出的10.48%。\n"
    assert counted(text) == []


def test_a_parts_own_two_parts_given_respectively_are_its_breakdown():
    text = "本年支出4232.05万元。其中：基本支出1637.42万元，人员经费和公用经费分别为1451.37万元、{public}万元；项目支出2594.63万元。\n"
    assert counted(text.format(public="186.05")) == []
    assert counted(text.format(public="196.05")) == ["FL101"]


def test_a_growth_rate_naming_its_own_subject_past_a_semicolon_is_not_of_the_change_before():
    text = "集体经济年收入10万元以上的村达到8个，比上年增加2个；脱贫人口人均纯收入增长9.4%。\n"
    assert counted(text) == []


def test_a_whole_found_by_its_name_far_smaller_than_the_part_is_not_the_whole():
    text = "年末实有人员1,205人，其中：在编在职521人，编外聘用448人，离退休236人。在职人员中卫生专业技术人员886人，占在职人员的91.43%。\n"
    assert counted(text) == []
    # (a whole so labelled a little smaller than its part is a slip)
    slip = "政府采购支出总额0.83万元，全部为货物。授予中小企业合同金额0.86万元，占政府采购支出总额的100%。\n"
    assert counted(slip) == ["FL102"]


def test_the_first_parts_that_make_a_partial_lists_whole_end_it():
    text = ("2024年我县实施高标准农田建设项目2.10万亩，其中新建高标准农田1.30万亩，改造提升高标准农田{up}万亩，"
            "同步发展高效节水灌溉面积0.45万亩。\n")
    assert counted(text.format(up="0.80")) == []


# ---------------------------------------------------------------- tables one cell a line
_WRAPPED_HEADER = ("预算执行情况表\n单位：万元\n\n\t支出\n\t类型\n\t年初\n\t预算数\n\t全年\n\t预算数\n\t全年\n\t执行数\n\t执行率\n\n"
                   "\t基本支出\n\t1426.85\n\t1468.30\n\t1450.56\n\t{rate}%\n\n"
                   "\t项目支出\n\t1873.20\n\t2415.66\n\t2287.34\n\t94.69%\n\n"
                   "\t合  计\n\t3300.05\n\t3883.96\n\t3737.90\n\t96.24%\n")


def test_a_header_one_name_a_line_whose_label_column_name_wrapped_too():
    assert counted(_WRAPPED_HEADER.format(rate="98.79")) == []
    assert counted(_WRAPPED_HEADER.format(rate="97.79")) == ["FL103"]


_CAPTIONED = ("五、“三公”经费情况\n2024年度“三公”经费支出情况表\n单位：万元\n项目\n2023年\n决算\n2024年\n预算\n2024年\n决算\n"
              "增减额\n\n合计\n6.89\n7.00\n5.98\n-0.91\n\n因公出国（境）费\n0.00\n0.00\n0.00\n0.00\n\n"
              "公务用车运行维护费\n5.31\n5.50\n4.86\n-0.45\n\n公务接待费\n1.58\n1.50\n{meals}\n-0.46\n\n"
              "2024年“三公”经费决算5.98万元，完成预算的85.43%。\n")


def test_a_table_one_cell_a_line_after_its_heading_caption_and_unit():
    assert counted(_CAPTIONED.format(meals="1.12")) == []
    assert "FL101" in counted(_CAPTIONED.format(meals="1.21"))


def test_many_short_lines_each_after_a_blank_line_are_no_table():
    text = "".join(f"村道工程{k}\n\n12.50\n\n" for k in range(300))
    assert counted(text) == []


# ---------------------------------------------------------------- a reviewer's read of 8bb9554
def test_a_partial_list_under_gong_yong_jing_fei_in_a_table_is_not_a_whole_sum():
    text = ("基本支出决算表\n单位：万元\n| 项目 | 决算数 |\n| --- | --- |\n| 基本支出 | 2800.00 |\n| 人员经费 | 2500.00 |\n"
            "| 公用经费 | 300.00 |\n| 其中：商品和服务支出 | 200.00 |\n| 资本性支出 | 50.00 |\n")
    assert counted(text) == []


def test_a_class_of_ren_yuan_jing_fei_is_not_the_whole_spendings_class_of_that_name():
    text = ("2024年度本年支出合计2,850.00万元，其中基本支出2,735.84万元，项目支出114.16万元。\n"
            "人员经费2,499.66万元，其中：工资福利支出2,315.40万元，对个人和家庭的补助184.26万元。\n"
            "按支出经济分类，工资福利支出2,351.40万元，商品和服务支出314.34万元，对个人和家庭的补助184.26万元。\n")
    assert counted(text) == []


def test_a_list_does_not_go_on_past_a_heading():
    text = ("公用经费236.18万元，其中：商品和服务支出236.18万元。\n三、支出经济分类情况\n"
            "按支出经济分类，工资福利支出2,405.40万元，商品和服务支出1,150.34万元。\n")
    assert counted(text) == []


def test_a_heading_after_a_tables_last_numbered_row_is_still_a_heading():
    text = ("一、部门基本情况\n本部门内设机构5个。\n二、收入支出决算总体情况说明\n"
            "项目                    2023年决算     2024年决算\n一、收入总计            1,210.40       1,330.50\n"
            "二、支出总计            1,205.10       1,328.70\n三、收入决算情况说明\n本年收入合计1,330.50万元。\n"
            "五、支出决算情况说明\n本年支出合计1,328.70万元。\n")
    assert counted(text) == ["FL205"]


def test_a_unit_in_the_indicators_name_makes_its_figures_no_bare_numbers():
    text = ("项目支出绩效自评表\n一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 | 偏差原因分析\n"
            "产出指标 | 数量指标 | 培训农民人数（人） | 500 | 200 | 20 | 20 |\n"
            "产出指标 | 质量指标 | 培训合格率 | ≥95% | 96% | 20 | 20 |\n")
    assert counted(text) == ["FL301"]


def test_a_part_named_as_among_the_part_before_it_is_no_part_of_the_total():
    text = "年末资产总额1,000.00万元，其中：固定资产600.00万元、在用固定资产中的车辆150.00万元、流动资产400.00万元。\n"
    assert counted(text) == []


def test_a_change_in_points_from_a_rate_named_in_fewer_words():
    text = "全年实际支出1,540.20万元，资金到位率100%，执行率97.48%，预算执行率较上年的95.30%提高{points}个百分点。\n"
    assert counted(text.format(points="2.18")) == []
    assert counted(text.format(points="3.18")) == ["FL104"]
