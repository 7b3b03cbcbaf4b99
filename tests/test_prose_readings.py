"""Prose that real reports write and a naive reading misreads.

Each case is a sentence of our own, shaped like one seen in real reports
(the corpus' wild set names them). A trap must stay silent; where the same
shape can hold a real slip, a twin with the slip is still found, so the
silence is the reading's, not a rule switched off.
"""
from __future__ import annotations

from decimal import Decimal

from fiscallint.understanding.analysis import analyse
from fiscallint.engine import active_rules, run
from fiscallint.understanding.quantities import scan
from fiscallint.reading import Document


def findings(text: str, select=("FL1",)):
    return run(Document("r.txt", text), active_rules(list(select))).findings


def rules_of(text: str, select=("FL1",)) -> list[str]:
    return [f.rule for f in findings(text, select)]


# ---------------------------------------------------------------- growth pairing
def test_growth_rate_goes_with_the_change_right_before_it():
    text = "本年度公务用车运行费支出决算为6.48万元，比预算增加0万元，比去年增加1.85万元，增长40%。\n"
    assert rules_of(text) == []  # 1.85 / (6.48 − 1.85) = 39.96%


def test_growth_rate_wrong_for_its_own_change_is_still_found():
    text = "本年度公务用车运行费支出决算为6.48万元，比预算增加0万元，比去年增加1.85万元，增长45%。\n"
    found = findings(text)
    assert [f.rule for f in found] == ["FL105"]
    assert "1.85" in found[0].message and "0万元" not in found[0].message


# ---------------------------------------------------------------- percentage bases
def test_budget_before_its_percentage_is_not_a_part():
    text = ("本单位“三公”经费支出决算为41.30万元，完成全年预算60.00万元的68.8%。其中：因公出国（境）费支出决算为"
            "5.00万元，完成预算5.00万元的100%；公务用车购置及运行维护费支出决算为20.10万元，完成预算25.00万元的80.4%；"
            "公务接待费支出决算为16.20万元，完成预算30.00万元的54%。\n")
    assert rules_of(text) == []


def test_parts_that_miss_their_total_are_found_beside_percentage_bases():
    text = ("本单位“三公”经费支出决算为45.30万元，完成全年预算60.00万元的75.5%。其中：因公出国（境）费支出决算为"
            "5.00万元，完成预算5.00万元的100%；公务用车购置及运行维护费支出决算为20.10万元，完成预算25.00万元的80.4%；"
            "公务接待费支出决算为16.20万元，完成预算30.00万元的54%。\n")
    found = findings(text)
    assert [f.rule for f in found] == ["FL101"]
    assert "60.00" not in found[0].message and "25.00" not in found[0].message


# ---------------------------------------------------------------- nested levels, overlapping groups
def test_counts_of_indicator_levels_are_not_parts():
    assert rules_of("本项目设置绩效指标12个，其中一级指标3个，二级指标6个，三级指标12个。\n") == []


def test_subsets_of_a_population_overlap():
    text = "全村总人口1200人，其中农业人口1100人，劳动力700人，贫困人口60人。\n"
    assert rules_of(text) == []


def test_assistance_statuses_overlap():
    text = "全村持证残疾户31户，其中重残户14户，特困供养户6户。\n"
    assert rules_of(text) == []


def test_a_plain_breakdown_of_households_is_still_checked():
    text = "为16户农户实施危房改造，其中新建6户，修缮9户。\n"
    assert rules_of(text) == ["FL101"]


# ---------------------------------------------------------------- selections and cut lists
def test_a_few_items_picked_out_without_a_colon_are_a_selection():
    text = "预计全年完成规上工业总产值310亿元，其中数字经济产值45亿元，新材料产业产值38亿元。\n"
    assert rules_of(text) == []


def test_the_same_items_after_a_colon_are_a_breakdown():
    text = "预计全年完成规上工业总产值310亿元，其中：数字经济产值45亿元，新材料产业产值38亿元。\n"
    assert rules_of(text) == ["FL101"]


def test_a_list_cut_at_the_end_of_an_excerpt_is_not_a_sum():
    text = "（一）收入预算：2025年年初预算数1820.40万元，其中：一般公共预算拨款612.30万元，政府性基金预算拨款0万元，上级补助收入0万元，事业"
    assert rules_of(text) == []


def test_a_list_that_ends_inside_the_excerpt_is_still_checked():
    text = "（一）收入预算：2025年年初预算数1820.40万元，其中：一般公共预算拨款612.30万元，政府性基金预算拨款0万元，上级补助收入0万元。\n"
    assert rules_of(text) == ["FL101"]


# ---------------------------------------------------------------- years and phases
def test_the_year_compared_with_does_not_date_the_next_sentence():
    text = ("2025年“三公”经费预算为152.0万元，比2024年预算减少8.0万元，下降5%。其中：公务接待费预算为96.0万元，"
            "公务用车购置及运行费预算为50.0万元，因公出国（境）费预算为6.0万元。\n"
            "（一）公务用车购置及运行费预算50.0万元，比2024年预算减少4.0万元，下降7.41%。\n"
            "（二）公务接待费预算96.0万元，比2024年预算减少4.0万元，下降4%。\n")
    assert rules_of(text) == []


def test_a_bare_budget_label_names_only_the_figure_after_it():
    text = ("其中：因公出国（境）支出0万元，年初预算为0万元；公务用车运行维护费支出0万元，年初预算为1.20万元，"
            "差值为1.20万元；公务接待费支出1.80万元，年初预算为2万元。\n")
    assert rules_of(text) == []


def test_one_budget_figure_stated_twice_is_still_compared():
    text = ("公务用车运行维护费年初预算为1.20万元，实际支出0.80万元。\n"
            "公务用车运行维护费年初预算为1.50万元。\n")
    assert rules_of(text) == ["FL106"]


# ---------------------------------------------------------------- shares
def test_a_share_that_names_another_subject_is_not_the_last_figure_s():
    text = "规上工业总产值280亿元，其中：电子信息产业产值40亿元，同比增长20%，战略性新兴产业增加值占比达30%。\n"
    assert "FL102" not in rules_of(text)


def test_a_share_of_the_figure_before_it_is_still_checked():
    text = "部门总支出500.00万元，其中：基本支出150.00万元，占总支出的40%；项目支出350.00万元，占总支出的70%。\n"
    (found,) = [f for f in findings(text) if f.rule == "FL102"]
    assert found.stated.startswith("40%")  # 150 / 500 = 30%; 350 / 500 = 70% holds


# ---------------------------------------------------------------- number forms
def test_wan_yi_is_ten_to_the_twelfth():
    (q,), _ = scan("全省民生类支出1.21万亿，")
    assert q.base_value == Decimal("1.21") * Decimal(10) ** 12
    text = "全省民生类支出1.35万亿，其中民生实事资金610.5亿元。\n"
    assert rules_of(text) == []


def test_pattern_ids_are_carried_by_claims():
    a = analyse(Document("r.txt", "总支出500.00万元，其中：基本支出150.00万元，项目支出350.00万元。\n"))
    from fiscallint.understanding.claims import build_claims

    (claim,) = build_claims(a)
    assert claim.pattern == "sum.of-which" and claim.trigger == "其中："


# ---------------------------------------------------------------- lists: where they end, what they hold
def test_a_figure_opening_a_clause_of_its_own_is_not_a_part():
    assert rules_of("该项目总投资420万元，其中项目管理费5万元，目前已拨付360万元。\n") == []


def test_a_list_goes_on_after_a_semicolon_with_items_of_the_same_kind():
    text = "2024年本部门收入合计910.50万元，其中一般公共预算拨款收入720.20万元，事业收入110.30万元；其他收入80.00万元。\n"
    assert rules_of(text) == []
    slipped = text.replace("80.00", "90.00")
    assert rules_of(slipped) == ["FL101"]


def test_what_is_added_to_a_sub_item_is_not_one_of_its_parts():
    text = "全镇一般公共预算收入5200万元，其中税收收入3600万元，加上上级补助收入2100万元，收入合计为7300万元。\n"
    assert rules_of(text) == []


def test_a_count_of_other_things_inside_a_part_is_not_a_part():
    assert rules_of("本部门下设6个单位，其中局机关内设9个科室，下属事业单位5个。\n") == []


def test_two_classifications_of_one_total_are_checked_apart():
    text = ("全镇共有脱贫户860户，其中：一般脱贫户500户，低保脱贫户320户，特困脱贫户40户；按劳动能力分，"
            "有劳动能力户610户，无劳动能力户250户。\n")
    assert rules_of(text) == []
    found = findings(text.replace("无劳动能力户250户", "无劳动能力户260户"))
    assert [f.rule for f in found] == ["FL101"]
    assert "500" not in found[0].message  # only the second classification is added up


def test_an_establishment_is_read_with_or_without_its_retired_staff():
    assert rules_of("本单位编制人数52人，其中在职44人，退休23人。\n") == []
    assert rules_of("现有编制人员90人。其中，在职60人、离休2人、退休25人、借调3人。\n") == []  # all of them: 90
    assert rules_of("现有编制人员95人。其中，在职60人、离休2人、退休25人、借调3人。\n") == ["FL101"]


# ---------------------------------------------------------------- the same label in two scopes
def test_figures_under_headings_of_two_funds_are_two_facts():
    text = ("一、一般公共预算收支情况。2024年收入合计1320.36万元，支出合计1320.36万元。\n"
            "二、政府性基金预算收支情况。2024年收入合计92.00万元，支出合计92.00万元。\n")
    assert rules_of(text) == []


def test_a_city_s_figure_and_its_districts_are_whole_and_part():
    text = "全市一般公共预算支出130.5亿元，同比增长3%。其中，区市一般公共预算支出32.6亿元。\n"
    assert rules_of(text) == []
    assert rules_of("一般公共预算支出130.5亿元。\n一般公共预算支出132.6亿元。\n") == ["FL106"]


def test_a_share_naming_its_own_base_is_not_of_another_total():
    text = "本次审计资金总额5200万元，其中预算资金3600万元，发现问题资金15.12万元，占审计预算资金额的0.42%。\n"
    assert "FL102" not in rules_of(text)


# ---------------------------------------------------------------- messages in the report's words
def test_figures_are_named_in_the_report_s_own_words():
    (found,) = findings("全年预算数2,400.00万元，全年执行数2,301.00万元，预算执行率为93%。\n")
    assert found.rule == "FL103"
    assert "全年执行数 2,301.00万元" in found.message and "全年预算数 2,400.00万元" in found.message
    assert "总支出" not in found.message


def test_a_long_name_cut_for_a_message_says_it_was_cut():
    text = "政府办公厅（室）及相关机构事务支出合计702.40万元，其中：行政运行支出521.10万元，一般行政管理事务支出190.30万元。\n"
    (found,) = findings(text)
    assert "but …公厅（室）及相关机构事务支出 is stated" in found.message  # not "but 公厅…" as if a word


def test_a_run_in_heading_before_a_colon_qualifies_the_figures_after_it():
    text = ("2024年一般公共预算收支：收入合计1320.36万元，支出合计1320.36万元。"
            "政府性基金预算收支：收入合计92.00万元，支出合计92.00万元。\n")
    assert rules_of(text) == []
    assert rules_of("2024年收入合计1320.36万元。\n\n2024年收入合计1330.36万元。\n") == ["FL106"]


# ---------------------------------------------------------------- changes and their subjects
def test_a_change_naming_its_subject_after_other_changes_is_checked():
    text = ("2024年“三公”经费支出决算为50.00万元。其中：公务用车运行维护费支出决算为20.00万元；公务接待费支出决算为30.00万元。\n"
            "2024年“三公”经费支出决算数比2023年增加10.00万元，增长25%。其中：公务用车运行维护费支出决算增加4.00万元，"
            "增长25%；公务接待费支出决算增加6.00万元，增长30%。\n")
    found = findings(text)
    assert [f.rule for f in found] == ["FL105"]  # 6 / (30 − 6) = 25%, not 30%
    assert "30.00万元" in found[0].message and "6.00万元" in found[0].message


def test_a_comparison_in_the_clause_before_a_change_names_its_base():
    text = ("“三公”经费预算表：因公出国（境）费预算数2.00万元，决算数0万元。\n"
            "1.因公出国（境）费支出0万元，与2024年度预算相比，减少2.00万元，原因是未安排出国。\n")
    assert rules_of(text) == []
    assert rules_of(text.replace("减少2.00万元", "减少3.00万元")) == ["FL104"]


def test_a_change_naming_its_subject_in_other_words_goes_with_it():
    text = ("2024年一般公共预算财政拨款支出1320.50万元，占本年支出合计的40%。"
            "与2023年相比，一般公共预算财政拨款增加32.50万元，增长2.52%。\n")
    assert "FL105" not in rules_of(text)  # 32.5 / 1288 = 2.52%
    assert "FL105" in rules_of(text.replace("2.52%", "2.82%"))


def test_respective_changes_are_paired_in_order():
    text = ("2024年度收、支总计各是3200.00，3300.00万元。与2023年相比，收、支总计各减少800.00，700.00万元，"
            "各下降20%、17.50%。\n")
    assert rules_of(text) == []  # 800 / 4000 = 20%; 700 / 4000 = 17.5%
    found = findings(text.replace("17.50%", "18.50%"))
    assert [f.rule for f in found] == ["FL105"] and found[0].pattern == "growth.respective"
    assert "700.00万元" in found[0].message and "3300.00万元" in found[0].message


# ---------------------------------------------------------------- lists one item a line
def test_a_list_announced_by_a_colon_goes_on_one_item_a_line():
    text = ("2024年度一般公共预算支出合计2,400万元，其中：\n"
            "——一般公共服务支出900万元，增长10%；\n"
            "——社会保障和就业支出600万元，下降5%；\n"
            "——农林水支出850万元；\n"
            "——结转下年50万元。\n"
            "（二）政府性基金预算\n")
    assert rules_of(text) == []
    found = findings(text.replace("农林水支出850万元", "农林水支出880万元"))
    assert [f.rule for f in found] == ["FL101"]
    assert found[0].message.count(" + ") == 3


def test_a_meeting_s_session_number_is_not_a_count():
    from fiscallint.understanding.quantities import scan

    qs, _ = scan("镇四届人大一次会议批准的预算收入为3522万元。")
    assert [q.text for q in qs] == ["3522万元"]


def test_last_year_s_figure_after_bi_shang_nian_is_the_base_of_the_change():
    text = "2024年“三公”经费支出520万元，比上年累计支出530万元减少10万元，下降1.89%。\n"
    assert rules_of(text) == []  # 10 / 530 = 1.89%
    assert rules_of(text.replace("1.89%", "2.89%")) == ["FL105"]


def test_a_growth_rate_on_an_adjusted_base_is_not_checked_against_the_total():
    text = "全县一般公共预算支出总额为402000万元，剔除新增债券等因素，比上年同口径增加25000万元，同口径增长7.2%。\n"
    assert rules_of(text) == []


# ---------------------------------------------------------------- session 4: real-text misreadings
def test_a_part_with_its_own_breakdown_after_han_is_not_counted_twice():
    text = ("收入总计调整为1000万元。其中：本级收入300万元；上级补助收入600万元，含一般性转移支付450万元，"
            "专项转移支付150万元；动用预算稳定调节基金100万元。\n")
    assert rules_of(text) == []


def test_a_breakdown_after_han_that_misses_its_part_is_found():
    text = ("收入总计调整为1000万元。其中：本级收入300万元；上级补助收入600万元，含一般性转移支付450万元，"
            "专项转移支付180万元；动用预算稳定调节基金100万元。\n")
    found = findings(text)
    assert [f.rule for f in found] == ["FL101"]
    assert "600万元" in found[0].message and "180万元" in found[0].message


PHASE_SECTIONS = ("某镇2024年财政决算的报告\n一、一般公共预算收支情况\n1. 镇人大会议批准的年初预算草案。\n"
                  "（1）支出总计800万元。其中：一般公共预算支出700万元，上解支出100万元。\n"
                  "2. 镇人大主席团会议批准的预算调整方案。\n"
                  "（1）支出总计950万元。其中：一般公共预算支出{adjusted}万元，上解支出150万元。\n")


def test_figures_under_two_phase_headings_are_two_facts():
    # 700 under the 年初预算 heading and 800 under the 调整 heading are not one figure restated
    assert rules_of(PHASE_SECTIONS.format(adjusted=800), ("FL106",)) == []


def test_a_heading_that_compares_with_a_phase_sets_no_phase():
    text = ("一、“三公”经费支出与年初预算对比情况。\n本部门“三公”经费支出2.05万元，年初预算为2.95万元。"
            "公务接待费支出2.05万元，与决算一致。\n")
    assert rules_of(text, ("FL106",)) == []
    from fiscallint.understanding.analysis import analyse as _analyse
    facts = _analyse(Document("r.txt", text)).facts
    assert facts[0].phase is None  # 2.05: the heading compares with the budget, it does not name this figure's phase


def test_a_section_phase_sits_on_figures_without_their_own():
    facts = analyse(Document("r.txt", PHASE_SECTIONS.format(adjusted=800))).facts
    assert [f.phase for f in facts] == ["年初预算"] * 3 + ["调整预算"] * 3


def test_a_rate_whose_last_digit_was_cut_holds():
    text = "2024年支出总计4143.91万元，与上年相比减少2570.97万元，下降38.28%。\n"  # 38.2877% cut to 38.28
    assert rules_of(text) == []
    assert rules_of(text.replace("38.28%", "38.18%")) == ["FL105"]
    assert rules_of(text.replace("38.28%", "38.30%")) == ["FL105"]  # above: neither rounding nor cutting gives it


def test_a_label_repeated_after_every_item_is_an_attribute_not_a_part():
    text = ("本级“三公”经费支出合计27.50亿元，比预算数压减20.10亿元，其中：因公出国（境）费2.50亿元，压减3.20亿元；"
            "公务用车购置及运行费24.50亿元，压减15.00亿元；公务接待费0.50亿元，压减1.90亿元。\n")
    assert rules_of(text) == []
    found = findings(text.replace("公务接待费0.50亿元", "公务接待费0.90亿元"))
    assert [f.rule for f in found] == ["FL101"]
    assert "压减" not in found[0].message.split("computed")[0]  # the items only: 2.50 + 24.50 + 0.90


def test_a_rate_does_not_reach_past_another_rate_for_its_figures():
    text = "中央本级支出3500.00亿元，完成预算的100%；中央对地方转移支付9600.00亿元，完成预算的98.9%。\n"
    assert rules_of(text) == []


def test_a_change_naming_its_own_subject_is_not_the_total_s():
    text = ("2024年“三公”经费预算总计20.00万元，其中公务接待10.00万元，公务用车运行费10.00万元。\n"
            "2023年“三公”经费决算合计18.00万元，其中公务接待10.50万元，公务用车运行费7.50万元。\n"
            "2024年“三公”经费预算较2023年增加2.00万元，其中公务接待较上年同期减少0.50万元，减少4.76%。\n")
    got = findings(text)
    assert all("20.00万元" not in f.message for f in got), [f.message for f in got]


def test_an_item_of_a_list_is_not_the_list_s_count():
    text = "本院内设办公室、政治部、侦查监督一处、侦查监督二处、公诉一处、公诉二处等内设机构6个。\n"
    assert rules_of(text, ("FL204",)) == []
    text = "严格贯彻中央八项规定、省委省政府30项和市政府30条规定。\n"
    assert rules_of(text, ("FL204",)) == []
    assert rules_of("内设办公室、财务科、业务科3个科室，另设1个中心。\n", ("FL204",)) == []
    assert rules_of("内设办公室、财务科、业务科、后勤科3个科室。\n", ("FL204",)) == ["FL204"]


ADDED = ("全县一般公共预算收入安排80.0亿元，同比增长5%。其中：税收收入66.0亿元，非税收入14.0亿元。"
         "加上上级补助收入50.0亿元、调入资金20.0亿元和上年结转收入{carried}亿元，收入总计160.0亿元。\n"
         "全县一般公共预算支出安排120.0亿元，其中：财力安排支出100.0亿元；上级专项、上年结转安排支出20.0亿元。"
         "加上上解上级支出30.0亿元和债务还本支出10.0亿元，支出总计160.0亿元。\n")


def test_what_is_added_to_is_the_paragraph_s_head_figure():
    # 80.0 + 50.0 + 20.0 + 10.0 = 160.0; 120.0 + 30.0 + 10.0 = 160.0
    assert rules_of(ADDED.format(carried="10.0")) == []


def test_an_addition_that_misses_its_total_is_found_against_the_head_figure():
    found = findings(ADDED.format(carried="15.0"))
    assert [f.rule for f in found] == ["FL101"]
    assert "80.0亿元" in found[0].message and "66.0亿元" not in found[0].message


def test_a_generic_name_after_other_words_names_something_narrower():
    from fiscallint.support.lexicon import default_lexicon
    lex = default_lexicon()
    assert lex.concept_of("本部门2024年度全年决算数") == "总支出"
    assert lex.concept_of("财力安排支出") is None
    assert lex.concept_of("上级专项、上年结转安排支出") is None


def test_figures_under_an_adjusted_scope_line_are_other_facts():
    text = ("市本级一般公共预算收入安排47.8亿元，加上上级补助和调入资金等133.6亿元，收入总计181.4亿元。\n剔除高新区后：\n"
            "市本级一般公共预算收入安排44.2亿元，加上上级补助和调入资金等134.0亿元，收入总计178.2亿元。\n")
    assert rules_of(text) == []


def test_a_part_s_main_items_are_its_own_list():
    text = ("市本级一般公共预算支出安排81.6亿元。其中：财力安排支出68.4亿元，比上年增长10.1%，主要支出事项：一般公共服务支出7.1亿元、"
            "教育支出7.5亿元、社会保障和就业支出15.4亿元等；上级专项、上年结转安排支出13.2亿元。\n")
    assert rules_of(text) == []
    assert rules_of(text.replace("13.2亿元", "12.2亿元")) == ["FL101"]


def test_a_list_cut_at_a_semicolon_may_go_on_with_other_kinds():
    text = ("2024年年初收入预算数500.00万元，其中，一般公共预算拨款300.00万元（经费拨款290.00万元，非税收入拨款10.00万元）；"
            "政府性基金预算拨款0万元；财政专户管理资金收入120.00万元；上级单位补助收入80.00万元。\n")
    assert rules_of(text) == []
    assert rules_of(text.replace("上级单位补助收入80.00万元", "上级单位补助收入60.00万元")) == ["FL101"]


def test_kinds_of_establishment_under_a_staff_total_may_leave_some_out():
    text = "街道共有工作人员73人，其中行政编制25人、参公编制20人、事业编制26人。\n"
    assert rules_of(text) == []
    # still at most the total: 25 + 20 + 36 = 81 staff cannot be among 73
    assert rules_of(text.replace("事业编制26人", "事业编制36人")) == ["FL101"]


def test_people_outside_the_establishment_in_the_bracket_are_not_over_it():
    assert rules_of("本院编制人数89人，实有在职在编人数111人（含23名聘用制书记员）。\n", ("FL202",)) == []
    assert rules_of("本院编制人数89人，实有在职在编人数111人（含13名聘用制书记员）。\n", ("FL202",)) == ["FL202"]


def test_groups_that_repeat_the_total_s_figures_add_up_by_name():
    text = ("全年审定300宗，送审金额35.40亿元，审定金额32.60亿元，核减2.80亿元，其中预算150宗，送审金额23.80亿元，"
            "审定金额21.80亿元，核减2.00亿元，结算150宗，送审金额11.60亿元，审定金额10.80亿元，核减0.80亿元。\n")
    assert rules_of(text) == []
    found = findings(text.replace("核减0.80亿元", "核减0.50亿元"))
    assert [f.rule for f in found] == ["FL101"] and "送审" not in found[0].message.split("computed")[0]


def test_items_picked_out_with_their_own_changes_are_not_every_item():
    text = ("全市一般公共预算支出完成217.99亿元，同比增长2.9%。其中，一般公共服务支出20.4亿元，同比下降2.0%；"
            "公共安全支出10.1亿元，同比增长5.9%；教育支出45.7亿元，同比增长4.2%；社会保障和就业支出32.2亿元，同比增长16.1%。\n")
    assert rules_of(text) == []
    # with a colon the same list is a breakdown
    assert rules_of(text.replace("其中，", "其中：")) == ["FL101"]


def test_a_rate_of_what_is_done_among_the_figure_before_it():
    text = ("全镇共有800户3000人，其中监测户80户300人（脱贫不稳定户30户120人，边缘易致贫户50户180人），"
            "已消除风险40户171人，风险消除率为{rate}%。\n")
    assert rules_of(text.format(rate="57.00")) == []  # 171 / 300 by persons
    assert rules_of(text.format(rate="50.00")) == []  # 40 / 80 by households
    found = findings(text.format(rate="52.00"))
    assert [f.rule for f in found] == ["FL103"]
    assert "300人" in found[0].message and "3000人" not in found[0].message


def test_one_sentence_does_not_restate_its_own_figure():
    text = "本年度基本支出300.00万元，项目支出200.00万元，基本支出为年初安排的280.00万元加追加20.00万元。\n"
    assert rules_of(text, ("FL106",)) == []
    text = "本年度基本支出300.00万元，项目支出200.00万元。\n全年基本支出320.00万元，主要用于人员工资。\n"
    assert rules_of(text, ("FL106",)) == ["FL106"]  # two sentences: the same figure stated twice


def test_a_rate_named_by_jianfu_is_a_rate_of_change():
    text = "2024年“三公”经费预算总额2.70万元，比2023年预算数减少0.06万元，减幅{rate}%。\n"
    assert rules_of(text.format(rate="2.17")) == []  # 0.06 / 2.76
    assert rules_of(text.format(rate="0.02")) == ["FL105"]


def test_a_sentence_opening_with_bi_goes_on_about_the_head_figure_before_it():
    text = "2024年基本支出3000.00万元，其中人员经费2700.00万元，公用经费300.00万元。比2023年预算增加500.00万元，增长{rate}%。\n"
    assert rules_of(text.format(rate="20")) == []  # 500 / 2500
    found = findings(text.format(rate="9"))
    assert [f.rule for f in found] == ["FL105"] and "3000.00万元" in found[0].message


def test_a_change_after_two_years_figures_is_their_difference():
    text = "公务接待费2024年预算8.00万元，2023年预算12.50万元；对比减少{d}万元；下降{r}%。\n"
    assert rules_of(text.format(d="4.50", r="36")) == []
    found = findings(text.format(d="4.35", r="36"))
    assert [f.rule for f in found] == ["FL104"] and "12.50万元" in found[0].message
    assert rules_of(text.format(d="4.50", r="56")) == ["FL105"]


def test_last_year_s_figure_inside_a_list_is_not_a_part():
    text = ("2023年全市教育经费总投入为1000.00万元，比上年的950.00万元增加50.00万元。其中，国家财政性教育经费为800.00万元，"
            "比上年的780.00万元增加20.00万元。\n")
    assert rules_of(text) == []


def test_a_share_of_a_budget_above_100_is_a_completion_rate():
    text = "地方一般公共预算收入完成28583万元，占调整预算105.47%，同比增长10.85%。\n"
    found = findings(text, ("FL203",))
    assert [f.severity for f in found] == ["info"]
    found = findings("基本支出300万元，占总支出的105.47%。\n", ("FL203",))
    assert [f.severity for f in found] == ["warning"]


def test_the_value_a_change_started_from_is_not_a_part():
    text = ("一般公共预算收入由年初的70000万元调整为80000万元，调增10000万元，其中：税收收入调整为50000万元，"
            "非税收入调整为30000万元。政府性基金预算由年初的90000万元调整为60000万元，其中：土地出让收入由年初预算的"
            "75000万元调整45000万元，城市建设配套费10000万元，专项收入5000万元。\n")
    assert rules_of(text) == []
    assert rules_of(text.replace("城市建设配套费10000万元", "城市建设配套费12000万元")) == ["FL101"]


def test_a_rate_after_this_year_s_and_last_year_s_figures_is_between_them():
    text = "2024年，全区教育经费总投入为5.21亿元，比上年的4.71亿元增长{rate}%。\n"
    assert rules_of(text.format(rate="10.6")) == []
    assert rules_of(text.format(rate="1.06")) == ["FL105"]


def test_a_detail_in_a_bracket_is_not_what_a_share_or_list_is_of():
    text = ("用于群众体育支出18.7739万元（含上年度结转3.58万元），占总数的100.0%。\n"
            "其中：用于援建公共体育场地和设施11.7799万元；用于资助或组织开展全民健身活动6.994万元。\n")
    assert rules_of(text) == []
    assert rules_of(text.replace("6.994万元", "6.894万元")) == ["FL101"]


def test_a_change_after_a_han_clause_is_the_head_figure_s():
    text = ("机关2024年收支总预算4,471.22万元，含所属管理处经费250万元，幼儿园经费537.31万元；"
            "比2023年预算增加755.18万元，增长{rate}%。\n")
    assert rules_of(text.format(rate="20.32"), ("FL101", "FL105")) == []  # 755.18 / (4471.22 − 755.18)
    found = findings(text.format(rate="25.32"), ("FL101", "FL105"))
    assert [f.rule for f in found] == ["FL105"] and "4,471.22万元" in found[0].message


def test_items_after_han_may_leave_some_out_but_not_exceed_the_total():
    text = "本单位收支总预算4471.22万元，含管理处经费250万元，幼儿园经费537.31万元。\n"
    assert rules_of(text, ("FL101",)) == []
    assert rules_of(text, ("FL199",)) == ["FL199"]  # left unchecked, and it says why
    assert rules_of("本单位收支总预算471.22万元，含管理处经费250万元，幼儿园经费537.31万元。\n") == ["FL101"]


def test_a_list_opening_a_sentence_may_be_of_any_figure_of_the_sentence_before():
    text = "补助发放给8户，直接受益13人，家庭间接收益18人。其中：公益岗5人获补助金7750元，困难生活补助8人获补助金8800元。\n"
    assert rules_of(text, ("FL101",)) == []  # 5 + 8 = 13, the 直接受益
    assert rules_of(text.replace("困难生活补助8人", "困难生活补助9人"), ("FL101",)) == ["FL101"]  # 14: neither


def test_figures_under_headings_of_different_concepts_are_two_facts():
    text = ("1.基本支出300.00万元。\n商品和服务支出预算75.80万元，占基本支出预算25.27%。\n"
            "2.项目支出0万元，同比减少47.60万元。其中：\n商品和服务支出预算0万元，同比减少47.60万元。\n")
    assert rules_of(text, ("FL106",)) == []
    text = "一、收支情况\n本年商品和服务支出预算75.80万元。\n二、支出明细\n本年商品和服务支出预算85.80万元。\n"
    assert rules_of(text, ("FL106",)) == ["FL106"]  # no concept heading apart: one figure stated twice


# ---------------------------------------------------------------- session 5: what a list and a share are of
def test_a_list_after_a_reason_breaks_down_the_head_figure_not_the_reason():
    text = ("本年收入合计180.50万元，较上年减少20.30万元，主要原因是上年有一次性补助25.40万元。"
            "其中：财政拨款收入110.20万元，占61.1%；事业收入70.30万元，占38.9%。\n")
    assert rules_of(text, ("FL101", "FL102")) == []  # 110.20 + 70.30 = 180.50; 61.1% of it
    slipped = text.replace("占61.1%", "占66.1%")
    assert rules_of(slipped, ("FL101", "FL102")) == ["FL102"]


def test_a_share_named_for_one_subject_is_not_the_share_of_its_negation():
    text = ("全镇一般公共预算收入完成5000万元，其中税收收入3600万元，非税收入1400万元，"
            "税收占一般公共预算收入的比重为72%。\n")
    assert rules_of(text, ("FL102",)) == []  # 3600 / 5000, not 1400 / 5000
    assert rules_of(text.replace("比重为72%", "比重为76%"), ("FL102",)) == ["FL102"]


def test_one_items_figures_in_two_phases_are_not_added_up():
    text = "财政拨款支出决算数为880.00万元，其中：\n一般公共预算财政拨款：年初预算为600.00万元，支出决算为880.00万元。\n"
    assert rules_of(text, ("FL101",)) == []


def test_a_part_taken_away_makes_a_list_no_plain_sum():
    text = "年中追加支出5.00亿元，其中：债券支出3.00亿元，调入资金安排支出2.80亿元，调减项目支出0.80亿元。\n"
    assert rules_of(text, ("FL101",)) == []  # 3.00 + 2.80 − 0.80 = 5.00
    assert rules_of("年中追加支出5.00亿元，其中：债券支出3.00亿元，调入资金安排支出2.80亿元。\n", ("FL101",)) == ["FL101"]


def test_a_bracket_after_a_change_splits_the_change():
    text = "全县收入安排30000万元，比上年增加6000万元（其中：县本级5800万元，园区200万元），增长25%。\n"
    assert rules_of(text, ("FL101",)) == []


def test_main_items_of_a_part_are_its_own_partial_list():
    text = ("财政拨款基本支出900.00万元，其中：人员经费700.00万元，主要包括基本工资300.00万元、绩效工资250.00万元；"
            "公用经费200.00万元。\n")
    assert rules_of(text, ("FL101",)) == []  # 700 + 200 = 900; the 主要 items are some of 700


def test_an_open_list_short_of_its_total_by_no_plain_slip_is_info():
    text = "全县政府性基金收入6140万元，其中：国有土地使用权出让收入5613万元，城市基础设施配套费收入294万元。\n"
    found = findings(text, ("FL101",))
    assert [(f.rule, f.severity) for f in found] == [("FL101", "info")]
    # a gap one mistyped digit explains is still a finding
    slipped = text.replace("5613万元", "5313万元").replace("6140万元", "5907万元")
    assert [(f.rule, f.severity) for f in findings(slipped, ("FL101",))] == [("FL101", "error")]
    # parts above the total are never a partial list
    over = text.replace("6140万元", "5800万元")
    assert [(f.rule, f.severity) for f in findings(over, ("FL101",))] == [("FL101", "error")]
    # parts an identity names in full (基本支出 + 项目支出) are the whole list
    whole = "年初预算支出2000.00万元，其中：基本支出1100.00万元，项目支出870.00万元。\n"
    assert [(f.rule, f.severity) for f in findings(whole, ("FL101",))] == [("FL101", "error")]


def test_a_figure_whose_label_and_heading_name_different_phases_is_restated_by_neither():
    text = ("一、2024年年初预算\n“三公”经费预算30万元，其中：公务接待费支出决算18万元，公务用车运行费支出决算12万元。\n"
            "二、2024年决算\n“三公”经费决算支出25万元，其中：公务接待费支出决算15万元，公务用车运行费支出决算10万元。\n")
    assert rules_of(text, ("FL106",)) == []  # the first 支出决算 stands under 年初预算: the author's slip of words
    plain = ("一、2024年决算\n公务接待费支出决算18万元。\n二、2024年决算说明\n公务接待费支出决算15万元。\n")
    assert rules_of(plain, ("FL106",)) == ["FL106"]


def test_counts_under_two_numbered_items_are_two_figures():
    text = ("1、东岭灌区改造项目：全年衬砌渠道12公里，技术培训1200人次。\n"
            "2、西坡茶园扩建项目：修建生产道路800米，技术培训40人次。\n")
    assert rules_of(text, ("FL206",)) == []
    # the same lines without their item heads: one count stated twice
    unheaded = "".join(line.split("：", 1)[1] + "\n" for line in text.splitlines())
    assert rules_of(unheaded, ("FL206",)) == ["FL206"]


def test_a_heading_numbered_before_a_year_is_read():
    text = "4、三公经费情况\n说明。\n5、2024年扶贫资金安排情况\n说明。\n6、其他情况\n说明。\n"
    assert rules_of(text, ("FL205",)) == []
    assert rules_of(text.replace("5、2024年", "2024年"), ("FL205",)) == ["FL205"]


def test_a_count_naming_a_set_of_rules_is_not_a_list_count():
    text = "主要原因是贯彻落实中央八项规定精神和省委、省政府十项规定，压减一般性支出。\n"
    assert rules_of(text, ("FL204",)) == []
    assert rules_of("本镇设立服务站3个：党群服务站、便民服务站。\n", ("FL204",)) == ["FL204"]


def test_figures_added_onto_a_named_base_are_not_the_whole_total():
    text = ("县级一般公共预算收入7300万元。县级一般公共预算收入加上上级补助收入12400万元、债券收入1300万元、"
            "调入资金2100万元，收入合计23100万元。\n")
    assert rules_of(text, ("FL101",)) == []  # 7300 + 12400 + 1300 + 2100 = 23100: the base is named, not listed


def test_a_count_restated_after_other_lead_words_is_compared():
    text = ("（一）资金投入情况：实际完成农村危房改造64户，发放补助资金78.8万元。\n"
            "补助对象须在村务公开栏公示，最终确定农村危房改造64户。\n")
    assert rules_of(text, ("FL206",)) == []
    slipped = text.replace("最终确定农村危房改造64户", "最终确定农村危房改造94户")
    assert rules_of(slipped, ("FL206",)) == ["FL206"]  # 村务 names no village; 实际完成/最终确定 lead alike


# ---------------------------------------------------------------- session 5: scopes and periods
def test_a_month_and_the_year_to_date_are_two_figures():
    text = ("5月份，全县一般公共预算收入1607万元，同比增长3.7%。\n"
            "1-5月累计，全县一般公共预算收入7722万元，同比增长10%。\n")
    assert rules_of(text, ("FL106",)) == []
    same = "5月份，全县一般公共预算收入1607万元。\n二、其他\n5月份，全县一般公共预算收入1670万元。\n"
    assert rules_of(same, ("FL106",)) == ["FL106"]


def test_the_nation_and_the_localities_are_two_scopes():
    text = ("全国一般公共预算支出14127亿元，同比增长3.4%。其中，中央一般公共预算本级支出1991亿元，同比增长9%；"
            "地方一般公共预算支出12136亿元，同比增长2.6%。\n")
    assert rules_of(text, ("FL106",)) == []


def test_an_items_own_basic_expenditure_is_not_the_units():
    text = ("住房公积金 11278 元，其中：基本支出 11278 元，项目支出 0 元。\n"
            "二、按支出结构分类\n基本支出 144022.60 元，占一般公共预算支出的 96.41%。\n")
    assert rules_of(text, ("FL106",)) == []


def test_a_share_of_its_own_budget_is_not_a_share_of_the_total():
    text = ("全区完成财政收入29612万元，占年初预算的27.7%。其中，国税完成11765万元，占年初预算的25%；"
            "地税完成14796万元，占年初预算的30.1%。\n")
    assert rules_of(text, ("FL102",)) == []
    assert rules_of("全区完成财政收入29612万元，其中国税完成11765万元，占全区财政收入的45%。\n", ("FL102",)) == ["FL102"]


def test_a_bracket_naming_kinds_of_the_counted_unit_lists_nothing():
    assert rules_of("此项资金下达全国28个省（自治区、直辖市）。\n", ("FL204",)) == []
    assert rules_of("此项资金下达3个乡镇（东乡镇、西乡镇）。\n", ("FL204",)) == ["FL204"]


def test_words_after_baohan_name_works_not_parts():
    text = "新建晾晒房一座，占地300平方米，包含场坪整治及硬化，硬化室外晒坝420平方米，室内场坪1800平方米。\n"
    assert rules_of(text, ("FL101",)) == []
    assert rules_of("新建场地占地300平方米，包含晒坝420平方米，场坪1800平方米。\n", ("FL101",)) == ["FL101"]


def test_a_share_within_a_share_is_not_added_to_it():
    text = ("政府采购支出总额33509.75万元，其中授予中小企业合同金额32407.19万元，占政府采购支出总额的96.7%，"
            "其中授予小微企业合同金额2739.43万元，占政府采购支出总额的8.2%。\n")
    assert rules_of(text, ("FL203",)) == []


def test_what_is_added_to_may_be_a_figure_named_after_the_head():
    text = ("全区一般公共预算总收入41033万元，其中地方一般公共预算收入27163万元；加上级补助收入12084万元、"
            "上年结余收入4269万元，收入合计43516万元。\n")
    assert rules_of(text, ("FL101",)) == []  # 27163 + 12084 + 4269 = 43516
    assert rules_of(text.replace("43516", "43916"), ("FL101",)) == ["FL101"]


def test_paragraphs_opening_with_two_places_state_two_places_figures():
    text = ("忻州市一般公共预算收入完成67.33亿元。全市一般公共预算支出128.01亿元。\n"
            "吕梁市一般公共预算收入完成139.42亿元。全市一般公共预算支出144.02亿元。\n")
    assert rules_of(text, ("FL106",)) == []


def test_a_month_is_not_a_budget_for_the_year_to_date():
    text = "7月份，全国一般公共预算支出13944亿元。1-7月累计，全国一般公共预算支出125537亿元，完成年初预算的59.8%。\n"
    assert rules_of(text, ("FL103",)) == []


def test_changes_against_a_period_of_years_or_a_budget_adjustment_have_no_yearly_rate_here():
    text = "“十三五”期间，全县财政一般公共预算支出从104879万元增加到125000万元，支出总量较“十二五”期间增加337454万元，增长71.83%。\n"
    assert rules_of(text, ("FL105",)) == []
    text = "其中：税收收入拟调整为85000万元，调减16000万元，下降9.7%。\n"
    assert rules_of(text, ("FL105",)) == []


def test_a_fall_from_last_year_is_not_measured_against_this_years_budget():
    text = ("本单位2024年部门预算总额6283.70元。“三公”经费支出决算6283.70元，比上年减少54424.16元，"
            "主要原因是压减公务接待。\n")
    assert rules_of(text, ("FL201",)) == []


# ---------------------------------------------------------------- parts named after their total
def test_a_part_named_after_its_total_and_above_it_is_found():
    found = findings("2024年本单位收入预算总额300万元，一般公共预算拨款收入320万元。\n")
    assert [f.rule for f in found] == ["FL101"]
    assert "300万元" in found[0].message and "320万元" in found[0].message


def test_parts_named_after_their_total_may_leave_others_out():
    assert rules_of("2024年本单位收入预算总额300万元，一般公共预算拨款收入260万元。\n") == []
    assert rules_of("2023年部门支出决算总额500万元，基本支出420万元。\n") == []


def test_a_comparison_or_another_year_between_them_is_not_a_list():
    assert rules_of("2024年本单位支出决算总额300万元，比上年基本支出320万元减少20万元。\n") == []
    assert rules_of("2024年本单位支出决算总额300万元，2023年基本支出320万元。\n") == []


# ---------------------------------------------------------------- one item a line
ITEMS = ("（一）收入决算情况。2024年度，收入总计为300.00万元，其中：\n"
         "1.财政拨款收入250.00万元，为财政拨款资金。较上年减少10.00万元，下降3.85%。\n"
         "2.事业收入45.00万元，为开展业务活动取得的收入。\n"
         "3.上年结转和结余5.00万元，为以前年度结转的资金。\n")


def test_an_item_line_may_go_on_with_sentences_of_its_own():
    assert rules_of(ITEMS) == []
    assert rules_of(ITEMS.replace("事业收入45.00", "事业收入48.00")) == ["FL101"]


def test_a_list_one_item_a_line_does_not_end_before_its_last_item():
    # the first two items add up to the total: the third is still listed under it
    assert rules_of(ITEMS.replace("收入总计为300.00", "收入总计为295.00")) == ["FL101"]


# ---------------------------------------------------------------- a running subtotal
_SUBTOTAL = ("2024年本单位收入合计812.40万元，其中：一般公共预算财政拨款收入{a}万元，政府性基金预算财政拨款收入52.30万元，"
             "财政拨款收入小计692.40万元，事业收入{b}万元。\n")


def test_a_subtotal_inside_a_list_stands_for_the_parts_before_it():
    # 640.10 + 52.30 = 692.40 (小计), and 692.40 + 120.00 = 812.40
    assert rules_of(_SUBTOTAL.format(a="640.10", b="120.00")) == []


def test_a_list_going_on_after_its_subtotal_is_still_checked():
    found = findings(_SUBTOTAL.format(a="640.10", b="102.00"))
    assert [f.rule for f in found] == ["FL101"]
    assert "692.40" in found[0].message and "102.00" in found[0].message and "640.10" not in found[0].message


# ---------------------------------------------------------------- kinds named after their whole
_PROCUREMENT = ("2024年度政府采购支出总额86.40万元，其中：政府采购货物支出32.10万元、政府采购工程支出0万元、"
                "政府采购服务支出{services}万元。\n")


def test_procurement_by_kind_adds_up_to_its_total():
    # the standard sentence of a 部门决算说明: the parts carry the total's name
    assert rules_of(_PROCUREMENT.format(services="54.30")) == []


def test_procurement_by_kind_off_its_total_is_found():
    found = findings(_PROCUREMENT.format(services="45.30"))
    assert [f.rule for f in found] == ["FL101"]
    assert "45.30" in found[0].message and "86.40" in found[0].message


# ---------------------------------------------------------------- 在编人员 and a title line
def test_staff_on_the_establishment_above_it_under_a_title_line():
    text = "某镇2024年度部门整体支出绩效自评报告\n本单位核定编制100人，年末实有在编人员139人，其中行政人员80人，事业人员59人。\n"
    found = findings(text, select=("FL2",))
    assert [f.rule for f in found] == ["FL202"]
    # the title is a sentence of its own: it is no part of the establishment's name
    assert "(核定编制 100人" in found[0].message
    assert findings(text.replace("139人，其中行政人员80人，事业人员59人", "96人，其中行政人员60人，事业人员36人"),
                    select=("FL2",)) == []


# ---------------------------------------------------------------- a numbered heading on its own line
_ADDED = ("二、一般公共预算收支情况\n"
          "全县一般公共预算收入完成12.36亿元，同比增长4.2%。其中：税收收入8.45亿元，非税收入3.91亿元。"
          "加上上级补助收入28.62亿元、上年结转2.15亿元，收入总计{total}亿元。\n")


def test_a_numbered_heading_line_is_a_sentence_of_its_own():
    # "一、" is the heading's mark, not a comma: the heading does not run into
    # the paragraph, whose head figure (12.36) is what 加上 adds to
    assert rules_of(_ADDED.format(total="43.13")) == []
    found = findings(_ADDED.format(total="43.31"))
    assert [f.rule for f in found] == ["FL101"] and "12.36" in found[0].message and "8.45" not in found[0].message


# ---------------------------------------------------------------- 分别: shares in order, budgets not parts
_RESPECTIVE = ("本年收入合计1,986.52万元，其中：一般公共预算财政拨款收入1,802.40万元，政府性基金预算财政拨款收入126.00万元，"
               "其他收入58.12万元，分别占本年收入合计的90.73%、{second}%和2.93%。"
               "财政拨款支出1,928.40万元，年初预算、调整预算分别为1,650.00万元、1,940.00万元。\n")


def test_shares_stated_respectively_pair_with_the_figures_in_order():
    # 1,802.40 / 1,986.52 = 90.73%, 126.00 / … = 6.34%, 58.12 / … = 2.93%; the two
    # budgets of 财政拨款支出 are no parts of it
    assert rules_of(_RESPECTIVE.format(second="6.34")) == []
    found = findings(_RESPECTIVE.format(second="6.84"))
    assert [f.rule for f in found] == ["FL102"]
    assert "126.00" in found[0].message and "6.84" in found[0].message


def test_rates_stated_respectively_pair_with_the_plans_in_order():
    text = "财政拨款支出1,928.40万元，年初预算、调整预算分别为1,650.00万元、1,940.00万元，分别完成{a}%、{b}%。\n"
    assert rules_of(text.format(a="116.87", b="99.40")) == []  # 1,928.40 / 1,650 and / 1,940
    found = findings(text.format(a="116.87", b="94.40"))
    assert [f.rule for f in found] == ["FL103"] and "1,940.00" in found[0].message and "94.40" in found[0].message


def test_shares_of_two_wholes_stated_respectively_are_no_rates():
    text = "全国政府采购规模为34,993.1亿元，占全国财政支出和GDP的比重分别为9.4%、2.9%。\n"
    assert rules_of(text) == []


# ---------------------------------------------------------------- staff in post; last year's figure named alike
_STAFF = "本单位现有在职职工46人，其中：在编人员{on}人，编外聘用人员8人；退休人员12人。核定编制40名。\n"


def test_staff_in_post_are_those_on_and_off_the_establishment_not_the_retired():
    assert rules_of(_STAFF.format(on="38"), select=("FL1", "FL2")) == []  # 38 + 8 = 46
    found = findings(_STAFF.format(on="42"), select=("FL1", "FL2"))
    assert sorted(f.rule for f in found) == ["FL101", "FL202"]
    total = next(f for f in found if f.rule == "FL101")
    assert "8人" in total.message and "12人" not in total.message  # 42 + 8, the retired left out


def test_a_growth_rate_against_last_years_figure_named_by_the_same_words():
    text = "2023年本单位支出决算为386.20万元。2024年本单位支出决算为412.56万元，较上年增长{rate}%。\n"
    assert rules_of(text.format(rate="6.83")) == []  # (412.56 − 386.20) / 386.20 = 6.83%
    found = findings(text.format(rate="6.38"))
    assert [f.rule for f in found] == ["FL105"] and "386.20" in found[0].message


def test_an_identity_over_other_parts_of_a_total_with_its_own_list():
    text = ("截至2024年底，本单位资产总额856.30万元，其中：流动资产312.40万元，固定资产543.90万元；"
            "负债总额126.80万元，净资产{net}万元。\n")
    assert rules_of(text.format(net="729.50")) == []  # 312.40 + 543.90 = 856.30 = 126.80 + 729.50
    found = findings(text.format(net="792.50"))
    assert [f.rule for f in found] == ["FL107"] and "126.80" in found[0].message


# ---------------------------------------------------------------- a division written out
def test_a_division_written_out_is_checked_as_written():
    text = "预算执行率=全年执行数/全年预算数×100%=1,452.16/1,486.30×100%={rate}%，得分9.77分（10分×97.70%）。\n"
    # ×100% is the formula's factor, not a rate of 100%
    assert rules_of(text.format(rate="97.70")) == []
    found = findings(text.format(rate="96.70"))
    assert [f.rule for f in found] == ["FL103"]
    assert "1,452.16" in found[0].message and "1,486.30" in found[0].message and "but 预算执行率 is stated" in found[0].message
    assert not any(q.digits == "100" for q in scan(text.format(rate="97.70"))[0])


def test_a_bare_subtotal_closes_the_figures_since_the_colon():
    text = "2.产出指标（40分）：数量指标得10.0分，质量指标得10.0分，时效指标得9.0分，成本指标得9.5分，小计{sub}分。\n"
    assert rules_of(text.format(sub="38.5")) == []  # the (40分) before the colon is the cap, no part
    found = findings(text.format(sub="37.5"))
    assert [f.rule for f in found] == ["FL101"] and "9.5分" in found[0].message and "40分" not in found[0].message


def test_a_change_against_the_phase_of_the_figure_before_it_is_over_that_figure():
    text = "2024年度财政拨款收入1,421.86万元，年初预算为1,186.20万元，决算数较年初预算增加235.66万元，增长{rate}%。\n"
    assert rules_of(text.format(rate="19.87")) == []  # 235.66 / 1,186.20, the budget is the base
    found = findings(text.format(rate="18.87"))
    assert [f.rule for f in found] == ["FL105"] and "base 年初预算 1,186.20" in found[0].message


def test_a_list_whose_aspects_are_counted_is_whole_even_after_zhuyao():
    text = ("某镇2024年度项目支出情况\n2024年项目支出538.38万元，主要用于以下四个方面：一是村级组织运转经费支出186.40万元；"
            "二是乡村振兴衔接资金支出215.60万元；三是人居环境整治支出{third}万元；四是民生保障支出38.00万元。\n")
    assert rules_of(text.format(third="98.38")) == []
    found = findings(text.format(third="89.38"))  # parts short of the total: a whole list of four, not a selection
    assert [f.rule for f in found] == ["FL101"] and "89.38" in found[0].message and "2024年度项目支出情况" not in found[0].message


def test_equal_totals_stated_apart_change_as_one():
    text = ("2024年度收入总计1,532.46万元，支出总计1,532.46万元。与上年相比，收入、支出总计各增加108.37万元，"
            "增长{rate}%。\n")
    assert rules_of(text.format(rate="7.61")) == []  # 108.37 / (1,532.46 − 108.37)
    found = findings(text.format(rate="7.16"))
    assert [f.rule for f in found] == ["FL105"] and "支出总计 1,532.46" in found[0].message


def test_a_short_open_list_named_as_unexplained_names_no_slip():
    """A slip too slight to tell (0.01 for 0.31) does not make the finding an
    error; then the message does not name it either, since it says no plain
    slip explains the gap."""
    (found,) = findings("2023年政府采购支出总额1.00万元，其中：货物类0.70万元，工程类0.01万元。\n")
    assert found.severity == "info" and found.slip is None
    assert "would hold" not in found.message and "no plain slip explains the gap" in found.message


def test_the_years_budget_is_the_initial_one_and_what_was_added():
    text = "本年度年初预算为860.00万元，年中追加预算120.50万元，调整后全年预算为980.50万元。\n"
    assert rules_of(text) == []
    (found,) = findings(text.replace("980.50", "990.50"))
    assert found.rule == "FL101" and found.pattern == "sum.initial-plus-added"
    assert "860.00" in found.message and "120.50" in found.message


def test_a_budget_also_cut_in_the_year_is_left_alone():
    text = "本年度年初预算为860.00万元，年中追加120.50万元，调减20.00万元，全年预算为970.50万元。\n"
    assert rules_of(text) == []
