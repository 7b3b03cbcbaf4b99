"""`fiscallint explain`: why a finding was made, and what a quiet line holds."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from fiscallint.engine import active_rules
from fiscallint.reporting.explain import explain
from fiscallint.reading import Document

ROOT = Path(__file__).resolve().parents[1]

RATE = "全年预算数为2,400.00万元，全年实际支出2,301.00万元，预算执行率为97.5%。\n"


def test_a_finding_is_explained_with_its_sentence_figures_pattern_and_readings():
    text = "一、总体情况\n" + RATE
    out = explain(Document("r.txt", text), active_rules(), 2)
    assert out.startswith("r.txt:2\n")
    assert "sentences (as split):\n  2:1–2:" in out
    assert "2:7  2,400.00万元, label “全年预算数为”" in out and "phase 调整预算" in out
    assert "FL103 rate-mismatch [error] at 2:" in out
    assert "pattern: rate.actual-over-plan, triggered by “预算执行率为”" in out
    # the other pairing was tried and set aside, with the value it gives
    assert "reading rejected: with 2,400.00万元, 2,301.00万元 as its figures: gives [104.3" in out


def test_a_quiet_line_says_what_was_read_and_why_nothing_was_claimed():
    text = "本次审计资金3200万元，发现问题资金13.44万元，比例较低。\n"
    out = explain(Document("r.txt", text), active_rules(), 1)
    assert "findings: none on this line" in out
    assert "13.44万元 (1:" in out and "in no claim:" in out


def test_set_aside_readings_are_named():
    text = ("“三公”经费支出决算为41.30万元，完成全年预算60.00万元的68.8%。其中：因公出国（境）费支出决算为5.00万元，"
            "完成预算5.00万元的100%；公务接待费支出决算为36.30万元，完成预算55.00万元的66%。\n")
    out = explain(Document("r.txt", text), active_rules(), 1)
    assert "the base of the percentage after it" in out
    assert "[consistent] composition [sum.of-which]" in out


def test_without_a_line_every_line_with_a_finding_is_explained():
    text = RATE + "\n公用经费168.23万元。\n" + "公用经费186.23万元。\n"
    out = explain(Document("r.txt", text), active_rules())
    assert out.count("r.txt:") >= 2 and "FL103" in out and "FL106" in out


def test_the_cli_takes_file_colon_line(tmp_path):
    report = tmp_path / "r.txt"
    report.write_text(RATE, encoding="utf-8")
    proc = subprocess.run([sys.executable, "-m", "fiscallint", "explain", f"{report}:1"],
                          capture_output=True, text=True, encoding="utf-8")
    assert proc.returncode == 0, proc.stderr
    assert "pattern: rate.actual-over-plan" in proc.stdout
    missing = subprocess.run([sys.executable, "-m", "fiscallint", "explain", str(tmp_path / "none.txt")],
                             capture_output=True, text=True, encoding="utf-8")
    assert missing.returncode == 2 and missing.stderr.count("\n") == 1


def test_json_findings_carry_the_pattern_id(tmp_path):
    report = tmp_path / "r.txt"
    report.write_text(RATE, encoding="utf-8")
    proc = subprocess.run([sys.executable, "-m", "fiscallint", "check", "--format", "json", "--no-cache", str(report)],
                          capture_output=True, text=True, encoding="utf-8")
    (finding,) = json.loads(proc.stdout)["findings"]
    assert finding["pattern"] == "rate.actual-over-plan"


def test_sarif_results_carry_the_pattern_id(tmp_path):
    report = tmp_path / "r.txt"
    report.write_text(RATE, encoding="utf-8")
    proc = subprocess.run([sys.executable, "-m", "fiscallint", "check", "--format", "sarif", "--no-cache", str(report)],
                          capture_output=True, text=True, encoding="utf-8")
    (result,) = json.loads(proc.stdout)["runs"][0]["results"]
    assert result["properties"]["pattern"] == "rate.actual-over-plan"
