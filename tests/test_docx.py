"""Word reports (.docx): the text rendering fiscallint checks, findings
located in the document (paragraph, or table/row/column), and the files
that cannot be read (.doc, .wps, damaged .docx), which must give one line
naming the file and exit 2.

Every document is built here with python-docx from invented figures, except
the two examples (examples/make_docx.py writes them).
"""
from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import zipfile
from dataclasses import dataclass
from pathlib import Path

import docx
import pytest

from fiscallint.engine import active_rules, run
from fiscallint.reading import read_document
from fiscallint.understanding.table_text import find_tables

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "examples"
OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


# ---------------------------------------------------------------- helpers
@dataclass
class Result:
    rc: int
    out: str
    err: str

    def json(self) -> dict:
        return json.loads(self.out)


def fl(*args) -> Result:
    env = dict(os.environ)
    env.pop("FISCALLINT_DEBUG", None)
    env["PYTHONIOENCODING"] = "utf-8"
    proc = subprocess.run([sys.executable, "-m", "fiscallint", *map(str, args)], input=b"", capture_output=True,
                          env=env, timeout=300)
    out = proc.stdout.decode("utf-8", "replace")
    err = proc.stderr.decode("utf-8", "replace")
    assert "Traceback" not in out + err, out + err
    return Result(proc.returncode, out, err)


def one_line_error(r: Result, name: str, *words: str) -> str:
    lines = [ln for ln in r.err.splitlines() if ln.strip()]
    assert len(lines) == 1, r.err
    assert name in lines[0], lines[0]
    for w in words:
        assert w in lines[0], lines[0]
    return lines[0]


def fill(table, rows: list[list[str]]) -> None:
    for r, values in enumerate(rows):
        for c, value in enumerate(values):
            table.cell(r, c).text = value


def save(document, path: Path) -> Path:
    document.save(str(path))
    return path


def report(path: Path, paragraphs: list[str], rows: list[list[str]] | None = None, after: list[str] = ()) -> Path:
    """Paragraphs, then a table of ``rows`` (the first is the header), then
    more paragraphs."""
    d = docx.Document()
    for p in paragraphs:
        d.add_paragraph(p)
    if rows:
        fill(d.add_table(rows=len(rows), cols=len(rows[0])), rows)
    for p in after:
        d.add_paragraph(p)
    return save(d, path)


def rendering(path: Path) -> str:
    return read_document(path, path.name).text


def check(path: Path):
    return run(read_document(path, path.name), active_rules()).findings


def brief(findings) -> list[tuple]:
    return [(f.rule, f.line, f.column, f.location.source) for f in findings]


def col(line: str, number: str) -> int:
    return line.index(number) + 1


# ---------------------------------------------------------------- paragraphs and a table
PROSE = ["2024年度部门整体支出绩效自评报告",
         "2024年本年支出1,302.15万元，其中：基本支出840.05万元，项目支出462.10万元。"]
TABLE = [["项目（万元）", "年初预算数", "全年预算数", "全年执行数"],
         ["合计", "1,250.00", "1,380.40", "1,302.15"],
         ["基本支出", "820.00", "846.20", "840.05"],
         ["项目支出", "430.00", "534.20", "462.10"]]


def test_paragraphs_and_table_render_in_order(tmp_path):
    path = report(tmp_path / "r.docx", PROSE, TABLE, ["报告结束。"])
    r = fl("cat", path)
    assert r.rc == 0, r.err
    assert r.out == (
        "2024年度部门整体支出绩效自评报告\n"
        "2024年本年支出1,302.15万元，其中：基本支出840.05万元，项目支出462.10万元。\n"
        "项目（万元） | 年初预算数 | 全年预算数 | 全年执行数\n"
        "合计 | 1,250.00 | 1,380.40 | 1,302.15\n"
        "基本支出 | 820.00 | 846.20 | 840.05\n"
        "项目支出 | 430.00 | 534.20 | 462.10\n"
        "报告结束。\n"
    )
    numbered = fl("cat", "-n", path).out.splitlines()
    assert numbered[2].split("\t") == ["3", "项目（万元） | 年初预算数 | 全年预算数 | 全年执行数"]


def test_table_of_a_docx_is_read_as_a_table_with_its_unit(tmp_path):
    path = report(tmp_path / "r.docx", PROSE, TABLE)
    (t,) = find_tables(rendering(path))
    assert t.layout == "pipe"
    assert t.header == TABLE[0]
    assert t.unit == "万元"
    assert [r.label for r in t.rows] == ["合计", "基本支出", "项目支出"]


def test_where_names_paragraphs_and_cells(tmp_path):
    doc = read_document(report(tmp_path / "r.docx", PROSE, TABLE, ["报告结束。"]), "r.docx")
    text = doc.text
    assert doc.where(text.index("1,302.15")) == {"paragraph": 2}
    assert doc.where(text.index("报告结束")) == {"paragraph": 3}
    assert doc.where(text.index("846.20")) == {"table": 1, "row": 3, "column": 3}
    assert doc.where(text.index("项目支出 | 430")) == {"table": 1, "row": 4, "column": 1}


def test_consistent_docx_exits_0(tmp_path):
    path = report(tmp_path / "r.docx", PROSE, TABLE)
    assert check(path) == []
    r = fl("check", path)
    assert r.rc == 0, r.out + r.err


def test_broken_table_cell_is_located_in_the_table(tmp_path):
    rows = [list(r) for r in TABLE]
    rows[1][1] = "1,260.00"  # 820.00 + 430.00 = 1,250.00
    path = report(tmp_path / "r.docx", PROSE, rows)
    line = rendering(path).split("\n")[3]
    assert brief(check(path)) == [("FL101", 4, col(line, "1,260.00"), {"table": 1, "row": 2, "column": 2})]
    r = fl("check", "--format", "json", path)
    assert r.rc == 1
    (f,) = r.json()["findings"]
    assert f["source"] == {"table": 1, "row": 2, "column": 2}
    assert [x["source"] for x in f["related"]] == [{"table": 1, "row": 3, "column": 2}, {"table": 1, "row": 4, "column": 2}]
    text = fl("check", path).out
    first = text.splitlines()[0]
    assert first.startswith(f"{path}:4:{col(line, '1,260.00')}: FL101 [error] ")
    assert first.endswith("[table 1, row 2, column 2]")


def test_prose_finding_is_located_in_its_paragraph(tmp_path):
    prose = ["2024年度部门整体支出绩效自评报告", "",
             "2024年本年支出1,302.15万元，其中：基本支出840.05万元，项目支出472.10万元。"]
    path = report(tmp_path / "r.docx", prose)
    line = rendering(path).split("\n")[2]
    assert brief(check(path)) == [("FL101", 3, col(line, "1,302.15"), {"paragraph": 3})]
    (f,) = fl("check", "--format", "json", path).json()["findings"]
    assert f["source"] == {"paragraph": 3}
    assert all(x["source"] == {"paragraph": 3} for x in f["related"])
    assert fl("check", path).out.splitlines()[0].endswith("[paragraph 3]")


CROSS_ROWS = [["项目（万元）", "2024年预算数", "2024年决算数"],
              ["基本支出", "846.20", "840.05"],
              ["项目支出", "534.20", "462.10"]]


def test_prose_against_table_cell(tmp_path):
    # the prose says 基本支出 850.05 (决算, 2024); the table's 2024年决算数 says 840.05
    prose = ["2024年度部门整体支出绩效自评报告", "", "2024年基本支出850.05万元。", "附表：基础数据表"]
    path = report(tmp_path / "r.docx", prose, CROSS_ROWS)
    line = rendering(path).split("\n")[5]
    (f,) = check(path)
    assert (f.rule, f.line, f.column, f.location.source) == ("FL106", 6, col(line, "840.05"),
                                                             {"table": 1, "row": 2, "column": 3})
    assert [x.source for x in f.related] == [{"paragraph": 3}]
    # against the budget column only: another fact, no finding
    budget_only = [r[:2] for r in CROSS_ROWS]
    assert check(report(tmp_path / "b.docx", prose, budget_only)) == []


def test_paragraph_break_ends_the_title(tmp_path):
    prose = ["2024年度部门整体支出绩效自评报告", "2024年基本支出850.05万元。", "附表：基础数据表"]
    path = report(tmp_path / "r.docx", prose, CROSS_ROWS)
    assert [f.rule for f in check(path)] == ["FL106"]


# ---------------------------------------------------------------- merged cells
def merged_report(path: Path, total: str = "299.50") -> Path:
    d = docx.Document()
    d.add_paragraph("附表：支出决算表（万元）")
    t = d.add_table(rows=5, cols=4)
    fill(t, [["类别", "项目", "预算数", "决算数"],
             ["基本支出", "人员经费", "180.00", "172.40"],
             ["", "公用经费", "40.00", "36.10"],
             ["项目支出", "村道硬化", "100.00", "91.00"],
             ["合计", "", "320.00", total]])
    t.cell(1, 0).merge(t.cell(2, 0))  # vertical: 基本支出 over two rows
    t.cell(4, 0).merge(t.cell(4, 1)).text = "合计"  # horizontal: 合计 over two columns
    return save(d, path)


def test_merged_cells_are_counted_once(tmp_path):
    lines = rendering(merged_report(tmp_path / "m.docx")).split("\n")
    assert lines[1:6] == [
        "类别 | 项目 | 预算数 | 决算数",
        "基本支出 | 人员经费 | 180.00 | 172.40",
        " | 公用经费 | 40.00 | 36.10",  # the vertical merge's continuation: empty, not repeated
        "项目支出 | 村道硬化 | 100.00 | 91.00",
        "合计 | 320.00 | 299.50",  # the horizontal merge: one cell
    ]
    assert "基本支出" not in lines[3]


def test_merged_cells_keep_their_grid_columns(tmp_path):
    doc = read_document(merged_report(tmp_path / "m.docx"), "m.docx")
    text = doc.text
    assert doc.where(text.index("合计")) == {"table": 1, "row": 5, "column": 1}
    assert doc.where(text.index("320.00")) == {"table": 1, "row": 5, "column": 3}
    assert doc.where(text.index("299.50")) == {"table": 1, "row": 5, "column": 4}
    assert doc.where(text.index("公用经费")) == {"table": 1, "row": 3, "column": 2}


def test_merged_table_consistent_and_broken(tmp_path):
    assert check(merged_report(tmp_path / "ok.docx")) == []
    path = merged_report(tmp_path / "bad.docx", total="298.50")  # 172.40 + 36.10 + 91.00 = 299.50
    line = rendering(path).split("\n")[5]
    (f,) = check(path)
    assert (f.rule, f.line, f.column, f.location.source) == ("FL101", 6, col(line, "298.50"),
                                                             {"table": 1, "row": 5, "column": 4})
    assert "299.5" in f.message
    assert "[table 1, row 5, column 4]" in fl("check", path).out


# ---------------------------------------------------------------- nested tables
def nested_report(path: Path, rows_after: bool = False) -> Path:
    d = docx.Document()
    d.add_paragraph("附表：人员及经费情况")
    outer = d.add_table(rows=3 if rows_after else 2, cols=3)
    rows = [["项目（万元）", "预算数", "决算数"], ["基本支出", "200.00", "190.00"]]
    if rows_after:
        rows = [["项目（万元）", "预算数", "决算数"], ["合计", "300.00", "281.00"], ["基本支出", "200.00", "190.00"]]
        outer.add_row()
        rows.append(["项目支出", "100.00", "91.00"])
    fill(outer, rows)
    holder = outer.cell(len(rows) - (2 if rows_after else 1), 0)
    inner = holder.add_table(rows=3, cols=2)
    fill(inner, [["构成", "人数"], ["在职人员", "41"], ["离退休人员", "17"]])
    d.add_paragraph("第二张表：")
    fill(d.add_table(rows=2, cols=2), [["指标", "数值"], ["实有人员", "58"]])
    return save(d, path)


def test_nested_table_follows_its_row(tmp_path):
    path = nested_report(tmp_path / "n.docx")
    lines = rendering(path).split("\n")
    assert lines[:8] == [
        "附表：人员及经费情况",
        "项目（万元） | 预算数 | 决算数",
        "基本支出 | 200.00 | 190.00",
        "构成 | 人数",
        "在职人员 | 41",
        "离退休人员 | 17",
        "第二张表：",
        "指标 | 数值",
    ]
    doc = read_document(path, "n.docx")
    # tables are numbered in document order, the nested one included
    assert doc.where(doc.text.index("190.00")) == {"table": 1, "row": 2, "column": 3}
    assert doc.where(doc.text.index("41")) == {"table": 2, "row": 2, "column": 2}
    assert doc.where(doc.text.index("58")) == {"table": 3, "row": 2, "column": 2}
    assert doc.where(doc.text.index("第二张表")) == {"paragraph": 2}


def test_nested_table_rows_after_it_render_in_order(tmp_path):
    lines = rendering(nested_report(tmp_path / "n.docx", rows_after=True)).split("\n")
    assert lines[1:8] == [
        "项目（万元） | 预算数 | 决算数",
        "合计 | 300.00 | 281.00",
        "基本支出 | 200.00 | 190.00",
        "构成 | 人数",
        "在职人员 | 41",
        "离退休人员 | 17",
        "项目支出 | 100.00 | 91.00",
    ]


def test_nested_table_does_not_cut_the_outer_table(tmp_path):
    # 300.00 = 200.00 + 100.00; 281.00 = 190.00 + 91.00
    assert brief(check(nested_report(tmp_path / "n.docx", rows_after=True))) == []


# ---------------------------------------------------------------- score table
def score_report(path: Path, score: str = "9") -> Path:
    d = docx.Document()
    d.add_paragraph("项目支出绩效自评表")
    t = d.add_table(rows=5, cols=7)
    fill(t, [["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"],
             ["产出指标（20分）", "数量指标", "改造农村危房户数", "40", "36", "10", score],
             ["", "质量指标", "验收合格率", "100%", "100%", "10", "10"],
             ["效益指标（10分）", "社会效益", "受益群众人数", "500", "520", "10", "10"],
             ["总分", "", "", "", "", "30", "29"]])
    t.cell(1, 0).merge(t.cell(2, 0))
    t.cell(4, 0).merge(t.cell(4, 4)).text = "总分"
    return save(d, path)


def test_score_table_consistent(tmp_path):
    path = score_report(tmp_path / "s.docx")
    lines = rendering(path).split("\n")
    assert lines[3] == " | 质量指标 | 验收合格率 | 100% | 100% | 10 | 10"
    assert lines[5] == "总分 | 30 | 29"
    assert check(path) == []


def test_score_table_score_not_proportional(tmp_path):
    path = score_report(tmp_path / "s.docx", score="8.5")  # 10 × 36/40 = 9
    line = rendering(path).split("\n")[2]
    found = check(path)
    assert ("FL301", 3, col(line, "8.5"), {"table": 1, "row": 2, "column": 7}) in brief(found)
    # and the 总分 29 (exact beside 8.5) is no longer the sum
    assert {f.rule for f in found} == {"FL301", "FL101"}


def test_score_table_score_above_points(tmp_path):
    path = score_report(tmp_path / "s.docx", score="10.5")
    line = rendering(path).split("\n")[2]
    found = brief(check(path))
    assert ("FL301", 3, col(line, "10.5"), {"table": 1, "row": 2, "column": 7}) in found
    assert [f[0] for f in found] == ["FL301", "FL101"]  # 总分 29 is not 10 + 10 + 10 either


FUNDS = [["项目资金（万元）", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
         ["年度资金总额", "200.00", "240.00", "216.00", "10", "90.00%", "9.00"],
         ["其中：当年财政拨款", "200.00", "240.00", "216.00", "—", "90.00%", ""]]


def test_funds_block_of_a_score_table(tmp_path):
    # 216.00 / 240.00 = 90.00%; 得分 10 × 90.00% = 9.00
    path = report(tmp_path / "f.docx", ["项目支出绩效自评表"], FUNDS[:2])
    assert check(path) == []
    rows = [list(r) for r in FUNDS[:2]]
    rows[1][6] = "9.50"
    path = report(tmp_path / "g.docx", ["项目支出绩效自评表"], rows)
    line = rendering(path).split("\n")[2]
    assert brief(check(path)) == [("FL301", 3, col(line, "9.50"), {"table": 1, "row": 2, "column": 7})]


def test_empty_last_cell_keeps_the_columns(tmp_path):
    path = report(tmp_path / "f.docx", ["项目支出绩效自评表"], FUNDS)
    assert rendering(path).split("\n")[3] == "其中：当年财政拨款 | 200.00 | 240.00 | 216.00 | — | 90.00% | "
    assert brief(check(path)) == []


# ---------------------------------------------------------------- files that cannot be read
def no_office(monkeypatch) -> None:
    """Hide LibreOffice (which converts legacy files) from the fiscallint
    processes the test starts: the PATH keeps only folders without it."""
    keep = [d for d in os.environ.get("PATH", "").split(os.pathsep)
            if d and not any(Path(d, exe).exists() for exe in ("soffice", "libreoffice"))]
    monkeypatch.setenv("PATH", os.pathsep.join(keep))
    assert not (shutil.which("soffice") or shutil.which("libreoffice"))


@pytest.mark.parametrize("name", ["old.doc", "old.wps"])
def test_legacy_office_file_asks_for_docx(tmp_path, name, monkeypatch):
    no_office(monkeypatch)
    path = tmp_path / name
    path.write_bytes(OLE + b"\x00" * 504 + "柳溪乡2024年度自评报告".encode("utf-16-le"))
    for command in (["check"], ["cat"], ["extract"]):
        r = fl(*command, path)
        assert r.rc == 2, (command, r.out, r.err)
        one_line_error(r, name, ".docx")


def test_legacy_file_in_a_directory_does_not_stop_the_others(tmp_path, monkeypatch):
    no_office(monkeypatch)
    (tmp_path / "a.doc").write_bytes(OLE + b"\x00" * 100)
    report(tmp_path / "b.docx", PROSE, TABLE)
    r = fl("check", "--format", "json", tmp_path)
    assert r.rc == 2
    one_line_error(r, "a.doc", ".docx")
    assert r.json()["summary"]["files"] == 1


def zip_without_document(path: Path) -> Path:
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("[Content_Types].xml", "<Types/>")
        z.writestr("word/styles.xml", "<w:styles/>")
    return path


def truncated(tmp_path: Path) -> Path:
    data = report(tmp_path / "whole.docx", PROSE, TABLE).read_bytes()
    path = tmp_path / "cut.docx"
    path.write_bytes(data[: len(data) // 2])
    (tmp_path / "whole.docx").unlink()
    return path


def damaged_xml(tmp_path: Path) -> Path:
    src = zipfile.ZipFile(report(tmp_path / "whole.docx", PROSE, TABLE))
    path = tmp_path / "bad-xml.docx"
    with zipfile.ZipFile(path, "w") as z:
        for n in src.namelist():
            data = src.read(n)
            z.writestr(n, data[:200] if n == "word/document.xml" else data)
    src.close()
    (tmp_path / "whole.docx").unlink()
    return path


@pytest.mark.parametrize("make", [
    lambda tmp: zip_without_document(tmp / "no-document.docx"),
    truncated,
    damaged_xml,
], ids=["zip-without-document", "truncated-zip", "damaged-document-xml"])
def test_broken_docx_is_one_line_and_exit_2(tmp_path, make):
    path = make(tmp_path)
    for command in (["check"], ["check", "--format", "json"], ["cat"], ["extract"]):
        r = fl(*command, path)
        assert r.rc == 2, (command, r.out, r.err)
        one_line_error(r, path.name)


def test_truncated_docx_is_called_damaged(tmp_path):
    line = one_line_error(fl("check", truncated(tmp_path)), "cut.docx")
    assert "not a Word .docx" not in line


def test_broken_docx_does_not_stop_the_others(tmp_path):
    zip_without_document(tmp_path / "a.docx")
    report(tmp_path / "b.docx", PROSE, TABLE)
    (tmp_path / "c.txt").write_text(PROSE[1] + "\n", encoding="utf-8")
    r = fl("check", "--format", "json", tmp_path)
    assert r.rc == 2
    one_line_error(r, "a.docx")
    assert r.json()["summary"]["files"] == 2


def test_directory_with_txt_and_docx_checks_both(tmp_path):
    (tmp_path / "a.txt").write_text("2024年本年支出1,200.50万元，其中：基本支出800.30万元，项目支出410.20万元。\n",
                                    encoding="utf-8")
    rows = [list(r) for r in TABLE]
    rows[3][3] = "472.10"
    report(tmp_path / "b.docx", ["附表：支出决算表"], rows)
    (tmp_path / "notes.md").write_text("not a report\n", encoding="utf-8")
    r = fl("check", "--format", "json", tmp_path)
    assert r.rc == 1, r.err
    data = r.json()
    assert data["summary"]["files"] == 2
    got = sorted((Path(f["path"]).name, f["rule"], f["line"], f.get("source")) for f in data["findings"])
    assert got == [("a.txt", "FL101", 1, None), ("b.docx", "FL101", 3, {"table": 1, "row": 2, "column": 4})]


# ---------------------------------------------------------------- the examples
def findings_of(path: Path) -> list[dict]:
    r = fl("check", "--format", "json", path)
    assert r.rc in (0, 1), r.err
    return r.json()["findings"]


def test_example_docx_files_are_what_make_docx_writes(tmp_path):
    r = subprocess.run([sys.executable, str(EXAMPLES / "make_docx.py"), str(tmp_path)], capture_output=True, timeout=120)
    assert r.returncode == 0, r.stderr
    for name in ("clean_report.docx", "report_with_errors.docx"):
        assert (EXAMPLES / name).exists(), f"run examples/make_docx.py to write examples/{name}"
        assert rendering(EXAMPLES / name) == rendering(tmp_path / name)


@pytest.mark.parametrize("name", ["clean_report", "report_with_errors"])
def test_example_docx_prose_renders_as_the_txt(name):
    text = (EXAMPLES / f"{name}.txt").read_text(encoding="utf-8").rstrip("\n")
    rendered = rendering(EXAMPLES / f"{name}.docx")
    assert rendered.startswith(text + "\n")
    assert "\n附件：基础数据表\n项目（万元） | 2023年决算数 | 2024年预算数 | 2024年决算数\n" in rendered


def test_clean_report_docx_has_no_finding():
    path = EXAMPLES / "clean_report.docx"
    assert [f for f in findings_of(path) if f["severity"] in ("error", "warning")] == []
    r = fl("check", path)
    assert r.rc == 0, r.out


def test_clean_report_docx_table_is_checked():
    # the table's sums and its crossrefs with the prose are claims, all consistent
    doc = read_document(EXAMPLES / "clean_report.docx", "clean_report.docx")
    report_ = run(doc, active_rules())
    in_table = [(c, v) for c, v in report_.checked if "table" in (doc.where(c.stated.q.num_start) or {})]
    assert {c.kind for c, _ in in_table} >= {"composition"}
    assert len(in_table) >= 3  # 本年支出 = 基本支出 + 项目支出 in each of the three columns
    assert all(v.status == "consistent" for _, v in in_table)
    # the table's “三公”经费 figures are the prose's (one crossref group each, no contradiction)
    assert all(v.status != "contradiction" for _, v in report_.checked)


def test_report_with_errors_docx_has_the_planted_findings():
    path = EXAMPLES / "report_with_errors.docx"
    got = findings_of(path)
    as_txt = findings_of(EXAMPLES / "report_with_errors.txt")
    # the prose: the five planted contradictions of the .txt (and the FL203
    # seen another way), on the same lines and columns, in their paragraphs
    prose = [f for f in got if "paragraph" in f.get("source", {})]
    assert [(f["rule"], f["line"], f["column"]) for f in prose] == [(f["rule"], f["line"], f["column"]) for f in as_txt]
    assert all(f["source"] == {"paragraph": f["line"]} for f in prose)
    # the table: 2024年决算数 “三公”经费 15.47 against 15.74 of paragraph 24
    table = [f for f in got if "table" in f.get("source", {})]
    assert len(got) == len(prose) + len(table)
    (f,) = table
    lines = rendering(path).split("\n")
    row = lines.index("“三公”经费 | 16.07 | 18.60 | 15.47") + 1
    assert (f["rule"], f["severity"], f["line"], f["column"]) == ("FL106", "error", row, col(lines[row - 1], "15.47"))
    assert f["source"] == {"table": 1, "row": 5, "column": 4}
    assert [r["source"] for r in f["related"]] == [{"paragraph": 24}]
    assert "15.74" in f["message"] and "15.47" in f["message"]
    assert "[table 1, row 5, column 4]" in fl("check", path).out


def test_a_header_cell_spanning_two_columns_names_the_grid_columns_under_it(tmp_path):
    # "年度部门整体支出预算（万元）" merged over the form's first two columns and down
    # over its rows: the names after it stand on the grid, one column to the right
    d = docx.Document()
    t = d.add_table(rows=4, cols=9)
    fill(t, [["年度部门整体支出预算（万元）", "", "", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
             ["", "", "年度资金总额", "1846.30", "3915.68", "3704.78", "10", "94.61%", "9.46"],
             ["", "", "其中：基本支出", "1102.56", "1186.94", "1180.27", "", "", ""],
             ["", "", "项目支出", "743.74", "2728.74", "2524.51", "", "", ""]])
    t.cell(0, 0).merge(t.cell(0, 1))
    t.cell(1, 0).merge(t.cell(3, 1))
    t.cell(0, 0).text = "年度部门整体支出预算（万元）"
    path = save(d, tmp_path / "form.docx")
    assert [f.rule for f in check(path) if f.severity != "info"] == []
    t.cell(3, 4).text = "2782.74"
    assert [f.rule for f in check(save(d, tmp_path / "slip.docx")) if f.severity != "info"] == ["FL101"]



def test_a_breakdown_by_income_or_spending_may_split_the_budget_or_the_outturn(tmp_path):
    # the form says not which of the row's columns its 按收入性质分 side splits: here the outturn
    d = docx.Document()
    t = d.add_table(rows=7, cols=9)
    t.cell(0, 0).merge(t.cell(6, 1)).text = "年度预算申请（万元）"
    for c, name in enumerate(("年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分")):
        t.cell(0, 3 + c).text = name
    t.cell(1, 2).text = "年度资金总额"
    for c, value in enumerate(("1200.00", "1500.00", "1450.00", "10", "96.67%", "9.67")):
        t.cell(1, 3 + c).text = value
    pairs = [("按收入性质分：", "按支出性质分："), ("其中：一般公共预算拨款：1300.00", "其中：基本支出：600.00"),
             ("政府性基金拨款：100.00", "项目支出：850.00"), ("其他资金：50.00", "")]
    for i, (income, spending) in enumerate(pairs):
        t.cell(2 + i, 2).merge(t.cell(2 + i, 4)).text = income
        t.cell(2 + i, 5).merge(t.cell(2 + i, 8)).text = spending
    path = save(d, tmp_path / "form.docx")
    assert [f.rule for f in check(path) if f.severity != "info"] == []
    # (a side that splits none of the row's figures is still reported)
    t.cell(5, 2).text = "其他资金：5.00"
    assert [f.rule for f in check(save(d, tmp_path / "slip.docx")) if f.severity != "info"] == ["FL101"]
