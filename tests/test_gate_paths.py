"""A gate that never passes by accident (issue 16): configuration and
baseline paths relative to the configuration's folder, wherever fiscallint
runs from; a run that checks nothing is not a pass; exit codes that mean one
thing; output in any console; configuration errors that are loud; data never
overwritten. Every report here is invented for these tests."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "examples"

# 1,500.00 = 900.00 + 610.00 does not hold (FL101); headings 一、二、四、 jump (FL205)
REPORT = (
    "青松乡2024年度部门整体支出绩效自评报告\n"
    "2024年本年支出1,500.00万元，其中：基本支出900.00万元，项目支出610.00万元。\n"
    "一、概况\n二、收支\n四、绩效\n"
)
CLEAN = "青松乡2024年度部门整体支出绩效自评报告\n2024年本年支出1,500.00万元，其中：基本支出900.00万元，项目支出600.00万元。\n"

CONFIG = """\
include = ["reports/**"]
exclude = ["reports/drafts/**"]
per-file-ignores = { "reports/old/*.txt" = ["FL205"] }

[[suppress]]
path = "reports/2024/a.txt"
rule = "FL101"
figure = "610.00"
reason = "年中追加预算，附表已说明"
"""


def fl(args, cwd, stdin: bytes | None = None, env: dict | None = None) -> subprocess.CompletedProcess:
    full = dict(os.environ)
    full.pop("FISCALLINT_DEBUG", None)
    full["PYTHONIOENCODING"] = "utf-8"
    full.update(env or {})
    proc = subprocess.run([sys.executable, "-m", "fiscallint", *map(str, args)], cwd=cwd, capture_output=True,
                          input=stdin if stdin is not None else b"", env=full, timeout=300)
    assert b"Traceback" not in proc.stderr, proc.stderr.decode("utf-8", "replace")
    return proc


def err(proc) -> str:
    return proc.stderr.decode("utf-8", "replace")


@pytest.fixture
def repo(tmp_path, monkeypatch) -> Path:
    monkeypatch.setenv("FISCALLINT_CACHE_DIR", str(tmp_path / "cache"))
    top = tmp_path / "docs"
    for rel, text in {"reports/2024/a.txt": REPORT, "reports/old/b.txt": REPORT, "reports/drafts/c.txt": REPORT,
                      "notes/d.txt": REPORT}.items():
        (top / rel).parent.mkdir(parents=True, exist_ok=True)
        (top / rel).write_text(text, encoding="utf-8")
    (top / "fiscallint.toml").write_text(CONFIG, encoding="utf-8")
    (tmp_path / "elsewhere").mkdir()
    return top


# (how it is run, folder it runs in, the paths it names)
def modes(top: Path) -> dict[str, tuple[Path, list[str]]]:
    return {
        "top": (top, ["reports"]),
        "subfolder": (top / "reports", ["."]),
        "absolute": (top.parent / "elsewhere", [str(top / "reports")]),
    }


MODES = ["top", "subfolder", "absolute"]


def found(proc) -> list[tuple[str, str]]:
    data = json.loads(proc.stdout)
    return sorted((Path(f["path"]).name, f["rule"]) for f in data["findings"])


# ---------------------------------------------------------------- 1. paths
@pytest.mark.parametrize("mode", MODES)
def test_configuration_paths_are_relative_to_its_folder(repo, mode):
    cwd, paths = modes(repo)[mode]
    proc = fl(["check", "--format", "json", *paths], cwd)
    # a.txt: FL101 suppressed, FL205 kept; b.txt (old): FL205 ignored;
    # c.txt (drafts): excluded; notes/: outside include
    assert found(proc) == [("a.txt", "FL205"), ("b.txt", "FL101")]
    assert proc.returncode == 1
    assert "unused suppression" not in err(proc)


@pytest.mark.parametrize("mode", MODES)
def test_named_files_obey_include_and_exclude(repo, mode):
    cwd, (folder,) = modes(repo)[mode]
    names = [str(Path(folder) / "drafts" / "c.txt"), str(Path(folder) / "2024" / "a.txt")]
    proc = fl(["check", "--format", "json", *names], cwd)
    assert found(proc) == [("a.txt", "FL205")]


@pytest.mark.parametrize("mode", MODES)
def test_a_baseline_written_anywhere_applies_everywhere(repo, mode):
    baseline = repo / "baseline.json"
    cwd, paths = modes(repo)[mode]
    wrote = fl(["check", *paths, "--write-baseline", baseline], cwd)
    assert wrote.returncode == 0, err(wrote)
    entries = json.loads(baseline.read_text(encoding="utf-8"))["entries"]
    assert sorted(e["path"] for e in entries) == ["reports/2024/a.txt", "reports/old/b.txt"]
    for other in MODES:
        cwd2, paths2 = modes(repo)[other]
        proc = fl(["check", "--format", "json", *paths2, "--baseline", baseline], cwd2)
        assert found(proc) == [] and proc.returncode == 0, (other, err(proc))
        assert "stale" not in err(proc)


@pytest.mark.parametrize("mode", MODES)
def test_a_folder_that_yields_no_report_is_exit_2_saying_why(repo, mode):
    top_cwd = {"top": (repo, ["notes"]), "subfolder": (repo / "notes", ["."]),
               "absolute": (repo.parent / "elsewhere", [str(repo / "notes")])}[mode]
    cwd, paths = top_cwd
    proc = fl(["check", *paths], cwd)
    assert proc.returncode == 2
    message = err(proc)
    assert "no report to check" in message and "d.txt: not matched by include ['reports/**'] of fiscallint.toml" in message
    assert "--allow-empty" in message and proc.stdout == b""
    allowed = fl(["check", "--allow-empty", *paths], cwd)
    assert allowed.returncode == 0, err(allowed)
    assert b"No problems found in 0 files." in allowed.stdout


def test_an_excluded_folder_says_which_pattern(repo):
    proc = fl(["check", "reports/drafts"], repo)
    assert proc.returncode == 2
    assert "c.txt: matched by exclude 'reports/drafts/**' of fiscallint.toml" in err(proc)


def test_without_configuration_paths_are_relative_to_the_current_folder(tmp_path):
    (tmp_path / "r").mkdir()
    (tmp_path / "r" / "a.txt").write_text(REPORT, encoding="utf-8")
    baseline = tmp_path / "b.json"
    assert fl(["check", "r", "--write-baseline", baseline], tmp_path).returncode == 0
    assert [e["path"] for e in json.loads(baseline.read_text(encoding="utf-8"))["entries"]] == ["r/a.txt"] * 2
    assert fl(["check", str(tmp_path / "r" / "a.txt"), "--baseline", baseline], tmp_path).returncode == 0
    assert fl(["check", "a.txt", "--baseline", baseline], tmp_path / "r").returncode == 1  # its path there is a.txt


# ---------------------------------------------------------------- 2. exit codes
@pytest.mark.parametrize("name,data,what", [
    ("empty.txt", b"", "the file is empty"),
    ("blank.txt", b" \n\n\t\n", "the file holds only blanks"),
    ("empty.docx", b"", "the file is empty"),
    ("latin.txt", bytes(range(0x80, 0x100)) * 4, "cannot detect the text encoding"),
])
@pytest.mark.parametrize("mode", MODES)
def test_a_file_that_could_not_be_checked_is_exit_2(repo, name, data, what, mode):
    path = repo / "reports" / "2024" / name
    path.write_bytes(data)
    cwd, (folder,) = modes(repo)[mode]
    shown = str(Path(folder) / "2024" / name) if mode != "subfolder" else str(Path("2024") / name)
    proc = fl(["check", shown, str(Path(folder) / "2024" / "a.txt") if mode != "subfolder" else "2024/a.txt"], cwd)
    assert proc.returncode == 2
    assert f"{shown}: {what}" in err(proc) and "could not be checked" in err(proc)
    assert b"a.txt:" in proc.stdout  # the other file is still checked


def test_empty_and_closed_standard_input(tmp_path):
    proc = fl(["check", "-"], tmp_path, stdin=b"")
    assert proc.returncode == 2 and "-: standard input is empty: it could not be checked" in err(proc)
    if sys.platform == "win32":
        return  # no way to start a process with its standard input closed there
    closed = subprocess.run([sys.executable, "-m", "fiscallint", "check", "-"], cwd=tmp_path, capture_output=True,
                            stdin=subprocess.DEVNULL, timeout=300, preexec_fn=lambda: os.close(0))
    assert closed.returncode == 2
    assert "standard input is closed" in closed.stderr.decode("utf-8", "replace")
    assert b"Traceback" not in closed.stderr


def test_an_unexpected_exception_is_one_line_and_exit_2(monkeypatch, capsys):
    from fiscallint import cli

    def boom(*args, **kwargs):
        raise RuntimeError("simulated failure")

    monkeypatch.delenv("FISCALLINT_DEBUG", raising=False)
    monkeypatch.setattr(cli, "_render", boom)
    monkeypatch.setattr(sys, "argv", ["fiscallint", "check", "--no-cache", str(EXAMPLES / "clean_report.txt")])
    with pytest.raises(SystemExit) as exc:
        cli.main()
    assert exc.value.code == 2
    lines = capsys.readouterr().err.strip().splitlines()
    assert lines[-1] == ("fiscallint: internal error (RuntimeError: simulated failure); please report it "
                         "(FISCALLINT_DEBUG=1 shows where)")
    assert not any("Traceback" in line for line in lines)


def test_version(tmp_path):
    from fiscallint import __version__

    for flag in ("--version", "-V"):
        proc = fl([flag], tmp_path)
        assert proc.returncode == 0 and proc.stdout.decode() == f"fiscallint {__version__}\n"


# ---------------------------------------------------------------- 3. consoles
FORMATS = ("text", "json", "json-lines", "concise", "sarif", "github", "junit")
# "−" in the messages of the first, 一、二、四、 in the second
REPORTS = [EXAMPLES / "report_with_errors.txt", EXAMPLES / "township_warnings.txt"]


@pytest.fixture(scope="module")
def utf8_outputs() -> dict[str, tuple[int, bytes]]:
    out = {}
    for fmt in FORMATS:
        proc = fl(["check", "--no-cache", "--format", fmt, *REPORTS], ROOT)
        out[fmt] = (proc.returncode, proc.stdout)
    return out


@pytest.mark.parametrize("encoding", ["gbk", "ascii"])
@pytest.mark.parametrize("fmt", FORMATS)
def test_every_format_in_a_console_that_is_not_utf8(utf8_outputs, fmt, encoding):
    rc, utf8 = utf8_outputs[fmt]
    assert rc == 1
    proc = fl(["check", "--no-cache", "--format", fmt, *REPORTS], ROOT, env={"PYTHONIOENCODING": encoding})
    assert proc.returncode == rc, err(proc)
    if fmt == "text":
        shown = proc.stdout.decode(encoding)  # the console's own encoding, nothing it cannot show
        assert "−" not in shown
        assert "(line 19:10) - 326.14" in shown
        if encoding == "gbk":
            assert "基本支出" in shown
        assert shown.count("\n") == utf8.decode("utf-8").count("\n")
    else:
        assert proc.stdout == utf8  # machine formats: UTF-8 bytes whatever the console
    clean = fl(["check", "--no-cache", "--format", fmt, EXAMPLES / "clean_report.txt"], ROOT,
               env={"PYTHONIOENCODING": encoding})
    assert clean.returncode == 0, err(clean)


@pytest.mark.parametrize("encoding", ["gbk", "ascii"])
def test_other_commands_in_a_console_that_is_not_utf8(encoding, tmp_path):
    for args in (["rules"], ["rule", "FL201"], ["cat", EXAMPLES / "report_with_errors.txt"],
                 ["extract", EXAMPLES / "report_with_errors.txt"]):
        proc = fl(args, ROOT, env={"PYTHONIOENCODING": encoding})
        assert proc.returncode == 0, (args, err(proc))
        shown = proc.stdout.decode(encoding)
        if args[0] == "rule":
            assert "10^4" in shown and "10⁴" not in shown  # its documentation says 10⁴
    # an error message naming a file the console cannot spell
    proc = fl(["check", tmp_path / "报告−1.txt"], ROOT, env={"PYTHONIOENCODING": encoding})
    assert proc.returncode == 2 and "no such file" in proc.stderr.decode(encoding)


def test_degrade_spells_out_what_the_console_lacks():
    from fiscallint.support.console import degrade

    assert degrade("A − B = 10⁴ … 10⁻²", "gbk") == "A - B = 10^4 … 10^-2"
    assert degrade("A − B = 10⁴ … ≤", "ascii") == "A - B = 10^4 ... <="
    assert degrade("支出", "ascii") == "\\u652f\\u51fa"
    assert degrade("支出 − 10⁴", "utf-8") == "支出 − 10⁴"


# ---------------------------------------------------------------- --output
@pytest.mark.parametrize("mode", MODES)
def test_output_never_names_an_input_file(repo, mode):
    cwd, (folder,) = modes(repo)[mode]
    target = str(Path(folder) / "2024" / "a.txt")
    proc = fl(["check", folder, "--output", target], cwd)
    assert proc.returncode == 2
    assert "--output names a file this run reads" in err(proc)
    assert (repo / "reports" / "2024" / "a.txt").read_text(encoding="utf-8") == REPORT
    # nor the configuration or the baseline
    proc = fl(["check", folder, "--output", repo / "fiscallint.toml"], cwd)
    assert proc.returncode == 2 and (repo / "fiscallint.toml").read_text(encoding="utf-8") == CONFIG


def test_output_is_written_whole_through_a_renamed_temporary_file(repo):
    out = repo / "out" / "findings.sarif"
    out.parent.mkdir()
    out.write_text("old", encoding="utf-8")
    proc = fl(["check", "reports", "--format", "sarif", "--output", out], repo)
    assert proc.returncode == 1 and proc.stdout == b""
    assert json.loads(out.read_text(encoding="utf-8"))["version"] == "2.1.0"
    assert sorted(p.name for p in out.parent.iterdir()) == ["findings.sarif"]  # no temporary file left
    missing = fl(["check", "reports", "--output", repo / "nowhere" / "f.txt"], repo)
    assert missing.returncode == 2 and "no such folder" in err(missing)
    folder = fl(["check", "reports", "--output", repo / "out"], repo)
    assert folder.returncode == 2 and "it is a folder" in err(folder)


def test_gate_atomic_write_keeps_the_old_file_on_failure(tmp_path, monkeypatch):
    from fiscallint.gate import suppressions as gate

    target = tmp_path / "f.json"
    target.write_text("old", encoding="utf-8")

    def fail(src, dst):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", fail)
    with pytest.raises(OSError):
        gate.atomic_write(target, b"new")
    assert target.read_text(encoding="utf-8") == "old"
    assert [p.name for p in tmp_path.iterdir()] == ["f.json"]


# ---------------------------------------------------------------- 4. configuration errors
BAD_CONFIGS = [
    ("pyproject.toml", '[tool.fiscallint]\nselect = ["FL1"\n', "pyproject.toml: [tool.fiscallint]: not valid TOML"),
    ("pyproject.toml", '[tool]\nfiscallint = "FL101"\n', "pyproject.toml: [tool.fiscallint] must be a table, not a string"),
    ("pyproject.toml", '[tool.fiscallint]\nselec = ["FL1"]\n', "pyproject.toml: unknown key 'selec'"),
    ("fiscallint.toml", 'thresholds = { unit_slip = { budget_ratio = "ten" } }\n',
     "fiscallint.toml: thresholds.unit_slip.budget_ratio must be a number, not a string ('ten')"),
    ("fiscallint.toml", 'thresholds = { unit_slip = { budget_ratio = true } }\n',
     "thresholds.unit_slip.budget_ratio must be a number, not a boolean"),
    ("fiscallint.toml", 'thresholds = { rates = { bounded = "覆盖率" } }\n', "thresholds.rates.bounded must be a list of strings"),
    ("fiscallint.toml", 'per-file-ignores = { "a/*.txt" = [101] }\n', "per-file-ignores.a/*.txt must be a list of codes"),
    ("fiscallint.toml", 'severity = { FL101 = 1 }\n', "severity.FL101: 1 is not one of error, warning, info"),
    ("fiscallint.toml", 'rounding = 2\n', "rounding: 2 is not one of nearest, truncate"),
    ("fiscallint.toml", 'suppress = { path = "a.txt" }\n', "suppress must be an array of tables"),
    ("fiscallint.toml", '[[suppress]]\npath = "a.txt"\nrule = "FL101"\nfigure = "1"\nreason = ["x"]\n',
     "suppress[0].reason must be a string, not a list"),
    ("fiscallint.toml", 'include = "reports/**"\nexclude = [1]\n', "exclude must be a list of strings"),
]


@pytest.mark.parametrize("name,text,message", BAD_CONFIGS)
@pytest.mark.parametrize("mode", MODES)
def test_configuration_errors_are_loud(repo, name, text, message, mode):
    (repo / "fiscallint.toml").unlink()
    (repo / name).write_text(text, encoding="utf-8")
    cwd, paths = modes(repo)[mode]
    proc = fl(["check", *paths], cwd)
    assert proc.returncode == 2
    assert message in err(proc), err(proc)
    assert str(repo / name) in err(proc)
    assert proc.stdout == b""


def test_an_unrelated_malformed_pyproject_is_passed_over(repo):
    (repo / "pyproject.toml").write_text('[project\nname = "x"\n', encoding="utf-8")
    proc = fl(["check", "--format", "json", "reports"], repo)
    assert found(proc) == [("a.txt", "FL205"), ("b.txt", "FL101")]  # fiscallint.toml still applies


# ---------------------------------------------------------------- baseline errors
@pytest.mark.parametrize("mode", MODES)
def test_write_baseline_to_a_folder_or_a_missing_folder(repo, mode):
    cwd, paths = modes(repo)[mode]
    proc = fl(["check", *paths, "--write-baseline", repo], cwd)
    assert proc.returncode == 2
    assert f"{repo}: cannot write the baseline: it is a folder" in err(proc)
    proc = fl(["check", *paths, "--write-baseline", repo / "missing" / "b.json"], cwd)
    assert proc.returncode == 2
    assert f"cannot write the baseline: no such folder '{repo / 'missing'}'" in err(proc)
    assert not (repo / "missing").exists()


# ---------------------------------------------------------------- 5. unused suppressions
def test_an_unused_suppression_is_reported_only_when_its_report_was_checked(repo):
    (repo / "reports" / "2024" / "a.txt").write_text(CLEAN, encoding="utf-8")
    elsewhere = fl(["check", "reports/old/b.txt"], repo)
    assert "unused suppression" not in err(elsewhere)
    here = fl(["check", "reports/2024/a.txt"], repo)
    assert "fiscallint.toml: suppress[0]: unused suppression of FL101 on 610.00 in reports/2024/a.txt (remove it)" in err(here)
