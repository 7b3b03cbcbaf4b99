"""PDF reports and Excel workbooks: read into the same text and table model
as a Word report, with the page or the sheet and cell in every finding.

The PDFs under tests/fixtures/ and the examples are written by
examples/make_pdf_xlsx.py (reportlab, a CJK font); workbooks are written
here with openpyxl.
"""
from __future__ import annotations

import io
import os
import re
import subprocess
import sys
import zipfile
from pathlib import Path

import openpyxl
import pytest

from fiscallint.engine import active_rules, run
from fiscallint.reading import InputError, read_document
from fiscallint.reading.xlsx import shown

ROOT = Path(__file__).resolve().parent.parent
FIX = ROOT / "tests" / "fixtures"
EXAMPLES = ROOT / "examples"
sys.path.insert(0, str(EXAMPLES))
from make_pdf_xlsx import with_cached_values  # noqa: E402

RULES = active_rules()


def check(path: Path):
    doc = read_document(path, str(path))
    return doc, run(doc, RULES).findings


def fl(*args):
    env = dict(os.environ)
    env.pop("FISCALLINT_DEBUG", None)
    env["PYTHONIOENCODING"] = "utf-8"
    proc = subprocess.run([sys.executable, "-m", "fiscallint", *map(str, args)], capture_output=True, env=env, timeout=300)
    out, err = proc.stdout.decode("utf-8"), proc.stderr.decode("utf-8")
    assert "Traceback" not in err and "Traceback" not in out
    return proc.returncode, out, err


# ---------------------------------------------------------------- PDF text
def test_prose_rejoined_across_line_and_page_breaks():
    doc = read_document(FIX / "prose.pdf")
    lines = doc.text.split("\n")
    # a paragraph wrapped over three lines (one break inside 项目支出): one line again
    para = next(ln for ln in lines if ln.startswith("2024年本年支出"))
    assert para.endswith("资金已按进度拨付到位。")
    assert "项目支出1,140.25万元。项目支出主要用于" in para
    # a paragraph that runs over the page break, past the footer and the next header
    para = next(ln for ln in lines if ln.startswith("2024年“三公”"))
    assert para.endswith("全年未安排因公出国（境）费用。")
    assert doc.where(doc.text.index("排因公出国")) == {"page": 2}
    assert doc.where(doc.text.index("2024年“三公”")) == {"page": 1}
    # headings stay lines of their own
    assert "一、部门整体支出情况" in lines and "二、绩效目标完成情况" in lines


def test_running_header_and_page_numbers_are_not_read():
    doc, findings = check(FIX / "prose.pdf")
    lines = doc.text.split("\n")
    assert lines[0] == "清河乡2024年度部门整体支出绩效自评报告"  # the title, not the running header
    assert doc.text.count("清河乡2024年度部门整体支出绩效自评报告") == 1
    assert not any(re.fullmatch(r"[-\s0-9]+", ln) for ln in lines if ln)
    assert "- 1 -" not in doc.text and "- 2 -" not in doc.text
    assert findings == []  # the report is consistent; no page number read as an amount


@pytest.mark.parametrize("name", ["table_ruled.pdf", "table_unruled.pdf"])
def test_table_with_and_without_ruling_lines(name):
    doc, findings = check(FIX / name)
    assert "项目 | 上年决算数 | 本年决算数 | 增减额 | 增减率" in doc.text
    assert "公务接待费 | 16.00 | 14.00 | -2.50 | -12.50%" in doc.text
    # the slipped -2.50 breaks its row (本年 − 上年) and the 合计 row's sum of
    # the column, both signed figures of the table
    assert sorted((f.rule, f.line) for f in findings) == [("FL108", 4), ("FL108", 6)]
    row = next(f for f in findings if f.line == 6)
    assert row.location.source == {"page": 1, "table": 1, "row": 4, "column": 4}
    assert "-2.50" in row.message and "本年决算数 14.00" in row.message


def test_merged_header_cell_spans_its_columns():
    rc, out, _ = fl("cat", "--tables", FIX / "table_merged_header.pdf")
    assert rc == 0
    assert "比上年增、减情况 › 增、减金额: 增减额" in out and "比上年增、减情况 › 增、减幅度: 增减率" in out
    _, findings = check(FIX / "table_merged_header.pdf")
    # the slipped cell (row 5) and the 合计 row whose column sum it breaks (row 3)
    assert sorted(f.location.source["row"] for f in findings if f.rule == "FL108") == [3, 5]
    assert all(f.location.source["column"] == 4 for f in findings if f.rule == "FL108")


def test_three_line_table_rules_only_across():
    doc, findings = check(FIX / "table_three_line.pdf")
    assert "基本支出 | 60.00 | 55.00" in doc.text
    f = next(f for f in findings if f.rule == "FL101")
    assert "基本支出 55.00" in f.message and "项目支出 41.00" in f.message
    assert f.location.source == {"page": 1, "table": 1, "row": 2, "column": 3}


def test_both_layouts_give_the_same_findings():
    def shape(path):
        return sorted((f.rule, f.location.line, f.message) for f in check(path)[1])

    assert shape(FIX / "table_ruled.pdf") == shape(FIX / "table_unruled.pdf")


def test_table_over_two_pages_is_one_table():
    doc, findings = check(FIX / "table_two_pages.pdf")
    assert doc.text.count("项目 | 决算数") == 1  # the header repeated on page 2 is left out
    sums = [f for f in findings if f.rule == "FL101"]
    assert len(sums) == 1
    assert "技能培训 2.10" in sums[0].message and "村道养护 12.00" in sums[0].message  # parts from both pages
    pages = {doc.where(doc.text.index(w))["page"] for w in ("村道养护", "技能培训")}
    assert pages == {1, 2}


def test_a_header_spanning_the_middle_and_a_repeated_second_header_row():
    # 公务用车购置及运行维护费 over 小计 | 购置费 | 运行费 and 公务接待费 merged down, on the PDF's
    # grid; a table whose next page prints only the header's second row again goes on
    doc, findings = check(FIX / "table_spans_and_repeats.pdf")
    assert [f.rule for f in findings if f.severity != "info"] == []
    assert doc.text.count("科目编码 | 科目名称") == 1
    rc, out, _ = fl("cat", "--tables", FIX / "table_spans_and_repeats.pdf")
    assert "公务用车购置及运行维护费 › 购置费" in out and "  [7] 公务接待费:" in out
    assert "政府办公厅（室）及相关机构事务 (part" in out  # under 201, across the page break


def test_page_in_text_and_json_output():
    rc, out, _ = fl("check", "--no-summary", FIX / "table_ruled.pdf")
    assert rc == 1
    assert "[page 1, table 1, row 4, column 4]" in out
    rc, out, _ = fl("check", "--format", "json", FIX / "table_ruled.pdf")
    import json

    sources = [f["source"] for f in json.loads(out)["findings"]]
    assert {"page": 1, "table": 1, "row": 4, "column": 4} in sources


def test_cat_shows_the_numbered_text_findings_use():
    rc, out, _ = fl("cat", "-n", FIX / "table_ruled.pdf")
    assert rc == 0
    numbered = dict(line.split("\t", 1) for line in out.splitlines() if "\t" in line)
    _, findings = check(FIX / "table_ruled.pdf")
    # each finding's line is the row it names in the text cat prints
    assert sorted(numbered[str(f.location.line)].split(" |")[0] for f in findings) == ["公务接待费", "合计"]


def test_pdf_recognised_by_its_bytes_not_its_name(tmp_path):
    renamed = tmp_path / "report.txt"
    renamed.write_bytes((FIX / "table_ruled.pdf").read_bytes())
    assert "公务接待费 | 16.00" in read_document(renamed).text


# ---------------------------------------------------------------- unreadable files
def _truncated_pdf(tmp_path):
    data = (FIX / "prose.pdf").read_bytes()
    p = tmp_path / "cut.pdf"
    p.write_bytes(data[: len(data) // 2])
    return p


def _truncated_xlsx(tmp_path):
    data = (EXAMPLES / "self_assessment.xlsx").read_bytes()
    p = tmp_path / "cut.xlsx"
    p.write_bytes(data[: len(data) // 2])
    return p


@pytest.mark.parametrize("make, words", [
    (lambda tmp: FIX / "scanned.pdf", "scanned"),
    (lambda tmp: FIX / "encrypted.pdf", "encrypted"),
    (_truncated_pdf, "truncated"),
    (_truncated_xlsx, "damaged"),
], ids=["scanned-pdf", "encrypted-pdf", "truncated-pdf", "truncated-xlsx"])
def test_unreadable_file_is_one_line_and_the_others_are_checked(tmp_path, make, words):
    bad = make(tmp_path)
    rc, out, err = fl("check", "--format", "json", bad, FIX / "table_ruled.pdf", EXAMPLES / "self_assessment.xlsx")
    assert rc == 2
    lines = [ln for ln in err.splitlines() if ln.strip()]
    assert len(lines) == 1 and bad.name in lines[0] and words in lines[0], err
    import json

    paths = {Path(f["path"]).name for f in json.loads(out)["findings"]}
    assert paths == {"table_ruled.pdf", "self_assessment.xlsx"}
    with pytest.raises(InputError):
        read_document(bad)


# ---------------------------------------------------------------- Excel
def _book(tmp_path, fill, name="book.xlsx"):
    wb = openpyxl.Workbook()
    fill(wb)
    p = tmp_path / name
    wb.save(p)
    return p


def test_merged_cells_are_counted_once(tmp_path):
    def fill(wb):
        ws = wb.active
        ws.title = "决算表"
        ws.append(["项目", "上年决算数", "本年决算数"])
        ws.append(["合计", 30, 33])
        ws.append(["基本支出", 10, 11])
        ws.append(["项目支出", 20, 22])
        ws.merge_cells("B2:B3")  # the merged value is one cell, at its first
    doc = read_document(_book(tmp_path, fill))
    lines = doc.text.split("\n")
    assert "合计 | 30 | 33" in lines
    assert "基本支出 | 11" in lines  # the covered cell is left out, not repeated
    start = doc.text.index("11")
    assert doc.where(start)["cell"] == "C3" and doc.where(start)["sheet"] == "决算表"


def test_cached_formula_values_are_used_never_evaluated(tmp_path):
    def fill(wb):
        ws = wb.active
        ws.title = "支出"
        ws.append(["项目", "决算数"])
        ws.append(["合计", "=SUM(B3:B4)"])
        ws.append(["基本支出", 40.5])
        ws.append(["项目支出", 60.25])
    p = _book(tmp_path, fill)
    with_cached_values(p, {"xl/worksheets/sheet1.xml": {"B2": "110.75"}})  # the value Excel stored: wrong by 10
    doc, findings = check(p)
    assert "合计 | 110.75" in doc.text and "SUM" not in doc.text
    f = next(f for f in findings if f.rule == "FL101")
    assert f.location.source["cell"] == "B2" and "100.750" in f.message


def test_formula_without_cached_value_is_empty_not_computed(tmp_path):
    def fill(wb):
        ws = wb.active
        ws.append(["项目", "决算数"])
        ws.append(["合计", "=B3+B4"])
        ws.append(["基本支出", 1])
        ws.append(["项目支出", 2])
    doc = read_document(_book(tmp_path, fill))
    assert "合计\n" in doc.text and "=B3" not in doc.text and "| 3" not in doc.text


@pytest.mark.parametrize("value, fmt, text", [
    (12.3456, "0.00", "12.35"),
    (12.3, "0.00", "12.30"),
    (1234.5, "#,##0.00", "1,234.50"),
    (0.12345, "0.00%", "12.35%"),
    (0.1 + 0.2, "General", "0.3"),
    (5.0, "General", "5"),
    (7, "0", "7"),
    (-0.001, "0.00", "0.00"),
    (3.5, '0.0"万元"', "3.5"),
    (__import__("datetime").datetime(2024, 12, 31), "yyyy-mm-dd", "2024年12月31日"),
])
def test_a_number_is_read_as_its_cell_shows_it(value, fmt, text):
    assert shown(value, fmt) == text


def test_displayed_precision_is_the_rounding(tmp_path):
    def fill(wb):
        ws = wb.active
        ws.append(["项目", "决算数"])
        ws.append(["合计", 30.004])  # shows 30.00: stands for [29.995, 30.005]
        ws.append(["基本支出", 10.0049])
        ws.append(["项目支出", 19.9951])
        for r in (2, 3, 4):
            ws.cell(r, 2).number_format = "0.00"
    _, findings = check(_book(tmp_path, fill))
    assert findings == []  # 10.00 + 20.00 = 30.00 as shown


def test_hidden_rows_and_sheets_are_skipped_and_said_in_cat():
    doc, findings = check(EXAMPLES / "self_assessment.xlsx")
    assert "试算" not in doc.text and "草稿" not in doc.text
    assert any("hidden row(s) 13" in n for n in doc.notes) and any("草稿 is hidden" in n for n in doc.notes)
    rc, out, err = fl("cat", EXAMPLES / "self_assessment.xlsx")
    assert rc == 0 and "hidden row(s) 13" in err and "草稿 is hidden" in err and "试算" not in out
    cells = {f.location.source["cell"] for f in findings}
    assert {"D5", "C16"} <= cells


def test_finding_names_sheet_and_cell_in_text_output():
    rc, out, _ = fl("check", "--no-summary", EXAMPLES / "self_assessment.xlsx")
    assert rc == 1 and "[sheet 自评表, D5]" in out
    import json

    rc, out, _ = fl("check", "--format", "json", EXAMPLES / "self_assessment.xlsx")
    assert {"sheet": "自评表", "cell": "D5"} in [f["source"] for f in json.loads(out)["findings"]]


# ---------------------------------------------------------------- one report, three formats
def _strip(message: str) -> str:
    return re.sub(r"\s*\(line \d+:\d+\)", "", message)


def test_same_report_gives_the_same_findings_as_docx_pdf_and_xlsx():
    _, from_docx = check(EXAMPLES / "shiqiao_report.docx")
    _, from_pdf = check(EXAMPLES / "shiqiao_report.pdf")
    _, from_xlsx = check(EXAMPLES / "shiqiao_report.xlsx")
    docx_all = sorted((f.rule, _strip(f.message)) for f in from_docx)
    assert len(docx_all) == 4
    assert sorted((f.rule, _strip(f.message)) for f in from_pdf) == docx_all
    in_tables = sorted((f.rule, _strip(f.message)) for f in from_docx if "table" in (f.location.source or {}))
    assert len(in_tables) == 3
    assert sorted((f.rule, _strip(f.message)) for f in from_xlsx) == in_tables


# ---------------------------------------------------------------- start-up
def test_no_pdf_or_excel_library_imported_for_a_text_report(tmp_path):
    p = tmp_path / "r.txt"
    p.write_text("本年支出100.00万元，其中：基本支出60.00万元，项目支出40.00万元。\n", encoding="utf-8")
    code = ("import sys\nfrom fiscallint.cli import main\nsys.argv=['fiscallint','check','--no-cache',%r]\n"
            "try:\n    main()\nexcept SystemExit:\n    pass\n"
            "bad=[m for m in sys.modules if m.split('.')[0] in ('pdfplumber','pdfminer','openpyxl','xlrd','pypdfium2')]\n"
            "sys.stderr.write('LOADED:'+','.join(bad))\n") % str(p)
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, timeout=120)
    err = proc.stderr.decode()
    assert "LOADED:" in err and err.split("LOADED:")[1].strip() == ""


# ---------------------------------------------------------------- legacy .xls (and a WPS .et in that format)
@pytest.mark.parametrize("name", ["legacy.xls", "legacy.et"])
def test_legacy_workbook_read_without_an_office_suite(tmp_path, name):
    p = tmp_path / name
    p.write_bytes((FIX / "legacy.xls").read_bytes())  # an .et saved by WPS in the .xls format is the same file
    doc, findings = check(p)
    assert "基本支出 | 10.00 | 12.00" in doc.text  # 10.004 formatted 0.00
    assert "试算" not in doc.text and "草稿" not in doc.text  # hidden row and sheet
    assert doc.text.count("支出决算表") == 1  # the merged title once
    assert [(f.rule, f.location.source["cell"]) for f in findings] == [("FL101", "C3")]


def test_damaged_xls_is_one_line(tmp_path):
    data = (FIX / "legacy.xls").read_bytes()
    p = tmp_path / "cut.xls"
    p.write_bytes(data[:data.index("Workbook".encode("utf-16-le")) + 200])  # its directory kept, cut short
    rc, out, err = fl("check", "--format", "json", p)
    assert rc == 2 and len(err.strip().splitlines()) == 1 and "cut.xls" in err and "damaged .xls" in err
    import json

    assert json.loads(out)["findings"] == []  # nothing of xlrd's on standard output


def test_glyphs_drawn_twice_are_deduplicated_only_then():
    from fiscallint.reading.pdf import _doubled

    def ch(t, x):
        return {"text": t, "x0": x, "top": 100.0}

    assert _doubled([ch("支", 10.0), ch("支", 10.3), ch("出", 21.0)])  # a faked bold
    assert not _doubled([ch("1", 10.0), ch("1", 15.5), ch("0", 21.0)])  # "110": the same digit, apart


def test_glyphs_without_characters_are_refused(tmp_path, monkeypatch):
    """A PDF whose fonts have no Unicode map reads as (cid:N): refused, not checked as noise."""
    import pdfplumber.page

    real = pdfplumber.page.Page.chars

    def unmapped(self):
        return [dict(c, text=f"(cid:{i})") for i, c in enumerate(real.fget(self))]

    monkeypatch.setattr(pdfplumber.page.Page, "chars", property(unmapped))
    with pytest.raises(InputError, match="cid"):
        read_document(FIX / "table_ruled.pdf")


def test_hidden_rows_and_sheets_read_when_asked(tmp_path):
    rc, out, err = fl("cat", "--hidden", EXAMPLES / "self_assessment.xlsx")
    assert rc == 0 and "（已删除的试算行） | 99 | 99" in out and "草稿" in out and "read too" in err
    book = tmp_path / "book.xlsx"
    book.write_bytes((EXAMPLES / "self_assessment.xlsx").read_bytes())
    (tmp_path / "fiscallint.toml").write_text("hidden = true\n", encoding="utf-8")
    import json

    rc, out, _ = fl("check", "--no-cache", "--format", "json", book)
    totals = [f for f in json.loads(out)["findings"] if f["source"]["cell"] == "C16"]
    assert totals and "99" in totals[0]["message"]  # the hidden row is now one of the parts
    (tmp_path / "fiscallint.toml").write_text('hidden = "yes"\n', encoding="utf-8")
    rc, _, err = fl("check", book)
    assert rc == 2 and "hidden" in err


def test_a_two_sided_sheets_row_naming_both_sides_with_no_figures_is_no_header(tmp_path):
    # "六、上级补助收入 | | 六、科学技术支出 |" before a row with figures: a row of the
    # 收支总表 whose amounts are blank, not the header of another table
    def fill(wb):
        ws = wb.active
        ws.title = "收支总表"
        ws.append(["收入", None, "支出", None])
        ws.append(["项目", "预算数", "项目", "预算数"])
        ws.append(["一、一般公共预算拨款收入", 500.00, "一、一般公共服务支出", 300.00])
        ws.append(["二、政府性基金预算拨款收入", 100.00, "二、教育支出", None])
        ws.append(["三、其他收入", None, "三、科学技术支出", None])
        ws.append([None, None, "四、社会保障和就业支出", 180.00])
        ws.append([None, None, "五、农林水支出", 120.00])
        ws.append(["本年收入合计", 600.00, "本年支出合计", 600.00])
        for row in ws.iter_rows(min_row=3):
            for c in row:
                if isinstance(c.value, float):
                    c.number_format = "#,##0.00"
    path = _book(tmp_path, fill)
    assert [f.rule for f in check(path)[1] if f.severity != "info"] == []


def _three_costs_sheet(ws, reception_final=3.40):
    """A 久其-style 三公 sheet: 预算数 and 决算数 each over the same columns, a
    middle name spanning 小计 | 购置费 | 运行费, names merged down over a row the
    merge leaves blank, then the columns' numbers (栏次) and one row of amounts."""
    ws.title = "财决08表"
    ws.append(["一般公共预算财政拨款“三公”经费支出决算表"])
    ws.append(["编制单位：某县某局", None, None, None, None, None, "金额单位：万元"])
    ws.append(["项目", "预算数", None, None, None, None, None, "决算数"])
    names = ["合计", "因公出国（境）费", "公务用车购置及运行费", None, None, "公务接待费"]
    ws.append([None, *names, *names])
    subs = [None, None, "小计", "购置费", "运行费", None]
    ws.append([None, *subs, *subs])
    ws.append(["栏次", *range(1, 13)])
    ws.append(["金额", 20.00, None, 15.00, 9.00, 6.00, 5.00, 18.40, None, 15.00, 9.00, 6.00, reception_final])
    for cell in ws[7][1:]:
        cell.number_format = "0.00"
    for rng in ("B3:G3", "H3:M3", "A3:A5", "D4:F4", "J4:L4"):
        ws.merge_cells(rng)
    for col in "BCGHIM":
        ws.merge_cells(f"{col}4:{col}5")


def test_a_form_repeating_its_columns_per_block_is_checked_in_each_block(tmp_path):
    # 合计 = 出国 + 用车 + 接待 in the 预算数 block and again in the 决算数 block
    ok = _book(tmp_path, lambda wb: _three_costs_sheet(wb.active))
    assert [f.rule for f in check(ok)[1] if f.severity != "info"] == []
    slipped = _book(tmp_path, lambda wb: _three_costs_sheet(wb.active, reception_final=4.30), "slipped.xlsx")
    found = [f for f in check(slipped)[1] if f.severity != "info"]
    assert [f.rule for f in found] == ["FL101"] and "4.30" in found[0].message


def test_a_header_row_a_merge_left_blank_does_not_cut_the_table(tmp_path):
    def fill(wb):
        ws = wb.active
        ws.title = "收入决算表"
        ws.append(["项目", "行次", "本年收入合计", "财政拨款收入", "其他收入"])
        ws.append([None, None, None, None, None])  # every name merged down over it
        ws.append(["栏次", None, "1", "2", "3"])
        ws.append(["合计", 1, 90.00, 60.00, 30.00])
        ws.append(["一般公共服务支出", 2, 50.00, 40.00, 10.00])
        ws.append(["农林水支出", 3, 40.00, 20.00, 20.00])
        for col in "ABCDE":
            ws.merge_cells(f"{col}1:{col}2")
    doc, findings = check(_book(tmp_path, fill))
    assert [f.rule for f in findings] == []  # (行次 1, 2, 3 are no amounts: no sum is made of them)
    assert "项目 | 行次 | 本年收入合计 | 财政拨款收入 | 其他收入\n栏次" in doc.text


def test_a_workbooks_sheet_names_are_no_headings(tmp_path):
    # tabs numbered after the national forms, one left out: no jump in a heading's numbers
    def fill(wb):
        for n, name in enumerate(["1.收入支出决算总表", "2.收入决算表", "4.财政拨款收支总表"]):
            ws = wb.active if n == 0 else wb.create_sheet()
            ws.title = name
            ws.append(["项目", "金额"])
            ws.append(["合计", 10.00])
    assert [f.rule for f in check(_book(tmp_path, fill))[1]] == []
