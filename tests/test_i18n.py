"""Messages in English and Chinese (gettext catalogues, fiscallint.support.i18n)."""
from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

from fiscallint.support import i18n, messages as M
from fiscallint.engine import active_rules, run
from fiscallint.support.messages import Msg
from fiscallint.reading import read_document

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = sorted(p for p in (ROOT / "examples").iterdir() if p.suffix in (".txt", ".docx"))
PLACEHOLDER = re.compile(r"\{[a-z_0-9]*\}")
# templates whose Chinese is the same text (Chinese words already)
SAME_IN_BOTH = {M.SCORE}


def cli(*args: str, env=None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "fiscallint", *args], cwd=ROOT, capture_output=True, text=True, env=env)


# the rules the examples do not reach: an identity (FL107), a change (FL104), a
# relation left unchecked (FL199) and a score (FL301)
MORE = """截至2024年12月31日，资产总额800.00万元，负债总额250.25万元，净资产544.75万元。
村级活动场所由上年的12个增加到20个，增加9个。
上级下达资金400.00万元，拨付资金350.00万元。项目执行率为60%。
绩效自评表
一级指标 | 二级指标 | 三级指标 | 分值 | 年度指标值 | 实际完成值 | 得分
产出指标 | 数量指标 | 培训人次 | 10 | 100 | 80 | 9.5
"""


def all_findings():
    from fiscallint.reading import Document

    rules = active_rules(["ALL"])
    for path in EXAMPLES:
        yield from run(read_document(path, path.name), rules).findings
    yield from run(Document("more.txt", MORE), rules).findings


def test_the_catalogues_are_complete_and_compiled():
    import babel  # noqa: F401  (the test extra: tools/catalogue.py needs it)
    r = subprocess.run([sys.executable, str(ROOT / "tools" / "catalogue.py"), "check"], capture_output=True, text=True)
    assert r.returncode == 0, r.stdout + r.stderr


def test_every_finding_of_the_examples_renders_in_both_languages():
    zh = i18n.translator("zh")
    seen_rules = set()
    for f in all_findings():
        seen_rules.add(f.rule)
        assert isinstance(f.message, Msg), f"{f.rule}: a message written outside fiscallint.support.messages"
        english = f.message.render(i18n.translator("en"))
        assert english == str(f.message)
        chinese = i18n.render(f.message, "zh")
        for text in (english, chinese):
            assert not PLACEHOLDER.search(text), text
        for template in f.message.templates():
            assert zh(template) != template or template in SAME_IN_BOTH, f"untranslated: {template!r}"
        for loc in [f.location, *f.related]:
            if isinstance(loc.message, Msg):
                assert not PLACEHOLDER.search(i18n.render(loc.message, "zh"))
        assert re.search(r"[\u4e00-\u9fff]", chinese)
    # every rule but the suppressions' (FL900, FL901: Word comments; their templates are
    # checked by the catalogue test above)
    assert {"FL101", "FL102", "FL103", "FL104", "FL105", "FL106", "FL107", "FL199", "FL301", "FL201", "FL202",
            "FL203", "FL204", "FL205", "FL206", "FL207"} <= seen_rules


def test_every_template_is_translated_and_keeps_its_placeholders():
    zh = i18n.translator("zh")
    templates = [v for k, v in vars(M).items() if k.isupper() and isinstance(v, str)]
    templates += [x for k, v in vars(M).items() if k.isupper() and isinstance(v, tuple) for x in v]
    templates += [x for k, v in vars(M).items() if k.isupper() and isinstance(v, dict) for x in v.values()]
    assert len(templates) > 100
    for t in templates:
        translated = zh(t)
        if t not in SAME_IN_BOTH and not t.startswith("{n} "):
            assert translated != t, f"untranslated: {t!r}"
        assert sorted(PLACEHOLDER.findall(translated)) == sorted(PLACEHOLDER.findall(t)), t


def test_default_language_comes_from_the_locale():
    assert i18n.default_lang({}) == "en"
    assert i18n.default_lang({"LANG": "zh_CN.UTF-8"}) == "zh"
    assert i18n.default_lang({"LANG": "zh_CN.UTF-8", "LC_ALL": "C"}) == "en"
    assert i18n.default_lang({"LC_MESSAGES": "zh_TW", "LANG": "en_US.UTF-8"}) == "zh"
    assert i18n.default_lang({"LANG": "C.UTF-8"}) == "en"


def test_text_output_in_chinese_and_english(tmp_path):
    english = cli("check", "examples/report_with_errors.txt", "--no-cache")
    assert "computed 1976.200万元" in english.stdout and "Found 6 problems" in english.stdout
    chinese = cli("check", "examples/report_with_errors.txt", "--no-cache", "--lang", "zh")
    assert chinese.returncode == english.returncode == 1
    assert "计算得 1976.200万元" in chinese.stdout
    assert "在1个文件中发现6个问题（5个错误，1个警告）。" in chinese.stdout
    assert "找到的数字" in chinese.stdout and "quantities found" not in chinese.stdout
    assert "FL101 [error]" in chinese.stdout  # codes and severities as they are


def test_the_locale_chooses_chinese(tmp_path):
    import os

    env = dict(os.environ, LANG="zh_CN.UTF-8")
    env.pop("LC_ALL", None)
    r = cli("check", "examples/report_with_errors.txt", "--no-cache", env=env)
    assert "计算得" in r.stdout
    r = cli("check", "examples/report_with_errors.txt", "--no-cache", "--lang", "en", env=env)
    assert "computed" in r.stdout and "计算得" not in r.stdout


def test_json_keeps_its_field_names_and_translates_messages():
    en = json.loads(cli("check", "examples/report_with_errors.txt", "--no-cache", "--format", "json").stdout)
    zh = json.loads(cli("check", "examples/report_with_errors.txt", "--no-cache", "--format", "json", "--lang", "zh").stdout)
    assert [sorted(f) for f in en["findings"]] == [sorted(f) for f in zh["findings"]]
    assert [f["rule"] for f in en["findings"]] == [f["rule"] for f in zh["findings"]]
    assert sorted(en["summary"]) == sorted(zh["summary"])
    assert "计算得" in zh["findings"][0]["message"] and "（第13行第30列）" in zh["findings"][0]["related"][0]["message"]


def test_lang_in_the_configuration(tmp_path):
    (tmp_path / "fiscallint.toml").write_text('lang = "zh"\n', encoding="utf-8")
    report = tmp_path / "r.txt"
    report.write_bytes((ROOT / "examples" / "report_with_errors.txt").read_bytes())
    r = subprocess.run([sys.executable, "-m", "fiscallint", "check", "r.txt", "--no-cache"], cwd=tmp_path,
                       capture_output=True, text=True)
    assert "计算得" in r.stdout
    (tmp_path / "fiscallint.toml").write_text('lang = "fr"\n', encoding="utf-8")
    r = subprocess.run([sys.executable, "-m", "fiscallint", "check", "r.txt", "--no-cache"], cwd=tmp_path,
                       capture_output=True, text=True)
    assert r.returncode == 2 and "lang" in r.stderr
    r = cli("check", "examples/clean_report.txt", "--lang", "fr")
    assert r.returncode == 2 and "unknown language 'fr'" in r.stderr


def test_a_cached_result_is_rendered_in_chinese_too(tmp_path):
    import os

    env = dict(os.environ, FISCALLINT_CACHE_DIR=str(tmp_path / "cache"))
    first = cli("check", "examples/township_warnings.txt", "--lang", "zh", env=env)
    again = cli("check", "examples/township_warnings.txt", "--lang", "zh", env=env)
    english = cli("check", "examples/township_warnings.txt", env=env)
    assert list((tmp_path / "cache").rglob("*.json"))
    assert first.stdout == again.stdout and "超出编制" in again.stdout
    assert "exceeds the establishment" in english.stdout


def test_messages_survive_worker_processes():
    import pickle

    m = Msg(M.FIGURE_REASON, figure=Msg(M.FIGURE_AT, figure="基本支出 1万元", line=1, column=2), reason=Msg(M.APART_1E4))
    back = pickle.loads(pickle.dumps(m))
    assert back == m and back.render(i18n.translator("zh")) == m.render(i18n.translator("zh"))
    assert "第1行第2列" in back.render(i18n.translator("zh"))


def test_an_installed_wheel_speaks_chinese_and_makes_the_page(tmp_path):
    """`pip install .` ships the compiled catalogue and the page template: no build step needed."""
    import hatchling  # noqa: F401  (the test extra builds the wheel)
    r = subprocess.run([sys.executable, "-m", "pip", "wheel", "-q", "--no-deps", "--no-build-isolation",
                        "-w", str(tmp_path / "dist"), str(ROOT)], capture_output=True, text=True)
    assert r.returncode == 0, r.stderr
    wheel = next((tmp_path / "dist").glob("fiscallint-*.whl"))
    r = subprocess.run([sys.executable, "-m", "pip", "install", "-q", "--no-deps", "--target", str(tmp_path / "site"),
                        str(wheel)], capture_output=True, text=True)
    assert r.returncode == 0, r.stderr
    import os

    env = dict(os.environ, PYTHONPATH=str(tmp_path / "site"), FISCALLINT_CACHE_DIR=str(tmp_path / "cache"))
    out = tmp_path / "r.html"
    r = subprocess.run([sys.executable, "-c", "import fiscallint, os, sys; assert fiscallint.__file__.startswith(os.environ['PYTHONPATH']), fiscallint.__file__; "
                        "from fiscallint.cli import main; main()",
                        "check", str(ROOT / "examples" / "report_with_errors.txt"), "--lang", "zh", "--format", "html",
                        "-o", str(out)], capture_output=True, text=True, env=env, cwd=tmp_path)
    assert r.returncode == 1, r.stderr
    assert "计算得" in out.read_text(encoding="utf-8")


def test_a_file_that_cannot_be_read_is_named_in_chinese(tmp_path):
    bad = tmp_path / "b.txt"
    bad.write_bytes(b"x\x00y")
    r = cli("check", str(bad), str(tmp_path / "missing.txt"), "--lang", "zh", "--no-cache")
    assert r.returncode == 2
    assert f"{bad}: 是二进制数据（含 NUL 字节），不是文本报告" in r.stderr
    assert "missing.txt: 文件或文件夹不存在" in r.stderr
    r = cli("check", str(bad), "--no-cache", "--format", "json")
    assert json.loads(r.stdout)["summary"]["input_errors"] == [f"{bad}: binary data (NUL bytes), not a text report"]


@pytest.mark.parametrize("comment, rule, words", [
    ("fiscallint: ignore FL101", "FL900", "忽略标记无效：没有写明理由"),
    ("fiscallint: ignore FL777 说明", "FL900", "忽略标记无效：未知规则 'FL777'"),
    ("fiscallint: ignore FL102 不适用", "FL901", "对 800.00 的 FL102 忽略标记没有对应任何问题"),
])
def test_suppression_messages_in_chinese(tmp_path, comment, rule, words):
    import os

    import docx
    d = docx.Document()
    p = d.add_paragraph("2024年本年支出1,200.00万元，其中：基本支出")
    figure = p.add_run("800.00万元")
    p.add_run("，项目支出350.00万元。")
    d.add_comment([figure], text=comment, author="会计")
    d.save(str(tmp_path / "c.docx"))
    env = dict(os.environ, FISCALLINT_CACHE_DIR=str(tmp_path / "cache"))
    r = subprocess.run([sys.executable, "-m", "fiscallint", "check", "c.docx", "--format", "json", "--lang", "zh"],
                       cwd=tmp_path, capture_output=True, text=True, env=env)
    found = [f for f in json.loads(r.stdout)["findings"] if f["rule"] == rule]
    assert found and words in found[0]["message"], [f["message"] for f in found]
    assert not PLACEHOLDER.search(found[0]["message"])
