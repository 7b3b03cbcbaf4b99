"""Machine output formats (fiscallint.reporting.formats): SARIF 2.1.0, GitHub Actions
workflow commands, JUnit XML, JSON Lines, concise, statistics.

Every RunResult here comes from the real engine run over short reports
written below with invented figures (a .txt, a .docx made with
python-docx, a file that cannot be read), except where a message needs
characters no report produces (the escaping tests).
"""
from __future__ import annotations

import hashlib
import json
import xml.etree.ElementTree as ET
from pathlib import Path
from urllib.parse import unquote

import docx
import pytest

import fiscallint
from fiscallint.reporting import formats
from fiscallint.engine import Finding, Location, Rule, active_rules, all_rules
from fiscallint.reporting.output import FileResult, RunResult, to_json
from fiscallint.gate.runner import Settings, check_items, collect

ROOT = Path(__file__).resolve().parents[1]
SARIF_SCHEMA = ROOT.parent / "shared" / "data" / "sarif-schema-2.1.0.json"

# ---------------------------------------------------------------- reports
SUM_LINE = "2024年全年支出合计2,450.60万元，其中：基本支出1,210.30万元，项目支出1,250.30万元。"  # 1210.30 + 1250.30 = 2460.60
REPORT = "\n".join([
    "青溪镇2024年度部门整体支出绩效自评报告",
    "一、部门基本情况",
    SUM_LINE,
    "二、绩效目标完成情况",
    "群众满意度为103.5%。",  # a 满意度 above 100%: warning
    "道路养护项目年度预算数为50.00万元，实际支出52.00万元，预算执行率为104.00%。",  # 执行率 above 100%: info
]) + "\n"
CLEAN = "青溪镇2024年度部门整体支出绩效自评报告\n2024年全年支出合计2,450.60万元，其中：基本支出1,210.30万元，项目支出1,240.30万元。\n"
TABLE = [["项目（万元）", "年初预算数", "全年预算数", "全年执行数"],
         ["合计", "960.00", "1,020.50", "987.30"],  # 610.00 + 340.00 = 950.00
         ["基本支出", "610.00", "640.20", "633.10"],
         ["项目支出", "340.00", "380.30", "354.20"]]


def make_docx(path: Path) -> Path:
    d = docx.Document()
    d.add_paragraph("青溪镇2024年度部门决算情况说明")
    d.add_paragraph("附表：支出情况表")
    t = d.add_table(rows=len(TABLE), cols=len(TABLE[0]))
    for r, values in enumerate(TABLE):
        for c, value in enumerate(values):
            t.cell(r, c).text = value
    d.save(str(path))
    return path


def check(*paths: str) -> RunResult:
    result = RunResult()
    items = collect(list(paths), result.input_errors)
    return check_items(items, active_rules(), Settings(), result)


@pytest.fixture
def work(tmp_path, monkeypatch):
    """A directory of reports, made the current directory so that paths
    are relative as a CI run gives them."""
    monkeypatch.chdir(tmp_path)
    (tmp_path / "report.txt").write_text(REPORT, encoding="utf-8")
    (tmp_path / "clean.txt").write_text(CLEAN, encoding="utf-8")
    make_docx(tmp_path / "table.docx")
    return tmp_path


@pytest.fixture
def result(work) -> RunResult:
    return check("report.txt", "clean.txt", "table.docx", "missing.txt")


def findings_of(result: RunResult, path: str) -> list[Finding]:
    return dict(result.reports)[path].findings


def test_the_reports_give_the_findings_the_tests_rely_on(result):
    assert [p for p, _ in result.reports] == ["report.txt", "clean.txt", "table.docx"]
    assert result.input_errors == ["missing.txt: no such file or directory"]
    got = [(f.rule, f.severity, f.line, f.column) for f in findings_of(result, "report.txt")]
    assert got == [("FL101", "error", 3, 12), ("FL203", "warning", 5, 7), ("FL203", "info", 6, 39)]
    assert findings_of(result, "clean.txt") == []
    (f,) = findings_of(result, "table.docx")
    assert (f.rule, f.location.source) == ("FL101", {"table": 1, "row": 2, "column": 2})
    assert [r.source for r in f.related] == [{"table": 1, "row": 3, "column": 2}, {"table": 1, "row": 4, "column": 2}]


# ---------------------------------------------------------------- SARIF
def sarif(result: RunResult, **kw) -> dict:
    return json.loads(formats.to_sarif(result, all_rules(), **kw))


def test_sarif_validates_against_the_oasis_schema(result):
    if not SARIF_SCHEMA.is_file():
        from conftest import missing

        missing(f"the SARIF 2.1.0 schema is not at {SARIF_SCHEMA} (../shared is not checked out here)")
    import jsonschema

    schema = json.loads(SARIF_SCHEMA.read_text(encoding="utf-8"))
    validator = jsonschema.Draft4Validator(schema, format_checker=jsonschema.Draft4Validator.FORMAT_CHECKER)
    log = sarif(result)
    errors = [f"{list(e.absolute_path)}: {e.message}" for e in validator.iter_errors(log)]
    assert errors == []
    # a clean run with no input error validates too
    clean = check("clean.txt")
    assert [f"{e.message}" for e in validator.iter_errors(sarif(clean))] == []


def test_sarif_tool_and_rules(result):
    log = sarif(result)
    assert log["version"] == "2.1.0"
    assert log["$schema"].endswith("sarif-schema-2.1.0.json")
    (run,) = log["runs"]
    driver = run["tool"]["driver"]
    assert driver["name"] == "fiscallint"
    assert driver["version"] == fiscallint.__version__
    # the package names no home page: no informationUri, and never a
    # registry page for a name this project does not publish there
    from fiscallint.reporting.formats import _information_uri

    assert driver.get("informationUri") == _information_uri()
    assert "pypi.org" not in json.dumps(log)
    rules = all_rules()
    assert [d["id"] for d in driver["rules"]] == sorted(rules)
    by_id = {d["id"]: d for d in driver["rules"]}
    fl101 = by_id["FL101"]
    assert fl101["name"] == "composition-sum"
    assert fl101["shortDescription"] == {"text": rules["FL101"].summary()}
    assert fl101["fullDescription"]["text"] == rules["FL101"].documentation()
    assert fl101["help"]["text"] == rules["FL101"].documentation()
    # the docstrings' ``literal`` is Markdown's `literal`
    assert "``" in fl101["help"]["text"] and "``" not in fl101["help"]["markdown"]
    assert "`总支出3724.07万元" in fl101["help"]["markdown"]
    assert fl101["defaultConfiguration"] == {"level": "error", "enabled": True}
    assert by_id["FL203"]["defaultConfiguration"]["level"] == "warning"
    assert by_id["FL199"]["defaultConfiguration"] == {"level": "note", "enabled": False}
    assert run["columnKind"] == "unicodeCodePoints"


def test_sarif_results(result):
    (run,) = sarif(result)["runs"]
    ids = [d["id"] for d in run["tool"]["driver"]["rules"]]
    findings = result.findings
    assert len(run["results"]) == len(findings) == 4
    for res, f in zip(run["results"], findings):
        assert res["ruleId"] == f.rule
        assert ids[res["ruleIndex"]] == f.rule
        assert res["message"] == {"text": f.message}
    assert [r["level"] for r in run["results"]] == ["error", "warning", "note", "error"]
    first = run["results"][0]
    assert first["locations"][0]["physicalLocation"]["artifactLocation"] == {"uri": "report.txt", "uriBaseId": "%SRCROOT%"}
    assert first["properties"]["computed"] == "2460.600万元 [2460.590, 2460.610]"
    assert first["properties"]["stated"] == "2,450.60万元 [2450.595, 2450.605]"
    assert "source" not in first["properties"]  # a .txt has no place in a Word document
    related = first["relatedLocations"]
    assert [r["id"] for r in related] == [0, 1]
    assert [r["message"]["text"] for r in related] == ["基本支出 1,210.30万元 (line 3:30)", "项目支出 1,250.30万元 (line 3:45)"]


def test_sarif_regions_end_column_is_exclusive(result):
    (run,) = sarif(result)["runs"]
    res = run["results"][0]
    region = res["locations"][0]["physicalLocation"]["region"]
    f = result.findings[0]
    assert region == {"startLine": 3, "startColumn": 12, "endLine": 3, "endColumn": f.location.end_column + 1}
    assert f.location.end_column == 19  # inclusive: the 0 of 2,450.60
    # SARIF's [startColumn, endColumn) is exactly the stated number
    assert SUM_LINE[region["startColumn"] - 1:region["endColumn"] - 1] == "2,450.60"
    spans = [r["physicalLocation"]["region"] for r in res["relatedLocations"]]
    assert [SUM_LINE[s["startColumn"] - 1:s["endColumn"] - 1] for s in spans] == ["1,210.30", "1,250.30"]
    assert all(s["startLine"] == s["endLine"] == 3 for s in spans)


def test_sarif_docx_finding_carries_its_place_in_the_document(result):
    (run,) = sarif(result)["runs"]
    (res,) = [r for r in run["results"] if r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] == "table.docx"]
    assert res["ruleId"] == "FL101"
    assert res["properties"]["source"] == {"table": 1, "row": 2, "column": 2}
    assert [r["properties"]["source"] for r in res["relatedLocations"]] == [
        {"table": 1, "row": 3, "column": 2}, {"table": 1, "row": 4, "column": 2}]
    region = res["locations"][0]["physicalLocation"]["region"]
    rendered = "合计 | 960.00 | 1,020.50 | 987.30"  # the line fiscallint cat prints for the row
    assert rendered[region["startColumn"] - 1:region["endColumn"] - 1] == "960.00"


def test_sarif_input_errors_are_notifications(result):
    (run,) = sarif(result)["runs"]
    (invocation,) = run["invocations"]
    assert invocation["executionSuccessful"] is False
    assert invocation["toolExecutionNotifications"] == [{
        "level": "error",
        "message": {"text": "missing.txt: no such file or directory"},
        "locations": [{"physicalLocation": {"artifactLocation": {"uri": "missing.txt", "uriBaseId": "%SRCROOT%"}}}],
    }]
    clean = json.loads(formats.to_sarif(check("clean.txt"), all_rules()))
    assert clean["runs"][0]["invocations"] == [{"executionSuccessful": True}]
    assert clean["runs"][0]["results"] == []


def percent(s: str) -> str:
    return "".join(f"%{b:02X}" for b in s.encode("utf-8"))


def test_sarif_uris_are_relative_and_percent_encoded(work):
    (work / "自评报告").mkdir()
    name = "自评报告/青溪镇 2024#终稿.txt"
    (work / name).write_text(REPORT, encoding="utf-8")
    result = check(name)
    (run,) = sarif(result)["runs"]
    uri = run["results"][0]["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]
    assert uri == percent("自评报告") + "/" + percent("青溪镇") + "%202024%23" + percent("终稿") + ".txt"
    assert uri.isascii() and unquote(uri) == name
    related = run["results"][0]["relatedLocations"][0]["physicalLocation"]["artifactLocation"]["uri"]
    assert related == uri


def test_artifact_uri_of_absolute_paths(tmp_path):
    inside = tmp_path / "报告" / "a b.txt"
    assert formats.artifact_uri(str(inside), tmp_path) == (percent("报告") + "/a%20b.txt", "%SRCROOT%")
    elsewhere = tmp_path.parent / "其他.txt"
    uri, base = formats.artifact_uri(str(elsewhere), tmp_path)
    assert base is None and uri.startswith("file:///") and uri.endswith("/" + percent("其他") + ".txt")
    assert formats.artifact_uri("./x/y:z.txt") == ("x/y%3Az.txt", "%SRCROOT%")  # a colon would read as a scheme
    # with a root, the base is declared
    log = json.loads(formats.to_sarif(RunResult(), all_rules(), root=tmp_path))
    assert log["runs"][0]["originalUriBaseIds"]["%SRCROOT%"]["uri"] == tmp_path.as_uri() + "/"


def fingerprint_and_line(path: str) -> tuple[str, int]:
    (run,) = sarif(check(path))["runs"]
    res = run["results"][0]
    assert res["ruleId"] == "FL101"
    return res["partialFingerprints"]["fiscallint/v1"], res["locations"][0]["physicalLocation"]["region"]["startLine"]


def test_sarif_fingerprint_survives_a_line_inserted_above(work):
    lines = REPORT.splitlines(keepends=True)
    (work / "moved.txt").write_text("".join(lines[:2] + ["（本报告数据来源于镇财政所核算系统。）\n"] + lines[2:]), encoding="utf-8")
    (work / "other.txt").write_text(REPORT.replace("2,450.60", "2,440.60"), encoding="utf-8")
    before, line_before = fingerprint_and_line("report.txt")
    after, line_after = fingerprint_and_line("moved.txt")
    assert (line_before, line_after) == (3, 4)
    assert after == before
    # the identity is the rule, the stated number and its line's text
    expected = hashlib.sha256("\x00".join(["FL101", "2,450.60", SUM_LINE]).encode("utf-8")).hexdigest()[:32]
    assert before == expected + ":1"
    other, _ = fingerprint_and_line("other.txt")
    assert other != before


def test_sarif_fingerprints_of_identical_findings_are_numbered(work):
    (work / "dup.txt").write_text("青溪镇2024年度部门整体支出绩效自评报告\n" + SUM_LINE + "\n" + SUM_LINE + "\n", encoding="utf-8")
    (run,) = sarif(check("dup.txt"))["runs"]
    prints = [r["partialFingerprints"]["fiscallint/v1"] for r in run["results"]]
    assert [r["ruleId"] for r in run["results"]] == ["FL101", "FL101"]
    assert prints[0].endswith(":1") and prints[1].endswith(":2")
    assert prints[0].split(":")[0] == prints[1].split(":")[0]
    assert len({r["partialFingerprints"]["fiscallint/v1"] for r in sarif(check("report.txt"))["runs"][0]["results"]}) == 3


def test_sarif_finding_of_a_rule_not_given_still_has_a_valid_index(result):
    rules = {c: r for c, r in all_rules().items() if c != "FL203"}
    (run,) = json.loads(formats.to_sarif(result, rules))["runs"]
    ids = [d["id"] for d in run["tool"]["driver"]["rules"]]
    assert ids == sorted(rules) + ["FL203"]
    assert {ids[r["ruleIndex"]] for r in run["results"]} == {"FL101", "FL203"}
    assert all(ids[r["ruleIndex"]] == r["ruleId"] for r in run["results"])


# ---------------------------------------------------------------- GitHub Actions
def test_github_commands(result):
    lines = formats.to_github(result).splitlines()
    assert len(lines) == 5
    f101, f203w, f203i, fdocx = result.findings
    assert lines[0] == ("::error file=report.txt,line=3,col=12,endLine=3,endColumn=19,title=FL101 composition-sum::"
                        + f101.message)
    assert f203w.location.end_column == 11  # 103.5: the number, not its % sign
    assert lines[1] == ("::warning file=report.txt,line=5,col=7,endLine=5,endColumn=11,title=FL203 rate-out-of-range::"
                        + f203w.message.replace("%", "%25"))
    assert "::群众满意度 103.5%25 (line 5:7): " in lines[1]
    assert lines[2].startswith("::notice file=report.txt,line=6,col=39,endLine=6,endColumn=44,title=FL203 rate-out-of-range::")
    assert lines[2].endswith(f203i.message.replace("%", "%25"))
    assert lines[3].startswith(f"::error file=table.docx,line={fdocx.line},col={fdocx.column},endLine={fdocx.line},"
                               f"endColumn={fdocx.location.end_column},title=FL101 composition-sum::")
    assert lines[3].endswith(" [table 1, row 2, column 2]")
    assert lines[4] == "::error file=missing.txt::missing.txt: no such file or directory"


def test_github_escaping_of_messages_and_properties(work):
    name = "报告,第1期:终稿.txt"
    (work / name).write_text(REPORT, encoding="utf-8")
    lines = formats.to_github(check(name, "无此文件,1.txt")).splitlines()
    assert lines[0].startswith("::error file=报告%2C第1期%3A终稿.txt,line=3,col=12,")
    # 103.5% in the message: % is escaped, ':' and ',' are not in a message
    assert "::群众满意度 103.5%25 (line 5:7): " in lines[1]
    assert lines[-1] == "::error file=无此文件%2C1.txt::无此文件,1.txt: no such file or directory"
    # a message over several lines stays one command
    loc = Location(2, 3, 2, 4)
    odd = RunResult([("a:b.txt", FileResult([Finding("a:b.txt", "FL101", "composition-sum", "error",
                                                     "100% off\r\nsecond line, third: %0A", loc)], {}, {2: "xx"}))])
    assert formats.to_github(odd) == ("::error file=a%3Ab.txt,line=2,col=3,endLine=2,endColumn=4,title=FL101 composition-sum"
                                      "::100%25 off%0D%0Asecond line, third: %250A\n")
    assert formats.github_escape_property("FL1,x:y%\n") == "FL1%2Cx%3Ay%25%0A"


def test_github_omits_columns_across_lines():
    loc = Location(4, 10, 5, 2)
    res = RunResult([("r.txt", FileResult([Finding("r.txt", "FL205", "heading-numbering", "warning", "m", loc)], {}, {4: "x"}))])
    assert formats.to_github(res) == "::warning file=r.txt,line=4,endLine=5,title=FL205 heading-numbering::m\n"


# ---------------------------------------------------------------- JUnit
def test_junit_parses_and_counts(result):
    xml = formats.to_junit(result)
    assert xml.startswith('<?xml version="1.0" encoding="UTF-8"?>\n')
    root = ET.fromstring(xml.encode("utf-8"))
    assert root.tag == "testsuites"
    (suite,) = root.findall("testsuite")
    assert suite.get("name") == "fiscallint"
    counts = {k: suite.get(k) for k in ("tests", "failures", "errors", "skipped")}
    assert counts == {"tests": "4", "failures": "2", "errors": "1", "skipped": "0"}
    assert {k: root.get(k) for k in counts} == counts
    cases = suite.findall("testcase")
    assert [c.get("classname") for c in cases] == ["report.txt", "clean.txt", "table.docx", "missing.txt"]
    report, clean, table, missing = cases
    # error and warning findings fail; info is left out
    assert [(x.get("type"), x.get("message").split(": ")[0]) for x in report.findall("failure")] == [
        ("FL101", "report.txt:3:12"), ("FL203", "report.txt:5:7")]
    assert list(clean) == []
    (fail,) = table.findall("failure")
    assert fail.get("type") == "FL101"
    assert fail.get("message").endswith("[table 1, row 2, column 2]")
    (err,) = missing.findall("error")
    assert err.get("message") == "missing.txt: no such file or directory"
    assert not missing.findall("failure")


def test_junit_failure_text_is_the_text_formats_entry(result):
    root = ET.fromstring(formats.to_junit(result))
    first = root.find("testsuite/testcase/failure")
    f = result.findings[0]
    header = f"report.txt:3:12: FL101 [error] {f.message}"
    assert first.get("message") == header
    text = first.text.splitlines()
    assert text[0] == header
    assert text[1] == "    3 | " + SUM_LINE
    assert text[2].strip().startswith("| ") and "^^^^^^^^" in text[2]


def test_junit_escapes_markup_and_control_characters(work):
    # a form feed (page break of a PDF export) cannot be written in XML 1.0
    (work / "ff <&>.txt").write_text("青溪镇自评报告\n" + SUM_LINE.replace("其中", "\f其中") + "\n", encoding="utf-8")
    xml = formats.to_junit(check("ff <&>.txt"))
    root = ET.fromstring(xml)
    case = root.find("testsuite/testcase")
    assert case.get("classname") == "ff <&>.txt"
    (fail,) = case.findall("failure")
    assert "\\x0c其中" in fail.text
    assert "\f" not in xml


# ---------------------------------------------------------------- JSON Lines, concise, statistics
def test_json_lines_are_the_json_findings(result):
    out = formats.to_json_lines(result)
    assert out.endswith("\n")
    rows = [json.loads(line) for line in out.splitlines()]
    assert rows == json.loads(to_json(result))["findings"]
    assert len(rows) == 4
    assert rows[3]["source"] == {"table": 1, "row": 2, "column": 2}
    assert "summary" not in out and "missing.txt" not in out
    assert "万元" in out  # not \u escapes
    assert formats.to_json_lines(check("clean.txt")) == ""


def test_concise(result):
    f = result.findings
    assert formats.to_concise(result) == (
        f"report.txt:3:12: FL101 {f[0].message}\n"
        f"report.txt:5:7: FL203 {f[1].message}\n"
        f"report.txt:6:39: FL203 {f[2].message}\n"
        f"table.docx:{f[3].line}:{f[3].column}: FL101 {f[3].message}\n"
    )
    assert formats.to_concise(check("clean.txt")) == ""


def test_statistics(result, work):
    out = formats.statistics(result)
    lines = out.splitlines()
    assert lines[0].split() == ["count", "code", "name", "severity"]
    assert set(lines[1].replace(" ", "")) == {"-"}
    rows = [line.split(None, 3) for line in lines[2:]]
    assert rows == [["2", "FL101", "composition-sum", "error"],
                    ["2", "FL203", "rate-out-of-range", "warning 1, info 1"]]
    # most frequent first, then by code
    (work / "dup.txt").write_text("报告\n" + SUM_LINE + "\n" + SUM_LINE + "\n", encoding="utf-8")
    rows = [line.split()[:2] for line in formats.statistics(check("report.txt", "dup.txt")).splitlines()[2:]]
    assert rows == [["3", "FL101"], ["2", "FL203"]]
    assert formats.statistics(check("clean.txt")) == ""


def test_formats_of_an_empty_run():
    empty = RunResult()
    assert formats.to_github(empty) == formats.to_json_lines(empty) == formats.to_concise(empty) == ""
    assert formats.statistics(empty) == ""
    root = ET.fromstring(formats.to_junit(empty))
    assert root.find("testsuite").get("tests") == "0"
    log = json.loads(formats.to_sarif(empty, {}))
    assert log["runs"][0]["results"] == [] and log["runs"][0]["tool"]["driver"]["rules"] == []


def test_plugin_rule_descriptor():
    class Plain(Rule):
        """A plugin rule.

        With ``code`` in its documentation."""

        code, name, severity = "XY901", "plain", "info"

    (d,) = json.loads(formats.to_sarif(RunResult(), {"XY901": Plain}))["runs"][0]["tool"]["driver"]["rules"]
    assert d["shortDescription"] == {"text": "A plugin rule."}
    assert d["defaultConfiguration"]["level"] == "note"
    assert d["help"]["markdown"].endswith("With `code` in its documentation.")


def test_notices_of_the_run(result):
    """A run's notices (unused suppressions, stale baseline entries) are
    warnings about the run, not failures of it."""
    result.notices = ["fiscallint.toml: unused suppression of FL101 on 1,000.00 in a.txt (remove it)"]
    (run,) = sarif(result)["runs"]
    notes = run["invocations"][0]["toolExecutionNotifications"]
    assert notes[-1] == {"level": "warning", "message": {"text": result.notices[0]}}
    assert [n["level"] for n in notes] == ["error", "warning"]
    assert formats.to_github(result).splitlines()[-1] == (
        "::warning::fiscallint.toml: unused suppression of FL101 on 1,000.00 in a.txt (remove it)")
    result.input_errors = []
    assert sarif(result)["runs"][0]["invocations"][0]["executionSuccessful"] is True
