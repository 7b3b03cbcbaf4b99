"""Readings a set of reports written blind to the linter showed wrong: each
consistent sentence is silent, and the slip planted in it is found. Every
figure is invented."""
from __future__ import annotations

from fiscallint.engine import active_rules, run
from fiscallint.reading import Document


def findings(text: str, select=("FL",)):
    return run(Document("r.txt", text), active_rules(list(select))).findings


def rules_of(text: str, select=("FL",)) -> list[str]:
    return [f.rule for f in findings(text, select)]


def test_a_change_after_last_years_figure_is_measured_from_it():
    """"…2024年预算为545.45万元，增加11.38万元，增长2.09%" in a 2025 budget: the
    figure named only by an earlier year is the base, not what changed."""
    text = ("某局2025年部门预算情况说明\n"
            "（一）社会保障和就业支出556.83万元，2024年预算为545.45万元，增加11.38万元，增长2.09%。\n")
    assert rules_of(text) == []
    assert rules_of(text.replace("增加11.38万元", "增加12.38万元")) == ["FL104"]
    assert "FL105" in rules_of(text.replace("增长2.09%", "增长2.90%"))


def test_a_share_of_a_qualified_whole_is_not_of_the_whole_unqualified():
    """占一般公共预算项目支出总额的97% is of the general budget's 项目支出, not of
    the 项目支出 of all funds stated before it."""
    text = ("本年支出合计8562.39万元，其中：基本支出2342.49万元；项目支出6219.90万元。\n"
            "本部门对一般公共预算项目支出开展绩效自评，共涉及项目26个，资金5912.24万元，占一般公共预算项目支出总额的97.00%。\n")
    assert "FL102" not in rules_of(text)


def test_a_list_in_the_style_of_its_heading_inside_it_does_not_break_the_numbering():
    text = ("（一）收入情况\n本年收入100万元。\n（二）支出情况\n本年支出90万元。\n（三）财政拨款\n"
            "（一）总体情况。财政拨款80万元。\n（二）结构情况。基本支出60万元。\n"
            "（四）三公经费\n三公经费3万元。\n（五）其他\n无。\n")
    assert rules_of(text, ("FL205",)) == []
    assert rules_of(text.replace("（五）其他", "（六）其他"), ("FL205",)) == ["FL205"]


def test_a_heading_after_a_table_indented_by_tabs_is_a_heading():
    text = ("（一）收入情况\n本年收入100万元。\n（二）三公经费\n\t项目\n\t决算数\n\n\t合计\n\t3.00\n\n"
            "（三）机关运行经费\n机关运行经费20万元。\n（五）其他\n无。\n")
    assert rules_of(text, ("FL205",)) == ["FL205"]  # 三 then 五: the 四 is missing


def test_a_count_of_units_whose_first_item_joins_two():
    text = "本部门决算由教育局机关本级及所属县教师发展中心、县学生资助管理中心、县教育装备站共4个单位的决算汇总而成。\n"
    assert rules_of(text, ("FL204",)) == []


def test_staff_on_hand_with_the_retired_listed_is_their_sum():
    text = "年末实有人员214人，其中在职人员168人、退休人员46人。\n"
    assert rules_of(text) == []
    assert rules_of(text.replace("46人", "64人")) == ["FL101"]


def test_an_enumeration_ends_at_its_last_item():
    """Parts parted by 、 alone are one list: the first three adding up to the
    total does not make the fourth something else."""
    text = "本部门共有车辆11辆，其中：一般公务用车2辆、执法执勤用车0辆、特种专业技术用车8辆、其他用车1辆。\n"
    assert rules_of(text) == []
    assert rules_of(text.replace("车辆11辆", "车辆10辆")) == ["FL101"]


def test_a_figures_breakdown_after_zhong():
    text = "按经济分类，2025年支出预算9897.31万元中：工资福利支出2439.13万元，商品和服务支出1960.91万元，对个人和家庭的补助4371.39万元，资本性支出1125.88万元。\n"
    assert rules_of(text) == []
    (found,) = findings(text.replace("1125.88", "1152.88"))
    assert found.rule == "FL101" and "9897.31" in found.message


def test_a_names_item_number_is_no_part_of_it_in_messages():
    text = "（三）农林水支出7891.54万元，2024年预算为7469.58万元，增加412.96万元。\n"
    (found,) = findings("某局2025年部门预算\n" + text)
    assert "农林水支出 7891.54万元" in found.message and "三）" not in found.message


def test_shares_naming_no_whole_are_of_the_figure_before_their_list():
    text = ("（一）总体情况。2024年度一般公共预算财政拨款支出8376.10万元，占本年支出合计的97.82%。与2023年度相比，减少318.21万元。\n"
            "（二）结构情况。教育支出7423.78万元，占88.63%；社会保障和就业支出597.80万元，占7.14%；"
            "卫生健康支出142.90万元，占1.71%；住房保障支出211.62万元，占2.53%。\n")
    assert rules_of(text) == []
    (found,) = findings(text.replace("占7.14%", "占7.41%"))
    assert found.rule == "FL102" and "8376.10" in found.message and "597.80" in found.message


def test_shares_naming_no_whole_that_agree_with_no_figure_are_left_alone():
    text = "各项支出中，教育支出7423.78万元，占88.63%；社会保障和就业支出597.80万元，占7.41%。\n"
    assert rules_of(text) == []


def test_a_balance_at_the_years_start_is_no_budget_phase():
    from fiscallint.understanding.analysis import analyse

    a = analyse(Document("r.txt", "本年收入合计3262.08万元，年初结转和结余103.72万元。\n"))
    (balance,) = [f for f in a.facts if f.q.value == 103.72 or str(f.q.value) == "103.72"]
    assert balance.phase != "年初预算"


def test_a_rate_above_plan_the_report_explains_is_not_flagged():
    said = "农林水支出年初预算为912.92万元，支出决算为1104.76万元，完成年初预算的121.01%。"
    assert rules_of(said + "\n", ("FL203",)) == ["FL203"]  # info: check that the report explains it
    assert rules_of(said + "决算数大于年初预算数的主要原因是上级追加了水毁工程修复资金。\n", ("FL203",)) == []
