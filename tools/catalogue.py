#!/usr/bin/env python3
"""Keep the message catalogues in step with ``src/fiscallint/support/messages.py``.

    python tools/catalogue.py update    add new msgids to every .po (translations kept, stale ones marked obsolete)
    python tools/catalogue.py compile   write each .mo from its .po
    python tools/catalogue.py check     exit 1 when a .po lacks a msgid or a translation, or a .mo is out of date

Needs Babel (in the ``test`` extra). The .mo files are committed, so an
install (``pip install .`` or ``-e .``) needs no build step.
"""
from __future__ import annotations

import io
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from babel.messages.catalog import Catalog  # noqa: E402
from babel.messages.mofile import write_mo  # noqa: E402
from babel.messages.pofile import read_po, write_po  # noqa: E402

from fiscallint.support import messages  # noqa: E402
from fiscallint.support.i18n import DOMAIN, LOCALE_DIR  # noqa: E402


def msgids() -> list[str | tuple[str, str]]:
    """Every msgid of messages.py, in order; plural pairs as tuples."""
    out: list = []
    for name, value in vars(messages).items():
        if not name.isupper():
            continue
        if isinstance(value, str):
            out.append(value)
        elif isinstance(value, tuple) and len(value) == 2 and all(isinstance(v, str) for v in value):
            out.append(value)
        elif isinstance(value, dict):
            out.extend(v for v in value.values() if isinstance(v, str))
    seen, unique = set(), []
    for m in out:
        key = m[0] if isinstance(m, tuple) else m
        if key not in seen:
            seen.add(key)
            unique.append(m)
    return unique


def po_files() -> list[Path]:
    return sorted(LOCALE_DIR.glob(f"*/LC_MESSAGES/{DOMAIN}.po"))


def load(path: Path) -> Catalog:
    with path.open("rb") as fh:
        return read_po(fh)


def update(path: Path, translations: dict | None = None) -> None:
    old = load(path) if path.exists() else None
    lang = path.parent.parent.name
    cat = Catalog(locale=lang, domain=DOMAIN, project="fiscallint", fuzzy=False)
    for m in msgids():
        key = m[0] if isinstance(m, tuple) else m
        prev = old.get(key) if old is not None else None
        string = prev.string if prev is not None else ("" if not isinstance(m, tuple) else ("", ""))
        if translations and key in translations and not (prev and prev.string and any(prev.string if isinstance(prev.string, tuple) else [prev.string])):
            t = translations[key]
            string = tuple([t] * cat.num_plurals) if isinstance(m, tuple) else t
        cat.add(m, string, flags=("python-brace-format",))
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("wb") as fh:
        write_po(fh, cat, width=0, omit_header=False, sort_output=False)


def compiled(path: Path) -> bytes:
    buf = io.BytesIO()
    write_mo(buf, load(path), use_fuzzy=False)
    return buf.getvalue()


def compile_all() -> None:
    for po in po_files():
        po.with_suffix(".mo").write_bytes(compiled(po))


def problems() -> list[str]:
    out = []
    for po in po_files():
        cat = load(po)
        for m in msgids():
            key = m[0] if isinstance(m, tuple) else m
            entry = cat.get(key)
            strings = entry.string if entry is not None and isinstance(entry.string, tuple) else [entry.string if entry else ""]
            if entry is None or not all(strings):
                out.append(f"{po}: no translation of {key!r}")
        mo = po.with_suffix(".mo")
        if not mo.exists() or mo.read_bytes() != compiled(po):
            out.append(f"{mo}: out of date (run python tools/catalogue.py compile)")
    return out


def main(argv: list[str]) -> int:
    command = argv[1] if len(argv) > 1 else "check"
    if command == "update":
        for po in po_files() or [LOCALE_DIR / "zh" / "LC_MESSAGES" / f"{DOMAIN}.po"]:
            update(po)
        return 0
    if command == "compile":
        compile_all()
        return 0
    if command == "check":
        found = problems()
        print("\n".join(found) or "catalogues complete and compiled")
        return 1 if found else 0
    print(__doc__)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv))
