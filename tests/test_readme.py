"""The README works as written: its sample output is the tool's output, its
set-up is exactly two commands, the second is what CI runs, and it installs
nothing from a registry this project does not publish on."""
from __future__ import annotations

import importlib.util
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
README = (ROOT / "README.md").read_text(encoding="utf-8")


def _samples_module():
    spec = importlib.util.spec_from_file_location("readme_samples", ROOT / "tools" / "readme_samples.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def setup_commands() -> list[str]:
    section = README.split("## Set-up", 1)[1].split("\n## ", 1)[0]
    return [block.strip() for block in re.findall(r"```sh\n(.*?)```", section, re.S)]


def test_the_sample_output_is_what_the_tool_prints():
    samples = _samples_module()
    blocks = dict(re.findall(r"<!-- sample: (\w+) -->\n(.*?)<!-- /sample -->", README, re.S))
    assert set(blocks) == {"text", "json"}
    now = samples.samples()
    for name in blocks:
        assert blocks[name] == now[name], f"README.md's {name} sample drifted: run `python tools/readme_samples.py`"


def test_the_set_up_is_two_commands_and_ci_runs_the_second_verbatim():
    install, tests = setup_commands()
    assert install.startswith("python3 -m venv .venv && ") and ".venv/bin/fiscallint check examples/" in install
    assert tests.startswith("python3 -m venv .venv && ") and tests.endswith(".venv/bin/python -m pytest -q")
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert tests in ci.splitlines()
    assert '"$rc" -eq 5' in ci  # pytest collecting nothing is a failure
    assert "readme_setup_command install" in ci  # the first command runs too, on a fresh copy


def test_no_install_from_a_registry_name_this_project_does_not_publish():
    for line in README.splitlines():
        assert not re.search(r"pip install\s+(?:-\S+\s+)*fiscallint\b", line), line
    assert "pypi.org" not in README
    assert "rev: v0.1.0" not in README  # no such tag is published: a sha or a tag you create
    assert "--version" in README
