"""The national 收入支出决算总表 as a Word table copied to `|` rows: two
sides (收入 | 支出), each with a 行次 column, and a 栏次 row numbering the
columns. The 行次 cells name no figure and stand between a row's 支出 name
and its amount; the 栏次 row is no row of figures. Every figure is invented."""
from __future__ import annotations

from fiscallint.engine import active_rules, run
from fiscallint.reading import Document
from fiscallint.understanding.analysis import analyse
from fiscallint.understanding.table_model import side_models

TABLE = """收入支出决算总表
编制单位：某镇人民政府                    单位：万元
| 项目 | 行次 | 金额 | 项目 | 行次 | 金额 |
| 栏次 | | 1 | 栏次 | | 2 |
| 一、一般公共预算财政拨款收入 | 1 | 1,286.45 | 一、一般公共服务支出 | 32 | 702.10 |
| 二、政府性基金预算财政拨款收入 | 2 | 120.00 | 二、社会保障和就业支出 | 33 | 215.36 |
| 三、事业收入 | 3 | 35.20 | 三、卫生健康支出 | 34 | 98.74 |
| | 4 | | 四、农林水支出 | 35 | 425.45 |
| 本年收入合计 | 5 | 1,441.65 | 本年支出合计 | 36 | {spent} |
| 使用非财政拨款结余 | 6 | 0.00 | 结余分配 | 37 | 0.00 |
| 年初结转和结余 | 7 | 56.30 | 年末结转和结余 | 38 | 56.30 |
| 总计 | 8 | 1,497.95 | 总计 | 39 | 1,497.95 |
"""


def test_each_side_is_a_tree_under_its_totals():
    sides = side_models(analyse(Document("r.txt", TABLE.format(spent="1,441.65"))))
    assert len(sides) == 2
    spending = sides[1]
    by_label = {r.label: r for r in spending.rows}
    assert by_label["栏次"].kind == "column numbers"
    assert spending.rows[by_label["四、农林水支出"].parent].label == "本年支出合计"
    assert spending.rows[by_label["本年支出合计"].parent].label == "总计"


def test_the_consistent_table_is_silent_and_a_slip_is_named_by_its_side():
    assert run(Document("r.txt", TABLE.format(spent="1,441.65")), active_rules()).findings == []
    found = run(Document("r.txt", TABLE.format(spent="1,414.65")), active_rules()).findings
    assert [f.rule for f in found] == ["FL101", "FL101"]
    rows_sum, grand_total = found
    assert "425.45" in rows_sum.message and "row 本年支出合计" in rows_sum.message
    # the 支出 side's figures are named by the 支出 side's labels, past the 行次 cells
    assert "本年支出 1,414.65" in grand_total.message and "结余分配 0.00" in grand_total.message
    assert "本年收入" not in grand_total.message
