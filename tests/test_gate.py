"""Configuration, suppressions and baselines: what a repository's CI gate uses."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from fiscallint.gate.config import ConfigError, find_config, load_config, parse_config
from fiscallint.engine import all_rules

REPORT = (
    "青松乡2024年度部门整体支出绩效自评报告\n"
    "2024年本年支出1,500.00万元，其中：基本支出900.00万元，项目支出610.00万元。\n"
    "全年预算数为1,600.00万元，全年实际支出1,500.00万元，预算执行率为95.75%。\n"
    "一、概况\n二、收支\n四、绩效\n"
)


def run(args, cwd, stdin=None):
    proc = subprocess.run([sys.executable, "-m", "fiscallint", *args], cwd=cwd, capture_output=True, text=True,
                          encoding="utf-8", input=stdin)
    assert "Traceback" not in proc.stderr
    return proc


def findings(args, cwd):
    proc = run(["check", "--format", "json", *args], cwd)
    return proc, json.loads(proc.stdout)["findings"]


@pytest.fixture
def repo(tmp_path, monkeypatch):
    monkeypatch.setenv("FISCALLINT_CACHE_DIR", str(tmp_path / "cache"))
    (tmp_path / "r.txt").write_text(REPORT, encoding="utf-8")
    return tmp_path


def rules_of(found):
    return sorted({f["rule"] for f in found})


# ---------------------------------------------------------------- configuration
def test_without_configuration(repo):
    proc, found = findings(["r.txt"], repo)
    assert rules_of(found) == ["FL101", "FL103", "FL205"]
    assert proc.returncode == 1


def test_fiscallint_toml_select_ignore_severity(repo):
    (repo / "fiscallint.toml").write_text('ignore = ["FL205"]\nseverity = { FL103 = "info" }\n', encoding="utf-8")
    proc, found = findings(["r.txt"], repo)
    assert rules_of(found) == ["FL101", "FL103"]
    assert {f["rule"]: f["severity"] for f in found}["FL103"] == "info"


def test_pyproject_table_is_found_up_the_tree(repo):
    (repo / "pyproject.toml").write_text('[tool.fiscallint]\nselect = ["FL2"]\n', encoding="utf-8")
    sub = repo / "reports" / "2024"
    sub.mkdir(parents=True)
    (sub / "a.txt").write_text(REPORT, encoding="utf-8")
    assert find_config(sub / "a.txt") == repo / "pyproject.toml"
    _, found = findings([str(sub / "a.txt")], repo)
    assert rules_of(found) == ["FL205"]


def test_nearest_configuration_wins(repo):
    (repo / "pyproject.toml").write_text('[tool.fiscallint]\nselect = ["FL2"]\n', encoding="utf-8")
    sub = repo / "reports"
    sub.mkdir()
    (sub / "fiscallint.toml").write_text('select = ["FL101"]\n', encoding="utf-8")
    assert find_config(sub) == sub / "fiscallint.toml"


def test_config_option_names_a_file(repo):
    (repo / "other.toml").write_text('extend-select = ["FL199"]\nignore = ["FL101", "FL103", "FL205"]\n', encoding="utf-8")
    _, found = findings(["--config", "other.toml", "r.txt"], repo)
    assert rules_of(found) in ([], ["FL199"])


@pytest.mark.parametrize("text, names", [
    ('selct = ["FL101"]\n', "selct"),
    ('select = ["FL999"]\n', "FL999"),
    ('severity = { FL101 = "fatal" }\n', "fatal"),
    ('rounding = "up"\n', "up"),
    ('thresholds = { unit_slip = { ratio = 3 } }\n', "ratio"),
    ('file-types = [".rtf"]\n', ".rtf"),
    ('[[suppress]]\npath = "r.txt"\nrule = "FL101"\nfigure = "900.00"\n', "reason"),
])
def test_bad_configuration_is_an_error_naming_it(repo, text, names):
    (repo / "fiscallint.toml").write_text(text, encoding="utf-8")
    proc = run(["check", "r.txt"], repo)
    assert proc.returncode == 2
    assert names in proc.stderr and "fiscallint.toml" in proc.stderr
    assert len(proc.stderr.strip().splitlines()) == 1


def test_per_file_ignores(repo):
    (repo / "old").mkdir()
    (repo / "old" / "o.txt").write_text(REPORT, encoding="utf-8")
    (repo / "fiscallint.toml").write_text('[per-file-ignores]\n"old/*.txt" = ["FL101"]\n', encoding="utf-8")
    _, found = findings([".", "--select", "FL101"], repo)
    assert sorted(Path(f["path"]).name for f in found) == ["r.txt"]


def test_include_exclude_and_file_types(repo):
    (repo / "drafts").mkdir()
    (repo / "drafts" / "d.txt").write_text(REPORT, encoding="utf-8")
    (repo / "fiscallint.toml").write_text('exclude = ["drafts/*"]\nfile-types = [".txt"]\n', encoding="utf-8")
    proc, found = findings(["."], repo)
    assert {Path(f["path"]).name for f in found} == {"r.txt"}
    # a file named on the command line is left out too (pre-commit names
    # the files it passes): nothing left to check is exit 2, saying why
    proc = run(["check", "drafts/d.txt"], repo)
    assert proc.returncode == 2 and proc.stdout == ""
    assert "drafts/d.txt: matched by exclude 'drafts/*' of fiscallint.toml" in proc.stderr
    proc, found = findings(["drafts/d.txt", "--allow-empty"], repo)
    assert found == [] and proc.returncode == 0


def test_rounding_truncate_accepts_cut_digits(repo):
    text = "本年支出300.00万元，其中：基本支出109.08万元，占总支出的36.37%。\n"  # 36.36% rounds to 36.36, truncates to 36.36
    (repo / "t.txt").write_text(text.replace("36.37", "36.35"), encoding="utf-8")
    _, nearest = findings(["t.txt", "--select", "FL102"], repo)
    assert rules_of(nearest) == ["FL102"]  # 109.08/300 = 36.36%: "36.35" is off under rounding
    (repo / "t.txt").write_text(text.replace("36.37", "36.35").replace("109.08", "109.07"), encoding="utf-8")
    (repo / "fiscallint.toml").write_text('rounding = "truncate"\n', encoding="utf-8")
    _, truncated = findings(["t.txt", "--select", "FL102"], repo)
    assert truncated == []  # 109.07/300 = 36.3567%: written 36.35 by cutting the digits


def test_synonyms_extend_the_lexicon(repo):
    text = "2024年基本经费支出500.00万元。\n基本支出480.00万元。\n"
    (repo / "s.txt").write_text(text, encoding="utf-8")
    _, before = findings(["s.txt", "--select", "FL106"], repo)
    assert before == []
    (repo / "fiscallint.toml").write_text('synonyms = { "基本支出" = ["基本经费支出"] }\n', encoding="utf-8")
    _, after = findings(["s.txt", "--select", "FL106"], repo)
    assert rules_of(after) == ["FL106"]


def test_thresholds_override(repo):
    text = "本单位2024年度预算安排100.00万元。\n发放救助金1500.00万元，惠及群众300人次。\n"
    (repo / "u.txt").write_text(text, encoding="utf-8")
    _, before = findings(["u.txt", "--select", "FL201"], repo)
    assert rules_of(before) == ["FL201"]
    (repo / "fiscallint.toml").write_text("[thresholds.unit_slip]\nbudget_ratio = 50\n", encoding="utf-8")
    _, after = findings(["u.txt", "--select", "FL201"], repo)
    assert after == []


def test_parse_config_checks_codes_and_names():
    cfg = parse_config({"select": ["FL1", "composition-sum"], "ignore": ["FL205"]}, None, all_rules())
    assert cfg.select == ["FL1", "composition-sum"]
    with pytest.raises(ConfigError, match="FL7"):
        parse_config({"ignore": ["FL7"]}, None, all_rules())


# ---------------------------------------------------------------- suppressions
def test_configuration_suppression_with_reason(repo):
    (repo / "fiscallint.toml").write_text(
        '[[suppress]]\npath = "r.txt"\nrule = "FL103"\nfigure = "95.75"\nreason = "按年初预算口径，附表已说明"\n', encoding="utf-8")
    proc, found = findings(["r.txt"], repo)
    assert "FL103" not in rules_of(found)
    assert "unused" not in proc.stderr


def test_unused_configuration_suppression_is_reported(repo):
    (repo / "fiscallint.toml").write_text(
        '[[suppress]]\npath = "r.txt"\nrule = "FL103"\nfigure = "88.88"\nreason = "旧的说明"\n', encoding="utf-8")
    proc = run(["check", "--format", "json", "r.txt"], repo)
    assert "unused suppression" in proc.stderr and "FL103" in proc.stderr
    assert json.loads(proc.stdout)["summary"]["notices"]


def _docx_with_comment(path: Path, comment: str, figure: str = "900.00万元"):
    import docx
    d = docx.Document()
    p = d.add_paragraph("2024年本年支出1,500.00万元，其中：基本支出")
    run_ = p.add_run(figure)
    p.add_run("，项目支出610.00万元。")
    d.add_comment([run_], text=comment, author="会计")
    d.save(str(path))


def test_word_comment_suppresses_the_figure(repo):
    _docx_with_comment(repo / "c.docx", "fiscallint: ignore FL101 年中调整，附表已说明")
    _, found = findings(["c.docx"], repo)
    assert found == []


def test_word_comment_without_reason_is_invalid(repo):
    _docx_with_comment(repo / "c.docx", "fiscallint: ignore FL101")
    _, found = findings(["c.docx"], repo)
    assert rules_of(found) == ["FL101", "FL900"]
    bad = next(f for f in found if f["rule"] == "FL900")
    assert "reason" in bad["message"] and bad["source"] == {"paragraph": 1}


def test_unused_word_comment_is_reported(repo):
    _docx_with_comment(repo / "c.docx", "fiscallint: ignore FL102 不适用", figure="900.00万元")
    _, found = findings(["c.docx"], repo)
    assert rules_of(found) == ["FL101", "FL901"]


def test_word_comment_naming_an_unknown_rule(repo):
    _docx_with_comment(repo / "c.docx", "fiscallint: ignore FL777 说明")
    _, found = findings(["c.docx"], repo)
    assert "FL900" in rules_of(found)


# ---------------------------------------------------------------- baseline
def test_baseline_hides_known_findings_and_survives_edits_elsewhere(repo):
    proc = run(["check", "r.txt", "--write-baseline", "base.json"], repo)
    assert proc.returncode == 0 and "wrote 3" in proc.stderr
    (repo / "r.txt").write_text("前言：本报告按有关要求编制。\n" + REPORT, encoding="utf-8")
    proc, found = findings(["r.txt", "--baseline", "base.json"], repo)
    assert found == [] and proc.returncode == 0


def test_baseline_reports_new_findings_and_stale_entries(repo):
    run(["check", "r.txt", "--write-baseline", "base.json"], repo)
    changed = REPORT.replace("610.00", "600.00").replace("95.75%", "90.00%")
    (repo / "r.txt").write_text(changed, encoding="utf-8")
    proc, found = findings(["r.txt", "--baseline", "base.json"], repo)
    assert rules_of(found) == ["FL103"]  # the rate finding changed: new; the sum holds now
    assert proc.stderr.count("stale baseline entry") == 2


def test_bad_baseline_is_an_input_error(repo):
    (repo / "base.json").write_text("not json", encoding="utf-8")
    proc = run(["check", "r.txt", "--baseline", "base.json"], repo)
    assert proc.returncode == 2 and "base.json" in proc.stderr


# ---------------------------------------------------------------- formats, jobs, cache (through the CLI)
def test_output_formats_through_the_cli(repo):
    proc = run(["check", "r.txt", "--format", "sarif", "--output", "out.sarif"], repo)
    assert proc.returncode == 1 and proc.stdout == ""
    sarif = json.loads((repo / "out.sarif").read_text(encoding="utf-8"))
    assert sarif["version"] == "2.1.0"
    assert {r["ruleId"] for r in sarif["runs"][0]["results"]} == {"FL101", "FL103", "FL205"}
    github = run(["check", "r.txt", "--format", "github"], repo).stdout
    assert github.startswith("::error file=r.txt,line=2,")
    junit = run(["check", "r.txt", "--format", "junit"], repo).stdout
    assert "<testsuite" in junit and "FL101" in junit
    lines = run(["check", "r.txt", "--format", "json-lines"], repo).stdout.splitlines()
    assert len(lines) == 3 and all(json.loads(x)["path"] == "r.txt" for x in lines)
    concise = run(["check", "r.txt", "--format", "concise"], repo).stdout.splitlines()
    assert concise[0].startswith("r.txt:2:") and len(concise) == 3
    stats = run(["check", "r.txt", "--statistics"], repo).stdout
    assert "FL101" in stats and "composition-sum" in stats


def test_unknown_format_is_a_usage_error(repo):
    proc = run(["check", "r.txt", "--format", "xml"], repo)
    assert proc.returncode == 2 and "sarif" in proc.stderr


def test_jobs_give_the_same_output_in_the_same_order(repo):
    for i in range(6):
        (repo / f"r{i}.txt").write_text(REPORT.replace("610.00", f"6{i}0.00"), encoding="utf-8")
    one = run(["check", "--no-cache", "--format", "json", "."], repo).stdout
    two = run(["check", "--no-cache", "--jobs", "2", "--format", "json", "."], repo).stdout
    assert json.loads(one)["findings"] == json.loads(two)["findings"]


def test_cache_serves_unchanged_reports_and_clean_empties_it(repo):
    first = run(["check", "--format", "json", "r.txt"], repo).stdout
    cached = list((repo / "cache").rglob("*.json"))
    assert any("results" in str(p) for p in cached)
    assert run(["check", "--format", "json", "r.txt"], repo).stdout == first
    (repo / "r.txt").write_text(REPORT.replace("610.00", "600.00"), encoding="utf-8")
    changed = json.loads(run(["check", "--format", "json", "r.txt"], repo).stdout)["findings"]
    assert "FL101" not in rules_of(changed)  # the edit is seen: content is the cache key
    proc = run(["clean"], repo)
    assert proc.returncode == 0 and "removed" in proc.stdout
    assert not [p for p in (repo / "cache").rglob("*.json") if "results" in str(p)]


def test_a_baseline_entry_whose_key_is_not_text_matches_nothing(tmp_path):
    # found by the baseline fuzzer: {"key": {…}} raised TypeError
    from fiscallint.gate.suppressions import GateOutcome, apply_baseline
    from fiscallint.reporting.output import RunResult

    f = tmp_path / "b.json"
    f.write_text(json.dumps({"version": 1, "entries": [{"key": {"a": 1}}, {"key": [1]}]}), encoding="utf-8")
    apply_baseline(RunResult(), f, GateOutcome())
