"""A lean core: what a run costs beyond the work itself (benchmarks/ measures
the time; these tests check the structure that keeps it low)."""
from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

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


def _lark_own_parser():
    """The quantity parser with Lark's own scanner per lexer state."""
    from fiscallint.understanding import quantities

    original = quantities._share_one_scanner
    quantities._share_one_scanner = lambda parser: None
    try:
        return quantities._parser.__wrapped__()
    finally:
        quantities._share_one_scanner = original


def _plain(node):
    """A parse tree as nested tuples (a rule's name as a plain string: Lark
    names it by a Token when it built the grammar, by a str when it loaded
    it from its cache)."""
    if hasattr(node, "children"):
        return str(node.data), [_plain(c) for c in node.children]
    return node.type, str(node), node.start_pos, node.end_pos


def _lexed(parser, text):
    from fiscallint.understanding import quantities

    del quantities._SKIPPED[:]
    try:
        tree = parser.parse(text, on_error=quantities._drop_dangling_range)
        return _plain(tree), [(t.start_pos, t.end_pos, t.type, str(t)) for t in quantities._SKIPPED]
    finally:
        del quantities._SKIPPED[:]


def test_the_lexer_states_share_one_alternation():
    """The contextual lexer's states match with one alternation of all the
    terminals, compiled once, not one compiled per state."""
    from fiscallint.understanding import quantities

    parser = quantities._parser.__wrapped__()
    scanners = [lexer._scanner for lexer in parser.parser.lexer.lexers.values()]
    assert len(scanners) > 5
    assert all(isinstance(s, quantities._StateScanner) for s in scanners)
    assert len({id(s.shared) for s in scanners}) == 1
    assert len({frozenset(s.allowed_types) for s in scanners}) > 3  # the states still differ


def test_the_shared_alternation_lexes_as_lark_does():
    """Same tree and same skipped spans as Lark's own per-state scanners, on
    the examples and on text where the first terminal found is one the
    state does not accept (个 after 第一: a unit only after a number)."""
    from fiscallint.understanding import quantities

    own, shared = _lark_own_parser(), quantities._parser.__wrapped__()
    texts = [read_document(p, str(p)).text for p in REPORTS] + [
        "建立第一个县级加工厂，投入50万元，完成率约95%以上。",
        "第一个项目于2024年3月完工，共1,234.5万元（含2-3个子项）；电话0571-12345678。",
        "1-2x 300万元", "约13000100000", "百分之二十五点五，三个乡镇共十二户", "100-",
    ]
    fallbacks = []
    original = quantities._StateScanner.match

    def watching(self, text, pos):
        m = self.shared.compiled().match(text.text, pos, text.end)
        if m is not None and m.lastgroup not in self.allowed_types:
            fallbacks.append(m.lastgroup)
        return original(self, text, pos)

    quantities._StateScanner.match = watching
    try:
        for text in texts:
            assert _lexed(shared, text) == _lexed(own, text), text[:60]
    finally:
        quantities._StateScanner.match = original
    assert fallbacks  # the path past a terminal the state does not accept was taken


_TRICKY = [
    "建立第一个县级加工厂，投入50万元，完成率约95%以上。",
    "第一个项目于2024年3月完工，共1,234.5万元（含2-3个子项）；电话0571-12345678。",
    "1-2x 300万元", "约13000100000", "百分之二十五点五，三个乡镇共十二户", "100-", "约约12万余元左右",
    "12\n万元", "3至5个", "近", "超过", "", "１２．５％", "1 234 567.8元", "附件2-1", "第3个",
]


def _lean_and_lark(text):
    from fiscallint.understanding import quantities

    lean_skipped, lark_skipped = [], []
    lean = quantities.parse_tree(text, lean_skipped, lean=True)
    lark = quantities.parse_tree(text, lark_skipped, lean=False)
    return (_plain(lean), lean_skipped), (_plain(lark), lark_skipped)


def test_the_lean_driver_parses_as_lark_does():
    """The lean loop over Lark's own table gives Lark's tree and skipped
    spans: on the examples and on text that takes the grammar's corners (a
    dangling approximation word, a range sign at the end, a unit on the
    next line, many figures in a row)."""
    from fiscallint.understanding import quantities

    assert quantities._lean() is not None  # the lean driver applies to our parser
    texts = [read_document(p, str(p)).text for p in REPORTS] + _TRICKY + ["12万元、" * 500]
    for text in texts:
        lean, lark = _lean_and_lark(text)
        assert lean == lark, text[:60]


_PIECES = ["12", "3.5", "1,234", "-", "~", "至", "万", "亿", "元", "万元", "%", "个", "人", "约", "近", "余",
           "以上", "左右", "超过", "第", "一", "十", "百分之", "年", "月", "（", "）", "2024", "号", "〔", "〕",
           "A1", "“", "”", "\n", " ", "，", "。", "其中", "附件", "0571-", "13812345678"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=30))
def test_the_lean_driver_parses_random_text_as_lark_does(pieces):
    from lark.exceptions import UnexpectedInput

    from fiscallint.understanding import quantities

    text = "".join(pieces)
    results = []
    for lean in (True, False):
        skipped: list = []
        try:
            results.append((_plain(quantities.parse_tree(text, skipped, lean=lean)), skipped))
        except (ValueError, UnexpectedInput):
            results.append("refused")  # the grammar cannot end there: both must say so
    assert results[0] == results[1]


def _tokens(union, text):
    from fiscallint.understanding.quantities import _TEXT, PLAIN_TEXT

    out, pos = [], 0
    while pos < len(text):
        m = union.match(text, pos)
        out.append((pos, m.end(), _TEXT if m.lastgroup == PLAIN_TEXT else m.lastgroup))
        pos = m.end()
    return out


def test_the_plain_text_shortcut_lexes_as_the_alternation_does():
    """The alternation's first alternative, _TEXT tried alone at a character
    no terminal before it can begin a match with, finds the very tokens the
    alternation of the terminals alone finds: on the examples, the corners
    and every character of the Basic Multilingual Plane between contexts
    that open and close terminals."""
    from fiscallint.understanding import quantities

    shared = quantities._parser()
    shared = next(iter(shared.parser.lexer.lexers.values()))._scanner.shared
    union = shared.compiled()
    assert union.pattern.startswith(f"(?P<{quantities.PLAIN_TEXT}>")  # the shortcut applies to our grammar
    plain = re.compile("|".join(f"(?P<{t.name}>{t.pattern.to_regexp()})" for t in shared.terminals), shared.flags)
    texts = [read_document(p, str(p)).text for p in REPORTS] + _TRICKY
    every = "".join(chr(c) for c in range(0x20, 0x10000) if not 0xD800 <= c < 0xE000)
    texts += [every[i:i + 64] for i in range(0, len(every), 64)]
    texts += [f"第12{ch}3" for ch in every[:0x3000:7]] + [f"约{ch}12万元" for ch in every[0x3000::5]]
    for text in texts:
        assert _tokens(union, text) == _tokens(plain, text), text[:60]
