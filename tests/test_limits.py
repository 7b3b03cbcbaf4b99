"""Budgets per input (fiscallint.support.limits): hostile and huge inputs are refused
in bounded time and memory, with one line naming the file and the budget."""
from __future__ import annotations

import io
import os
import resource
import subprocess
import sys
import time
import zipfile
from pathlib import Path

import pytest

from fiscallint.support import limits
from fiscallint.gate.config import ConfigError, parse_config
from fiscallint.support.limits import BudgetError, Limits
from fiscallint.reading import InputError, document_from_bytes
from fiscallint.support.options import Options

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))
import hostile  # noqa: E402

CLEAN_TXT = ROOT / "examples" / "clean_report.txt"
CLEAN_DOCX = ROOT / "examples" / "clean_report.docx"
ENV = {**os.environ, "PYTHONPATH": str(ROOT / "src")}


def budgets(table: dict) -> Options:
    """The options of a configuration whose [limits] table is ``table``."""
    return Options.from_settings({"limits": table})


def run_cli(args: list[str], cwd: Path | None = None, stdin: bytes | None = None) -> tuple[int, str, str]:
    proc = subprocess.run([sys.executable, "-m", "fiscallint", *args], capture_output=True, env=ENV, cwd=cwd,
                          input=stdin, timeout=120)
    return proc.returncode, proc.stdout.decode(), proc.stderr.decode()


def _isolated_peak(args: list[str]) -> tuple[int, str, float, int]:
    """Run fiscallint under a fresh probe interpreter, whose RUSAGE_CHILDREN
    holds that one child only: (exit code, stderr, seconds, peak bytes)."""
    probe = (
        "import resource, subprocess, sys, time, json\n"
        "t = time.perf_counter()\n"
        "p = subprocess.run([sys.executable, '-m', 'fiscallint', *sys.argv[1:]], capture_output=True)\n"
        "s = time.perf_counter() - t\n"
        "print(json.dumps([p.returncode, p.stderr.decode(), s, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss * 1024]))\n"
    )
    import json

    out = subprocess.run([sys.executable, "-c", probe, *args], capture_output=True, env=ENV, timeout=120, check=True)
    rc, err, seconds, peak = json.loads(out.stdout)
    return rc, err, seconds, peak


# ---------------------------------------------------------------- acceptance: the zip bomb
@pytest.fixture(scope="module")
def bomb(tmp_path_factory) -> Path:
    return hostile.zip_bomb(tmp_path_factory.mktemp("bomb") / "bomb.docx")


def test_the_bomb_is_a_valid_docx_over_a_gigabyte(bomb):
    with zipfile.ZipFile(bomb) as z:
        info = z.getinfo("word/document.xml")
        assert info.file_size > 10 ** 9
        assert bomb.stat().st_size < 4 * 10 ** 6
        with z.open(info) as f:  # it really inflates: the first MiB is the XML and spaces
            head = f.read(1 << 20)
    assert head.startswith(b"<?xml") and b"<w:t>" in head and head.endswith(b" " * 1000)


def test_zip_bomb_refused_fast_in_bounded_memory(bomb):
    rc, err, seconds, peak = _isolated_peak(["check", "--no-cache", str(bomb), str(CLEAN_TXT)])
    assert rc == 2
    lines = [x for x in err.splitlines() if x.strip()]
    mine = [x for x in lines if str(bomb) in x]
    assert len(mine) == 1, err
    assert "over budget" in mine[0] and "part-size" in mine[0]
    assert seconds < 2.0, seconds
    assert peak < 300 * 2 ** 20, peak


def test_zip_bomb_refused_other_files_still_checked(bomb):
    rc, out, err = run_cli(["check", "--no-cache", "--format", "json", str(bomb), str(CLEAN_TXT)])
    import json

    data = json.loads(out)
    assert rc == 2
    assert data["summary"]["files"] == 1  # the clean report was checked
    assert len(data["summary"]["input_errors"]) == 1 and "part-size" in data["summary"]["input_errors"][0]


def test_a_lying_central_directory_does_not_let_the_bomb_in(tmp_path):
    """The directory declares 4 KiB: inflating stops there and the archive is refused as damaged."""
    lying = hostile.lying_bomb(tmp_path / "lying.docx", inflated_mib=64)
    start = time.perf_counter()
    with pytest.raises(InputError, match="lying.docx: a damaged .docx"):
        document_from_bytes(lying.read_bytes(), "lying.docx")
    assert time.perf_counter() - start < 2


def test_actual_inflated_size_is_counted_not_only_the_declared_one(tmp_path):
    """Within the declared sizes, the streamed count is what is compared."""
    bomb = hostile.zip_bomb(tmp_path / "b.docx", inflated_mib=5)
    data = bomb.read_bytes()
    # declared sizes pass, the streamed size is over the part budget
    strict = Limits(part_size=3 * 2 ** 20, compression_ratio=10 ** 6)
    with pytest.raises(BudgetError, match="declares 5,"):
        limits.inspect_zip(data, "b.docx", strict)
    lax = Limits(compression_ratio=10 ** 6)
    assert limits.inspect_zip(data, "b.docx", lax) == 0


def test_compression_ratio_budget(tmp_path):
    bomb = hostile.zip_bomb(tmp_path / "b.docx", inflated_mib=4)
    with pytest.raises(BudgetError, match="compression-ratio budget is 100:1"):
        document_from_bytes(bomb.read_bytes(), "b.docx")


# ---------------------------------------------------------------- entity expansion
def test_xml_entity_expansion_refused(tmp_path):
    path = hostile.entity_docx(tmp_path / "laughs.docx")
    with pytest.raises(InputError, match=r"laughs.docx: word/document.xml declares a DTD"):
        document_from_bytes(path.read_bytes(), "laughs.docx")


def test_xml_entity_expansion_refused_by_the_cli(tmp_path):
    path = hostile.entity_docx(tmp_path / "laughs.docx")
    rc, out, err = run_cli(["check", "--no-cache", str(path)])
    assert rc == 2 and err.count("\n") == 1 and "DTD" in err and "laughs.docx" in err
    assert "lol" not in out + err


def test_dtd_split_across_chunks_is_seen():
    """A <!DOCTYPE straddling two inflated chunks is still found."""
    pad = b"x" * (limits.CHUNK - 4)
    xml = b'<?xml version="1.0"?>' + pad + b'<!DOCTYPE a [<!ENTITY b "c">]><a/>'
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("word/document.xml", xml)
    with pytest.raises(InputError, match="DTD"):
        limits.inspect_zip(buf.getvalue(), "split.docx")


# ---------------------------------------------------------------- each budget
def _docx_with(parts: dict[str, bytes]) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(CLEAN_DOCX) as src, zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as out:
        for info in src.infolist():
            if info.filename not in parts:
                out.writestr(info.filename, src.read(info))
        for name, data in parts.items():
            out.writestr(name, data)
    return buf.getvalue()


def test_parts_budget():
    data = _docx_with({f"customXml/item{i}.xml": b"<a/>" for i in range(30)})
    with pytest.raises(BudgetError, match=r"x.docx: over budget: the ZIP container declares \d+, the parts budget is 20"):
        limits.inspect_zip(data, "x.docx", Limits(parts=20))
    # an end record that lies (declares 1 member): the directory is counted too
    end = data.rfind(b"PK\x05\x06")
    lying = data[:end + 8] + (1).to_bytes(2, "little") * 2 + data[end + 12:]
    assert limits.zip_entries(lying) == 1
    with pytest.raises(BudgetError, match=r"x.docx: over budget: the ZIP container holds \d+, the parts budget is 20"):
        limits.inspect_zip(lying, "x.docx", Limits(parts=20))
    with zipfile.ZipFile(CLEAN_DOCX) as z:
        xml = z.read("word/document.xml")
    assert limits.inspect_zip(data, "x.docx") == xml.count(b"<w:tc>") + xml.count(b"<w:tc ") > 0


def test_total_size_budget():
    data = _docx_with({f"media/p{i}.bin": os.urandom(40_000) for i in range(5)})
    with pytest.raises(BudgetError, match="total-size budget is 100,000 bytes"):
        limits.inspect_zip(data, "x.docx", Limits(total_size=100_000))


def test_table_cells_counted_while_inflating(tmp_path):
    path = hostile.cells_docx(tmp_path / "cells.docx", cells=2000)
    data = path.read_bytes()
    assert limits.inspect_zip(data, "cells.docx") == 2000
    with pytest.raises(BudgetError, match="table-cells budget is 1,000"):
        limits.inspect_zip(data, "cells.docx", Limits(table_cells=1000))


def test_table_cells_counted_while_rendering(tmp_path):
    """The renderer counts cells too (whatever prefix the XML uses)."""
    from fiscallint.reading.docx import read_docx

    path = hostile.cells_docx(tmp_path / "cells.docx", cells=2000)
    with zipfile.ZipFile(path) as z:
        xml = z.read("word/document.xml")
    xml = xml.replace(b"<w:", b"<x:").replace(b"</w:", b"</x:").replace(b"xmlns:w=", b"xmlns:x=")
    data = _docx_with({"word/document.xml": xml})
    assert limits.inspect_zip(data, "cells.docx") == 0  # the streamed count knows the usual prefix only
    with pytest.raises(BudgetError, match="the tables hold at least 1,501"):
        read_docx(data, "cells.docx", budgets({"table-cells": 1500}).limits)


def test_text_length_budget_txt():
    data = CLEAN_TXT.read_bytes()
    chars = len(data.decode("utf-8"))
    budget = len(data) // 4 + 10  # under the characters, over the bytes / 4
    assert budget < chars
    with pytest.raises(BudgetError) as exc:
        document_from_bytes(data, "r.txt", options=budgets({"text-length": budget}))
    assert str(exc.value) == (f"r.txt: over budget: the text holds {chars:,}, the text-length budget is {budget:,} "
                              "(limits.text-length in the configuration)")


def test_text_length_refused_before_decoding():
    """Far over the budget: refused from the byte count (4 bytes a character at most)."""
    with pytest.raises(BudgetError, match="at least 250,000"):
        document_from_bytes(b"\xff" * 1_000_000, "r.txt", options=budgets({"text-length": 100}))


def test_text_length_budget_docx():
    with pytest.raises(BudgetError, match="rendered text holds at least 201"):
        document_from_bytes(CLEAN_DOCX.read_bytes(), "r.docx", options=budgets({"text-length": 200}))


def test_figures_budget():
    from fiscallint.engine import active_rules, run

    doc = document_from_bytes(("支出" + "，".join(f"{i}万元" for i in range(2000)) + "。").encode(), "many.txt")
    with pytest.raises(BudgetError, match="many.txt: over budget: the text holds 2,000, the figures budget is 1,500"):
        run(doc, active_rules(None, None), budgets({"figures": 1500}))
    assert len(run(doc, active_rules(None, None)).analysis.quantities) == 2000  # the defaults: the next run


def test_file_size_budget(tmp_path):
    from fiscallint.reading import read_document

    path = tmp_path / "big.txt"
    path.write_bytes(CLEAN_TXT.read_bytes() * 3)
    with pytest.raises(BudgetError, match=r"big.txt: over budget: the file is [\d,]+ bytes, the file-size budget is 10,000 bytes"):
        read_document(path, "big.txt", options=budgets({"file-size": "10 KB"}))


def test_read_capped_stops_at_the_budget():
    class Endless(io.RawIOBase):
        reads = 0

        def readable(self):
            return True

        def readinto(self, b):
            Endless.reads += 1
            b[:] = b"a" * len(b)
            return len(b)

    with pytest.raises(BudgetError, match="stdin: over budget"):
        limits.read_capped(Endless(), "stdin", Limits(file_size=1_000_000))
    assert Endless.reads < 10


def test_check_is_reusable_and_says_the_key():
    limits.check("upload.pdf", "parts", 10, Limits(parts=10))  # at the budget: fine
    with pytest.raises(BudgetError) as exc:
        limits.check("upload.pdf", "parts", 11, Limits(parts=10), "the workbook holds")
    assert str(exc.value) == ("upload.pdf: over budget: the workbook holds 11, the parts budget is 10 "
                              "(limits.parts in the configuration)")
    assert isinstance(exc.value, InputError)


# ---------------------------------------------------------------- configuration
def test_limits_in_configuration():
    cfg = parse_config({"limits": {"file-size": "2 MiB", "figures": 5000, "compression-ratio": 50.5}}, Path("f.toml"))
    assert cfg.limits == {"file-size": 2 * 2 ** 20, "figures": 5000, "compression-ratio": 50.5}
    assert parse_config({}, None).limits == {}
    assert parse_config({"limits": {"parts": Limits().parts}}, None).limits == {}  # a default is no change


@pytest.mark.parametrize("table, message", [
    ({"file-sise": 10}, "unknown key 'file-sise'"),
    ({"figures": 0}, "limits.figures: 0 must be a positive integer"),
    ({"figures": -5}, "limits.figures: -5 must be a positive integer"),
    ({"figures": 1.5}, "limits.figures: 1.5 must be a positive integer"),
    ({"figures": True}, "limits.figures: True is not a number"),
    ({"file-size": "ten"}, "limits.file-size: 'ten' is not a size"),
    ({"file-size": "10 TB"}, "is not a size"),
    ({"compression-ratio": 0}, "limits.compression-ratio: 0 must be a positive number"),
    ({"compression-ratio": "9"}, "must be a positive number"),
    ({"text-length": "2 MiB"}, "must be a positive integer"),
])
def test_bad_limits_are_loud(table, message):
    with pytest.raises(ConfigError, match=message.replace("(", r"\(")):
        parse_config({"limits": table}, Path("fiscallint.toml"))
    with pytest.raises(ConfigError, match="fiscallint.toml"):
        parse_config({"limits": table}, Path("fiscallint.toml"))


def test_limits_must_be_a_table():
    with pytest.raises(ConfigError, match="limits must be a table"):
        parse_config({"limits": 5}, None)


def test_configured_limit_applies_through_the_cli(tmp_path):
    (tmp_path / "fiscallint.toml").write_text('[limits]\ntext-length = 500\n', encoding="utf-8")
    report = tmp_path / "r.txt"
    report.write_bytes(CLEAN_TXT.read_bytes())
    small = tmp_path / "s.txt"
    small.write_text("基本支出100万元。\n", encoding="utf-8")
    for jobs in ("1", "2"):
        rc, out, err = run_cli(["check", "--no-cache", "-j", jobs, "r.txt", "s.txt"], cwd=tmp_path)
        assert rc == 2
        assert err.count("\n") == 1, err
        assert err.startswith("fiscallint: r.txt: over budget: the text holds ")
        assert err.endswith(", the text-length budget is 500 (limits.text-length in the configuration)\n")
        assert "No problems found in 1 file." in out  # s.txt was checked


def test_configured_limit_is_part_of_the_cache_key(tmp_path):
    """A result cached under lax budgets is not served under strict ones."""
    report = tmp_path / "r.txt"
    report.write_bytes(CLEAN_TXT.read_bytes())
    env_cache = tmp_path / "cache"
    env = {**ENV, "FISCALLINT_CACHE_DIR": str(env_cache)}
    first = subprocess.run([sys.executable, "-m", "fiscallint", "check", "r.txt"], cwd=tmp_path, env=env, capture_output=True)
    assert first.returncode == 0, first.stderr
    (tmp_path / "fiscallint.toml").write_text('[limits]\ntext-length = 500\n', encoding="utf-8")
    second = subprocess.run([sys.executable, "-m", "fiscallint", "check", "r.txt"], cwd=tmp_path, env=env, capture_output=True)
    assert second.returncode == 2 and b"text-length" in second.stderr


def test_stdin_capped(tmp_path):
    (tmp_path / "fiscallint.toml").write_text('[limits]\nfile-size = 1000\n', encoding="utf-8")
    rc, out, err = run_cli(["check", "-"], cwd=tmp_path, stdin=CLEAN_TXT.read_bytes())
    assert rc == 2 and "-: over budget" in err and "file-size budget is 1,000 bytes" in err


def test_readme_configuration_example_parses_and_states_the_defaults():
    import tomllib

    from fiscallint.engine import all_rules

    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    block = next(b.split("```", 1)[0] for b in readme.split("```toml\n")[1:] if "[limits]" in b)
    data = tomllib.loads(block)
    data.pop("forms", None)  # names a folder of the reader's own forms, which this checkout has not
    assert set(data["limits"]) == set(limits.BUDGETS)
    assert parse_config(data, Path("README.md"), all_rules()).limits == {}  # every value there is the default


def test_parts_budget_from_the_end_record_before_the_directory_is_built(monkeypatch):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_STORED) as z:
        z.writestr("word/document.xml", b"<a/>")
        for i in range(1500):
            z.writestr(zipfile.ZipInfo(f"p{i}"), b"")
    data = buf.getvalue()
    assert limits.zip_entries(data) == 1501

    def no_directory(*args, **kwargs):
        raise AssertionError("the ZIP directory was built")

    monkeypatch.setattr(zipfile, "ZipFile", no_directory)
    with pytest.raises(BudgetError, match="many.docx: over budget: the ZIP container declares 1,501, the parts budget is 1,000"):
        document_from_bytes(data, "many.docx")


def test_the_upload_page_refuses_the_bomb_under_the_same_budgets(bomb):
    """`fiscallint serve` reads uploads with document_from_bytes: the budgets hold there too."""
    import starlette  # noqa: F401  (a dependency: fiscallint serve)
    from fiscallint.serve import Checker

    start = time.perf_counter()
    status, page = Checker(limit=10 * 2 ** 20).page("bomb.docx", bomb.read_bytes(), "en")
    assert status == 415 and "part-size" in page
    assert time.perf_counter() - start < 2
    status, page = Checker(options=budgets({"text-length": 100})).page("r.txt", CLEAN_TXT.read_bytes(), "en")
    assert status == 415 and "text-length" in page


def test_a_part_named_with_a_line_break_is_refused_in_one_line():
    """Found by the docx fuzz target: a damaged ZIP's member name held a line
    break, which the over-budget message printed as it was."""
    import io
    import zipfile

    from fiscallint.support.limits import BudgetError, Limits, inspect_zip

    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("word/doc\nument\x07.xml", "x" * 200)
    try:
        inspect_zip(buffer.getvalue(), "r.docx", Limits(part_size=100))
    except BudgetError as exc:
        message = str(exc)
    else:
        raise AssertionError("the part over budget was not refused")
    assert "\n" not in message and message.startswith("r.docx: over budget: ")
    assert "doc\\nument\\x07.xml" in message
