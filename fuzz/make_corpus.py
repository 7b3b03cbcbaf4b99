"""Build the seed corpora of the fuzz targets from examples/ (nothing
binary is committed): ``python fuzz/make_corpus.py [DIR]`` writes
DIR/<target>/ (default: fuzz/corpus/, which git ignores)."""
from __future__ import annotations

import hashlib
import io
import json
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"
TARGETS = ("text", "docx", "quantities", "config", "baseline")


def _put(folder: Path, data: bytes) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / hashlib.sha1(data).hexdigest()).write_bytes(data)


def _texts() -> list[str]:
    return [p.read_text(encoding="utf-8") for p in sorted(EXAMPLES.glob("*.txt"))]


def text_seeds() -> list[bytes]:
    out = []
    for t in _texts():
        head = t[:3000]  # short inputs run faster; the fuzzer grows them
        out += [head.encode("utf-8"), b"\xef\xbb\xbf" + head.encode("utf-8"), head.encode("gb18030"),
                head.encode("utf-16"), head.replace("\n", "\r\n").encode("utf-8")]
    return out


def docx_seeds() -> list[bytes]:
    out = []
    for p in sorted(EXAMPLES.glob("*.docx")):
        data = p.read_bytes()
        out.append(b"\x00" + data)  # the whole file
        with zipfile.ZipFile(io.BytesIO(data)) as z:
            out.append(b"\x01" + z.read("word/document.xml"))  # its document.xml
    return out


def quantity_seeds() -> list[bytes]:
    lines = {line.strip() for t in _texts() for line in t.splitlines() if any(c.isdigit() for c in line)}
    return [line.encode("utf-8") for line in sorted(lines)][:300]


def config_seeds() -> list[bytes]:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    blocks = [b.split("```", 1)[0] for b in readme.split("```toml\n")[1:]]
    extra = [
        'select = ["FL1"]\nignore = ["FL205"]\n[limits]\nfile-size = "64 MiB"\nfigures = 5000\ncompression-ratio = 50\n',
        '[tool.fiscallint]\nrounding = "truncate"\nseverity = { FL204 = "info" }\n[tool.fiscallint.limits]\nparts = 20\n',
        'thresholds = { unit_slip = { budget_ratio = 20 } }\nsynonyms = { "基本支出" = ["基本经费支出"] }\n',
    ]
    return [b.encode("utf-8") for b in blocks + extra]


def baseline_seeds() -> list[bytes]:
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "baseline.json"
        subprocess.run([sys.executable, "-m", "fiscallint", "check", "--no-cache", "--write-baseline", str(out),
                        *[str(p.relative_to(ROOT)) for p in sorted(EXAMPLES.glob("*.txt"))]],
                       cwd=ROOT, capture_output=True, env={"PYTHONPATH": str(ROOT / "src"), "PATH": "/usr/bin:/bin"})
        full = out.read_bytes()
    data = json.loads(full)
    return [full, json.dumps({"version": 1, "entries": data["entries"][:2]}, ensure_ascii=False).encode(),
            b'{"version": 1, "entries": []}']


SEEDS = {"text": text_seeds, "docx": docx_seeds, "quantities": quantity_seeds, "config": config_seeds,
         "baseline": baseline_seeds}


def build(root: Path, targets=TARGETS) -> None:
    for target in targets:
        for data in SEEDS[target]():
            _put(root / target, data)


if __name__ == "__main__":
    build(Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "fuzz" / "corpus")
