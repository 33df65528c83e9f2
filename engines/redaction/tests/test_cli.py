import csv
import io

import pytest

from engines.redaction.__main__ import main

GOLDEN_IN = (
    "id,comment,score\n"
    '1,"Nurse Julie was lovely, call me on 07912 334561",5\n'
    "2,Ward 12 was clean and 5mg worked,4\n"
    "\n"
    '3,"My NHS number is 943 476 5919\nand I live at 12 Mill Lane, NE1 4LP",2\n'
    "4,,3\n"
)
GOLDEN_OUT = (
    "id,comment,score,redactions\n"
    '1,"Nurse [NAME] was lovely, call me on [PHONE]",5,2\n'
    "2,Ward 12 was clean and 5mg worked,4,0\n"
    '3,"My NHS number is [NHS NUMBER]\nand I live at [ADDRESS], [POSTCODE]",2,3\n'
    "4,,3,0\n"
)


@pytest.fixture
def golden(tmp_path):
    path = tmp_path / "feedback.csv"
    path.write_text(GOLDEN_IN, encoding="utf-8")
    return path


def test_redacted_csv_matches_the_golden_file(golden, tmp_path, capsys):
    out = tmp_path / "out.csv"
    assert main([str(golden), "--text-column", "comment", "--output", str(out)]) == 0
    assert out.read_text(encoding="utf-8") == GOLDEN_OUT
    summary = capsys.readouterr().err
    assert "4 rows redacted" in summary and "1 blank lines left out" in summary


def test_without_output_the_csv_goes_to_standard_output(golden, capsys):
    assert main([str(golden), "--text-column", "comment"]) == 0
    assert capsys.readouterr().out == GOLDEN_OUT


def test_excel_byte_order_mark_is_read(golden, tmp_path, capsys):
    marked = tmp_path / "excel.csv"
    marked.write_bytes(b"\xef\xbb\xbf" + GOLDEN_IN.encode())
    assert main([str(marked), "--text-column", "comment"]) == 0
    assert capsys.readouterr().out == GOLDEN_OUT


def test_missing_column_lists_the_columns_there_are(golden, capsys):
    assert main([str(golden), "--text-column", "coment"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1
    assert "no column 'coment'. Did you mean 'comment'?" in err
    assert "'id', 'comment', 'score'" in err


def test_column_name_case_and_spaces_are_forgiven(golden, capsys):
    assert main([str(golden), "--text-column", " Comment "]) == 0


def test_wrong_encoding_says_how_to_fix_it(tmp_path, capsys):
    path = tmp_path / "latin.csv"
    path.write_bytes("comment\nCafé crème was cold\n".encode("cp1252"))
    assert main([str(path), "--text-column", "comment"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1
    assert "is not UTF-8 text (line 2" in err and "iconv -f windows-1252" in err


def test_empty_file_is_refused_plainly(tmp_path, capsys):
    path = tmp_path / "empty.csv"
    path.write_text("", encoding="utf-8")
    assert main([str(path), "--text-column", "comment"]) == 2
    assert "is empty" in capsys.readouterr().err


def test_missing_file_is_refused_plainly(tmp_path, capsys):
    assert main([str(tmp_path / "nope.csv"), "--text-column", "comment"]) == 2
    assert "There is no file" in capsys.readouterr().err


def test_one_megabyte_comment_is_redacted_not_a_crash(tmp_path, capsys):
    path = tmp_path / "big.csv"
    comment = "Thanks to Nurse Julie, call 07912 334561. " * 25_000
    path.write_text(f'comment\n"{comment}"\nshort one\n', encoding="utf-8")
    assert main([str(path), "--text-column", "comment"]) == 0
    rows = list(csv.reader(io.StringIO(capsys.readouterr().out)))
    assert len(rows) == 3
    assert "Julie" not in rows[1][0] and rows[1][1] == "50000"


def test_max_chars_cuts_long_comments_and_says_so(tmp_path, capsys):
    path = tmp_path / "long.csv"
    path.write_text("comment\n" + "x" * 50 + "\nshort\n", encoding="utf-8")
    assert main([str(path), "--text-column", "comment", "--max-chars", "10"]) == 0
    captured = capsys.readouterr()
    assert captured.out == "comment,redactions\nxxxxxxxxxx,0\nshort,0\n"
    assert "1 comments cut to 10 characters" in captured.err


def test_an_existing_redactions_column_is_filled_not_repeated(tmp_path, capsys):
    path = tmp_path / "again.csv"
    path.write_text("comment,redactions\nDr Patel,\n", encoding="utf-8")
    assert main([str(path), "--text-column", "comment"]) == 0
    assert capsys.readouterr().out == "comment,redactions\nDr [NAME],1\n"


def test_resume_carries_on_after_the_rows_already_written(golden, tmp_path, capsys):
    out = tmp_path / "out.csv"
    partial = tmp_path / "out.csv.partial"
    done = GOLDEN_OUT.split("\n")
    partial.write_text("\n".join(done[:3]) + "\n" + done[3][:12], encoding="utf-8")  # torn row
    args = [str(golden), "--text-column", "comment", "--output", str(out), "--resume"]
    assert main(args) == 0
    assert out.read_text(encoding="utf-8") == GOLDEN_OUT
    assert not partial.exists()
    assert "2 rows already done were kept" in capsys.readouterr().err


def test_resume_needs_an_output_file(golden, capsys):
    assert main([str(golden), "--text-column", "comment", "--resume"]) == 2
    assert "--resume needs --output" in capsys.readouterr().err


def test_evaluate_command_prints_figures_per_type(capsys):
    assert main(["evaluate", "data/labelled.jsonl"]) == 0
    out = capsys.readouterr().out
    assert "NHS NUMBER" in out and "precision" in out and "recall" in out


def test_short_rows_are_padded_and_kept(tmp_path, capsys):
    path = tmp_path / "ragged.csv"
    path.write_text("id,comment,score\n7\n8,Dr Patel,\n", encoding="utf-8")
    assert main([str(path), "--text-column", "comment"]) == 0
    assert capsys.readouterr().out == ("id,comment,score,redactions\n7,,,0\n8,Dr [NAME],,1\n")


def test_semicolon_separated_file_says_to_save_it_with_commas(tmp_path, capsys):
    path = tmp_path / "semi.csv"
    path.write_text("id;comment\n1;Dr Patel\n", encoding="utf-8")
    assert main([str(path), "--text-column", "comment"]) == 2
    assert "separated by ';', not commas" in capsys.readouterr().err
