"""--format html: the annotated report (fiscallint.reporting.html)."""
from __future__ import annotations

import json
import re
import subprocess
import sys
from html.parser import HTMLParser
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = sorted(p for p in (ROOT / "examples").iterdir() if p.suffix in (".txt", ".docx"))


def run(*args: str, cwd=ROOT) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "fiscallint", *args], cwd=cwd, capture_output=True, text=True)


class Page(HTMLParser):
    """Elements by id, the figures (a.fig) and the finding cards of a page."""

    def __init__(self, text: str):
        super().__init__()
        self.ids: dict[str, dict] = {}
        self.figs: list[dict] = []
        self.cards: list[dict] = []
        self.tags: list[tuple[str, dict]] = []
        self.scripts = 0
        self.feed(text)

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        a["_tag"] = tag
        self.tags.append((tag, a))
        if "id" in a:
            assert a["id"] not in self.ids, f"id {a['id']} twice"
            self.ids[a["id"]] = a
        cls = (a.get("class") or "").split()
        if tag == "a" and "fig" in cls and a.get("data-findings"):
            self.figs.append(a)
        if tag == "article" and "finding" in cls:
            self.cards.append(a)
        if tag == "script":
            self.scripts += 1


def html_of(path: Path, tmp_path: Path, *extra: str) -> str:
    out = tmp_path / (path.stem + ".html")
    r = run("check", str(path), "--no-cache", "--format", "html", "--output", str(out), *extra)
    assert r.returncode in (0, 1), r.stderr
    return out.read_text(encoding="utf-8")


def findings_of(path: Path) -> list[dict]:
    r = run("check", str(path), "--no-cache", "--format", "json")
    return json.loads(r.stdout)["findings"]


@pytest.mark.parametrize("example", EXAMPLES, ids=lambda p: p.name)
def test_every_finding_is_on_the_page_and_linked_to_its_figures(example, tmp_path):
    page = Page(html_of(example, tmp_path))
    findings = findings_of(example)
    assert len(page.cards) == len(findings)
    for card, f in zip(page.cards, findings):
        figures = card["data-figures"].split()
        # the stated figure and every related figure that is a number of the report
        assert len(figures) >= 1, f
        for fid in figures:
            fig = page.ids[fid]
            assert card["id"] in fig["data-findings"].split()
        stated = page.ids[figures[0]]
        assert "stated" in stated["class"].split()
        assert stated["href"] == "#" + card["id"] or card["id"] in stated["data-findings"].split()
    # and every highlighted figure leads to a finding on the page
    for fig in page.figs:
        assert all(fid in page.ids for fid in fig["data-findings"].split())


def test_the_stated_figure_is_marked_where_it_stands(tmp_path):
    example = ROOT / "examples" / "report_with_errors.txt"
    text = html_of(example, tmp_path)
    page = Page(text)
    first = findings_of(example)[0]  # FL101 on 年初预算支出1,985.20万元
    fid = page.cards[0]["data-figures"].split()[0]
    m = re.search(r'id="%s"[^>]*>([^<]*)<' % re.escape(fid), text)
    assert m and m.group(1) in ("1,985.20", "1,985.20万元"), m and m.group(1)
    assert first["rule"] == "FL101"
    others = page.cards[0]["data-figures"].split()[1:]
    assert {page.ids[o]["class"] for o in others} == {"fig other"}


def test_word_tables_are_tables_with_header_cells(tmp_path):
    text = html_of(ROOT / "examples" / "report_with_errors.docx", tmp_path)
    page = Page(text)
    tags = [t for t, _ in page.tags]
    assert "table" in tags and "th" in tags and "td" in tags
    # document order: the annexed table comes after the paragraph that announces it
    assert text.index("附件：基础数据表") < text.index("<table>", text.index('class="doc"'))


def test_a_table_flattened_into_text_is_shown_as_a_table(tmp_path):
    report = tmp_path / "t.txt"
    report.write_text("一、收支情况\n项目 | 预算数 | 决算数\n基本支出 | 100.00 | 90.00\n项目支出 | 50.00 | 45.00\n"
                      "合计 | 150.00 | 155.00\n二、其他\n无。\n", encoding="utf-8")
    text = html_of(report, tmp_path)
    page = Page(text)
    assert [t for t, _ in page.tags].count("tr") >= 4
    assert "<th>项目</th>" in text
    assert "<p>一、收支情况</p>" in text and "<p>二、其他</p>" in text
    assert text.index("一、收支情况") < text.index("<table>") < text.index("二、其他")


def test_report_text_is_escaped(tmp_path):
    report = tmp_path / "evil.txt"
    report.write_text(
        '<script>alert("x")</script><img src=x onerror="alert(1)">\n'
        '总支出<b title="a&quot;b">300万元</b>，其中：基本支出100万元，项目支出150万元。"><svg onload=alert(2)>\n',
        encoding="utf-8")
    text = html_of(report, tmp_path)
    page = Page(text)
    assert page.scripts == 1  # the page's own
    assert "<img" not in text and "<svg" not in text and "<b " not in text
    assert "&lt;script&gt;alert(&#34;x&#34;)&lt;/script&gt;" in text
    assert "&lt;svg onload=alert(2)&gt;" in text
    assert not any(k.startswith("on") for _, a in page.tags for k in a)
    assert len(page.cards) == 1  # the sum still checked: 100 + 150 is not 300


def test_the_file_is_self_contained(tmp_path):
    for example in EXAMPLES:
        text = html_of(example, tmp_path)
        assert not re.search(r"(?i)(?:https?:)?//[a-z0-9.-]+\.[a-z]{2,}", text.replace("http://www.w3.org", "")), example
        assert not re.search(r"(?i)\b(?:src|href)\s*=\s*[\"']?(?![\"'#])", text), example
        assert "url(" not in text and "@import" not in text


def test_summary_counts_and_coverage(tmp_path):
    example = ROOT / "examples" / "report_with_errors.txt"
    text = html_of(example, tmp_path)
    summary = json.loads(run("check", str(example), "--no-cache", "--format", "json").stdout)["summary"]
    assert f"Found {summary['error'] + summary['warning']} problems" in text
    assert "quantities found" in text and f">{summary['coverage']['quantities']}<" in text
    for code, row in summary["by_rule"].items():
        assert f"<td>{code}</td><td>{row['name']}</td><td class=\"n\">{row['count']}</td>" in text
    clean = html_of(ROOT / "examples" / "clean_report.txt", tmp_path)
    assert "No problems found in 1 file." in clean and "none disagrees" in clean


def test_navigation_from_finding_to_finding(tmp_path):
    page = Page(html_of(ROOT / "examples" / "report_with_errors.txt", tmp_path))
    cards = [c["id"] for c in page.cards]
    nexts = [a["href"][1:] for _, a in page.tags if a.get("rel") == "next"]
    prevs = [a["href"][1:] for _, a in page.tags if a.get("rel") == "prev"]
    assert nexts == cards[1:] and prevs == cards[:-1]


def test_several_files_give_one_page_with_a_section_each(tmp_path):
    out = tmp_path / "all.html"
    r = run("check", "examples/report_with_errors.txt", "examples/clean_report.docx", "--no-cache",
            "--format", "html", "-o", str(out))
    assert r.returncode == 1
    page = Page(out.read_text(encoding="utf-8"))
    sections = [a["id"] for t, a in page.tags if t == "section" and "file" in (a.get("class") or "")]
    assert sections == ["r1-file", "r2-file"]


def test_the_page_follows_the_language(tmp_path):
    text = html_of(ROOT / "examples" / "report_with_errors.txt", tmp_path, "--lang", "zh")
    assert '<html lang="zh-CN">' in text
    assert "请把各部分自己加一遍" in text  # the plain explanation of FL101
    assert "计算得" in text and "扣除四舍五入后" in text
    assert "computed" not in text and "beyond rounding" not in text
    assert "FL101" in text and "composition-sum" in text  # codes and names stay


def test_print_layout_for_a4(tmp_path):
    text = html_of(ROOT / "examples" / "clean_report.txt", tmp_path)
    assert "@page { size: A4;" in text and "@media print" in text


def test_hovering_over_a_figure_names_its_finding(tmp_path):
    page = Page(html_of(ROOT / "examples" / "report_with_errors.txt", tmp_path, "--lang", "zh"))
    card = page.cards[0]
    stated = page.ids[card["data-figures"].split()[0]]
    assert stated["title"].startswith("1. 错误 FL101: 请把各部分自己加一遍")


@pytest.mark.parametrize("example", EXAMPLES, ids=lambda p: p.name)
def test_no_word_of_the_report_is_lost(example, tmp_path):
    """Every non-blank character of the report as read is on the page (tables
    drop only their separators)."""
    import html as htmllib

    text = html_of(example, tmp_path)
    body = text[text.index('<div class="doc"'):text.index('<aside class="findings">')]
    shown = re.sub(r"\s|\|", "", htmllib.unescape(re.sub(r"<[^>]+>", "", re.sub(r"<h3.*?</h3>", "", body, count=1))))
    r = run("cat", str(example))
    wanted = re.sub(r"\s|\|", "", r.stdout)
    assert shown == wanted, example  # every character, in document order


def test_the_likely_slip_is_shown_beside_its_finding(tmp_path):
    example = ROOT / "examples" / "report_with_errors.txt"
    slips = [f for f in findings_of(example) if f.get("slip")]
    assert slips  # 96.34% for 94.34%: one digit mistyped
    zh = html_of(example, tmp_path, "--lang", "zh")
    assert "<dt>可能的笔误</dt><dd>如果 96.34% 原本应为 94.34%（一位数字录错），数字就相符</dd>" in zh
    en = html_of(example, tmp_path)
    assert "<dt>Likely slip</dt><dd>it would hold if 96.34% were 94.34% (one digit mistyped)</dd>" in en
