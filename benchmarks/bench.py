#!/usr/bin/env python3
"""Benchmark for fiscallint: throughput over many reports and cold start.

Generates N synthetic 部门整体支出绩效自评报告-style reports (seeded, so runs are
comparable), then times

  * one `fiscallint check --format json` process over all of them (best of
    --repeat runs): MB, seconds, MB/s, ms per report;
  * a fresh `fiscallint check` process on one small report (best and median
    of --cold-runs runs);
  * with --docx N (default 100): N of the reports saved as Word .docx files
    (each line a paragraph, plus one small consistent table), and one
    `fiscallint check` process over them (best of --repeat): MB/s of .docx
    bytes and ms per report. --docx 0 skips it.

Standard library only, except --docx, which needs python-docx (skipped with
a note when it is not installed).  Exit 0 unless the linter fails (exit code other than
0/1, or output that is not the expected JSON).
"""
from __future__ import annotations

import argparse
import json
import os
import random
import shlex
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
# the targets of a gate over a province's reports (10^4-10^5 files): one
# core checks 2.5 MB of dense report text a second, a process starts in 0.2 s
TARGET_COLD_S = 0.2
TARGET_MBPS = 2.5

# --------------------------------------------------------------------------
# synthetic report generator
# --------------------------------------------------------------------------

Q2 = Decimal("0.01")
Q0 = Decimal("1")

PLACE_A = "青白红黄柳杨松竹梅桃石金银龙凤云溪河湖泉山岭坪塘桥沙田高长新"
PLACE_B = "石溪桥湾坪山岭塘口田源滩林洲冲港铺寨岗"
UNIT_KIND = ["镇人民政府", "乡人民政府", "街道办事处"]
CHN_NUM = "一二三四五六七八九十"

SUBJECTS = ["我镇", "镇党委", "镇政府", "各村（社区）", "镇财政所", "镇综治中心", "镇农业综合服务中心",
            "镇应急管理办公室", "班子成员", "驻村工作队", "镇纪委", "镇社会事务办", "各职能部门"]
VERBS = ["坚持", "持续推进", "扎实开展", "全面落实", "不断完善", "着力加强", "认真组织", "深入推进",
         "统筹做好", "切实抓好", "积极探索", "稳步实施"]
OBJECTS = ["预算绩效管理", "农村人居环境整治", "耕地保护和粮食安全", "安全生产隐患排查", "矛盾纠纷多元化解",
           "基层党组织建设", "防汛抗旱和森林防火", "村级集体经济发展", "政务服务标准化建设", "财务内控制度建设",
           "民生实事项目", "乡村治理体系建设", "河长制湖长制", "移风易俗宣传", "网格化管理", "资产清查和处置"]
PURPOSES = ["确保各项工作落到实处", "进一步提升了群众的获得感和幸福感", "为全年目标任务的完成提供了有力保障",
            "形成了一级抓一级、层层抓落实的工作格局", "有效防范和化解了各类风险", "推动了各项政策措施落地见效",
            "财政资金使用效益明显提高", "群众满意度进一步提升", "实现了经济社会发展和安全稳定双促进"]
MEASURES = ["召开专题会议", "制定工作方案", "建立工作台账", "实行挂图作战", "开展督查考核", "强化跟踪问效",
            "落实包村联户责任", "组织业务培训", "定期通报进展", "健全长效机制"]
PROBLEMS = ["预算编制的精细化程度有待提高", "部分项目绩效目标设置不够明确", "资金支付进度前慢后快",
            "固定资产管理基础较为薄弱", "绩效运行监控的手段比较单一", "部分村级财务管理不够规范",
            "项目前期谋划不够充分", "绩效评价结果运用不够充分"]
ITEMS_PROJECT = ["乡村振兴衔接项目", "农村人居环境整治", "防汛抗旱及地质灾害防治", "农村公路养护", "村级组织运转保障",
                 "高标准农田建设", "社会救助资金", "基层治理经费", "森林防火", "小型水利设施维修"]


def q2(x: Decimal) -> Decimal:
    return x.quantize(Q2, rounding=ROUND_HALF_UP)


def q0(x: Decimal) -> Decimal:
    return x.quantize(Q0, rounding=ROUND_HALF_UP)


class ReportGen:
    """Builds one report from a seeded RNG; counts planted contradictions."""

    def __init__(self, rng: random.Random, bad_rate: float = 0.05):
        self.r = rng
        self.bad_rate = bad_rate
        self.planted = 0
        self.checkable = 0
        self.used: set[str] = set()
        self.year = rng.randint(2021, 2024)

    # ---- numbers -------------------------------------------------------
    def money(self, lo: float, hi: float) -> Decimal:
        return q2(Decimal(str(self.r.uniform(lo, hi))))

    def fmt(self, x: Decimal, sep: bool | None = None) -> str:
        if sep is None:
            sep = self.r.random() < 0.3
        return f"{x:,.2f}" if sep else f"{x:.2f}"

    def pct(self, x: Decimal) -> str:
        if self.r.random() < 0.25:
            return f"{q0(x)}%"
        return f"{q2(x)}%"

    def bad(self) -> bool:
        self.checkable += 1
        if self.r.random() < self.bad_rate:
            self.planted += 1
            return True
        return False

    def skew_money(self, x: Decimal) -> Decimal:
        # well beyond rounding: change a digit of the integer part
        step = Decimal(10) ** self.r.randint(0, max(0, len(str(int(x))) - 2))
        return x + step * self.r.choice([-3, -2, -1, 1, 2, 3, 9])

    def skew_pct(self, x: Decimal) -> Decimal:
        return x + Decimal(self.r.choice([-5, -3, -2, 2, 3, 5]))

    # ---- prose -----------------------------------------------------------
    def filler(self) -> str:
        r = self.r
        kind = r.random()
        if kind < 0.45:
            m1, m2 = r.sample(MEASURES, 2)
            return f"{r.choice(SUBJECTS)}{r.choice(VERBS)}{r.choice(OBJECTS)}，{m1}，{m2}，{r.choice(PURPOSES)}。"
        if kind < 0.65:
            return (f"全年共{r.choice(MEASURES)}{r.randint(2, 40)}次，"
                    f"{r.choice(['出动人员', '参与群众', '培训干部'])}{r.randint(1, 9)}00余人次，"
                    f"{r.choice(PURPOSES)}。")
        if kind < 0.8:
            return (f"根据《关于进一步加强{r.choice(OBJECTS)}的通知》（{r.choice(PLACE_A)}财绩〔{r.randint(2019, 2025)}〕"
                    f"{r.randint(1, 99)}号）要求，{r.choice(SUBJECTS)}于{r.randint(2021, 2025)}年{r.randint(1, 12)}月"
                    f"{r.randint(1, 28)}日{r.choice(VERBS)}{r.choice(OBJECTS)}。")
        if kind < 0.9:
            return (f"{r.choice(['新增', '改善', '完成'])}{r.choice(['灌溉面积', '造林面积', '复耕面积'])}"
                    f"近{r.randint(2, 30)}00亩，{r.choice(['惠及', '覆盖', '带动'])}群众{r.randint(1, 9)}千余人，"
                    f"{r.choice(PURPOSES)}。")
        return f"{r.choice(VERBS)}{r.choice(OBJECTS)}，做到“{r.choice(['三个到位', '五个一', '135'])}”工作要求，" \
               f"实行24小时值班制度，{r.choice(PURPOSES)}。"

    def paragraph(self, n: int | None = None) -> str:
        return "".join(self.filler() for _ in range(n or self.r.randint(2, 6)))

    # ---- checkable sentences ---------------------------------------------
    def s_composition(self) -> str:
        total = self.money(800, 9000)
        basic = q2(total * Decimal(str(self.r.uniform(0.2, 0.6))))
        proj = total - basic
        sb, sp = basic / total * 100, proj / total * 100
        if self.bad():
            if self.r.random() < 0.5:
                proj = self.skew_money(proj)
            else:
                sb = self.skew_pct(sb)
        return (f"{self.year}年本年支出{self.fmt(total)}万元，其中：基本支出{self.fmt(basic)}万元，占总支出的{self.pct(sb)}；"
                f"项目支出{self.fmt(proj)}万元，占总支出的{self.pct(sp)}。")

    def s_overall_rate(self) -> str:
        budget = self.money(800, 9000)
        spent = q2(budget * Decimal(str(self.r.uniform(0.7, 1.0))))
        rate = spent / budget * 100
        if self.bad():
            rate = self.skew_pct(rate)
        return f"全年预算数{self.fmt(budget)}万元，全年支出{self.fmt(spent)}万元，预算执行率为{q2(rate)}%。"

    def s_basic(self) -> str:
        staff = self.money(300, 2000)
        office = self.money(40, 400)
        basic = staff + office
        if self.bad():
            office = self.skew_money(office)
        return f"基本支出{self.fmt(basic)}万元，其中：人员经费{self.fmt(staff)}万元，公用经费{self.fmt(office)}万元。"

    def s_sangong(self) -> str:
        car = self.money(1, 12)
        rec = self.money(2, 20)
        tot = car + rec
        if self.bad():
            tot = self.skew_money(tot)
        return (f"“三公”经费支出{self.fmt(tot)}万元，其中：因公出国（境）费0万元，公务用车购置及运行维护费"
                f"{self.fmt(car)}万元，公务接待费{self.fmt(rec)}万元。")

    def s_headcount(self) -> str:
        adm, inst = self.r.randint(15, 40), self.r.randint(10, 40)
        staff = adm + inst - self.r.randint(0, 6)
        ret = self.r.randint(5, 40)
        tot = staff + ret
        if self.bad():
            tot += self.r.choice([-3, 2, 5])
        return (f"核定编制数{adm + inst}名，其中行政编制{adm}名，事业编制{inst}名；实有人员{tot}人，"
                f"其中在职在编{staff}人，离退休{ret}人。")

    # repeatable, each about a different project
    def project(self) -> str:
        return self.r.choice(PLACE_A) + self.r.choice(PLACE_B) + "村" + self.r.choice(ITEMS_PROJECT)

    def s_fund(self) -> str:
        a, b, c = self.money(5, 300), self.money(5, 200), self.money(1, 80)
        tot = a + b + c
        if self.bad():
            tot = self.skew_money(tot)
        return (f"{self.project()}资金{self.fmt(tot)}万元，其中：中央资金{self.fmt(a)}万元，省级资金{self.fmt(b)}万元，"
                f"县级资金{self.fmt(c)}万元，资金到位率100%。")

    def s_rate(self) -> str:
        budget = self.money(10, 600)
        spent = q2(budget * Decimal(str(self.r.uniform(0.6, 1.0))))
        rate = spent / budget * 100
        if self.bad():
            rate = self.skew_pct(rate)
        return f"{self.project()}预算{self.fmt(budget)}万元，实际支出{self.fmt(spent)}万元，执行率{self.pct(rate)}。"

    def s_change(self) -> str:
        prev = self.money(20, 800)
        cur = q2(prev * Decimal(str(self.r.uniform(0.7, 1.4))))
        d = cur - prev
        g = abs(d) / prev * 100
        if self.bad():
            g = abs(self.skew_pct(g))
        word, pct_word = ("增加", "增长") if d >= 0 else ("减少", "下降")
        return f"{self.project()}支出{self.fmt(cur)}万元，较上年{word}{self.fmt(abs(d))}万元，{pct_word}{q2(g)}%。"

    def s_partial(self) -> str:
        total = self.money(50, 900)
        items = self.r.sample(["工程建设", "材料采购", "劳务报酬", "设备购置", "宣传培训", "监理及设计"], 3)
        parts = [q2(total * Decimal(str(self.r.uniform(0.08, 0.25)))) for _ in items]
        body = "，".join(f"{n}{self.fmt(p)}万元" for n, p in zip(items, parts))
        return f"{self.project()}资金{self.fmt(total)}万元，主要用于{body}等。"

    def s_counts(self) -> str:
        a, b = self.r.randint(2, 9), self.r.randint(2, 9)
        n = a + b
        if self.bad():
            n += self.r.choice([-2, -1, 1, 3])
        noun = self.r.choice([("实施项目", "个", "产业发展类", "基础设施类"), ("改造危房", "户", "新建", "修缮"),
                              ("调处纠纷", "件", "婚姻家庭类", "邻里关系类"), ("新建设施", "处", "文化类", "体育类")])
        return (f"{self.project()}共{noun[0]}{n}{noun[1]}，其中{noun[2]}{a}{noun[1]}，{noun[3]}{b}{noun[1]}；"
                f"受益群众{self.r.randint(2, 9)}00余人，其中脱贫户{self.r.randint(10, 99)}人，"
                f"60周岁以上{self.r.randint(10, 99)}人。")

    ONCE = ["s_composition", "s_overall_rate", "s_basic", "s_sangong", "s_headcount"]
    REPEATABLE = ["s_fund", "s_rate", "s_change", "s_partial", "s_counts"]

    def checkable_para(self) -> str:
        out = []
        for _ in range(self.r.randint(1, 3)):
            pool = [c for c in self.ONCE if c not in self.used] + self.REPEATABLE
            name = self.r.choice(pool)
            self.used.add(name)
            out.append(getattr(self, name)())
            if self.r.random() < 0.5:
                out.append(self.filler())
        return "".join(out)

    # ---- whole report ------------------------------------------------------
    def report(self, target_bytes: int) -> str:
        r = self.r
        name = r.choice(PLACE_A) + r.choice(PLACE_B) + r.choice(UNIT_KIND)
        year = self.year
        lines = [f"{name}{year}年度部门整体支出绩效自评报告", "", self.paragraph(2), ""]
        size = sum(len(x.encode()) for x in lines)
        sec = 0
        heads = ['部门基本情况', '预算执行情况', '绩效目标完成情况', '资金使用及管理情况', '存在的问题', '改进措施']
        while size < target_bytes:
            block = [f"{CHN_NUM[sec % 10]}、{r.choice(heads)}"]
            for k in range(r.randint(2, 5)):
                block.append(f"（{CHN_NUM[k]}）{r.choice(OBJECTS)}")
                if r.random() < 0.55:
                    block.append(self.checkable_para())
                block.append(self.paragraph())
                if r.random() < 0.2:
                    block.append(f"{k + 1}.{r.choice(PROBLEMS)}。")
                if size + sum(len(x.encode()) + 1 for x in block) >= target_bytes:
                    break
            block.append("")
            lines += block
            size += sum(len(x.encode()) + 1 for x in block)
            sec += 1
        lines += [name, f"{year + 1}年{r.randint(1, 12)}月{r.randint(1, 28)}日", ""]
        return "\n".join(lines)


def generate(outdir: Path, n: int, seed: int) -> tuple[list[Path], dict]:
    rng = random.Random(seed)
    paths, planted, checkable = [], 0, 0
    for i in range(n):
        g = ReportGen(random.Random(rng.getrandbits(64)))
        text = g.report(rng.randint(8 * 1024, 30 * 1024))
        p = outdir / f"report_{i:05d}.txt"
        p.write_text(text, encoding="utf-8")
        paths.append(p)
        planted += g.planted
        checkable += g.checkable
    small = ReportGen(random.Random(seed ^ 0x5EED))
    sp = outdir / "small_report.txt"
    sp.write_text(small.report(2 * 1024), encoding="utf-8")
    total = sum(p.stat().st_size for p in paths)
    return paths, {"reports": n, "bytes": total, "small_report": str(sp), "small_bytes": sp.stat().st_size,
                   "min_bytes": min(p.stat().st_size for p in paths),
                   "max_bytes": max(p.stat().st_size for p in paths),
                   "checkable_sentences": checkable, "planted_contradictions": planted}


# --------------------------------------------------------------------------
# .docx versions
# --------------------------------------------------------------------------

DOCX_PROJECTS = ["村道硬化工程", "人居环境整治工程", "山塘维修工程", "便民服务中心改造", "文化广场建设", "饮水管网改造"]


def docx_table_rows(rng: random.Random) -> list[list[str]]:
    """A small consistent table: two projects and their 合计, budget, outturn
    and 执行率 (labels that name no concept of the prose, so the table adds
    no crossref to the report's own figures)."""
    header = ["项目（万元）", "全年预算数", "全年执行数", "执行率"]
    names = rng.sample(DOCX_PROJECTS, 2)
    budgets = [q2(Decimal(str(rng.uniform(20, 400)))) for _ in names]
    spent = [q2(b * Decimal(str(rng.uniform(0.6, 1.0)))) for b in budgets]
    rows = [["合计", sum(budgets), sum(spent)]] + [[n, b, a] for n, b, a in zip(names, budgets, spent)]
    out = [header]
    for name, b, a in rows:
        out.append([name, f"{b:.2f}", f"{a:.2f}", f"{q2(a / b * 100)}%"])
    return out


def make_docx(txt: Path, out: Path, rng: random.Random) -> None:
    import docx  # python-docx, only for --docx

    document = docx.Document()
    lines = txt.read_text(encoding="utf-8").split("\n")
    for line in lines:
        document.add_paragraph(line)
    document.add_paragraph("附表：重点项目资金执行情况表")
    rows = docx_table_rows(rng)
    table = document.add_table(rows=len(rows), cols=len(rows[0]))
    for r, values in enumerate(rows):
        for c, value in enumerate(values):
            table.cell(r, c).text = value
    document.save(str(out))


def generate_docx(outdir: Path, sources: list[Path], seed: int) -> tuple[list[Path], dict]:
    outdir.mkdir(parents=True, exist_ok=True)
    rng = random.Random(seed ^ 0xD0C5)
    paths = []
    for src in sources:
        out = outdir / f"{len(paths):05d}_{src.stem}.docx"
        make_docx(src, out, random.Random(rng.getrandbits(64)))
        paths.append(out)
    total = sum(p.stat().st_size for p in paths)
    return paths, {"reports": len(paths), "bytes": total,
                   "text_bytes": sum(p.stat().st_size for p in sources)}


# --------------------------------------------------------------------------
# running the linter
# --------------------------------------------------------------------------

def linter_env(default_cmd: bool) -> dict:
    env = dict(os.environ)
    # an installed fiscallint has its bytecode compiled (pip does it): a
    # machine that forbids writing it would time compiling every module
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    src = REPO / "src"
    if default_cmd and (src / "fiscallint").is_dir():
        env["PYTHONPATH"] = str(src) + (os.pathsep + env["PYTHONPATH"] if env.get("PYTHONPATH") else "")
    return env


def run_check(prefix: list[str], files: list[Path], env: dict) -> tuple[float, dict]:
    # --no-cache: throughput is the time to check, not to read cached results
    # (benchmarks/bench_ci.py measures the cache)
    cmd = prefix + ["check", "--no-cache", "--format", "json"] + [str(f) for f in files]
    t0 = time.perf_counter()
    proc = subprocess.run(cmd, capture_output=True, env=env)
    dt = time.perf_counter() - t0
    if proc.returncode not in (0, 1):
        sys.stderr.write(proc.stderr.decode("utf-8", "replace")[-4000:])
        raise SystemExit(f"bench: linter exited {proc.returncode}: {shlex.join(prefix)} check ...")
    try:
        data = json.loads(proc.stdout)
        if not isinstance(data, dict) or not isinstance(data.get("findings"), list):
            raise ValueError("no 'findings' list")
    except ValueError as e:
        sys.stderr.write(proc.stdout.decode("utf-8", "replace")[:2000] + "\n")
        sys.stderr.write(proc.stderr.decode("utf-8", "replace")[-2000:])
        raise SystemExit(f"bench: linter output is not the expected JSON ({e})")
    return dt, data


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--reports", type=int, default=500, help="number of synthetic reports (default 500)")
    ap.add_argument("--repeat", type=int, default=3, help="throughput runs, best is kept (default 3)")
    ap.add_argument("--cold-runs", type=int, default=10, help="cold-start runs (default 10)")
    ap.add_argument("--seed", type=int, default=20250101)
    ap.add_argument("--cmd", default=None,
                    help="command prefix for the linter (default: '<this python> -m fiscallint')")
    ap.add_argument("--dir", default=None, help="write the reports here instead of a temp dir (kept)")
    ap.add_argument("--keep", action="store_true", help="keep the temp dir")
    ap.add_argument("--dry-run", action="store_true", help="only generate the reports and print their sizes")
    ap.add_argument("--json", action="store_true", help="also print the figures as JSON")
    ap.add_argument("--pdf", type=int, default=20, metavar="N", help="also lay out N reports as PDF and time them (0 skips)")
    ap.add_argument("--xlsx", type=int, default=50, metavar="N", help="also write N workbooks and time them (0 skips)")
    ap.add_argument("--docx", type=int, default=100, metavar="N",
                    help="also convert N reports to .docx (python-docx) and time check over them "
                         "(default 100; 0 skips)")
    a = ap.parse_args(argv)

    default_cmd = a.cmd is None
    prefix = [sys.executable, "-m", "fiscallint"] if default_cmd else shlex.split(a.cmd)
    env = linter_env(default_cmd)

    if a.dir:
        outdir = Path(a.dir)
        outdir.mkdir(parents=True, exist_ok=True)
        cleanup = False
    else:
        outdir = Path(tempfile.mkdtemp(prefix="fiscallint-bench-"))
        cleanup = not a.keep
    try:
        t0 = time.perf_counter()
        files, gen = generate(outdir, a.reports, a.seed)
        gen_s = time.perf_counter() - t0
        mb = gen["bytes"] / 1e6
        print(f"generated {gen['reports']} reports in {outdir} ({gen_s:.2f} s): {mb:.2f} MB, "
              f"{gen['min_bytes'] / 1024:.1f}-{gen['max_bytes'] / 1024:.1f} KB each, "
              f"{gen['checkable_sentences']} checkable sentences, {gen['planted_contradictions']} planted "
              f"contradictions; small report {gen['small_bytes']} bytes")
        result: dict = {"generator": gen, "command": prefix}
        if a.dry_run:
            if a.json:
                print(json.dumps(result, ensure_ascii=False, indent=2))
            return 0

        times, data = [], {}
        for _ in range(max(1, a.repeat)):
            dt, data = run_check(prefix, files, env)
            times.append(dt)
        best = min(times)
        cold = []
        small = [Path(gen["small_report"])]
        run_check(prefix, small, env)  # untimed: the bytecode and the unit cache written once, as after an install
        for _ in range(max(1, a.cold_runs)):
            dt, _ = run_check(prefix, small, env)
            cold.append(dt)
        findings = data.get("findings", [])
        by_rule: dict[str, int] = {}
        for f in findings:
            by_rule[str(f.get("rule"))] = by_rule.get(str(f.get("rule")), 0) + 1
        result.update({
            "total_mb": round(mb, 3),
            "throughput_runs_s": [round(t, 4) for t in times],
            "best_s": round(best, 4),
            "mb_per_s": round(mb / best, 3),
            "ms_per_report": round(best / len(files) * 1000, 3),
            "findings": len(findings),
            "findings_by_rule": by_rule,
            "cold_best_s": round(min(cold), 4),
            "cold_median_s": round(statistics.median(cold), 4),
            "targets": {"cold_start_s": TARGET_COLD_S, "mb_per_s": TARGET_MBPS},
        })
        ok = lambda good: "ok" if good else "MISSED"  # noqa: E731
        rows = [
            ("reports", f"{len(files)}", ""),
            ("total MB", f"{mb:.2f}", ""),
            ("throughput best s", f"{best:.3f}", f"runs: {', '.join(f'{t:.3f}' for t in times)}"),
            ("throughput MB/s", f"{mb / best:.2f}", f"target >= {TARGET_MBPS}: {ok(mb / best >= TARGET_MBPS)}"),
            ("ms per report", f"{best / len(files) * 1000:.2f}", ""),
            ("findings", f"{len(findings)}", f"planted {gen['planted_contradictions']}"),
            ("cold start best s", f"{min(cold):.3f}", f"target <= {TARGET_COLD_S}: {ok(min(cold) <= TARGET_COLD_S)}"),
            ("cold start median s", f"{statistics.median(cold):.3f}", f"{len(cold)} runs"),
        ]
        w = max(len(r[0]) for r in rows)
        v = max(len(r[1]) for r in rows)
        print()
        for k, val, note in rows:
            print(f"  {k:<{w}}  {val:>{v}}  {note}")
        if a.docx > 0:
            docx_result = bench_docx(a, outdir, files, prefix, env, findings)
            if docx_result is not None:
                result["docx"] = docx_result
        if a.pdf > 0:
            result["pdf"] = bench_pdf(a, outdir, files, prefix, env, findings)
        if a.xlsx > 0:
            result["xlsx"] = bench_xlsx(a, outdir, prefix, env)
        if a.json:
            print(json.dumps(result, ensure_ascii=False, indent=2))
        return 0
    finally:
        if cleanup:
            shutil.rmtree(outdir, ignore_errors=True)


def bench_docx(a, outdir: Path, files: list[Path], prefix: list[str], env: dict,
               text_findings: list[dict]) -> dict | None:
    """Convert a.docx reports to .docx and time one check process over them.
    The prose keeps its line numbers, so the findings of a converted report
    should be those of its .txt (its table is consistent)."""
    try:
        import docx  # noqa: F401
    except ImportError:
        print("\n  .docx: skipped (python-docx is not installed; pip install python-docx)")
        return None
    sources = list(files[:a.docx])
    if a.docx > len(sources):  # more .docx than text reports asked for: generate the rest
        extra, _ = generate_mkdir(outdir / "docx-sources", a.docx - len(sources), a.seed + 1)
        sources += extra
    t0 = time.perf_counter()
    docs, gen = generate_docx(outdir / "docx", sources, a.seed)
    conv_s = time.perf_counter() - t0
    mb = gen["bytes"] / 1e6
    times, data = [], {}
    for _ in range(max(1, a.repeat)):
        dt, data = run_check(prefix, docs, env)
        times.append(dt)
    best = min(times)
    findings = data.get("findings", [])
    in_tables = sum(1 for f in findings if "table" in (f.get("source") or {}))
    # the same findings as the .txt versions (of the reports the text run checked)
    checked = {str(p) for p in files}
    origin = {str(d): str(src) for d, src in zip(docs, sources) if str(src) in checked}
    as_text = sorted((str(f.get("path")), f.get("rule"), f.get("line"), f.get("column"))
                     for f in text_findings if str(f.get("path")) in origin.values())
    as_docx = sorted((origin[str(f.get("path"))], f.get("rule"), f.get("line"), f.get("column"))
                     for f in findings if str(f.get("path")) in origin)
    same = as_text == as_docx
    out = {
        "reports": len(docs),
        "docx_mb": round(mb, 3),
        "text_mb": round(gen["text_bytes"] / 1e6, 3),
        "convert_s": round(conv_s, 3),
        "throughput_runs_s": [round(t, 4) for t in times],
        "best_s": round(best, 4),
        "mb_per_s": round(mb / best, 3),
        "ms_per_report": round(best / len(docs) * 1000, 3),
        "findings": len(findings),
        "findings_in_tables": in_tables,
        "same_findings_as_text": same,
    }
    rows = [
        (".docx reports", f"{len(docs)}", f"converted in {conv_s:.2f} s"),
        (".docx MB", f"{mb:.2f}", f"from {gen['text_bytes'] / 1e6:.2f} MB of text"),
        (".docx best s", f"{best:.3f}", f"runs: {', '.join(f'{t:.3f}' for t in times)}"),
        (".docx MB/s", f"{mb / best:.2f}", "of .docx bytes"),
        (".docx ms per report", f"{best / len(docs) * 1000:.2f}", ""),
        (".docx findings", f"{len(findings)}", f"{in_tables} in the tables (planted: none); "
                                               f"same as the .txt: {'yes' if same else 'NO'}"),
    ]
    w = max(len(r[0]) for r in rows)
    v = max(len(r[1]) for r in rows)
    print()
    for k, val, note in rows:
        print(f"  {k:<{w}}  {val:>{v}}  {note}")
    return out


def _print_rows(rows) -> None:
    w = max(len(r[0]) for r in rows)
    v = max(len(r[1]) for r in rows)
    print()
    for k, val, note in rows:
        print(f"  {k:<{w}}  {val:>{v}}  {note}")


def _time_files(a, prefix, paths, env) -> tuple[float, list[float], dict]:
    times, data = [], {}
    for _ in range(max(1, a.repeat)):
        dt, data = run_check(prefix, paths, env)
        times.append(dt)
    return min(times), times, data


def bench_pdf(a, outdir: Path, files: list[Path], prefix: list[str], env: dict,
              text_findings: list[dict]) -> dict | None:
    """Lay a.pdf reports out as PDF and time one check process over them.
    Paragraphs re-joined, the PDF's findings should be the .txt's (their
    messages, line positions aside; the annexed table is consistent)."""
    try:
        sys.path.insert(0, str(REPO / "examples"))
        import make_pdf_xlsx as mk
    except ImportError as exc:
        print(f"\n  .pdf: skipped ({exc}; pip install reportlab)")
        return None
    font = mk.cjk_font()
    pdfdir = outdir / "pdf"
    pdfdir.mkdir(parents=True, exist_ok=True)
    rng = random.Random(a.seed ^ 0x9DF)
    paths = []
    t0 = time.perf_counter()
    for src in files[:a.pdf]:
        out = pdfdir / f"{len(paths):05d}_{src.stem}.pdf"
        lay = mk.Layout(out, font, header=src.stem)
        for line in src.read_text(encoding="utf-8").split("\n"):
            if line.strip():
                lay.paragraph(line, indent=not line.startswith(("一", "二", "三", "四", "五", "六", "七", "（")))
        lay.paragraph("附表：重点项目资金执行情况表", indent=False)
        lay.table(docx_table_rows(random.Random(rng.getrandbits(64))), [150, 80, 80, 70])
        lay.save()
        paths.append(out)
    conv_s = time.perf_counter() - t0
    mb = sum(p.stat().st_size for p in paths) / 1e6
    pages = 0
    best, times, data = _time_files(a, prefix, paths, env)
    # the text alone, in-process: pdfplumber (what the reader uses) against pypdfium2
    import pdfplumber

    t0 = time.perf_counter()
    for p in paths:
        with pdfplumber.open(p) as pdf:
            pages += len(pdf.pages)
            for page in pdf.pages:
                page.extract_words()
    plumber_s = time.perf_counter() - t0
    try:
        import pypdfium2
        t0 = time.perf_counter()
        for p in paths:
            doc = pypdfium2.PdfDocument(str(p))
            for page in doc:
                page.get_textpage().get_text_range()
            doc.close()
        pdfium_s = time.perf_counter() - t0
    except ImportError:
        pdfium_s = None
    findings = data.get("findings", [])
    import re

    def shape(fs, names):
        return sorted((names[str(f.get("path"))], f.get("rule"), re.sub(r"\s*\(line \d+:\d+\)", "", str(f.get("message"))))
                      for f in fs if str(f.get("path")) in names)

    origin = {str(p): str(src) for p, src in zip(paths, files)}
    same = shape(findings, origin) == shape(text_findings, {v: v for v in origin.values()})
    out = {"reports": len(paths), "pages": pages, "same_findings_as_text": same, "pdf_mb": round(mb, 3), "convert_s": round(conv_s, 3),
           "throughput_runs_s": [round(t, 4) for t in times], "best_s": round(best, 4),
           "mb_per_s": round(mb / best, 3), "ms_per_report": round(best / len(paths) * 1000, 3),
           "ms_per_page": round(best / pages * 1000, 3), "findings": len(findings),
           "pdfplumber_words_s": round(plumber_s, 3), "pypdfium2_text_s": pdfium_s and round(pdfium_s, 3)}
    _print_rows([
        (".pdf reports", f"{len(paths)}", f"{pages} pages, laid out in {conv_s:.2f} s"),
        (".pdf MB", f"{mb:.2f}", ""),
        (".pdf best s", f"{best:.3f}", f"runs: {', '.join(f'{t:.3f}' for t in times)}"),
        (".pdf MB/s", f"{mb / best:.2f}", "of .pdf bytes"),
        (".pdf ms per report", f"{best / len(paths) * 1000:.1f}", f"{best / pages * 1000:.1f} ms per page"),
        (".pdf findings", f"{len(findings)}", f"same as the .txt: {'yes' if same else 'NO'}"),
        ("text only: pdfplumber s", f"{plumber_s:.3f}", "words of every page, in-process"),
        ("text only: pypdfium2 s", f"{pdfium_s:.3f}" if pdfium_s is not None else "-", "text of every page, in-process (no positions, no ruling lines)"),
    ])
    return out


def bench_xlsx(a, outdir: Path, prefix: list[str], env: dict) -> dict | None:
    """Write a.xlsx workbooks and time one check process over them."""
    import openpyxl

    xdir = outdir / "xlsx"
    xdir.mkdir(parents=True, exist_ok=True)
    rng = random.Random(a.seed ^ 0x515)
    paths = []
    for i in range(a.xlsx):
        wb = openpyxl.Workbook()
        ws = wb.active
        ws.title = "支出决算表"
        ws.append(["支出决算表"])
        ws.append(["单位：万元"])
        ws.append(["项目", "上年决算数", "本年决算数", "增减额", "增减率"])
        rows = [(f"{rng.choice(ITEMS_PROJECT)}{k + 1}", q2(Decimal(str(rng.uniform(5, 300)))),
                 q2(Decimal(str(rng.uniform(5, 300))))) for k in range(40)]
        prev, cur = sum(r[1] for r in rows), sum(r[2] for r in rows)
        ws.append(["合计", float(prev), float(cur), float(cur - prev), float((cur - prev) / prev)])
        for name, p, c in rows:
            ws.append([name, float(p), float(c), float(c - p), float((c - p) / p)])
        for row in ws.iter_rows(min_row=4, min_col=2, max_col=5):
            for cell in row[:3]:
                cell.number_format = "0.00"
            row[3].number_format = "0.00%"
        ws2 = wb.create_sheet("得分表")
        ws2.append(["一级指标", "分值", "得分"])
        scores = [("投入", 20), ("过程", 20), ("产出", 40), ("效益", 20)]
        got = [q2(Decimal(v) * Decimal(str(rng.uniform(0.8, 1.0)))) for _, v in scores]
        for (n, v), g in zip(scores, got):
            ws2.append([n, v, float(g)])
        ws2.append(["总分", 100, float(sum(got))])
        ws3 = wb.create_sheet("重点项目")
        for r in docx_table_rows(random.Random(rng.getrandbits(64))):
            ws3.append(r)
        out = xdir / f"{i:05d}.xlsx"
        wb.save(out)
        paths.append(out)
    mb = sum(p.stat().st_size for p in paths) / 1e6
    best, times, data = _time_files(a, prefix, paths, env)
    findings = data.get("findings", [])
    out = {"reports": len(paths), "xlsx_mb": round(mb, 3), "throughput_runs_s": [round(t, 4) for t in times],
           "best_s": round(best, 4), "mb_per_s": round(mb / best, 3),
           "ms_per_report": round(best / len(paths) * 1000, 3), "findings": len(findings)}
    _print_rows([
        (".xlsx workbooks", f"{len(paths)}", "3 sheets, 49 rows each"),
        (".xlsx MB", f"{mb:.2f}", ""),
        (".xlsx best s", f"{best:.3f}", f"runs: {', '.join(f'{t:.3f}' for t in times)}"),
        (".xlsx MB/s", f"{mb / best:.2f}", "of .xlsx bytes"),
        (".xlsx ms per report", f"{best / len(paths) * 1000:.1f}", ""),
        (".xlsx findings", f"{len(findings)}", "planted: none"),
    ])
    return out


def generate_mkdir(outdir: Path, n: int, seed: int) -> tuple[list[Path], dict]:
    outdir.mkdir(parents=True, exist_ok=True)
    return generate(outdir, n, seed)


if __name__ == "__main__":
    sys.exit(main())
