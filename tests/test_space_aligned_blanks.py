"""A table exported from PDF with its columns kept by spaces, some cells
blank: a row with no figures ("因公出国（境）费" alone) or only some of them
is a row of the table, each figure under the column it stands in. Every
figure is invented."""
from __future__ import annotations

import unicodedata

from fiscallint.engine import active_rules, run
from fiscallint.reading import Document
from fiscallint.understanding.analysis import analyse
from fiscallint.understanding.table_model import side_models
from fiscallint.understanding.table_text import find_tables

from test_classification_tables import split_table

SANGONG = """表7 “三公”经费支出决算表
单位：万元
项目                          上年决算数    本年决算数    增减额     增减率
合计                              12.40         10.00     -2.40    -19.35%
因公出国（境）费
公务用车购置及运行维护费           8.00          7.00     -1.00    -12.50%
  其中：公务用车购置费
        公务用车运行维护费         8.00          7.00     -1.00    -12.50%
公务接待费                         4.40          {this}     {change}    -31.82%
会议费                             0.60
"""


def sangong(this: str = "3.00", change: str = "-1.40") -> str:
    return SANGONG.format(this=this, change=change)


def test_rows_with_blank_cells_are_rows_of_the_table():
    (table,) = find_tables(sangong())
    assert [r.label for r in table.rows][:3] == ["合计", "因公出国（境）费", "公务用车购置及运行维护费"]
    assert "其中：公务用车购置费" in [r.label for r in table.rows]
    assert all(len(r.cells) == len(table.header) for r in table.rows[:-1])


def test_a_consistent_table_with_blank_cells_is_silent_and_a_slip_is_found_in_its_row():
    assert run(Document("r.txt", sangong()), active_rules()).findings == []
    found = run(Document("r.txt", sangong(change="-1.10")), active_rules()).findings
    assert {f.rule for f in found} == {"FL108"}
    row = next(f for f in found if f.location.line == 9)
    assert "4.40" in row.message and "3.00" in row.message and "-1.10" in row.message


def test_a_lone_figure_stands_under_its_own_column():
    text = sangong().replace("会议费                             0.60",
                             "会议费                                           0.60")
    (table,) = find_tables(text)
    last = table.rows[-1]
    assert [c.text for c in last.cells] == ["会议费", "", "0.60", "", ""]


def spaced(text: str) -> str:
    """A ``|`` table laid out as a PDF's text: each column padded to its
    widest cell (a Chinese character two wide), blank cells as spaces."""
    def width(s: str) -> int:
        return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in s)
    lines = text.splitlines()
    rows = [[c.strip() for c in line.strip()[1:-1].split("|")] if line.startswith("|") else None for line in lines]
    widths = [max(width(r[c]) for r in rows if r and c < len(r)) for c in range(max(len(r) for r in rows if r))]
    out = [line if r is None else "  ".join(cell + " " * (widths[c] - width(cell)) for c, cell in enumerate(r)).rstrip()
           for line, r in zip(lines, rows)]
    return "\n".join(out) + "\n"


def test_a_spaced_classification_table_with_split_codes_nests_and_checks():
    for repeat in (True, False):
        text = spaced(split_table(repeat_levels=repeat))
        (model,) = side_models(analyse(Document("r.txt", text)))
        labels = [r.label for r in model.rows]
        parent = {r.label: (labels[r.parent] if r.parent is not None else None) for r in model.rows}
        assert parent["行政运行"] == "政府办公厅（室）及相关机构事务", repeat
        assert parent["人大事务"] == "一般公共服务支出", repeat
        assert run(Document("r.txt", text), active_rules()).findings == [], repeat
        found = run(Document("r.txt", spaced(split_table("625.30", repeat_levels=repeat))), active_rules()).findings
        assert {f.rule for f in found} == {"FL101"}, repeat
        assert "626.70" in " ".join(f.message for f in found), repeat


def test_prose_after_a_table_is_not_taken_for_a_row():
    text = sangong() + "注：本年度未发生因公出国（境）费，会议费支出0.60万元。\n公务接待费下降的主要原因是压减接待批次。\n"
    (table,) = find_tables(text)
    assert table.rows[-1].label == "会议费"


TWO_SIDES = """
收入支出决算总表
单位：万元
收入                                        支出
项目                      决算数            项目                              决算数
一、一般公共预算财政拨款收入   1,180.60      一、一般公共服务支出                  702.40
二、政府性基金预算财政拨款收入    56.00      二、社会保障和就业支出                174.60
三、国有资本经营预算财政拨款收入             三、卫生健康支出                       48.20
四、上级补助收入                             四、农林水支出                        359.50
五、事业收入                                 五、城乡社区支出                       56.00
六、其他收入                     104.10      六、住房保障支出                       41.10
本年收入合计                   1,340.70      本年支出合计                       1,381.80
使用非财政拨款结余                           结余分配
年初结转和结余                    58.40      年末结转和结余                        17.30
总计                           1,399.10      总计                               1,399.10
"""


def test_a_two_sided_table_keeps_rows_with_one_side_blank():
    """收入 on the left, 支出 on the right: a row whose 收入 figure is blank,
    or that names its rows and leaves both figures blank, stays in the table;
    the 本年收入合计 is checked against every 收入 row."""
    assert run(Document("r.txt", TWO_SIDES), active_rules()).findings == []
    slipped = TWO_SIDES.replace("六、其他收入                     104.10", "六、其他收入                     140.10")
    found = run(Document("r.txt", slipped), active_rules()).findings
    assert [f.rule for f in found] == ["FL101"]
    assert "140.10" in found[0].message and "1,340.70" in found[0].message


BASIC = """表3
一般公共预算财政拨款基本支出决算表
单位：万元
人员经费                                  公用经费
科目名称                         决算数   科目名称               决算数
工资福利支出                     427.62   商品和服务支出          96.43
  基本工资                       150.20     办公费                18.40
  津贴补贴                        98.31     水费                   2.35
  奖金                            40.07     电费                   8.66
  机关事业单位基本养老保险缴费    60.18     邮电费                 3.10
  职业年金缴费                    24.09     差旅费                 9.72
  其他工资福利支出                54.77     公务接待费             3.05
对个人和家庭的补助                60.50     公务用车运行维护费    12.40
  生活补助                        60.50     其他商品和服务支出    38.75
人员经费合计                     488.12   公用经费合计            96.43
"""


def test_indented_labels_nest_the_rows_and_a_side_closes_with_its_own_total():
    """The 基本支出 table's two sides: 工资福利支出 heads the rows indented
    under it, and 人员经费合计 closes the side: it sums the rows at the
    left, not their parts again."""
    (left, right) = side_models(analyse(Document("r.txt", BASIC)))
    labels = [r.label for r in left.rows]
    parent = {r.label: (labels[r.parent] if r.parent is not None else None) for r in left.rows}
    assert parent["津贴补贴"] == "工资福利支出" and parent["生活补助"] == "对个人和家庭的补助"
    assert parent["工资福利支出"] == "人员经费合计" and parent["对个人和家庭的补助"] == "人员经费合计"
    assert run(Document("r.txt", BASIC), active_rules()).findings == []
    slipped = BASIC.replace("  津贴补贴                        98.31", "  津贴补贴                        89.31")
    (found,) = run(Document("r.txt", slipped), active_rules()).findings
    assert "工资福利支出" in found.message and "89.31" in found.message and "427.62" in found.message


def test_where_cells_stand_says_nothing_when_the_columns_are_no_grid():
    """Cells parted by four spaces wherever they fall: the second side's
    labels stand at many places, which is no indent."""
    rows = [("一、一般公共预算财政拨款收入", "1200.00", "一、一般公共服务支出", "800.00"),
            ("二、事业收入", "100.00", "  其他支出", "500.00"),
            ("本年收入合计", "1300.00", "本年支出合计", "1300.00")]
    text = "表1 收入支出决算总表\n单位：万元\n项目    决算数    项目    决算数\n" + \
        "\n".join("    ".join(r) for r in rows) + "\n"
    assert run(Document("r.txt", text), active_rules()).findings == []


PROJECT_FORM = """
项目支出绩效自评表
（2024年度）

项目名称：农村人居环境整治提升项目
主管部门：某县农业农村局          实施单位：某镇人民政府

项目资金（万元）     年初预算数   全年预算数   全年执行数   分值   执行率    得分
年度资金总额             120.00       135.00       128.40     10    95.11%   9.51
其中：当年财政拨款       120.00       120.00       113.40           94.50%
      上年结转资金                     15.00        15.00          100.00%
      其他资金

一级指标     二级指标             三级指标           年度指标值   实际完成值   分值   得分    偏差原因
产出指标     数量指标             改造户厕数量           ≥200户        212户     10      10
                                  清理沟渠长度          ≥15公里     15.6公里     10      10
             质量指标             验收合格率               ≥95%          97%     10      10
             时效指标             完工及时率               100%          92%     10     9.2   部分工程受雨季影响
             成本指标             户均改厕成本          ≤3000元       2900元     10      10
效益指标     社会效益指标         群众环境卫生意识   明显提升     明显提升       10       9   宣传覆盖不足
             生态效益指标         村庄环境整洁度     显著改善     显著改善       15      14
             可持续影响指标       长效管护机制       建立         已建立          5       5
满意度指标   服务对象满意度指标   群众满意度               ≥90%          93%     10      10
总分                                                                            100   96.71

"""


def test_a_spaced_project_self_evaluation_form_reads_its_blocks():
    """A 项目支出绩效自评表 as PDF text: the funding rows with blank cells keep
    their columns (执行率 under 执行率), the indicators' blank 一级/二级 cells
    make no tree, and the funding block's 10 points count in the 总分 though
    a blank 其他资金 row stands between them."""
    assert run(Document("r.txt", PROJECT_FORM), active_rules()).findings == []
    slipped = PROJECT_FORM.replace("113.40           94.50%", "113.40           95.40%")
    (found,) = run(Document("r.txt", slipped), active_rules()).findings
    assert found.rule == "FL103" and "113.40" in found.message and "120.00" in found.message


def test_a_total_score_two_points_off_is_found_though_scores_are_whole_numbers():
    """Whole-number scores could each be half a point off, and eight of them
    hide two points; but a full mark is at most its 分值, which bounds them."""
    slipped = PROJECT_FORM.replace("100   96.71", "100   98.71")
    found = run(Document("r.txt", slipped), active_rules()).findings
    assert [f.rule for f in found] == ["FL101"] and "98.71" in found[0].message
