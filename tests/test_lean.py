"""A lean core: what a run costs beyond the work itself (benchmarks/ measures
the time; these tests check the structure that keeps it low)."""
from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

from fiscallint.engine import active_rules, run
from fiscallint.reading import read_document

ROOT = Path(__file__).resolve().parent.parent
REPORTS = sorted(p for p in (ROOT / "examples").iterdir() if p.suffix in (".txt", ".docx", ".xlsx", ".pdf"))


def test_no_pattern_is_compiled_for_a_document(monkeypatch):
    """Every regular expression of fiscallint is compiled once per process
    (at import, or once per lexicon): checking the reports again, with
    ``re``'s own cache emptied, compiles nothing."""
    compiler = getattr(re, "_compiler", None) or __import__("sre_compile")
    rules = active_rules()
    for path in REPORTS:  # the first time: imports, the parser's lexer states
        run(read_document(path, str(path)), rules)
    re.purge()
    compiled = []
    original = compiler.compile

    def counting(pattern, flags=0):
        frame = sys._getframe(1)
        while frame is not None and Path(frame.f_code.co_filename).parent.name == "re":
            frame = frame.f_back  # re's own functions: the caller is further up
        if frame is not None and "fiscallint" in Path(frame.f_code.co_filename).parts:
            compiled.append(pattern)  # (openpyxl compiles its date test per workbook: not ours)
        return original(pattern, flags)

    monkeypatch.setattr(compiler, "compile", counting)
    for path in REPORTS:
        run(read_document(path, str(path)), rules)
    assert compiled == []
    assert len(REPORTS) >= 8


def imported_by(*args: str) -> set[str]:
    code = ("import sys, runpy; sys.argv = ['fiscallint', *sys.argv[1:]]\n"
            "try:\n    runpy.run_module('fiscallint', run_name='__main__')\n"
            "except SystemExit:\n    pass\n"
            "print('\\n'.join(sorted(sys.modules)), file=sys.stderr)")
    r = subprocess.run([sys.executable, "-c", code, *args], capture_output=True, text=True, cwd=ROOT)
    return set(r.stderr.split())


HEAVY = {"pint", "charset_normalizer", "tabulate", "jinja2", "openpyxl", "xlrd", "pdfplumber", "docx", "starlette",
         "uvicorn", "rich", "importlib.metadata", "fiscallint.reporting.formats", "fiscallint.reporting.html", "fiscallint.serve"}


def test_a_check_of_a_text_report_imports_nothing_heavy():
    """Start-up stays light: the unit table comes from its cache file (no
    pint), a UTF-8 report needs no charset detection, JSON needs no table
    printer, no other reader or output format is loaded, and without a
    plugin installed importlib.metadata is not scanned."""
    imported_by("check", "--no-cache", "examples/clean_report.txt")  # a first run fills the unit cache
    mods = imported_by("check", "--no-cache", "--format", "json", "examples/clean_report.txt")
    assert "fiscallint.engine" in mods and "lark" in mods  # it did check
    assert not {m for m in mods if m in HEAVY or m.split(".")[0] in HEAVY}


def test_the_other_formats_are_loaded_when_asked_for():
    assert "fiscallint.reporting.formats" in imported_by("check", "--no-cache", "--format", "sarif", "examples/clean_report.txt")


def test_no_module_binds_a_name_twice():
    """Patterns live at module level now, so two of them given one name (a
    constant hoisted by one change, another added by the next) would make
    the later silently replace the earlier for every use: each module-level
    name is bound once."""
    import ast

    twice = []
    for path in sorted((ROOT / "src" / "fiscallint").rglob("*.py")):
        seen: set[str] = set()
        for node in ast.parse(path.read_text(encoding="utf-8")).body:
            if isinstance(node, (ast.Assign, ast.AnnAssign)):
                targets = node.targets if isinstance(node, ast.Assign) else [node.target]
                names = [t.id for t in targets if isinstance(t, ast.Name)]
            elif isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
                names = [node.name]
            else:
                continue
            twice += [f"{path.name}: {n}" for n in names if n in seen]
            seen.update(names)
    assert twice == []
