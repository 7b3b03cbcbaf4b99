"""Every key a stage writes into a fact's or quantity's ``extras`` is read by
a later one: a key nobody reads is a claim about the data that nothing
keeps true (issue: the model's data, typed and read)."""
from __future__ import annotations

import re
from pathlib import Path

SRC = Path(__file__).resolve().parent.parent / "src" / "fiscallint"
_WRITE = re.compile(r"extras\[\"([a-z_]+)\"\]\s*=(?!=)")
_READ = re.compile(r"extras(?:\.get|\.pop)\(\"([a-z_]+)\"|extras\[\"([a-z_]+)\"\](?!\s*=(?!=))|\"([a-z_]+)\" in [\w.]*extras")


def _keys() -> tuple[dict[str, str], set[str]]:
    written: dict[str, str] = {}
    read: set[str] = set()
    for path in SRC.rglob("*.py"):
        text = path.read_text(encoding="utf-8")
        for m in _WRITE.finditer(text):
            written.setdefault(m.group(1), path.name)
        for m in _READ.finditer(text):
            read.add(next(g for g in m.groups() if g))
    return written, read


def test_every_extras_key_written_is_read():
    written, read = _keys()
    assert written, "the scan found no extras writes: the pattern no longer matches the code"
    unread = {k: where for k, where in written.items() if k not in read}
    assert unread == {}


def test_the_scan_sees_a_key_written_and_never_read():
    text = 'q.extras["only_written"] = True\nf.extras.get("kept")\n'
    assert [m.group(1) for m in _WRITE.finditer(text)] == ["only_written"]
    assert [next(g for g in m.groups() if g) for m in _READ.finditer(text)] == ["kept"]
