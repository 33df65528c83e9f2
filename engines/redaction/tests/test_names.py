import pytest

from engines.redaction import NAME, redact

from .helpers import found


@pytest.mark.parametrize(
    "text, names",
    [
        ("Nurse Julie was lovely", ["Julie"]),
        ("Dr Howard explained things", ["Howard"]),
        ("Dr. Patel and Mrs Brown", ["Patel", "Brown"]),
        ("Please thank Dr J. McKenzie", ["J. McKenzie"]),
        ("Sister Rose made sure I ate", ["Rose"]),
        ("Rachel took the time with my daughter", ["Rachel"]),
        ("the OT Lisa, who gave support", ["Lisa"]),
        ("My name is Sibusiso and I care for my wife", ["Sibusiso"]),
        ("thanks to Teodosia who sat with me", ["Teodosia"]),
        ("My name is Will Smith", ["Will Smith"]),
        ("Siobhan O'Neill rang me every day", ["Siobhan O'Neill"]),
        ("Grace and Julie were patient", ["Grace", "Julie"]),
        ("The crew, Dave and Mel, were brilliant", ["Dave", "Mel"]),
        ("nurse julie was kind", ["julie"]),
        ("NURSE JULIE WAS GREAT", ["JULIE"]),
        ("Jan the receptionist is brilliant", ["Jan"]),
        ("Dr. van der Berg explained the scan", ["van der Berg"]),
        ("Siân and Zoë were lovely", ["Siân", "Zoë"]),
        ("i was seen by dr jones. sandra was lovely", ["jones", "sandra"]),
    ],
)
def test_names_are_found_from_lists_titles_and_introductions(text, names):
    assert found(text, NAME) == names


@pytest.mark.parametrize(
    "text",
    [
        "Will definitely recommend to friends and family.",
        "I hope the new building opens in May.",
        "Grace under pressure from every member of staff.",
        "Mark my words, this was the best care.",
        "Referred to James Cook hospital",
        "Taken to James Cook and seen within the hour",
        "Went to St Mary's for an x-ray",
        "Queen Elizabeth Hospital staff were rushed",
        "Royal Victoria Infirmary, Newcastle",
        "I was on Amber ward",
        "Saw the nurse at Heather close",
        "Trent PTS has been the best",
        "Even though I am a nurse I was worried",
        "the female Dr I saw on the 16th",
        "The Doctor Was Lovely And Kind",
        "Said she would ring back but never did.",
        "Christmas Day staff were still smiling.",
        "Guy's and St Thomas' NHS Foundation Trust were great",
        "Diana, Princess of Wales Hospital in Grimsby",
        "Princess Alexandra Hospital and Lister Hospital",
    ],
)
def test_everyday_words_places_and_services_are_not_names(text):
    assert found(text, NAME) == []


def test_title_stays_outside_the_placeholder():
    assert redact("Nurse Julie was lovely").text == "Nurse [NAME] was lovely"


def test_possessive_s_stays_outside_the_placeholder():
    assert redact("Dr Ahmed's explanation was clear").text == "Dr [NAME]'s explanation was clear"


def test_a_name_found_once_is_hidden_everywhere_it_appears():
    text = "Thanks to Nurse Grace. Grace was lovely."
    assert redact(text).text == "Thanks to Nurse [NAME]. [NAME] was lovely."


def test_lower_case_first_names_count_only_from_writers_who_use_no_capitals():
    assert found("julie on reception was great", NAME) == ["julie"]
    assert found("Met Pete at Leeds General, julie on reception was great", NAME) == ["Pete"]


def test_short_lower_case_names_need_an_introduction():
    assert found("they rob you at the car park", NAME) == []
    assert found("thanks to rob on reception", NAME) == ["rob"]
