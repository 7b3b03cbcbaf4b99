"""fiscallint in a pre-commit hook: a staged report with a contradiction
blocks the commit, a clean one commits.

A temporary git repository gets a report and a ``.pre-commit-config.yaml``.
pre-commit itself (in the ``test`` extra, so these tests run in CI and never
skip) runs ``pre-commit run`` and ``git commit`` through ``pre-commit
install``: with a ``repo: local`` hook, and with the published hook of this
repository's ``.pre-commit-hooks.yaml`` (its entry, ``files`` and ``types``)
reached through ``repo:``/``rev:`` as other repositories reach it, its
install overridden by ``language: system`` so that nothing is downloaded. A
``.git/hooks/pre-commit`` script that does what pre-commit does for a hook
(run its entry on the staged files its ``files`` pattern matches) checks the
git side without pre-commit. Every report here is invented for these tests.
"""
from __future__ import annotations

import os
import re
import stat
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]

CLEAN = ("某镇2023年度部门整体支出绩效自评报告\n"
         "2023年本年支出2,450.60万元，其中：基本支出1,300.20万元，项目支出1,150.40万元。\n")
BAD = ("某镇2023年度部门整体支出绩效自评报告\n"
       "2023年本年支出2,450.60万元，其中：基本支出1,300.20万元，项目支出1,170.40万元。\n")  # FL101 on line 2

FILES_PATTERN = r"\.txt$"
CONFIG = f"""\
repos:
  - repo: local
    hooks:
      - id: fiscallint
        name: fiscallint
        entry: fiscallint check
        language: system
        files: '{FILES_PATTERN}'
"""

# What pre-commit does for the hook above, without pre-commit: run the
# entry on the staged files (added, copied, modified, renamed) that match
# `files`, all in one call; exit with its status.
HOOK = f"""#!{sys.executable}
import re, subprocess, sys

staged = subprocess.run(["git", "diff", "--cached", "--name-only", "-z", "--diff-filter=ACMR"],
                        capture_output=True, check=True).stdout.decode("utf-8").split("\\0")
files = [f for f in staged if f and re.search({FILES_PATTERN!r}, f)]
if not files:
    sys.exit(0)
sys.exit(subprocess.run(["fiscallint", "check", *files]).returncode)
"""


def _executable(path: Path, text: str) -> None:
    path.write_text(text, encoding="utf-8")
    path.chmod(path.stat().st_mode | stat.S_IXUSR | stat.S_IXGRP | stat.S_IXOTH)


@pytest.fixture
def env(tmp_path) -> dict:
    """An environment where `fiscallint` is this interpreter's fiscallint and
    git sees no user or system configuration (no hooksPath, no signing)."""
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    _executable(bin_dir / "fiscallint", f'#!/bin/sh\nexec "{sys.executable}" -m fiscallint "$@"\n')
    home = tmp_path / "home"
    home.mkdir()
    out = dict(os.environ)
    for k in list(out):
        if k.startswith("GIT_") or k == "FISCALLINT_DEBUG":
            del out[k]
    out.update({
        "PATH": str(bin_dir) + os.pathsep + out.get("PATH", ""),
        "HOME": str(home),
        "XDG_CONFIG_HOME": str(home / ".config"),
        "GIT_CONFIG_NOSYSTEM": "1",
        "GIT_CONFIG_GLOBAL": os.devnull,
        "GIT_AUTHOR_NAME": "Test", "GIT_AUTHOR_EMAIL": "test@example.invalid",
        "GIT_COMMITTER_NAME": "Test", "GIT_COMMITTER_EMAIL": "test@example.invalid",
        "FISCALLINT_CACHE_DIR": str(tmp_path / "fiscallint-cache"),
        "PRE_COMMIT_HOME": str(tmp_path / "pre-commit-home"),
        "PYTHONIOENCODING": "utf-8",
    })
    return out


def git(repo: Path, env: dict, *args: str, check: bool = True) -> subprocess.CompletedProcess:
    proc = subprocess.run(["git", *args], cwd=repo, env=env, capture_output=True, timeout=300)
    if check and proc.returncode != 0:
        raise AssertionError(f"git {' '.join(args)}: {proc.returncode}\n{proc.stdout.decode()}\n{proc.stderr.decode()}")
    return proc


def text(proc: subprocess.CompletedProcess) -> str:
    return proc.stdout.decode("utf-8", "replace") + proc.stderr.decode("utf-8", "replace")


@pytest.fixture
def repo(tmp_path, env) -> Path:
    repo = tmp_path / "reports-repo"
    repo.mkdir()
    git(repo, env, "init", "-q")
    git(repo, env, "config", "commit.gpgsign", "false")
    (repo / ".pre-commit-config.yaml").write_text(CONFIG, encoding="utf-8")
    (repo / "README.md").write_text("自评报告\n", encoding="utf-8")
    return repo


def commits(repo: Path, env: dict) -> int:
    proc = git(repo, env, "rev-list", "--count", "HEAD", check=False)
    return int(proc.stdout) if proc.returncode == 0 else 0


# ---------------------------------------------------------------- git commit + hook script
@pytest.fixture
def hooked(repo, env) -> Path:
    _executable(repo / ".git" / "hooks" / "pre-commit", HOOK)
    return repo


def test_a_contradiction_blocks_the_commit(hooked, env):
    (hooked / "自评报告 2023.txt").write_text(BAD, encoding="utf-8")
    git(hooked, env, "add", "-A")
    proc = git(hooked, env, "commit", "-q", "-m", "reports", check=False)
    assert proc.returncode != 0
    out = text(proc)
    assert "自评报告 2023.txt:2:" in out and "FL101" in out
    assert "Traceback" not in out
    assert commits(hooked, env) == 0


def test_a_clean_report_commits(hooked, env):
    (hooked / "clean.txt").write_text(CLEAN, encoding="utf-8")
    git(hooked, env, "add", "-A")
    proc = git(hooked, env, "commit", "-q", "-m", "reports", check=False)
    assert proc.returncode == 0, text(proc)
    assert commits(hooked, env) == 1


def test_fixing_the_report_unblocks_the_commit(hooked, env):
    report = hooked / "sub" / "report.txt"
    report.parent.mkdir()
    report.write_text(BAD, encoding="utf-8")
    (hooked / "clean.txt").write_text(CLEAN, encoding="utf-8")
    git(hooked, env, "add", "-A")
    assert git(hooked, env, "commit", "-q", "-m", "first", check=False).returncode != 0
    report.write_text(CLEAN, encoding="utf-8")
    git(hooked, env, "add", "-A")
    proc = git(hooked, env, "commit", "-q", "-m", "fixed", check=False)
    assert proc.returncode == 0, text(proc)
    # a later commit that touches no report is not checked at all
    (hooked / "README.md").write_text("自评报告（修订）\n", encoding="utf-8")
    git(hooked, env, "add", "-A")
    assert git(hooked, env, "commit", "-q", "-m", "docs", check=False).returncode == 0
    # deleting a report is no check either; staging a new contradiction is blocked
    git(hooked, env, "rm", "-q", "clean.txt")
    assert git(hooked, env, "commit", "-q", "-m", "rm", check=False).returncode == 0
    (hooked / "new.txt").write_text(BAD, encoding="utf-8")
    git(hooked, env, "add", "-A")
    assert git(hooked, env, "commit", "-q", "-m", "new", check=False).returncode != 0
    assert commits(hooked, env) == 3


def test_only_staged_reports_are_checked(hooked, env):
    (hooked / "clean.txt").write_text(CLEAN, encoding="utf-8")
    (hooked / "draft.txt").write_text(BAD, encoding="utf-8")  # not staged
    (hooked / "notes.md").write_text(BAD, encoding="utf-8")  # staged, not a .txt
    git(hooked, env, "add", "clean.txt", "notes.md", ".pre-commit-config.yaml")
    proc = git(hooked, env, "commit", "-q", "-m", "reports", check=False)
    assert proc.returncode == 0, text(proc)


# ---------------------------------------------------------------- the pre-commit package
# pre-commit is in the `test` extra: these tests run, they never skip.
def pre_commit(repo: Path, env: dict, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "pre_commit", *args], cwd=repo, env=env, capture_output=True,
                          timeout=600)


def test_pre_commit_validates_the_published_hooks():
    proc = subprocess.run([sys.executable, "-m", "pre_commit", "validate-manifest", str(ROOT / ".pre-commit-hooks.yaml")],
                          capture_output=True, timeout=120)
    assert proc.returncode == 0, text(proc)


def test_pre_commit_run_all_files(repo, env):
    def run_all() -> subprocess.CompletedProcess:
        git(repo, env, "add", "-A")
        return pre_commit(repo, env, "run", "--all-files")

    (repo / "clean.txt").write_text(CLEAN, encoding="utf-8")
    proc = run_all()
    assert proc.returncode == 0, text(proc)
    (repo / "bad.txt").write_text(BAD, encoding="utf-8")
    proc = run_all()
    assert proc.returncode != 0
    assert "bad.txt:2:" in text(proc) and "FL101" in text(proc)
    (repo / "bad.txt").write_text(CLEAN, encoding="utf-8")
    assert run_all().returncode == 0


@pytest.fixture
def hook_repo(tmp_path, env) -> tuple[Path, str]:
    """A git repository holding this project's .pre-commit-hooks.yaml as it
    is in the working tree, committed: what `repo:`/`rev:` point at."""
    hooks = tmp_path / "fiscallint-hooks"
    hooks.mkdir()
    git(hooks, env, "init", "-q")
    git(hooks, env, "config", "commit.gpgsign", "false")
    (hooks / ".pre-commit-hooks.yaml").write_bytes((ROOT / ".pre-commit-hooks.yaml").read_bytes())
    git(hooks, env, "add", "-A")
    git(hooks, env, "commit", "-q", "-m", "hooks")
    rev = git(hooks, env, "rev-parse", "HEAD").stdout.decode().strip()
    return hooks, rev


GATE_CONFIG = """\
include = ["reports/**"]
exclude = ["reports/drafts/**"]

[[suppress]]
path = "reports/2023/accepted.txt"
rule = "FL101"
figure = "1,170.40"
reason = "年中追加预算，附表已说明"
"""


def test_the_published_hook_through_pre_commit(repo, env, hook_repo):
    """The hook as other repositories use it: `repo:` and `rev:` (a commit)
    naming a repository that holds our .pre-commit-hooks.yaml, so its
    entry, `files` and `types` are the published ones. `language: system`
    overrides only the install: pre-commit's `language: python` would
    build a virtual environment and pip-install fiscallint and its
    dependencies from the network, which a test cannot rely on; here the
    `fiscallint` on PATH is this checkout's."""
    hooks, rev = hook_repo
    (repo / ".pre-commit-config.yaml").write_text(
        f"repos:\n  - repo: {hooks.as_posix()}\n    rev: {rev}\n    hooks:\n      - id: fiscallint\n"
        "        language: system\n", encoding="utf-8")
    (repo / "fiscallint.toml").write_text(GATE_CONFIG, encoding="utf-8")
    files = {"reports/2023/clean.txt": CLEAN, "reports/2023/accepted.txt": BAD, "reports/drafts/wip.txt": BAD,
             "notes/scratch.txt": BAD}
    for rel, body in files.items():
        (repo / rel).parent.mkdir(parents=True, exist_ok=True)
        (repo / rel).write_text(body, encoding="utf-8")
    git(repo, env, "add", "-A")

    # every file: the drafts and notes are left out by include/exclude, the
    # accepted contradiction is suppressed
    proc = pre_commit(repo, env, "run", "--all-files")
    assert proc.returncode == 0, text(proc)
    assert "unused suppression" not in text(proc)

    # a batch that holds only files the configuration leaves out passes
    proc = pre_commit(repo, env, "run", "--files", "notes/scratch.txt", "reports/drafts/wip.txt")
    assert proc.returncode == 0, text(proc)

    # a batch without the suppressed report does not call its suppression unused
    proc = pre_commit(repo, env, "run", "--files", "reports/2023/clean.txt")
    assert proc.returncode == 0, text(proc)
    assert "unused suppression" not in text(proc)

    # a new contradiction inside include blocks the commit
    (repo / "reports/2023/new.txt").write_text(BAD, encoding="utf-8")
    git(repo, env, "add", "-A")
    proc = pre_commit(repo, env, "install")
    assert proc.returncode == 0, text(proc)
    proc = git(repo, env, "commit", "-q", "-m", "reports", check=False)
    assert proc.returncode != 0
    assert "reports/2023/new.txt:2:" in text(proc) and "FL101" in text(proc)
    assert "accepted.txt" not in text(proc) and "scratch.txt" not in text(proc)
    assert "Traceback" not in text(proc)
    assert commits(repo, env) == 0
    (repo / "reports/2023/new.txt").write_text(CLEAN, encoding="utf-8")
    git(repo, env, "add", "-A")
    proc = git(repo, env, "commit", "-q", "-m", "reports", check=False)
    assert proc.returncode == 0, text(proc)
    assert commits(repo, env) == 1


# ---------------------------------------------------------------- .pre-commit-hooks.yaml
def _hooks_file() -> list[dict]:
    """The hook definitions (a YAML list of flat mappings; PyYAML when
    installed, else a reader for exactly that shape)."""
    raw = (ROOT / ".pre-commit-hooks.yaml").read_text(encoding="utf-8")
    try:
        import yaml
    except ImportError:
        hooks: list[dict] = []
        for line in raw.splitlines():
            if not line.strip() or line.lstrip().startswith("#"):
                continue
            m = re.match(r"^(- |  )([a-z_]+):\s*(.*)$", line)
            assert m, f"unexpected line in .pre-commit-hooks.yaml: {line!r}"
            if m.group(1) == "- ":
                hooks.append({})
            value: object = m.group(3).strip()
            if value in ("true", "false"):
                value = value == "true"
            elif isinstance(value, str) and value.startswith("[") and value.endswith("]"):
                value = [v.strip() for v in value[1:-1].split(",") if v.strip()]
            elif isinstance(value, str) and value[:1] in "'\"":
                value = value[1:-1]
            hooks[-1][m.group(2)] = value
        return hooks
    return yaml.safe_load(raw)


def test_the_published_hook():
    hooks = _hooks_file()
    assert [h["id"] for h in hooks] == ["fiscallint"]
    (hook,) = hooks
    # --allow-empty: a batch whose files the configuration all leaves out passes
    assert hook["entry"] == "fiscallint check --allow-empty"
    assert hook["language"] == "python"
    assert hook["require_serial"] is False
    files = re.compile(hook["files"])
    for name in ("report.txt", "报告/2023年自评报告.docx", "A.TXT", "b.DOCX"):
        assert files.search(name), name
    for name in ("report.md", "report.txt.orig", "table.xlsx", "docx/readme"):
        assert not files.search(name), name


def test_the_published_hook_entry_runs(env, tmp_path):
    """The hook's entry with file names appended, as pre-commit calls it."""
    (hook,) = _hooks_file()
    (tmp_path / "a.txt").write_text(CLEAN, encoding="utf-8")
    (tmp_path / "b.txt").write_text(BAD, encoding="utf-8")
    entry = hook["entry"].split()
    ok = subprocess.run(entry + ["a.txt"], cwd=tmp_path, env=env, capture_output=True, timeout=300)
    assert ok.returncode == 0, text(ok)
    bad = subprocess.run(entry + ["a.txt", "b.txt"], cwd=tmp_path, env=env, capture_output=True, timeout=300)
    assert bad.returncode == 1 and "b.txt:2:" in text(bad)
