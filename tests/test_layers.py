"""The import contract: the packages are the stages of the pipeline and data
flows one way (CONTRIBUTING.md). A module may import its own stage and the
stages before it, never a later one, and no modules import each other in a
circle. Every import counts, at the top of a module or inside a function."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

SRC = Path(__file__).resolve().parent.parent / "src" / "fiscallint"

# The stages, first to last. A module's stage is its first name below
# fiscallint (fiscallint.understanding.claims -> understanding); the package's
# own __init__ (the version) is below them all.
STAGES = (
    "support",  # resources, messages, limits, units, lexicon, i18n, console: no stage of their own
    "model",  # the data passed between stages: document, table, interval, fact, claim, finding
    "reading",  # each input format -> the document model
    "understanding",  # quantities, labels and phases, facts, claim recognisers, tables, forms
    "deciding",  # claim in, verdict out; the rule interface; the precision ledger
    "checks",  # the rules: verdicts -> findings
    "engine",  # one document through the stages
    "reporting",  # one module per output format
    "gate",  # configuration, suppressions, baseline, cache, the runner over many files
    "api",  # the Python API (fiscallint.api)
    "serve",  # the interfaces: the web page, the command line
    "cli",
    "__main__",
)


def modules(root: Path = SRC) -> dict[str, Path]:
    out = {}
    for path in sorted(root.rglob("*.py")):
        parts = list(path.relative_to(root.parent).with_suffix("").parts)
        if parts[-1] == "__init__":
            parts.pop()
        out[".".join(parts)] = path
    return out


def imports(name: str, path: Path, known: dict[str, Path]) -> set[str]:
    """The package's modules that ``name`` imports anywhere in its text."""

    def resolve(dotted: str) -> str | None:
        while dotted and dotted not in known:
            dotted = dotted.rpartition(".")[0]
        return dotted or None

    out: set[str] = set()
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            targets = [a.name for a in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                parts = package.split(".")
                parts = parts[: len(parts) - node.level + 1]
                base = ".".join(parts + ([base] if base else []))
            targets = [f"{base}.{a.name}" if f"{base}.{a.name}" in known else base for a in node.names]
        else:
            continue
        for target in targets:
            if target == "fiscallint" or target.startswith("fiscallint."):
                found = resolve(target)
                if found and found != name:
                    out.add(found)
    return out


def graph(root: Path = SRC) -> dict[str, set[str]]:
    known = modules(root)
    return {name: imports(name, path, known) for name, path in known.items()}


def stage(module: str) -> int:
    if module == "fiscallint":
        return -1
    return STAGES.index(module.split(".")[1])


def cycles(edges: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected components of more than one module (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []

    def visit(v: str) -> None:
        index[v] = low[v] = len(index)
        stack.append(v)
        on_stack.add(v)
        for w in edges.get(v, ()):
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on_stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            component = []
            while True:
                w = stack.pop()
                on_stack.discard(w)
                component.append(w)
                if w == v:
                    break
            if len(component) > 1:
                found.append(sorted(component))

    for v in sorted(edges):
        if v not in index:
            visit(v)
    return found


def upward(edges: dict[str, set[str]]) -> list[str]:
    return sorted(f"{a} -> {b}" for a, targets in edges.items() for b in targets if stage(b) > stage(a))


def test_every_module_is_in_a_stage():
    for name in modules():
        if name != "fiscallint":
            assert name.split(".")[1] in STAGES, f"{name}: not in a stage (tests/test_layers.py STAGES)"


def test_the_package_root_imports_nothing_of_its_own():
    assert graph()["fiscallint"] == set()


def test_no_upward_import():
    assert upward(graph()) == []


# None left: the rule modules import their shared wording from checks/base.py,
# not from the package that registers them.
KNOWN_CYCLES: list[list[str]] = []


def test_no_import_cycle():
    found = cycles(graph())
    assert [c for c in found if c not in KNOWN_CYCLES] == []
    # a circle that is gone leaves the list above
    assert [c for c in KNOWN_CYCLES if c not in found] == []


# The contract must be able to fail: the same walk on a small package that
# breaks it.
@pytest.fixture
def broken(tmp_path: Path) -> Path:
    root = tmp_path / "fiscallint"
    for rel, text in {
        "__init__.py": "",
        "model/__init__.py": "",
        "model/a.py": "def f():\n    from fiscallint.model import b\n",  # inside a function: counts
        "model/b.py": "from fiscallint.model.a import f\n",
        "reading/__init__.py": "",
        "reading/r.py": "from fiscallint.model import a\n",
        "understanding/__init__.py": "",
        "understanding/u.py": "from . import v\n",
        "understanding/v.py": "from fiscallint.gate import runner\n",
        "gate/__init__.py": "",
        "gate/runner.py": "import fiscallint.reading.r\n",
    }.items():
        (root / rel).parent.mkdir(parents=True, exist_ok=True)
        (root / rel).write_text(text)
    return root


def test_the_walk_finds_a_cycle_and_an_upward_import(broken: Path):
    edges = graph(broken)
    assert cycles(edges) == [["fiscallint.model.a", "fiscallint.model.b"]]
    assert upward(edges) == ["fiscallint.understanding.v -> fiscallint.gate.runner"]
    assert "fiscallint.understanding.v" in edges["fiscallint.understanding.u"]  # a relative import
