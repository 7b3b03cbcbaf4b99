"""Tables copied out of Word as text: cells split by single tabs, some of
them blank. Each tab keeps its cell's place, so a blank cell neither shifts
the cells after it nor ends the table. Every figure is invented."""
from __future__ import annotations

from fiscallint.engine import active_rules, run
from fiscallint.reading import Document
from fiscallint.understanding.table_text import find_tables

SANGONG = ("表3 “三公”经费支出决算表\n单位：万元\n"
           "项目\t上年决算数\t本年决算数\t增减额\t增减率\n"
           "合计\t21.30\t{total}\t-2.70\t-12.68%\n"
           "因公出国（境）费\t\t0.00\t\t\n"
           "公务用车购置及运行维护费\t14.10\t12.40\t-1.70\t-12.06%\n"
           "公务接待费\t7.20\t6.20\t-1.00\t-13.89%\n")

TWO_SIDED = ("表1 收入支出决算总表\n单位：万元\n"
             "收入\t金额\t支出\t金额\n"
             "一、一般公共预算财政拨款收入\t1,286.45\t一、一般公共服务支出\t702.10\n"
             "二、政府性基金预算财政拨款收入\t120.00\t二、社会保障和就业支出\t215.36\n"
             "三、事业收入\t35.20\t三、卫生健康支出\t98.74\n"
             "\t\t四、农林水支出\t425.45\n"
             "本年收入合计\t1,441.65\t本年支出合计\t{spent}\n"
             "年初结转和结余\t56.30\t年末结转和结余\t56.30\n"
             "总计\t1,497.95\t总计\t1,497.95\n")


def findings(text: str):
    return run(Document("r.txt", text), active_rules()).findings


def test_a_blank_cell_keeps_its_place():
    (table,) = find_tables(SANGONG.format(total="18.60"))
    assert table.header == ["项目", "上年决算数", "本年决算数", "增减额", "增减率"]
    assert [r.label for r in table.rows] == ["合计", "因公出国（境）费", "公务用车购置及运行维护费", "公务接待费"]
    blank_row = table.rows[1]
    # a tab for every cell: the blank last cells keep their places too
    assert [c.text for c in blank_row.cells] == ["因公出国（境）费", "", "0.00", "", ""]


def test_the_table_with_blank_cells_is_checked_whole():
    assert findings(SANGONG.format(total="18.60")) == []
    found = findings(SANGONG.format(total="16.80"))
    assert found and {f.rule for f in found} <= {"FL101", "FL108"}
    assert all(f.location.line == 4 for f in found)  # the 合计 row
    assert any("合计" in f.message and "12.40" in f.message for f in found)


def test_a_side_left_blank_does_not_end_a_two_sided_table():
    assert findings(TWO_SIDED.format(spent="1,441.65")) == []
    found = findings(TWO_SIDED.format(spent="1,414.65"))
    # the 支出 side's rows against 本年支出合计, and 本年支出合计 + 年末结转 against 总计
    assert [f.rule for f in found] == ["FL101", "FL101"]
    assert "425.45" in found[0].message and "本年支出合计" in found[0].message
    assert "56.30" in found[1].message and "but 总计 is stated" in found[1].message


def test_rows_with_every_cell_filled_are_left_to_the_columns_reader():
    text = "项目\t预算数\t决算数\n合计\t30.00\t25.00\n公务接待费\t30.00\t25.00\n"
    (table,) = find_tables(text)
    assert table.layout == "columns" and len(table.rows) == 2
