#!/usr/bin/env python3
"""Write the Word versions of two example reports.

    python examples/make_docx.py [OUTDIR]

Reads ``clean_report.txt`` and ``report_with_errors.txt`` (next to this
script) and writes ``clean_report.docx`` and ``report_with_errors.docx``
(into OUTDIR, by default next to this script): every line of the .txt
becomes one Word paragraph (an empty line an empty paragraph, so that
``fiscallint cat`` renders the same line numbers as the .txt), then an
annexed table 附件：基础数据表 follows the prose.

The table of ``clean_report.docx`` agrees with its prose. The table of
``report_with_errors.docx`` holds one planted contradiction with the prose
(the 2024 “三公”经费 outturn; see EXPECTED.md). Standard library and
python-docx only; the output is the same on every run (fixed core
properties).
"""
from __future__ import annotations

import datetime
import sys
from pathlib import Path

import docx

HERE = Path(__file__).resolve().parent

HEADER = ["项目（万元）", "2023年决算数", "2024年预算数", "2024年决算数"]

# 青石镇 (clean_report.txt): 2024 全年预算 and 决算 as in lines 15, 18, 23, 24;
# 2023 本年支出 3,218.45 (line 19) = 1,296.30 + 1,922.15; 2023 三公 18.36 + 2.71
# (line 25) = 21.07.
CLEAN_ROWS = [
    ["本年支出", "3,218.45", "3,612.58", "3,541.27"],
    ["基本支出", "1,296.30", "1,498.20", "1,475.68"],
    ["项目支出", "1,922.15", "2,114.38", "2,065.59"],
    ["“三公”经费", "21.07", "22.50", "18.36"],
]

# 柳溪乡 (report_with_errors.txt): 2024 决算 as in line 19; 2023 本年支出
# 2,874.36 − 326.14 (line 20) = 2,548.22 = 1,052.37 + 1,495.85; 2023 三公 16.07
# (line 25); 2024 三公预算 18.60 (line 23); 2024 全年预算 3,046.75 (line 16) =
# 1,168.30 + 1,878.45 (a split the prose does not state).
# Planted: the 2024 “三公”经费 决算数 reads 15.47 here, 15.74 in line 24.
ERROR_ROWS = [
    ["本年支出", "2,548.22", "3,046.75", "2,874.36"],
    ["基本支出", "1,052.37", "1,168.30", "1,136.48"],
    ["项目支出", "1,495.85", "1,878.45", "1,737.88"],
    ["“三公”经费", "16.07", "18.60", "15.47"],
]


def build(txt: Path, rows: list[list[str]], out: Path) -> None:
    document = docx.Document()
    props = document.core_properties
    props.author = "fiscallint examples"
    props.created = props.modified = datetime.datetime(2025, 1, 1)
    props.last_modified_by = "fiscallint examples"
    props.revision = 1
    lines = txt.read_text(encoding="utf-8").split("\n")
    while lines and not lines[-1].strip():
        lines.pop()
    for line in lines:
        document.add_paragraph(line)
    document.add_paragraph("")
    document.add_paragraph("附件：基础数据表")
    table = document.add_table(rows=1 + len(rows), cols=len(HEADER))
    table.style = "Table Grid"
    for r, values in enumerate([HEADER, *rows]):
        for c, value in enumerate(values):
            table.cell(r, c).text = value
    out.parent.mkdir(parents=True, exist_ok=True)
    document.save(str(out))


def main(argv: list[str]) -> int:
    outdir = Path(argv[0]) if argv else HERE
    build(HERE / "clean_report.txt", CLEAN_ROWS, outdir / "clean_report.docx")
    build(HERE / "report_with_errors.txt", ERROR_ROWS, outdir / "report_with_errors.docx")
    print(f"wrote {outdir / 'clean_report.docx'} and {outdir / 'report_with_errors.docx'}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
