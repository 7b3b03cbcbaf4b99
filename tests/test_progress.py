"""The progress line of a run over many reports (fiscallint.gate.progress): shown
on a terminal's standard error, never where it could end up in a log, a
pipe or the output."""
from __future__ import annotations

import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from fiscallint.gate import progress as P
from fiscallint.engine import active_rules
from fiscallint.reporting.output import FileResult
from fiscallint.gate.runner import Item, ResultCache, Settings, check_items

ERR = "2024年本年支出1,200.00万元，其中：基本支出700.00万元，项目支出600.00万元。\n"
OK = "2024年本年支出1,300.00万元，其中：基本支出700.00万元，项目支出600.00万元。\n"


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


class Clock:
    def __init__(self):
        self.now = 0.0

    def __call__(self) -> float:
        return self.now


def result(n: int) -> FileResult:
    return FileResult(findings=[object()] * n, coverage={}, lines={})


def test_the_line_counts_files_and_findings_and_is_erased():
    term, clock = Terminal(), Clock()
    p = P.Progress(3, term, interval=0.1, clock=clock)
    p(result(2))
    assert term.getvalue() == "\rfiscallint: 1/3 files, 2 findings"
    clock.now = 0.05
    p(result(0))  # within the interval: not redrawn
    assert term.getvalue().count("\r") == 1
    clock.now = 0.06
    p("a.txt: cannot be read")  # the last one is always drawn
    last = term.getvalue().split("\r")[-1]
    assert last == "fiscallint: 3/3 files, 2 findings, 1 not read"
    p.close()
    assert term.getvalue().endswith("\r" + " " * len(last) + "\r")
    assert term.getvalue().isascii()


def test_a_shorter_line_covers_the_longer_one():
    term = Terminal()
    p = P.Progress(10, term, interval=0)
    p._draw("a long line here")
    p._draw("short")
    assert term.getvalue().endswith("\rshort" + " " * (len("a long line here") - len("short")))


def test_shown_only_on_a_terminal_for_two_reports_or_more():
    assert isinstance(P.for_run(2, stream=Terminal()), P.Progress)
    assert P.for_run(2, stream=io.StringIO()) is None  # a pipe, a file, a CI log
    assert P.for_run(1, stream=Terminal()) is None
    assert P.for_run(2, quiet=True, stream=Terminal()) is None
    assert P.for_run(2, reads_stdin=True, stream=Terminal()) is None


def write_reports(folder: Path, n: int) -> list[Item]:
    items = []
    for i in range(n):
        p = folder / f"r{i}.txt"
        p.write_text(ERR if i % 2 == 0 else OK, encoding="utf-8")
        items.append(Item(str(p), p))
    return items


@pytest.mark.parametrize("jobs,cached", [(1, False), (2, False), (1, True), (2, True)])
def test_every_report_reaches_the_progress_once(tmp_path, jobs, cached):
    items = write_reports(tmp_path, 5)
    seen = []
    for run in range(2 if cached else 1):  # with a cache: a cold run, then one served from it
        seen.clear()
        cache = ResultCache(tmp_path / "cache") if cached else None
        res = check_items(items, active_rules(), Settings(), jobs=jobs, cache=cache, progress=seen.append)
        assert len(seen) == 5
        assert sum(len(o.findings) for o in seen) == sum(len(fr.findings) for _, fr in res.reports) == 3


def run_with_stderr_on_a_pty(*args) -> tuple[bytes, bytes, int]:
    """Run fiscallint with its standard error on a pseudo-terminal (what a
    person's terminal is) and standard output on a pipe."""
    import pty

    master, slave = pty.openpty()
    env = dict(os.environ, PYTHONIOENCODING="utf-8")
    proc = subprocess.Popen([sys.executable, "-m", "fiscallint", *map(str, args)], stdin=subprocess.DEVNULL,
                            stdout=subprocess.PIPE, stderr=slave, env=env)
    os.close(slave)
    err = b""
    while True:
        try:
            chunk = os.read(master, 4096)
        except OSError:  # the other end closed (Linux)
            break
        if not chunk:
            break
        err += chunk
    os.close(master)
    out = proc.stdout.read()
    proc.stdout.close()
    return out, err, proc.wait()


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="pseudo-terminals: the test drives Linux's")
def test_a_terminal_sees_the_progress_and_the_output_stays_clean(tmp_path):
    write_reports(tmp_path, 4)
    out, err, rc = run_with_stderr_on_a_pty("check", "--no-cache", "--format", "json", tmp_path)
    assert rc == 1
    assert b"\rfiscallint: 4/4 files, 2 findings" in err
    assert err.endswith(b"\r")  # erased: the terminal is left on a clean line
    assert b"\r" not in out
    piped = subprocess.run([sys.executable, "-m", "fiscallint", "check", "--no-cache", "--format", "json", str(tmp_path)],
                           capture_output=True)
    assert piped.stderr == b""  # not a terminal: no progress
    assert json.loads(out) == json.loads(piped.stdout)


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="pseudo-terminals: the test drives Linux's")
@pytest.mark.parametrize("args", [["--quiet"], ["-q"]])
def test_quiet_shows_no_progress(tmp_path, args):
    write_reports(tmp_path, 3)
    out, err, rc = run_with_stderr_on_a_pty("check", "--no-cache", *args, tmp_path)
    assert rc == 1 and err == b"" and b"FL101" in out
