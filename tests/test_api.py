"""The Python API (fiscallint.api): what the command line does, from a program."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from fiscallint import api

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"
WRONG = "2024年支出总额100万元，其中：基本支出60万元，项目支出50万元。"
RIGHT = "2024年支出总额110万元，其中：基本支出60万元，项目支出50万元。"


def test_check_text_finds_a_composition_that_does_not_add_up():
    findings = api.check_text(WRONG, "report.txt")
    assert [(f.rule, f.path, f.location.line, f.location.column) for f in findings] == [("FL101", "report.txt", 1, 10)]
    assert "computed 110.0万元" in findings[0].message


def test_check_text_is_silent_when_the_figures_agree():
    assert api.check_text(RIGHT) == []


def test_select_and_ignore_choose_the_rules():
    assert api.check_text(WRONG, ignore=["FL101"]) == []
    assert [f.rule for f in api.check_text(WRONG, select=["FL1"])] == ["FL101"]
    with pytest.raises(api.UsageError, match="unknown rule 'FL999'"):
        api.check_text(WRONG, select=["FL999"])


def test_check_path_gives_what_the_command_line_reports(tmp_path):
    path = EXAMPLES / "report_with_errors.txt"
    out = subprocess.run([sys.executable, "-m", "fiscallint", "check", "--format", "json", "--no-cache", str(path)],
                         capture_output=True, text=True, cwd=tmp_path)
    cli = [(f["rule"], f["line"], f["column"]) for f in json.loads(out.stdout)["findings"]]
    ours = [(f.rule, f.location.line, f.location.column) for f in api.check_path(path)]
    assert ours == cli and len(ours) >= 5


def test_a_report_that_cannot_be_read_is_a_usage_error(tmp_path):
    with pytest.raises(api.UsageError, match="nothing.txt"):
        api.check_path(tmp_path / "nothing.txt")


def test_plan_applies_the_configuration_include_and_exclude(tmp_path):
    (tmp_path / "fiscallint.toml").write_text('exclude = ["skip*.txt"]\n', encoding="utf-8")
    (tmp_path / "a.txt").write_text(WRONG, encoding="utf-8")
    (tmp_path / "skip.txt").write_text(WRONG, encoding="utf-8")
    plan = api.plan([str(tmp_path)])
    assert [it.path.name for it in plan.items] == ["a.txt"]
    assert len(plan.left_out) == 1 and plan.left_out[0].startswith(str(tmp_path / "skip.txt"))
    api.run(plan, cache=False)
    assert [(name, [f.rule for f in r.findings]) for name, r in plan.result.reports] == [(str(tmp_path / "a.txt"), ["FL101"])]


def test_a_configuration_that_cannot_be_used_is_a_usage_error(tmp_path):
    (tmp_path / "fiscallint.toml").write_text("select = 3\n", encoding="utf-8")
    with pytest.raises(api.UsageError, match="fiscallint.toml"):
        api.plan([str(tmp_path)])


def test_the_module_documentation_example_runs():
    import doctest

    assert doctest.testmod(api).failed == 0


# ---------------------------------------------------------------- a run's own lexicon and thresholds
SAID_TWICE = "2024年基本经费支出500.00万元。\n基本支出480.00万元。\n"
SLIP = "本单位2024年度预算安排100.00万元。\n发放救助金1500.00万元，惠及群众300人次。\n"


def _folder(root: Path, name: str, text: str, config: str | None = None) -> Path:
    folder = root / name
    folder.mkdir()
    (folder / "r.txt").write_text(text, encoding="utf-8")
    if config is not None:
        (folder / "fiscallint.toml").write_text(config, encoding="utf-8")
    return folder / "r.txt"


def _rules(result) -> list[str]:
    return sorted({f.rule for _, report in result.reports for f in report.findings})


def test_a_configuration_synonym_is_its_own_runs_only(tmp_path, monkeypatch):
    """A run whose configuration adds a synonym reads with it; another run
    in the same process, without that configuration, does not — whatever
    order the runs are planned and run in (the lexicon is the run's, not
    the process's)."""
    monkeypatch.setenv("FISCALLINT_CACHE_DIR", str(tmp_path / "cache"))
    configured = _folder(tmp_path, "configured", SAID_TWICE, 'synonyms = { "基本支出" = ["基本经费支出"] }\n')
    plain = _folder(tmp_path, "plain", SAID_TWICE)
    with_synonym = api.plan([str(configured)], select=["FL106"])
    without = api.plan([str(plain)], select=["FL106"])
    api.run(with_synonym, cache=False)
    api.run(without, cache=False)
    assert _rules(with_synonym.result) == ["FL106"]
    assert _rules(without.result) == []
    assert [f.rule for f in api.check_path(configured, select=["FL106"])] == ["FL106"]
    assert api.check_text(SAID_TWICE, select=["FL106"]) == []
    assert [f.rule for f in api.check_path(plain, select=["FL106"])] == []


def test_configuration_thresholds_are_their_own_runs_only(tmp_path, monkeypatch):
    """The same for a configuration's thresholds."""
    monkeypatch.setenv("FISCALLINT_CACHE_DIR", str(tmp_path / "cache"))
    configured = _folder(tmp_path, "configured", SLIP, "[thresholds.unit_slip]\nbudget_ratio = 50\n")
    plain = _folder(tmp_path, "plain", SLIP)
    relaxed = api.plan([str(configured)], select=["FL201"])
    usual = api.plan([str(plain)], select=["FL201"])
    api.run(relaxed, cache=False)
    api.run(usual, cache=False)
    assert _rules(relaxed.result) == []
    assert _rules(usual.result) == ["FL201"]
    assert [f.rule for f in api.check_text(SLIP, select=["FL201"])] == ["FL201"]
