"""A report written on one long line: the year, label and context of each
figure are found without rescanning the line from its start, and give what
the rescans gave. (Speed itself is measured by benchmarks/bench_long_line.py,
not by a timed test.)"""
from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from fiscallint.understanding.analysis import _COMPARED_YEAR, _YEAR, _Years
from fiscallint.reading import Document
from fiscallint.understanding.restatements import _SINCE, _YEAR as _SPAN_YEAR, _LineYears

PIECES = ["2023年", "2022 年", "较", "比 ", "相比", "2019-2021年", "2013年以来", "。", "！", "？", "\n", "，", "支出", "12.5万元",
          "基本支出", "较上年", "20", "24年", "年", " ", "完成", "全年预算数为3,046.75万元", "a" * 30]
texts = st.lists(st.sampled_from(PIECES), max_size=40).map("".join)


def _old_line_year(text: str, start: int) -> str | None:
    line_start = text.rfind("\n", 0, start) + 1
    years = [m.group(1) for m in _YEAR.finditer(text, line_start, start)
             if not _COMPARED_YEAR.search(text, max(line_start, m.start() - 3), m.start())] if line_start < start else []
    return years[-1] if years else None


def _old_scopes(text: str, line_start: int, end: int) -> set[str]:
    out = set()
    for piece in re.split(r"(?<=[。！？])", text[line_start:end]):
        if len(piece.strip()) <= 24:
            out |= {m.group(1) for m in _SPAN_YEAR.finditer(piece)
                    if not m.group(2) and not _SINCE.match(piece, m.end())}
    return out


@settings(max_examples=300, deadline=None)
@given(texts, st.data())
def test_the_last_year_on_a_line_is_what_a_rescan_finds(text, data):
    doc = Document("t.txt", text)
    years = _Years(doc)
    for start in sorted(data.draw(st.lists(st.integers(0, len(text)), max_size=8))):
        line_start = doc.start_of_line(start)
        new = years.last(line_start, start) if line_start < start else None
        assert new == _old_line_year(text, start)


@settings(max_examples=300, deadline=None)
@given(texts, st.data())
def test_the_years_of_short_sentences_before_a_figure_are_what_a_rescan_finds(text, data):
    doc = Document("t.txt", text)
    lines = _LineYears(text)
    # asked in any order, as the restatement groups ask
    for end in data.draw(st.lists(st.integers(0, len(text)), max_size=8)):
        line_start = doc.start_of_line(end)
        assert lines.before(line_start, end) == _old_scopes(text, line_start, end)


def test_start_and_end_of_line():
    doc = Document("t.txt", "ab\ncd\n\nef")
    assert [doc.start_of_line(i) for i in range(10)] == [0, 0, 0, 3, 3, 3, 6, 7, 7, 7]
    assert [doc.end_of_line(i) for i in range(10)] == [2, 2, 2, 5, 5, 5, 6, 9, 9, 9]


def test_a_report_on_one_line_finds_what_it_finds_on_many(tmp_path):
    """The same sentences, once a line each and once all on one line: the
    same findings (rule, message without positions)."""
    from fiscallint.engine import active_rules, run

    sentences = ["2024年部门整体支出绩效自评报告。",
                 "2024年年初预算支出1,985.20万元，其中：基本支出1,102.36万元，项目支出873.84万元。",
                 "全年预算数为3,046.75万元，全年实际支出2,874.36万元，预算执行率为96.34%。"]
    rules = active_rules(None, None)

    def findings(text: str) -> list[tuple[str, str]]:
        report = run(Document("r.txt", text), rules)
        return sorted((f.rule, re.sub(r"\(line \d+:\d+\)", "", f.message)) for f in report.findings)

    many = findings("\n".join(sentences) + "\n")
    assert {r for r, _ in many} >= {"FL101", "FL103"}
    assert findings("".join(sentences * 3) + "\n") == sorted(many * 3)


# ---------------------------------------------------------------- the project a figure is of
from fiscallint.understanding.crossrefs import _PROJECT_NAME, _PROJECT_POINTER, _Projects  # noqa: E402

PROJECT_PIECES = ["农村道路硬化项目", "该项目", "本项目", "饮水工程", "其他项目", "资金", "，", "。", "\n", "12.5万元",
                  "一、人居环境整治项目\n", "（二）", "完成", "学校维修改造工程", "支出", "镇" * 120, "3" * 90]
project_texts = st.lists(st.sampled_from(PROJECT_PIECES), max_size=60).map("".join)


def _old_named(text: str, line_start: int, at: int) -> str:
    named = [m.group(0) for m in _PROJECT_NAME.finditer(text, line_start, at)]
    return named[-1] if named else ""


@settings(max_examples=300, deadline=None)
@given(project_texts, st.integers(min_value=0, max_value=10**6))
def test_the_last_project_named_before_a_figure_is_what_a_scan_from_the_line_start_finds(text, seed):
    projects = _Projects(text)
    at = seed % (len(text) + 1)
    line_start = text.rfind("\n", 0, at) + 1
    assert projects._last_name(line_start, at) == _old_named(text, line_start, at)
    assert projects._points_back(line_start, at) == bool(_PROJECT_POINTER.search(text, line_start, at))


def test_a_project_named_far_back_on_a_long_line_is_still_the_figures_project():
    text = "农村道路硬化项目资金" + "，已完成路面铺设" * 200 + "，支出12万元。"
    assert _Projects(text)._project(text.index("12万元")) == "农村道路硬化项目"
