"""fiscallint serve, over HTTP: a real server on loopback, a real client
(urllib), bounded waits. Nothing of an upload may reach the disk."""
from __future__ import annotations

import io
import json
import os
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
import uuid
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def request(url: str, data: bytes | None = None, headers: dict | None = None, timeout: float = 60) -> tuple[int, str]:
    req = urllib.request.Request(url, data=data, headers=headers or {})
    try:
        with urllib.request.urlopen(req, timeout=timeout) as r:
            return r.status, r.read().decode("utf-8")
    except urllib.error.HTTPError as e:
        return e.code, e.read().decode("utf-8")


def multipart(filename: str, data: bytes, lang: str | None = None) -> tuple[bytes, dict]:
    boundary = uuid.uuid4().hex
    out = io.BytesIO()
    if lang:
        out.write(f'--{boundary}\r\nContent-Disposition: form-data; name="lang"\r\n\r\n{lang}\r\n'.encode())
    out.write(f'--{boundary}\r\nContent-Disposition: form-data; name="report"; filename="{filename}"\r\n'
              f"Content-Type: application/octet-stream\r\n\r\n".encode())
    out.write(data)
    out.write(f"\r\n--{boundary}--\r\n".encode())
    return out.getvalue(), {"Content-Type": f"multipart/form-data; boundary={boundary}"}


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    port = free_port()
    tmp = tmp_path_factory.mktemp("server-tmp")
    cache = tmp_path_factory.mktemp("server-cache")
    env = dict(os.environ, TMPDIR=str(tmp), TEMP=str(tmp), TMP=str(tmp), FISCALLINT_CACHE_DIR=str(cache),
               LANG="C.UTF-8")
    env.pop("LC_ALL", None)
    proc = subprocess.Popen([sys.executable, "-m", "fiscallint", "serve", "--port", str(port), "--max-size", "0.25"],
                            cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 30
    while True:  # bounded: 30 s at most
        try:
            if request(base + "/health", timeout=2)[0] == 200:
                break
        except OSError:
            pass
        if proc.poll() is not None or time.monotonic() > deadline:
            proc.kill()
            pytest.fail(f"server did not start: {proc.communicate(timeout=10)}")
        time.sleep(0.2)
    before = sorted(p.name for p in tmp.rglob("*"))
    yield base, proc, tmp, before
    proc.terminate()
    try:
        out, err = proc.communicate(timeout=15)
    except subprocess.TimeoutExpired:
        proc.kill()
        out, err = proc.communicate(timeout=15)
    assert "open http://127.0.0.1:%d/" % port in out


def still_serving(base: str) -> None:
    assert request(base + "/health", timeout=10) == (200, "ok")


def cli_findings(path: Path) -> list[dict]:
    r = subprocess.run([sys.executable, "-m", "fiscallint", "check", str(path), "--no-cache", "--format", "json"],
                       cwd=ROOT, capture_output=True, text=True)
    return json.loads(r.stdout)["findings"]


def test_the_form_works_without_javascript(server):
    base, *_ = server
    status, page = request(base + "/")
    assert status == 200
    assert '<form class="drop" id="drop" method="post" action="/check" enctype="multipart/form-data">' in page
    assert '<input type="file" name="report"' in page


@pytest.mark.parametrize("name", ["report_with_errors.txt", "report_with_errors.docx", "clean_report.txt",
                                  "clean_report.docx", "township_warnings.txt", "budget_explanation.txt"])
def test_upload_of_each_example(server, name):
    base, *_ = server
    path = ROOT / "examples" / name
    body, headers = multipart(name, path.read_bytes())
    status, page = request(base + "/check", body, headers)
    assert status == 200, page[:500]
    findings = cli_findings(path)
    assert page.count('<article class="finding') == len(findings)
    for f in findings:
        assert f">{f['rule']} {f['name']}" in page.replace("</span> ", ">")
    assert '<form class="drop"' in page  # the next report can be dropped at once
    still_serving(base)


def test_upload_in_chinese(server):
    base, *_ = server
    body, headers = multipart("r.txt", (ROOT / "examples" / "report_with_errors.txt").read_bytes(), lang="zh")
    status, page = request(base + "/check", body, headers)
    assert status == 200 and '<html lang="zh-CN">' in page and "请核对" in page


def test_too_large_upload(server):
    base, *_ = server
    body, headers = multipart("big.txt", "预算支出100万元。\n".encode() * 40000)  # ~1 MB, limit 0.25 MB
    status, page = request(base + "/check", body, headers)
    assert status == 413
    assert "The file is larger than 256 KB" in page
    still_serving(base)


def test_binary_upload(server):
    base, *_ = server
    body, headers = multipart("photo.txt", bytes(range(256)) * 64)
    status, page = request(base + "/check", body, headers)
    assert status == 415
    assert "This file is not a report fiscallint can read: binary data" in page
    still_serving(base)


def test_broken_docx(server):
    base, *_ = server
    data = (ROOT / "examples" / "report_with_errors.docx").read_bytes()[:3000]
    body, headers = multipart("broken.docx", data)
    status, page = request(base + "/check", body, headers)
    assert status == 415
    assert "a damaged .docx or ZIP file" in page
    still_serving(base)


def test_zip_that_is_not_a_report_and_legacy_doc(server):
    base, *_ = server
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr("a.txt", "x")
    for name, data, words in [("a.docx", buf.getvalue(), "a ZIP container"),
                              ("old.doc", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 600, "save it as .docx")]:
        status, page = request(base + "/check", *multipart(name, data))
        assert status == 415 and words in page, page[:300]
        still_serving(base)


def test_markup_in_an_upload_is_shown_as_text(server):
    base, *_ = server
    evil = '<script>alert(1)</script>总支出300万元，其中：基本支出100万元，项目支出150万元。'.encode()
    status, page = request(base + "/check", *multipart('"><img src=x onerror=alert(2)>.txt', evil))
    assert status == 200
    assert page.count("<script") == 1 and "<img" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page


def test_no_file_and_not_a_form(server):
    base, *_ = server
    status, page = request(base + "/check", *multipart("empty.txt", b""))
    assert status == 400 and "No file was sent" in page
    status, page = request(base + "/check", b"hello", {"Content-Type": "text/plain"})
    assert status == 400 and "No file was sent" in page
    still_serving(base)


def test_nothing_left_on_disk(server):
    base, proc, tmp, before = server
    body, headers = multipart("r.docx", (ROOT / "examples" / "report_with_errors.docx").read_bytes())
    assert request(base + "/check", body, headers)[0] == 200
    assert sorted(p.name for p in tmp.rglob("*")) == before == []
    assert proc.poll() is None


def test_serve_imports_nothing_at_cold_start():
    code = "import sys, fiscallint.cli; print(sorted(m for m in ('jinja2', 'starlette', 'uvicorn', 'python_multipart') if m in sys.modules))"
    r = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert r.stdout.strip() == "[]"


def test_a_bad_upload_is_explained_in_chinese(server):
    base, *_ = server
    body, headers = multipart("photo.txt", bytes(range(256)) * 64, lang="zh")
    status, page = request(base + "/check", body, headers)
    assert status == 415
    assert "这个文件不是 fiscallint 能读取的报告：是二进制数据（含 NUL 字节），不是文本报告" in page
    still_serving(base)


def test_the_page_follows_lang_in_the_configuration(tmp_path):
    (tmp_path / "fiscallint.toml").write_text('lang = "zh"\n', encoding="utf-8")
    port = free_port()
    env = dict(os.environ, LANG="C.UTF-8", TMPDIR=str(tmp_path))
    proc = subprocess.Popen([sys.executable, "-m", "fiscallint", "serve", "--port", str(port)], cwd=tmp_path, env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        deadline = time.monotonic() + 30
        page = ""
        while time.monotonic() < deadline and proc.poll() is None:  # bounded: 30 s at most
            try:
                status, page = request(f"http://127.0.0.1:{port}/", timeout=2)
                break
            except OSError:
                time.sleep(0.2)
        assert '<html lang="zh-CN">' in page and "检查一份报告" in page
    finally:
        proc.terminate()
        out, _ = proc.communicate(timeout=15)
    assert f"请在浏览器中打开 http://127.0.0.1:{port}/" in out
