"""Inputs the fuzzers (fuzz/) found to crash fiscallint, kept as tests."""
from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest

from fiscallint.engine import active_rules, run
from fiscallint.understanding.quantities import scan
from fiscallint.reading import InputError, document_from_bytes

ROOT = Path(__file__).resolve().parent.parent


@pytest.mark.parametrize("text, numbers", [
    (";,0;202-25e9\x0f", ["0", "202"]),  # the fuzzer's input: a range sign before a code, at the end
    ("1-2x", ["1"]),
    ("增长100-3月", ["100"]),  # the second number lexed as a date
])
def test_range_sign_before_a_non_number_at_the_end(text, numbers):
    """The parser waited for the range's second number and failed on the
    whole text (every report holding it was an internal error)."""
    assert [q.digits for q in scan(text)[0]] == numbers


def test_range_sign_before_a_skipped_code_is_not_a_range():
    """“1-2x 300万元”: the code 2x is skipped; 1 and 300万元 are two figures,
    not the range 1–300万元."""
    quantities = scan("共1-2x 300万元")[0]
    assert [(q.digits, q.high, q.unit) for q in quantities] == [("1", None, None), ("300", None, "万元")]
    assert scan("1-2万元")[0][0].high == 2  # a true range is still one


def test_range_crash_input_in_a_whole_report():
    doc = document_from_bytes("基本支出100万元，项目支出1-2x".encode(), "r.txt")
    report = run(doc, active_rules(None, None))
    assert [q.digits for q in report.analysis.quantities] == ["100", "1"]


def _docx(document_xml: bytes) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(ROOT / "examples" / "clean_report.docx") as src, zipfile.ZipFile(buf, "w") as out:
        for info in src.infolist():
            out.writestr(info.filename, document_xml if info.filename == "word/document.xml" else src.read(info))
    return buf.getvalue()


W = b'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


@pytest.mark.parametrize("xml", [
    b"<w:documenT " + W + b"><w:body><w:p><w:r><w:t>1</w:t></w:r></w:p></w:body></w:documenT>",  # the fuzzer's
    b"<w:document " + W + b"><w:p/></w:document>",  # no body
])
def test_document_xml_without_a_word_body_is_refused(xml):
    """python-docx opened it and failed later with AttributeError."""
    with pytest.raises(InputError, match=r"^r.docx: not a readable .docx \(word/document.xml holds no Word document body\)$"):
        document_from_bytes(_docx(b'<?xml version="1.0"?>' + xml), "r.docx")


def test_zero_amount_among_amounts_per_person():
    """FL201's amounts per counted unit divided by a zero amount."""
    text = "发放高龄津贴100人次，共计5000元，发放救助200人次，共计0元，发放补贴300人次，共计9000元。"
    report = run(document_from_bytes(text.encode(), "r.txt"), active_rules(None, None))
    assert [f.rule for f in report.findings] == []


def test_a_zip_entry_without_a_name_is_no_crash():
    """The docx fuzzer's find: a ZIP entry whose name is empty made
    ``ZipInfo.is_dir()`` index its last character (IndexError) while the
    container's budgets were checked. Now the entry is passed over, and the
    file is refused in one line (it is no Word document)."""
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr("word/document.xml", "<w:document/>")
        z.writestr(zipfile.ZipInfo(""), b"x")
    with pytest.raises(InputError):
        document_from_bytes(buf.getvalue(), "fuzz.docx")


def test_a_configuration_that_is_no_table_is_one_line_error():
    """The config fuzzer's find: ``[[tool.fiscallint]]`` (an array of tables)
    made ``parse_config`` take a list for its table (TypeError). Now it is a
    one-line error naming the file."""
    import tomllib

    from fiscallint.gate.config import ConfigError, parse_config

    data = tomllib.loads("[[tool.fiscallint]]\n\nseverity = 0\n")["tool"]["fiscallint"]
    with pytest.raises(ConfigError) as caught:
        parse_config(data, Path("pyproject.toml"))
    assert "pyproject.toml" in str(caught.value) and "\n" not in str(caught.value)


def test_an_array_of_tables_in_pyproject_is_refused_in_one_line(tmp_path):
    import subprocess
    import sys

    (tmp_path / "pyproject.toml").write_text("[[tool.fiscallint]]\nseverity = 0\n", encoding="utf-8")
    (tmp_path / "r.txt").write_text("本年支出100万元。\n", encoding="utf-8")
    proc = subprocess.run([sys.executable, "-m", "fiscallint", "check", "r.txt"], cwd=tmp_path, capture_output=True,
                          text=True, encoding="utf-8")
    assert proc.returncode == 2 and "Traceback" not in proc.stderr
    assert len([ln for ln in proc.stderr.splitlines() if ln.strip()]) == 1 and "pyproject.toml" in proc.stderr
