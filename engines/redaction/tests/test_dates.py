import pytest

from engines.redaction import DATE_OF_BIRTH

from .helpers import found


@pytest.mark.parametrize(
    "text, date",
    [
        ("My DOB is 12/03/1956 and", "12/03/1956"),
        ("born on 3rd March 1950", "3rd March 1950"),
        ("d.o.b. 21.06.47 was wrong", "21.06.47"),
        ("D.O.B: 1/1/1950.", "1/1/1950"),
        ("date of birth: 14 February 1987.", "14 February 1987"),
        ("my birthday is 5th June", "5th June"),
        ("born 30th Dec 1948 and never ill", "30th Dec 1948"),
        ("Dad, aged 91, 2 May 1933, waited", "2 May 1933"),
        ("an 84 year old lady 3 May 1939 fell", "3 May 1939"),
        ("Birth date 1999-04-12 on the form", "1999-04-12"),
    ],
)
def test_dates_with_a_birth_cue_or_an_age_beside_them_are_dates_of_birth(text, date):
    assert found(text, DATE_OF_BIRTH) == [date]


@pytest.mark.parametrize(
    "text",
    [
        "Seen on 12/03/2024 and again on 19/03/2024",
        "since 4th June to 22nd",
        "Mum is 84 and was seen on 2 February 2024",
        "She was born. On 12/03/2024 we went back",
        "I was born in 1961",
        "My son is 12 years old and was seen on 01/02/2023",
    ],
)
def test_other_dates_are_left(text):
    assert found(text, DATE_OF_BIRTH) == []


def test_only_the_date_after_the_cue_is_a_date_of_birth():
    text = "Patient DOB 13/08/1980, seen in A&E on 15th of July 2022."
    assert found(text, DATE_OF_BIRTH) == ["13/08/1980"]
