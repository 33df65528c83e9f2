import pytest

from engines.redaction import NHS_NUMBER, PHONE

from .helpers import found


@pytest.mark.parametrize(
    "number",
    [
        "07912 334561",
        "07912334561",
        "0191 498 0123",
        "(0191) 498 0123",
        "020 8123 4567",
        "0161-496-0000",
        "+44 7911 123456",
        "+44 (0)20 7946 0958",
        "+1 212 736 1000",
        "+353 1 234 5678",
        "07700 900461",  # Ofcom's drama range: not in use, still someone's number here
    ],
)
def test_uk_and_international_numbers_are_found(number):
    assert found(f"Call me on {number} please.", PHONE) == [number]


@pytest.mark.parametrize(
    "text",
    [
        "I rang 999 and then 111",
        "Between 2019 and 2020 things improved, 2021 too",
        "Given 2000mg over 24 hours at 10:30",
        "Parking was £1,250 a year",
        "Ward 12 bed 4 room 101",
    ],
)
def test_short_numbers_years_doses_and_money_are_not_phone_numbers(text):
    assert found(text) == []


def test_a_valid_nhs_number_is_an_nhs_number_not_a_phone_number():
    assert found("NHS 401 023 2137", NHS_NUMBER) == ["401 023 2137"]
    assert found("NHS 401 023 2137", PHONE) == []


def test_two_numbers_side_by_side_are_both_found():
    text = "07912 334561 07912 334562"
    assert found(text, PHONE) == ["07912 334561", "07912 334562"]
