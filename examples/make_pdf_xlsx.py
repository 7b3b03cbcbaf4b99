#!/usr/bin/env python3
"""Write the PDF and Excel examples, and the PDF/Excel test fixtures.

    python examples/make_pdf_xlsx.py [--fixtures-only]

Writes, next to this script:

- ``shiqiao_report.docx``, ``shiqiao_report.pdf`` and ``shiqiao_report.xlsx``:
  one invented report (石桥镇, 2024 决算说明) as Word, as PDF (two pages, a
  running header, ``- N -`` page numbers, paragraphs wrapped over lines and
  one over the page break, a ruled table and a table without ruling lines),
  and its two tables as a workbook (one sheet each). The same planted slips
  in all three: see EXPECTED.md.
- ``self_assessment.xlsx``: a 项目支出绩效自评表 with merged cells, a cached
  formula, cells formatted with fewer decimals than they hold, a hidden row
  and a hidden sheet, and planted slips.

and under ``tests/fixtures/`` the small PDFs the tests read (prose across
line and page breaks, a table with and without ruling lines, a table over two
pages, page numbers and running headers, a scanned page, an encrypted file).

Needs reportlab, python-docx and openpyxl (``pip install -e '.[test]'``) and a
CJK TrueType font: it looks for WenQuanYi Micro Hei or Noto Sans CJK in the
usual places, installs ``fonts-wqy-microhei`` with apt-get when run as root
and none is found, else falls back to reportlab's built-in STSong-Light (not
embedded: the text layer is the same, viewers substitute a font). The
output is the same on every run (fixed dates, no compression variance).
"""
from __future__ import annotations

import datetime
import io
import os
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
FIXTURES = HERE.parent / "tests" / "fixtures"

FONT_PATHS = [
    "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc",
    "/usr/share/fonts/wqy-microhei/wqy-microhei.ttc",
    "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc",
    "/usr/share/fonts/noto-cjk/NotoSansCJK-Regular.ttc",
    "/System/Library/Fonts/PingFang.ttc",
    "C:/Windows/Fonts/msyh.ttc",
]


def cjk_font() -> str:
    """Register a CJK font with reportlab and return its name."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfbase.ttfonts import TTFont

    def find():
        return next((p for p in FONT_PATHS if Path(p).is_file()), None)

    path = find()
    if path is None and hasattr(os, "geteuid") and os.geteuid() == 0 and shutil.which("apt-get"):
        subprocess.run(["apt-get", "install", "-y", "-q", "fonts-wqy-microhei"], check=False, capture_output=True)
        path = find()
    if path is not None:
        try:
            pdfmetrics.registerFont(TTFont("CJK", path, subfontIndex=0))
            return "CJK"
        except Exception:  # an unreadable font file: the built-in one below
            pass
    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    return "STSong-Light"


# ---------------------------------------------------------------- a small PDF layout
class Layout:
    """Pages of A4 with a running header and a ``- N -`` footer; paragraphs
    wrapped at a fixed number of characters (first line indented two), tables
    with or without ruling lines, split over pages with their header row
    repeated."""

    def __init__(self, path, font, header="", numbers=True, size=11, lines_per_page=None, encrypt=None):
        from reportlab.lib.pagesizes import A4
        from reportlab.pdfgen import canvas

        self.w, self.h = A4
        kw = {"encrypt": encrypt} if encrypt else {}
        self.c = canvas.Canvas(str(path), pagesize=A4, invariant=1, pageCompression=0, **kw)
        self.font, self.size, self.header, self.numbers = font, size, header, numbers
        self.left, self.right = 72, self.w - 72
        self.top, self.bottom = self.h - 80, 80 if lines_per_page is None else self.h - 80 - lines_per_page * size * 1.6
        self.page = 1
        self.y = self.top
        self._decorate()

    def _decorate(self):
        c = self.c
        if self.header:
            c.setFont(self.font, 9)
            c.drawString(self.left, self.h - 45, self.header)
            c.line(self.left, self.h - 50, self.right, self.h - 50)
        if self.numbers:
            c.setFont(self.font, 9)
            c.drawCentredString(self.w / 2, 40, f"- {self.page} -")

    def new_page(self):
        self.c.showPage()
        self.page += 1
        self.y = self.top
        self._decorate()

    def _room(self, height):
        if self.y - height < self.bottom:
            self.new_page()

    def paragraph(self, text, indent=True, gap=0.0):
        from reportlab.pdfbase.pdfmetrics import stringWidth

        lines, first = [], True
        while text:  # as many characters as the line's width holds
            room = self.right - self.left - (2 * self.size if first and indent else 0)
            n = 1
            while n < len(text) and stringWidth(text[:n + 1], self.font, self.size) <= room:
                n += 1
            lines.append((first and indent, text[:n]))
            text, first = text[n:], False
        lead = self.size * 1.6
        self.y -= gap
        for ind, line in lines:
            self._room(lead)
            self.c.setFont(self.font, self.size)
            self.c.drawString(self.left + (2 * self.size if ind else 0), self.y - self.size, line)
            self.y -= lead

    def table(self, rows, widths, ruled=True, header_rows=1, size=10, repeated=None):
        """``repeated``: how many of the header's last rows a new page prints again (all of them by default)."""
        height = size * 2
        x = [self.left]
        for wd in widths:
            x.append(x[-1] + wd)
        head = rows[:header_rows]
        body = rows[header_rows:]
        self.y -= 4
        self._room(height * (header_rows + 1))
        for row in head:
            self._row(row, x, height, size, ruled)
        for row in body:
            if self.y - height < self.bottom:
                self.new_page()
                for h in head[-(repeated or header_rows):]:
                    self._row(h, x, height, size, ruled)
            self._row(row, x, height, size, ruled)
        self.y -= 6

    def _row(self, row, x, height, size, ruled):
        c = self.c
        c.setFont(self.font, size)
        top, bottom = self.y, self.y - height
        for i, text in enumerate(row):
            if text is None or text == MERGED_UP:
                continue  # (the cell on the left, or the one above, covers it)
            down = 1
            if isinstance(text, tuple):  # (text, rows): a cell merged down over the next rows
                text, down = text
            low = top - height * down
            span = 1
            while i + span < len(row) and row[i + span] is None:
                span += 1
            x0, x1 = x[i], x[i + span]
            if i == 0:
                c.drawString(x0 + 4, low + size * 0.6, text)
            else:
                c.drawRightString(x1 - 4, low + size * 0.6, text)
            if ruled:
                c.line(x0, top, x1, top)
                c.line(x0, low, x1, low)
                c.line(x0, top, x0, low)
                c.line(x1, top, x1, low)
        self.y = bottom

    def save(self):
        self.c.save()


MERGED_UP = "^"  # a table cell covered by the one above it (merged down)


# ---------------------------------------------------------------- the 石桥镇 report
TITLE = "石桥镇人民政府2024年度部门决算说明"
PROSE = [
    ("一、收入支出决算总体情况", False),
    ("2024年度收入总计2,436.80万元，其中：一般公共预算财政拨款收入2,210.50万元，政府性基金预算财政拨款收入180.00万元，"
     "其他收入46.30万元。收入较上年增加主要是上级转移支付的乡村振兴衔接资金和防汛救灾资金增加。", True),
    ("2024年度支出总计2,398.42万元，其中：基本支出1,046.27万元，项目支出1,352.15万元。基本支出1,046.27万元，其中：人员经费"
     "873.60万元，公用经费162.67万元。项目支出主要用于农村人居环境整治、道路养护和基层治理等方面。", True),
    ("二、“三公”经费支出决算情况", False),
    ("2024年“三公”经费支出决算42.30万元，比上年减少6.30万元，下降12.96%，主要是严格控制公务接待标准、压减公务用车运行费用。", True),
]
SANGONG_CAPTION = "表1 “三公”经费支出决算表"
SANGONG = [
    ["项目", "上年决算数", "本年决算数", "增减额", "增减率"],
    ["合计", "48.60", "42.30", "-6.30", "-12.96%"],
    ["因公出国(境)费", "0", "0", "0", "—"],
    ["公务用车购置及运行维护费", "30.20", "27.50", "-2.70", "-8.94%"],
    ["公务接待费", "18.40", "14.80", "-3.80", "-19.57%"],
]
SCORE_CAPTION = "表2 部门整体支出绩效评价得分表"
SCORE = [
    ["一级指标", "分值", "得分"],
    ["投入指标", "20", "18.50"],
    ["过程指标", "20", "19.00"],
    ["产出指标", "40", "36.20"],
    ["效益指标", "20", "17.80"],
    ["总分", "100", "92.50"],
]
CLOSING = [
    ("三、绩效自评结论", False),
    ("经综合评价，本单位2024年度部门整体支出绩效自评等级为“良”。下一步将进一步加强预算执行监控，提高资金使用效益。", True),
]


def shiqiao_docx(out: Path) -> None:
    import docx

    d = docx.Document()
    p = d.core_properties
    p.author = p.last_modified_by = "fiscallint examples"
    p.created = p.modified = datetime.datetime(2025, 1, 1)
    p.revision = 1
    d.add_paragraph(TITLE)
    for text, _ in PROSE:
        d.add_paragraph(text)
    for caption, rows in ((SANGONG_CAPTION, SANGONG), (SCORE_CAPTION, SCORE)):
        d.add_paragraph(caption)
        if rows is SANGONG:
            d.add_paragraph("单位：万元")
        t = d.add_table(rows=len(rows), cols=len(rows[0]))
        t.style = "Table Grid"
        for r, values in enumerate(rows):
            for c, v in enumerate(values):
                t.cell(r, c).text = v
    for text, _ in CLOSING:
        d.add_paragraph(text)
    d.save(str(out))
    _fixed_zip(out)


def shiqiao_pdf(out: Path, font: str) -> None:
    lay = Layout(out, font, header="石桥镇人民政府2024年度部门决算说明", lines_per_page=14)
    lay.paragraph(TITLE, indent=False)
    for text, indent in PROSE:
        lay.paragraph(text, indent=indent)
    lay.paragraph(SANGONG_CAPTION, indent=False)
    lay.paragraph("单位：万元", indent=False)
    lay.table(SANGONG, [150, 70, 70, 60, 60], ruled=True)
    lay.paragraph(SCORE_CAPTION, indent=False)
    lay.table(SCORE, [150, 60, 60], ruled=False)
    for text, indent in CLOSING:
        lay.paragraph(text, indent=indent)
    lay.save()


def _write_zip(path: Path, items) -> None:
    """A ZIP with fixed timestamps (and a fixed modified date in its
    properties, which openpyxl sets to the time of saving), so that a rebuild
    is byte-identical."""
    import re

    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            if name == "docProps/core.xml":
                data = re.sub(rb"(<dcterms:modified[^>]*>)[^<]*", rb"\g<1>2025-01-01T00:00:00Z", data)
            z.writestr(zipfile.ZipInfo(name, (2025, 1, 1, 0, 0, 0)), data, zipfile.ZIP_DEFLATED)
    path.write_bytes(buf.getvalue())


def _fixed_zip(path: Path) -> None:
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    _write_zip(path, items)


def _book():
    import openpyxl

    wb = openpyxl.Workbook()
    wb.properties.creator = "fiscallint examples"
    wb.properties.created = wb.properties.modified = datetime.datetime(2025, 1, 1)
    return wb


def _number(v: str):
    try:
        return float(v.replace(",", "")) if "." in v else int(v)
    except ValueError:
        return v


def _put(ws, rows, start_row, percent_col=None):
    for r, values in enumerate(rows, start=start_row):
        for c, v in enumerate(values, start=1):
            if v is None:
                continue
            if r > start_row and v.endswith("%"):
                cell = ws.cell(r, c, float(v[:-1]) / 100)
                cell.number_format = "0.00%"
            elif r > start_row and _number(v) != v:
                cell = ws.cell(r, c, _number(v))
                cell.number_format = "0.00" if "." in v else "0"
            else:
                ws.cell(r, c, v)


def shiqiao_xlsx(out: Path) -> None:
    """The report's two tables, one sheet each, caption and unit above."""
    wb = _book()
    ws = wb.active
    ws.title = "三公经费"
    ws["A1"] = SANGONG_CAPTION
    ws.merge_cells("A1:E1")
    ws["A2"] = "单位：万元"
    _put(ws, SANGONG, 3)
    ws2 = wb.create_sheet("得分表")
    ws2["A1"] = SCORE_CAPTION
    ws2.merge_cells("A1:C1")
    _put(ws2, SCORE, 2)
    wb.save(str(out))
    _fixed_zip(out)


def with_cached_values(path: Path, values: dict[str, dict[str, str]]) -> None:
    """Store a formula's cached value (what Excel writes on saving and
    openpyxl does not): ``values`` maps a sheet's XML file to {cell: value}."""
    import re

    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    out = []
    for name, data in items:
        for cell, value in values.get(name, {}).items():
            text = data.decode("utf-8")
            text = re.sub(rf'(<c r="{cell}"[^>]*>)(<f>[^<]*</f>)(<v\s*/>|<v></v>)?', rf"\1\2<v>{value}</v>", text)
            data = text.encode("utf-8")
        out.append((name, data))
    _write_zip(path, out)


def self_assessment_xlsx(out: Path) -> None:
    """A 项目支出绩效自评表: title and 项目名称 merged over the columns, the
    资金 block with a 合计 row computed by a formula (its cached value
    stored), amounts formatted '0.00' over values with more decimals, a
    score table whose 总分 disagrees, a hidden row and a hidden sheet."""
    wb = _book()
    ws = wb.active
    ws.title = "自评表"
    ws["A1"] = "2024年度项目支出绩效自评表"
    ws.merge_cells("A1:G1")
    ws["A2"] = "项目名称"
    ws["B2"] = "村级公益设施维护项目"
    ws.merge_cells("B2:G2")
    ws["A3"] = "单位：万元"
    head = ["项目资金（万元）", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"]
    for c, v in enumerate(head, start=1):
        ws.cell(4, c, v)
    # 年度资金总额 = the sum of its parts, as a formula whose cached value is stored
    ws.append(["年度资金总额", "=SUM(B6:B8)", "=SUM(C6:C8)", "=SUM(D6:D8)", 10, 0.9413, 9.41])
    ws.append(["其中：当年财政拨款", 120.0, 136.504, 128.4962, None, None, None])
    ws.append(["上年结转资金", 0, 0, 0, None, None, None])
    ws.append(["其他资金", 0, 0, 0, None, None, None])
    for r in range(5, 9):
        for c in range(2, 5):
            ws.cell(r, c).number_format = "0.00"
    ws.cell(5, 6).number_format = "0.00%"
    ws.cell(5, 7).number_format = "0.00"
    ws.append([])
    ws.append(["一级指标", "分值", "得分"])
    ws.append(["产出指标", 50, 46.0])
    ws.append(["效益指标", 30, 27.5])
    ws.append(["（已删除的试算行）", 99, 99])
    ws.row_dimensions[13].hidden = True
    ws.append(["满意度指标", 10, 9.0])
    ws.append(["预算执行", 10, 9.41])
    ws.append(["总分", 100, 93.91])
    for r in range(11, 17):
        ws.cell(r, 3).number_format = "0.00"
    draft = wb.create_sheet("草稿")
    draft.append(["合计", 1, 5])
    draft.sheet_state = "hidden"
    wb.save(str(out))
    with_cached_values(out, {"xl/worksheets/sheet1.xml": {"B5": "120", "C5": "136.504", "D5": "182.4962"}})


def legacy_xls(out: Path) -> None:
    """A legacy .xls (BIFF8, written by xlwt when it is installed: it is only
    needed to rebuild this fixture): a merged title, amounts formatted '0.00'
    over more decimals, a hidden row and a hidden sheet, a 合计 off by 1."""
    try:
        import xlwt
    except ImportError:
        print(f"xlwt is not installed: {out.name} kept as it is (pip install xlwt to rebuild it)")
        return
    wb = xlwt.Workbook(encoding="utf-8")
    ws = wb.add_sheet("决算表")
    two = xlwt.easyxf(num_format_str="0.00")
    ws.write_merge(0, 0, 0, 2, "支出决算表")
    ws.write(1, 0, "项目")
    ws.write(1, 1, "上年决算数")
    ws.write(1, 2, "本年决算数")
    rows = [("合计", 30.0, 34.0), ("基本支出", 10.004, 12.0), ("项目支出", 19.996, 21.0), ("（试算）", 99.0, 99.0)]
    for r, (name, a, b) in enumerate(rows, start=2):
        ws.write(r, 0, name)
        ws.write(r, 1, a, two)
        ws.write(r, 2, b, two)
    ws.row(5).hidden = True
    hidden = wb.add_sheet("草稿")
    hidden.write(0, 0, "合计")
    hidden.visibility = 1
    wb.save(str(out))


# ---------------------------------------------------------------- test fixtures
def fixtures(font: str) -> None:
    FIXTURES.mkdir(parents=True, exist_ok=True)
    # prose: a paragraph over a line break, and one over the page break; running header and page numbers
    lay = Layout(FIXTURES / "prose.pdf", font, header="清河乡2024年度部门整体支出绩效自评报告", lines_per_page=8)
    lay.paragraph("清河乡2024年度部门整体支出绩效自评报告", indent=False)
    lay.paragraph("一、部门整体支出情况", indent=False)
    lay.paragraph("2024年本年支出1,860.40万元，其中：基本支出720.15万元，项目支出1,140.25万元。项目支出主要用于农田水利设施维修、"
                  "村庄道路硬化和集镇环境整治等方面，资金已按进度拨付到位。")
    lay.paragraph("2024年“三公”经费支出15.20万元，较上年减少1.30万元，下降7.88%。其中：公务用车运行维护费9.60万元，"
                  "公务接待费5.60万元，主要原因是严格执行公务接待标准，全年未安排因公出国（境）费用。")
    lay.paragraph("二、绩效目标完成情况", indent=False)
    lay.paragraph("全年预算数为1,902.00万元，全年实际支出1,860.40万元，预算执行率为97.81%。")
    lay.save()
    # the same table with and without ruling lines
    rows = [["项目", "上年决算数", "本年决算数", "增减额", "增减率"],
            ["合计", "36.00", "33.00", "-3.00", "-8.33%"],
            ["公务用车运行维护费", "20.00", "19.00", "-1.00", "-5.00%"],
            ["公务接待费", "16.00", "14.00", "-2.50", "-12.50%"]]
    for name, ruled in (("table_ruled.pdf", True), ("table_unruled.pdf", False)):
        lay = Layout(FIXTURES / name, font, numbers=False)
        lay.paragraph("表1 “三公”经费支出决算表", indent=False)
        lay.paragraph("单位：万元", indent=False)
        lay.table(rows, [150, 70, 70, 60, 60], ruled=ruled)
        lay.save()
    # a ruled table whose header spans two rows, one cell over two columns
    lay = Layout(FIXTURES / "table_merged_header.pdf", font, numbers=False)
    lay.paragraph("表1 “三公”经费支出决算表", indent=False)
    lay.paragraph("单位：万元", indent=False)
    lay.table([["项目", "上年决算数", "本年决算数", "比上年增、减情况", None],
               ["", "", "", "增、减金额", "增、减幅度"]] + rows[1:], [150, 70, 70, 60, 60], ruled=True, header_rows=2)
    lay.save()
    # a three-line table (三线表): horizontal rules only, so its columns come from the alignment
    lay = Layout(FIXTURES / "table_three_line.pdf", font, numbers=False)
    lay.paragraph("表2 支出决算表", indent=False)
    lay.paragraph("单位：万元", indent=False)
    top = lay.y
    lay.table([["项目", "预算数", "决算数"], ["合计", "100.00", "95.00"], ["基本支出", "60.00", "55.00"],
               ["项目支出", "40.00", "41.00"]], [150, 80, 80], ruled=False, size=10)
    for y in (top - 4, top - 24, lay.y + 6):
        lay.c.line(lay.left, y, lay.left + 310, y)
    lay.save()
    # a table over two pages, its header row repeated
    lay = Layout(FIXTURES / "table_two_pages.pdf", font, header="表格跨页测试", lines_per_page=10)
    lay.paragraph("表3 支出决算明细表", indent=False)
    lay.paragraph("单位：万元", indent=False)
    parts = [("村道养护", "12.00"), ("路灯维修", "3.50"), ("垃圾清运", "8.20"), ("河道保洁", "6.30"), ("绿化管护", "4.00"),
             ("公厕维护", "2.60"), ("安全巡查", "1.90"), ("防汛物资", "5.40"), ("技能培训", "2.10")]
    table = [["项目", "决算数"], ["合计", "47.00"]] + [[a, b] for a, b in parts]  # the parts add to 46.00
    lay.table(table, [200, 90], ruled=True)
    lay.save()
    spanned_and_repeated(font)
    # a scanned page: an image, no text
    from reportlab.lib.utils import ImageReader
    from PIL import Image, ImageDraw

    img = Image.new("L", (300, 120), 255)
    ImageDraw.Draw(img).rectangle([20, 20, 280, 100], outline=0)
    buf = io.BytesIO()
    img.save(buf, "PNG")
    buf.seek(0)
    lay = Layout(FIXTURES / "scanned.pdf", font, numbers=False)
    lay.c.drawImage(ImageReader(buf), 72, 500, 300, 120)
    lay.save()
    legacy_xls(FIXTURES / "legacy.xls")
    # encrypted with a user password
    lay = Layout(FIXTURES / "encrypted.pdf", font, numbers=False, encrypt="secret")
    lay.paragraph("本年支出100.00万元，其中：基本支出60.00万元，项目支出40.00万元。")
    lay.save()


def spanned_and_repeated(font: str) -> None:
    """Two ruled tables of a 决算: a 三公 header whose middle name spans three
    columns while the last one spans both header rows, and a table over two
    pages that prints again only its header's second row."""
    lay = Layout(FIXTURES / "table_spans_and_repeats.pdf", font, lines_per_page=13)
    lay.paragraph("表1 “三公”经费支出决算表", indent=False)
    lay.paragraph("单位：万元", indent=False)
    lay.table([[("项目", 2), ("合计", 2), ("因公出国（境）费", 2), "公务用车购置及运行维护费", None, None, ("公务接待费", 2)],
               [MERGED_UP, MERGED_UP, MERGED_UP, "小计", "购置费", "运行费", MERGED_UP],
               ["预算数", "30.00", "0.00", "27.00", "18.00", "9.00", "3.00"],
               ["决算数", "26.52", "0.00", "24.38", "16.80", "7.58", "2.14"]],
              [50, 40, 75, 45, 45, 45, 60], ruled=True, header_rows=2, size=8)
    lay.paragraph("表2 支出决算表", indent=False)
    lay.paragraph("单位：万元", indent=False)
    lay.table([["项目", None, "本年支出合计", "基本支出", "项目支出"],
               ["科目编码", "科目名称", "", "", ""],
               ["", "合计", "640.00", "420.00", "220.00"],
               ["201", "一般公共服务支出", "500.00", "300.00", "200.00"],
               ["20101", "人大事务", "120.00", "100.00", "20.00"],
               ["20103", "政府办公厅（室）及相关机构事务", "380.00", "200.00", "180.00"],
               ["208", "社会保障和就业支出", "140.00", "120.00", "20.00"],
               ["20805", "行政事业单位养老支出", "90.00", "90.00", ""],
               ["20808", "抚恤", "20.00", "", "20.00"],
               ["20899", "其他社会保障和就业支出", "30.00", "30.00", ""]],
              [50, 190, 70, 60, 60], ruled=True, header_rows=2, size=8, repeated=1)
    lay.save()


def main(argv: list[str]) -> int:
    font = cjk_font()
    fixtures(font)
    if "--fixtures-only" not in argv:
        shiqiao_docx(HERE / "shiqiao_report.docx")
        shiqiao_pdf(HERE / "shiqiao_report.pdf", font)
        shiqiao_xlsx(HERE / "shiqiao_report.xlsx")
        self_assessment_xlsx(HERE / "self_assessment.xlsx")
    print(f"wrote the examples (font {font}) and {FIXTURES}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
