"""Reading a report: bytes -> text with line/column positions."""
import codecs
import random

import pytest

from fiscallint.reading import Document, InputError, decode, document_from_bytes, read_document

TEXT = "一、部门概况\n本年支出合计4816.25万元，其中基本支出1208.40万元。\n二、绩效目标\n"


def test_utf8_without_bom():
    doc = document_from_bytes(TEXT.encode("utf-8"), "a.txt")
    assert doc.text == TEXT
    assert doc.encoding == "utf-8"
    assert doc.path == "a.txt"


def test_utf8_with_bom_strips_the_bom():
    doc = document_from_bytes(codecs.BOM_UTF8 + TEXT.encode("utf-8"), "a.txt")
    assert doc.text == TEXT
    assert not doc.text.startswith("\ufeff")
    assert doc.encoding == "utf-8-sig"
    # offsets are not shifted by the BOM
    assert doc.position(doc.text.index("本年")) == (2, 1)


@pytest.mark.parametrize("enc", ["gb18030", "gbk"])
def test_gb_encodings(enc):
    data = TEXT.encode(enc)
    with pytest.raises(UnicodeDecodeError):
        data.decode("utf-8")  # the test is about the fallback
    doc = document_from_bytes(data, "gb.txt")
    assert doc.text == TEXT
    assert doc.encoding == "gb18030"


@pytest.mark.parametrize("enc", ["utf-16-le", "utf-16-be"])
def test_utf16_with_bom(enc):
    bom = codecs.BOM_UTF16_LE if enc.endswith("le") else codecs.BOM_UTF16_BE
    doc = document_from_bytes(bom + TEXT.encode(enc), "u16.txt")
    assert doc.text == TEXT
    assert doc.encoding == "utf-16"


def test_utf16_with_bom_and_crlf():
    data = TEXT.replace("\n", "\r\n").encode("utf-16")  # python adds the BOM
    doc = document_from_bytes(data, "u16.txt")
    assert doc.text == TEXT
    assert "\r" not in doc.text


def test_utf16_without_bom_is_refused_as_binary():
    with pytest.raises(InputError) as exc:
        document_from_bytes(TEXT.encode("utf-16-le"), "nobom.txt")
    assert "nobom.txt" in str(exc.value)


# ------------------------------------------------------------------ line ends and positions
def test_crlf_becomes_lf():
    doc = document_from_bytes(TEXT.replace("\n", "\r\n").encode("utf-8"), "crlf.txt")
    assert doc.text == TEXT
    assert "\r" not in doc.text


def test_lone_cr_becomes_lf():
    doc = document_from_bytes(TEXT.replace("\n", "\r").encode("utf-8"), "cr.txt")
    assert doc.text == TEXT


def test_mixed_line_ends():
    doc = document_from_bytes("甲\r\n乙\r丙\n丁".encode("utf-8"), "m.txt")
    assert doc.text == "甲\n乙\n丙\n丁"
    assert doc.line_count == 4
    assert [doc.line_text(i) for i in range(1, 5)] == ["甲", "乙", "丙", "丁"]


def test_columns_count_characters_after_crlf():
    raw = "第一行\r\n支出合计：４８１６．２５万元\r\n末行"
    doc = document_from_bytes(raw.encode("gb18030"), "c.txt")
    off = doc.text.index("４８")
    # line 2, after 支出合计： (5 characters), column 6; the CR does not count
    assert doc.position(off) == (2, 6)
    assert doc.line_text(2) == "支出合计：４８１６．２５万元"
    assert doc.position(doc.text.index("末")) == (3, 1)


def test_position_is_one_based():
    doc = Document("p.txt", "ab\ncd\n\nef")
    assert doc.position(0) == (1, 1)
    assert doc.position(1) == (1, 2)
    assert doc.position(2) == (1, 3)  # the newline itself ends line 1
    assert doc.position(3) == (2, 1)
    assert doc.position(6) == (3, 1)  # the empty line
    assert doc.position(7) == (4, 1)
    assert doc.position(8) == (4, 2)
    assert doc.line_count == 4
    assert doc.line_text(3) == ""
    assert doc.line_text(4) == "ef"


def test_position_counts_wide_characters_as_one():
    doc = Document("w.txt", "前言\n经费２６８．６８万元")
    assert doc.position(doc.text.index("万")) == (2, 9)


# ------------------------------------------------------------------ explicit encoding
def test_explicit_encoding_override():
    data = "合计１００万元".encode("gbk")
    doc = document_from_bytes(data, "x.txt", encoding="gbk")
    assert doc.text == "合计１００万元"
    assert doc.encoding == "gbk"


def test_explicit_encoding_is_trusted_over_detection():
    # valid UTF-8, but the user says it is latin-1: no guessing
    data = "合计".encode("utf-8")
    doc = document_from_bytes(data, "x.txt", encoding="latin-1")
    assert doc.encoding == "latin-1"
    assert doc.text == data.decode("latin-1")


def test_explicit_encoding_that_does_not_decode():
    with pytest.raises(InputError) as exc:
        document_from_bytes("合计".encode("gbk"), "wrong.txt", encoding="utf-8")
    assert "wrong.txt" in str(exc.value)
    assert "utf-8" in str(exc.value)


def test_unknown_encoding_name():
    with pytest.raises(InputError) as exc:
        document_from_bytes(b"abc", "u.txt", encoding="no-such-codec")
    assert "u.txt" in str(exc.value)


def test_explicit_encoding_keeps_crlf_cleanup():
    doc = document_from_bytes("甲\r\n乙".encode("gbk"), "x.txt", encoding="gbk")
    assert doc.text == "甲\n乙"


# ------------------------------------------------------------------ binary and undecodable
@pytest.mark.parametrize(
    "data",
    [
        b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR",
        b"PK\x03\x04\x14\x00\x06\x00word/document.xml",
        b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n",
        b"\x7fELF\x02\x01\x01\x00",
        b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1\x00\x00",
        b"\xff\xd8\xff\xe0\x00\x10JFIF",
    ],
    ids=["png", "zip", "pdf", "elf", "ole", "jpeg"],
)
def test_magic_bytes_raise_with_file_name(data):
    with pytest.raises(InputError) as exc:
        document_from_bytes(data, "报告附件.bin")
    assert "报告附件.bin" in str(exc.value)


def test_docx_message_says_what_it_is():
    with pytest.raises(InputError, match="ZIP"):
        document_from_bytes(b"PK\x03\x04rest", "r.docx")


def test_nul_bytes_raise():
    data = "总支出".encode("utf-8") + b"\x00\x00" + "万元".encode("utf-8")
    with pytest.raises(InputError) as exc:
        document_from_bytes(data, "nul.txt")
    assert "nul.txt" in str(exc.value)
    assert "NUL" in str(exc.value)


def test_control_characters_raise():
    with pytest.raises(InputError) as exc:
        document_from_bytes(bytes(range(1, 9)) * 40, "ctl.txt")
    assert "ctl.txt" in str(exc.value)


def _random_bytes(n, seed=7):
    rng = random.Random(seed)
    return bytes(rng.randrange(1, 256) for _ in range(n))  # no NUL: not caught as binary


@pytest.mark.parametrize(
    "data",
    [
        bytes(range(128, 256)) * 4,
        _random_bytes(3000),
        "本年支出合计4816.25万元".encode("utf-8") * 8 + b"\xff\xfe\x80" + "其中".encode("gbk") * 8,
    ],
    ids=["high-bytes", "random", "utf8-and-gbk-mixed"],
)
def test_undecodable_bytes_raise_with_file_name(data):
    with pytest.raises(InputError) as exc:
        document_from_bytes(data, "乱码.txt")
    assert "乱码.txt" in str(exc.value)


def test_bom_but_invalid_body():
    with pytest.raises(InputError) as exc:
        document_from_bytes(codecs.BOM_UTF8 + b"\xff\xfe\xfd", "bom.txt")
    assert "bom.txt" in str(exc.value)


def test_decode_returns_encoding_used():
    assert decode("甲".encode("utf-8"), "d.txt") == ("甲", "utf-8")
    assert decode("甲".encode("gb18030"), "d.txt") == ("甲", "gb18030")


# ------------------------------------------------------------------ empty and files
def test_empty_bytes_could_not_be_checked():
    with pytest.raises(InputError, match=r"^empty.txt: the file is empty: it could not be checked$"):
        document_from_bytes(b"", "empty.txt")
    with pytest.raises(InputError, match=r"^-: standard input is empty"):
        document_from_bytes(b"", "-")


def test_a_bom_or_blanks_alone_could_not_be_checked():
    for data in (codecs.BOM_UTF8, codecs.BOM_UTF16_LE + " \n".encode("utf-16-le"), b" \r\n\t"):
        with pytest.raises(InputError, match="could not be checked"):
            document_from_bytes(data, "e.txt")


def test_the_document_model_of_an_empty_text():
    doc = Document("empty.txt", "")
    assert doc.line_count == 1
    assert doc.position(0) == (1, 1)


def test_read_document_from_disk(tmp_path):
    p = tmp_path / "报告.txt"
    p.write_bytes(TEXT.replace("\n", "\r\n").encode("gbk"))
    doc = read_document(p)
    assert doc.text == TEXT
    assert doc.path == str(p)
    assert doc.encoding == "gb18030"


def test_read_document_display_name(tmp_path):
    p = tmp_path / "r.txt"
    p.write_bytes(TEXT.encode("utf-8"))
    assert read_document(p, display="shown.txt").path == "shown.txt"


def test_read_empty_file(tmp_path):
    p = tmp_path / "empty.txt"
    p.write_bytes(b"")
    with pytest.raises(InputError, match="empty.txt: the file is empty: it could not be checked"):
        read_document(p)


def test_read_binary_file_names_it(tmp_path):
    p = tmp_path / "scan.png"
    p.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(100))
    with pytest.raises(InputError) as exc:
        read_document(p)
    assert "scan.png" in str(exc.value)


def test_read_missing_file(tmp_path):
    with pytest.raises(InputError) as exc:
        read_document(tmp_path / "missing.txt")
    assert "missing.txt" in str(exc.value)


def test_read_directory(tmp_path):
    with pytest.raises(InputError) as exc:
        read_document(tmp_path, display="dir-arg")
    assert "dir-arg" in str(exc.value)


def test_read_with_explicit_encoding(tmp_path):
    p = tmp_path / "x.txt"
    p.write_bytes("经费".encode("gbk"))
    assert read_document(p, encoding="gbk").text == "经费"
    with pytest.raises(InputError) as exc:
        read_document(p, encoding="utf-8")
    assert "x.txt" in str(exc.value)
