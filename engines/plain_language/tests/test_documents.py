import pytest
from docx import Document

from engines.plain_language import PlainLanguageError, check_file, documents, read


def test_text_file_is_read(tmp_path):
    path = tmp_path / "paper.txt"
    path.write_text("The MDT met.", encoding="utf-8")
    assert read(path) == "The MDT met."


def test_utf8_with_byte_order_mark_and_utf16_are_read(tmp_path):
    (tmp_path / "a.md").write_bytes("\ufeff# Agenda".encode())
    (tmp_path / "b.txt").write_text("Agenda", encoding="utf-16")
    assert read(tmp_path / "a.md") == "# Agenda"
    assert read(tmp_path / "b.txt") == "Agenda"


def test_html_page_gives_its_text_without_scripts(tmp_path):
    path = tmp_path / "page.html"
    path.write_text(
        "<html><head><style>p{}</style><script>var MDT=1;</script></head><body>"
        "<h1>Agenda</h1><p>The <b>MDT</b> meets.</p><p><a href='/x'>Click here</a></p></body>",
        encoding="utf-8",
    )
    assert read(path) == "Agenda\n\nThe MDT meets.\n\nClick here"
    assert {f.rule for f in check_file(path).findings} == {"acronym", "click-here"}


def test_word_document_paragraphs_and_tables_are_read(tmp_path):
    document = Document()
    document.add_paragraph("Service users will join the MDT.")
    table = document.add_table(rows=1, cols=1)
    table.cell(0, 0).text = "Next step-down review"
    path = tmp_path / "paper.docx"
    document.save(path)
    report = check_file(path)
    assert report.text == "Service users will join the MDT.\n\nNext step-down review"
    assert {report.phrase(f) for f in report.findings} == {"Service users", "MDT", "step-down"}


def test_damaged_word_document_gives_one_line_reason(tmp_path):
    path = tmp_path / "broken.docx"
    path.write_bytes(b"PK\x03\x04 this is not really a zip file")
    with pytest.raises(PlainLanguageError, match="damaged") as caught:
        read(path)
    assert "\n" not in str(caught.value)


def test_binary_file_is_refused(tmp_path):
    path = tmp_path / "image.txt"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00")
    with pytest.raises(PlainLanguageError, match="binary"):
        read(path)


def test_text_in_unknown_encoding_is_refused(tmp_path):
    path = tmp_path / "latin.txt"
    path.write_bytes("Café résumé naïve".encode("latin-1"))
    with pytest.raises(PlainLanguageError, match="UTF-8"):
        read(path)


def test_file_over_10_mb_is_refused(tmp_path, monkeypatch):
    monkeypatch.setattr(documents, "MAX_BYTES", 10)
    path = tmp_path / "big.txt"
    path.write_text("x" * 11)
    with pytest.raises(PlainLanguageError, match="over 10 MB"):
        read(path)


def test_unknown_file_type_and_missing_file_are_refused(tmp_path):
    with pytest.raises(PlainLanguageError, match=r"\.pdf"):
        read(tmp_path / "paper.pdf")
    with pytest.raises(PlainLanguageError, match="Cannot open"):
        read(tmp_path / "missing.txt")
