from engines.plain_language import check, jargon

from .helpers import flagged


def test_glossary_holds_at_least_300_terms():
    built_in = jargon.glossary()
    terms = sum(len(v) for v in built_in.by_first_word.values()) + len(built_in.acronyms)
    assert terms >= 300


def test_glossary_is_compiled_once_per_process():
    assert jargon.glossary() is jargon.glossary()


def test_jargon_term_is_flagged_with_a_plain_alternative():
    report = check("Your pathway will include a step-down bed.")
    found = {report.phrase(f): f.suggestion for f in report.findings if f.rule == "jargon"}
    assert found == {
        "pathway": "the steps in your care",
        "step-down": "moving to less intensive care",
    }


def test_multi_word_term_wins_over_its_first_word():
    assert flagged("We use discharge to assess for everyone.", "jargon") == ["discharge to assess"]


def test_plural_of_a_term_is_flagged():
    assert flagged("There are three co-morbidities to think about.", "jargon") == ["co-morbidities"]


def test_term_split_across_a_line_break_is_flagged():
    assert flagged("The whole\nplace-based model.", "jargon") == ["place-based"]


def test_undefined_acronym_is_flagged_once_on_first_use():
    report = check("The MDT met on Monday. The MDT agreed the plan.")
    acronyms = [f for f in report.findings if f.rule == "acronym"]
    assert [report.phrase(f) for f in acronyms] == ["MDT"]
    assert acronyms[0].start == 4
    assert "multidisciplinary team" in acronyms[0].suggestion


def test_acronym_spelt_out_on_first_use_is_not_flagged():
    text = "The integrated care board (ICB) met. The ICB agreed."
    assert flagged(text, "acronym") == []


def test_acronym_followed_by_its_meaning_is_not_flagged():
    assert flagged("The PCN (a group of GP practices) met.", "acronym") == []


def test_acronym_used_before_it_is_spelt_out_is_flagged():
    text = "The ICB met. Later the integrated care board (ICB) agreed."
    assert flagged(text, "acronym") == ["ICB"]


def test_unknown_acronym_is_flagged_with_general_advice():
    report = check("The XYZQ team will call you.")
    (finding,) = [f for f in report.findings if f.rule == "acronym"]
    assert "Write it out in full" in finding.suggestion


def test_well_known_acronyms_and_roman_numerals_are_not_flagged():
    assert flagged("Ask your GP or the NHS about part II of the plan.", "acronym") == []


def test_plural_acronym_is_matched_to_its_glossary_entry():
    report = check("Local PCNs will take part.")
    (finding,) = [f for f in report.findings if f.rule == "acronym"]
    assert report.phrase(finding) == "PCNs"
    assert "primary care network" in finding.suggestion


def test_programme_can_add_its_own_terms():
    text = "The Bridge hub runs the hot desk rota."
    assert flagged(text, "jargon", extra_terms={"hot desk": "shared desk"}) == ["hot desk"]


def test_programme_acronym_gives_its_own_meaning():
    report = check("Ask the PRT.", extra_terms={"PRT": "people's review team"})
    (finding,) = [f for f in report.findings if f.rule == "acronym"]
    assert finding.suggestion == "people's review team"


def test_glossary_rows_are_complete_and_unique():
    import csv

    with jargon.GLOSSARY.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert all(row["kind"] in ("term", "acronym") and row["plain"].strip() for row in rows)
    terms = [row["term"] for row in rows]
    assert len(terms) == len(set(terms))
