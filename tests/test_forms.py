"""The national forms as data (rules/forms/*.toml) and a user's own forms."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from fiscallint.engine import active_rules, run
from fiscallint.understanding.forms import FormError, all_forms, load_folder, parse_form
from fiscallint.reading import document_from_bytes

REPO = Path(__file__).resolve().parent.parent


def check(text: str):
    return run(document_from_bytes(text.encode("utf-8"), "t.txt", None), active_rules()).findings


def test_the_national_forms_are_all_there():
    names = {f.name for f in all_forms()}
    for name in ["“三公”经费支出决算表", "“三公”经费支出预算表", "收入支出决算总表", "收入决算表", "支出决算表",
                 "财政拨款收入支出决算总表", "一般公共预算财政拨款支出决算表", "一般公共预算财政拨款基本支出决算表",
                 "政府性基金预算财政拨款收入支出决算表", "项目支出绩效自评表", "部门整体支出绩效自评表"]:
        assert name in names


def form(identities: dict, columns=None, rows=None) -> dict:
    return {"form": {"name": "测试表", "words": ["测试表"]},
            "columns": columns if columns is not None else {"甲": ["甲"], "乙": ["乙"], "丙": ["丙"]},
            "rows": rows if rows is not None else {"合计": ["合计"], "子一": ["子一"]},
            "identities": identities}


@pytest.mark.parametrize("expr,shape,terms", [
    ("甲 = 乙 + 丙", "sum", ((1, "乙"), (1, "丙"))),
    ("甲 = 乙 - 丙", "linear", ((1, "乙"), (-1, "丙"))),
    ("甲 = (乙 - 丙) / 丙 * 100", "growth", ((1, "乙"), (1, "丙"))),
    ("甲 = 乙 / 丙 * 100", "ratio", ((1, "乙"), (1, "丙"))),
])
def test_identity_shapes(expr, shape, terms):
    (ident,) = parse_form(form({"x": expr}), "f.toml").identities
    assert (ident.over, ident.shape, ident.target, ident.terms) == ("columns", shape, "甲", terms)


@pytest.mark.parametrize("data,message", [
    (form({"x": "甲 = 乙 * 丙"}), "f.toml: identities.x: '甲 = 乙 * 丙' is not a sum"),
    (form({"x": "甲 = 乙 + 丁"}), "f.toml: identities.x: names '丁', which is not a row or column"),
    (form({"x": "甲 = 合计 + 乙"}), "f.toml: identities.x: mixes row and column roles"),
    (form({"x": "甲 = = 乙"}), "f.toml: identities.x: not an identity"),
    (form({"x": 3}), "f.toml: identities.x: must be a string"),
    (form({}), "f.toml: identities: a table"),
    ({**form({"x": "甲 = 乙"}), "colums": {}}, "f.toml: unknown key 'colums'"),
    (form({"x": "甲 = 乙"}, columns={"甲": "甲", "乙": []}), "f.toml: columns.乙 must be a list of words"),
    ({"form": {"words": ["x"]}, "identities": {"x": "a = b"}}, "f.toml: form.name"),
    ({"form": {"name": "x", "words": ["x"], "title": "x"}, "identities": {}}, "f.toml: form.title: unknown key"),
])
def test_a_malformed_form_names_its_file_and_key(data, message):
    with pytest.raises(FormError) as exc:
        parse_form(data, "f.toml")
    assert str(exc.value).startswith(message)
    assert "\n" not in str(exc.value)


def test_bad_toml_names_the_file(tmp_path):
    (tmp_path / "bad.toml").write_text("[form\nname = 1", encoding="utf-8")
    with pytest.raises(FormError) as exc:
        load_folder(tmp_path)
    assert str(exc.value).startswith(f"{tmp_path / 'bad.toml'}: not valid TOML")


SANGONG = """某局2024年度部门决算说明
表3 “三公”经费支出决算表
单位：万元
项目 | 上年决算数 | 本年决算数 | 增减额 | 增减率
合计 | 100.00 | 90.00 | -10.00 | -10.00%
因公出国(境)费 | 0 | 0 | 0 | —
公务用车购置及运行维护费 | 60.00 | 50.00 | -10.00 | -16.67%
公务用车购置费 | 20.00 | 10.00 | -10.00 | -50.00%
公务用车运行维护费 | 40.00 | 40.00 | 0.00 | 0.00%
公务接待费 | 40.00 | 40.00 | 0.00 | 0.00%
"""


def test_a_three_costs_table_reads_its_car_rows_as_parts_of_the_car_costs():
    """Without the form the structure would add the car costs' two parts to
    the 合计 again; the form knows 合计 = 出国 + 用车 + 接待 and 用车 = 购置 + 运行."""
    assert check(SANGONG) == []
    found = check(SANGONG.replace("公务用车运行维护费 | 40.00 | 40.00", "公务用车运行维护费 | 40.00 | 45.00"))
    assert found and any("用车" in f.message or "公务用车" in f.message for f in found)
    assert {f.line for f in found} == {7, 9}  # 用车 = 购置 + 运行, and the row's own change
    assert not any(f.line == 5 for f in found)  # the 合计 is not their sum again


FUND = """政府性基金预算财政拨款收入支出决算表
单位：万元
项目 | 年初结转和结余 | 本年收入 | 本年支出 | | | 年末结转和结余
 | | | 小计 | 基本支出 | 项目支出 |
合计 | 10.00 | 200.00 | 180.00 | 0 | 180.00 | 30.00
城乡社区支出 | 10.00 | 200.00 | 180.00 | 0 | 180.00 | 30.00
"""


def test_a_fund_table_balances():
    assert check(FUND) == []
    found = check(FUND.replace("180.00 | 30.00", "180.00 | 35.00"))  # both rows' 年末
    assert [f.rule for f in found] == ["FL108", "FL108"]
    assert "row 合计: 年初结转和结余 10.00 (line 5:6) + 本年收入 200.00 (line 5:14) − 小计 180.00" in found[0].message
    assert "年末结转和结余 is stated as 35.00" in found[0].message


SELF_EVAL = """项目支出绩效自评表
项目资金（万元） | 年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分
年度资金总额 | 0 | 0 | 0 | 10 | 0 | 0
其中：当年财政拨款 | 202.64 | 132.91 | 132.91 | — | — | —
上年结转资金 | 0 | 0 | 0 | — | — | —
其他资金 | 0 | 0 | 0 | — | — | —
"""


def test_a_self_evaluation_total_of_zeros_over_its_parts_is_found():
    found = check(SELF_EVAL)
    assert any(f.line == 2 + 1 and "年度资金总额" in f.message for f in found), [f.message for f in found]


USER_FORM = """
[form]
name = "村级资金表"
words = ["村级资金表"]

[columns]
"上级" = ["上级补助"]
"自筹" = ["村自筹"]
"合计" = ["合计"]

[identities]
"资金合计" = "合计 = 上级 + 自筹"
"""


def test_a_user_form_is_read_from_the_configured_folder(tmp_path):
    folder = tmp_path / "forms"
    folder.mkdir()
    (folder / "village.toml").write_text(USER_FORM, encoding="utf-8")
    (tmp_path / "fiscallint.toml").write_text('forms = "forms"\n', encoding="utf-8")
    report = tmp_path / "r.txt"
    # 合计 first: the structure alone would not read it as the other two's sum
    report.write_text("村级资金表\n村名 | 合计 | 上级补助 | 村自筹\n东村 | 30.00 | 20.00 | 5.00\n", encoding="utf-8")
    cmd = [sys.executable, "-m", "fiscallint"]
    out = subprocess.run(cmd + ["check", "--no-cache", str(report)], capture_output=True, text=True, cwd=tmp_path)
    assert out.returncode == 1 and "合计 = 上级 + 自筹" not in out.stdout
    assert "FL101" in out.stdout and "30.00" in out.stdout
    listed = subprocess.run(cmd + ["rules"], capture_output=True, text=True, cwd=tmp_path)
    assert listed.returncode == 0 and "村级资金表" in listed.stdout and "“三公”经费支出决算表" in listed.stdout
    (folder / "broken.toml").write_text(USER_FORM.replace("上级 + 自筹", "上级 + 乡镇"), encoding="utf-8")
    out = subprocess.run(cmd + ["check", "--no-cache", str(report)], capture_output=True, text=True, cwd=tmp_path)
    assert out.returncode == 2
    lines = out.stderr.strip().splitlines()
    assert len(lines) == 1 and "broken.toml: identities.资金合计: names '乡镇'" in lines[0]
    listed = subprocess.run(cmd + ["rules"], capture_output=True, text=True, cwd=tmp_path)
    assert listed.returncode == 2 and "broken.toml" in listed.stderr


def test_without_the_user_folder_the_user_form_is_not_known():
    assert "村级资金表" not in {f.name for f in all_forms()}


def test_a_user_form_serves_the_run_whose_configuration_names_it_only(tmp_path):
    """The forms folder travels with the run: a run in the same process
    whose configuration names none does not see the user's form."""
    from fiscallint import api

    folder = tmp_path / "forms"
    folder.mkdir()
    (folder / "village.toml").write_text(USER_FORM, encoding="utf-8")
    (tmp_path / "fiscallint.toml").write_text('forms = "forms"\n', encoding="utf-8")
    text = "村级资金表\n村名 | 合计 | 上级补助 | 村自筹\n东村 | 30.00 | 20.00 | 5.00\n"
    report = tmp_path / "r.txt"
    report.write_text(text, encoding="utf-8")
    with_form = api.check_path(report, config=tmp_path / "fiscallint.toml", select=["FL101"])
    assert [f.rule for f in with_form] == ["FL101"]
    assert api.check_text(text, select=["FL101"]) == []
    assert [f.rule for f in api.check_path(report, config=tmp_path / "fiscallint.toml", select=["FL101"])] == ["FL101"]


BUDGET_STREAM = """某局2025年“三公”经费预算情况
一、2025年一般公共预算“三公”经费支出预算表
单位：万元
“三公”经费合计 |
因公出国(境)费 |
公务用车购置及运行维护费 |
公务接待费 |
||
小计 |
公务用车购置费 |
公务用车运行维护费 |
|||
{total} |
0 |
{car} |
30 |
18 |
6 |
"""


def test_a_three_costs_budget_printed_as_columns_one_cell_a_line():
    """Two header rows flattened one cell a line: the car costs span their
    小计 and two parts; the form's identities hold across the columns."""
    good = BUDGET_STREAM.format(total=54, car=48)
    assert check(good) == []
    found = check(BUDGET_STREAM.format(total=57, car=48))
    assert [(f.rule, f.line) for f in found] == [("FL101", 13)]
    assert "“三公”经费合计" in found[0].message
    found = check(BUDGET_STREAM.format(total=54, car=45))
    assert ("FL101", 15) in [(f.rule, f.line) for f in found]


def test_a_form_fact_naming_no_role_is_an_error(tmp_path):
    from fiscallint.understanding.forms import FormError, load_folder

    (tmp_path / "f.toml").write_text('[form]\nname = "甲表"\nwords = ["甲"]\n[rows]\n"合计" = ["合计"]\n'
                                     '"甲" = ["甲"]\n[identities]\n"x" = "合计 = 甲"\n[facts]\n"乙" = "总支出"\n',
                                     encoding="utf-8")
    with pytest.raises(FormError, match=r"f\.toml: facts\.乙"):
        load_folder(tmp_path)
