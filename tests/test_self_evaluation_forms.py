"""A 项目支出绩效自评表 printed as two tables: the funding block (年度资金总额
with its 分值, 执行率 and 得分) and the indicators (一级指标 … 分值 | 得分)
below it, closed by one 总分 row. The 总分 counts the funding block's points
(the national form gives 预算执行率 10 of its 100 points). Every figure here
is invented."""
from __future__ import annotations

from fiscallint.engine import active_rules, run
from fiscallint.reading import Document

FORM = """项目支出绩效自评表
资金	年初预算数	全年预算数	全年执行数	分值	执行率	得分
年度资金总额	80.00	95.00	91.20	10	96.00%	{funding_score}
其中：当年财政拨款	80.00	95.00	91.20	—	—	—
一级指标	二级指标	三级指标	年度指标值	实际完成值	分值	得分
产出指标	数量指标	养护道路里程	≥40公里	42公里	20	20
产出指标	质量指标	验收合格率	100%	100%	20	20
效益指标	社会效益指标	群众出行便利度	提升	提升	30	{benefit_score}
满意度指标	服务对象满意度指标	群众满意度	≥90%	93%	20	20
总分					{total_points}	97.6
"""


def findings(**cells):
    values = {"funding_score": "9.6", "benefit_score": "28", "total_points": "100", **cells}
    text = FORM.format(**values)
    return text, run(Document("form.txt", text), active_rules()).findings


def test_the_total_counts_the_funding_block_above_it():
    _, found = findings()
    assert found == []  # 10 + 20 + 20 + 30 + 20 = 100; 9.6 + 20 + 20 + 28 + 20 = 97.6


def test_an_indicator_score_off_the_total_is_found():
    text, found = findings(benefit_score="25")
    assert [f.rule for f in found] == ["FL101"]
    assert found[0].location.line == text.split("\n").index(next(l for l in text.split("\n") if l.startswith("总分"))) + 1
    assert "9.6" in found[0].message and "25" in found[0].message


def test_the_funding_score_is_part_of_the_total():
    # 6.6 + 88 = 94.6 (±2.05: the whole-number scores carry ±0.5 each), not 97.6;
    # and 10 × 96% = 9.6, not 6.6
    _, found = findings(funding_score="6.6")
    assert sorted(f.rule for f in found) == ["FL101", "FL301"]
    assert "6.6" in next(f for f in found if f.rule == "FL101").message


def test_a_funding_block_printed_apart_leaves_the_total_unchecked_when_its_points_are_missing():
    # prose between the blocks: the indicators hold 90 points, the form's 100
    # less the 10 of 预算执行率 scored in the funding block; that block's score
    # is not read with them, so the 总分 cannot be added up here
    def apart(total_points):
        lines = FORM.format(funding_score="9.6", benefit_score="28", total_points=total_points).split("\n")
        text = "\n".join(lines[:4] + ["", "二、绩效指标完成情况", "各项指标完成情况如下表。", ""] + lines[4:])
        return [f.rule for f in run(Document("form.txt", text), active_rules()).findings]

    assert apart("100") == []
    assert apart("95").count("FL101") == 2  # neither 90 nor 90 + 10: the points and the scores


def test_an_indicator_row_is_named_by_its_indicator_not_its_target():
    from fiscallint.understanding.table_text import find_tables

    text = FORM.format(funding_score="9.6", benefit_score="28", total_points="100")
    indicators = find_tables(text)[-1]
    labels = [r.label for r in indicators.rows]
    assert labels[0] == "养护道路里程"  # not its target "≥40公里"
    assert labels[-1] == "总分"
    _, found = findings(benefit_score="25")
    assert "养护道路里程 20" in found[0].message


DEPARTMENT = """2024年度部门整体支出绩效自评表
| 年度预算申请（万元） | 年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分 |
| 年度资金总额 | 1,120.50 | 1,486.30 | 1,452.16 | 10 | 97.70% | 9.77 |
| 按收入性质分：1,486.30 | | | 按支出性质分：1,452.16 | | | |
| 其中：一般公共预算：1,302.80 | | | 其中：基本支出：768.42 | | | |
| 政府性基金拨款：120.00 | | | 项目支出：683.74 | | | |
| 其他资金：{other} | | | | | | |
"""


def test_a_row_with_only_its_first_cell_filled_is_kept():
    # "| 其他资金：63.50 | | |": one cell after the opening bar, a row all the same
    found = run(Document("form.txt", DEPARTMENT.format(other="63.50")), active_rules()).findings
    assert found == []  # 1,302.80 + 120.00 + 63.50 = 1,486.30
    found = run(Document("form.txt", DEPARTMENT.format(other="36.50")), active_rules()).findings
    assert [f.rule for f in found] == ["FL101"] and "36.50" in found[0].message


INDICATORS = """项目支出绩效自评表
| 一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 |
| 产出指标 | 数量指标 | 改造户厕数量 | ≥500户 | {done}户 | 15 | 15 |
| 产出指标 | 质量指标 | 验收合格率 | 100% | 98% | 15 | 14.7 |
| 产出指标 | 时效指标 | 完工及时率 | 100% | 100% | 10 | 10 |
| 效益指标 | 社会效益指标 | 农村卫生厕所普及率 | ≥90% | 91.5% | 20 | 20 |
| 满意度指标 | 服务对象满意度指标 | 群众满意度 | ≥90% | 96.2% | 10 | 10 |
| 总分 | | | | | 70 | {total} |
"""


def test_a_target_written_with_its_comparison_is_the_rows_target():
    # ≥500户 is the 年度指标值 of its row: 450 done of 500 earns 15 × 0.9 = 13.5, not 15
    found = run(Document("form.txt", INDICATORS.format(done="450", total="69.7")), active_rules()).findings
    assert [f.rule for f in found] == ["FL301"] and "500户" in found[0].message and "450户" in found[0].message


CEILING = """项目支出绩效自评表
| 一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 |
| 产出指标 | 成本指标 | 户均改厕成本 | ≤3000元 | {cost}元 | 10 | {score} |
| 满意度指标 | 服务对象满意度指标 | 群众满意度 | ≥90% | 96.2% | 10 | 10 |
| 总分 | | | | | 20 | {total} |
"""


def test_a_ceiling_is_scored_the_other_way():
    """≤3000元: at or under it earns the full points, over it the target's
    share of what was spent (3000 / 3750 of 10 = 8)."""
    def rules(**cells):
        return [f.rule for f in run(Document("form.txt", CEILING.format(**cells)), active_rules()).findings]

    assert rules(cost="2900", score="10", total="20") == []
    assert rules(cost="3750", score="8", total="18") == []
    assert rules(cost="3750", score="10", total="20") == ["FL301"]
    assert rules(cost="2900", score="8", total="18") == ["FL301"]
