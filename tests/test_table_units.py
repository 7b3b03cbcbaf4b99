"""A table that declares no unit takes the prose's money unit for its amount
columns (marked assumed); its 增减额 column is in that same unit, so
本年 − 上年 is compared with 增减额 in one unit. Every figure is invented."""
from __future__ import annotations

import docx

from fiscallint.engine import active_rules, run
from fiscallint.reading import Document, read_document

PROSE = "2024年度“三公”经费财政拨款支出决算为18.60万元，比上年决算减少2.70万元，下降12.68%。"
ROWS = [("合计", "21.30", "18.60", "{change}", "-12.68%"),
        ("公务用车购置及运行维护费", "14.10", "12.40", "-1.70", "-12.06%"),
        ("公务接待费", "7.20", "6.20", "-1.00", "-13.89%")]


def pipe_text(change: str) -> str:
    rows = ["| 项目 | 上年决算数 | 本年决算数 | 增减额 | 增减率 |"]
    rows += ["| " + " | ".join(c.format(change=change) for c in r) + " |" for r in ROWS]
    return PROSE + "\n" + "\n".join(rows) + "\n"


def word_file(tmp_path, change: str):
    d = docx.Document()
    d.add_paragraph(PROSE)
    t = d.add_table(rows=1 + len(ROWS), cols=5)
    for j, name in enumerate(["项目", "上年决算数", "本年决算数", "增减额", "增减率"]):
        t.cell(0, j).text = name
    for i, r in enumerate(ROWS, start=1):
        for j, c in enumerate(r):
            t.cell(i, j).text = c.format(change=change)
    path = tmp_path / "report.docx"
    d.save(path)
    return read_document(path)


def findings(doc):
    return run(doc, active_rules()).findings


def test_a_change_column_is_in_the_amounts_unit(tmp_path):
    assert findings(Document("r.txt", pipe_text("-2.70"))) == []
    assert findings(word_file(tmp_path, "-2.70")) == []


def test_a_change_off_its_columns_is_found_in_their_unit(tmp_path):
    for doc in (Document("r.txt", pipe_text("-2.20")), word_file(tmp_path, "-2.20")):
        found = findings(doc)
        # 18.60 − 21.30 against 增减额, and the rows' changes against the 合计's
        assert {f.rule for f in found} == {"FL108"} and all(f.location.line == 3 for f in found)
        assert any("computed -2.700万元" in f.message and "-2.20" in f.message for f in found)
