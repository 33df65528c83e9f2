import json

from engines.plain_language.__main__ import main


def _write(tmp_path, name, text):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return str(path)


def test_findings_print_like_a_linter(tmp_path, capsys):
    path = _write(tmp_path, "paper.txt", "We met.\nThe MDT is wheelchair-bound.")
    assert main([path]) == 1
    out = capsys.readouterr().out.splitlines()
    assert out[0].startswith(f"{path}:2:5 acronym 'MDT' is not spelt out")
    assert out[1].startswith(f"{path}:2:12 person-label 'wheelchair-bound'")


def test_exit_zero_when_nothing_reaches_the_threshold(tmp_path, capsys):
    path = _write(tmp_path, "paper.txt", "The MDT met.")
    assert main([path]) == 0
    assert main([path, "--fail-on", "medium"]) == 1


def test_json_holds_findings_with_phrases_and_scores(tmp_path, capsys):
    path = _write(tmp_path, "paper.txt", "The MDT met.")
    main([path, "--format", "json"])
    (report,) = json.loads(capsys.readouterr().out)
    assert report["findings"][0]["phrase"] == "MDT"
    assert report["findings"][0]["line"] == 1
    assert report["scores"]["words"] == 3


def test_empty_file_says_nothing_to_check(tmp_path, capsys):
    path = _write(tmp_path, "empty.txt", "  \n")
    assert main([path, "--fail-on", "low"]) == 0
    assert capsys.readouterr().out == f"{path}: nothing to check\n"


def test_bad_file_exits_two_with_one_line_reason(tmp_path, capsys):
    good = _write(tmp_path, "good.txt", "We met.")
    bad = tmp_path / "bad.docx"
    bad.write_bytes(b"not a word file")
    assert main([good, str(bad)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1
    assert err.startswith(f"{bad}: ")


def test_programme_terms_file_adds_its_own_jargon(tmp_path, capsys):
    path = _write(tmp_path, "paper.txt", "The hot desk rota is ready.")
    terms = _write(tmp_path, "terms.csv", "term,plain\nhot desk,shared desk\n")
    assert main([path, "--terms", terms, "--fail-on", "medium"]) == 1
    assert "jargon 'hot desk'" in capsys.readouterr().out


def test_terms_file_without_header_exits_two(tmp_path, capsys):
    path = _write(tmp_path, "paper.txt", "We met.")
    terms = _write(tmp_path, "terms.csv", "hot desk,shared desk\n")
    assert main([path, "--terms", terms]) == 2
    assert "header row" in capsys.readouterr().err
