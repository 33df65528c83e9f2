import pytest

from engines.redaction import EMAIL, NHS_NUMBER, NI_NUMBER, POSTCODE

from .helpers import found


@pytest.mark.parametrize("number", ["943 476 5919", "9434765919", "943-476-5919"])
def test_nhs_number_with_a_right_check_digit_is_found_however_spaced(number):
    assert found(f"My NHS number is {number}, please use it.", NHS_NUMBER) == [number]


@pytest.mark.parametrize("number", ["943 476 5918", "1234567890", "485 777 3456"])
def test_ten_digits_with_a_wrong_check_digit_are_not_an_nhs_number(number):
    assert found(f"Reference {number} on my letter", NHS_NUMBER) == []


def test_nhs_number_is_not_taken_out_of_a_longer_run_of_digits():
    assert found("Account 19434765919 and 9434765919 1", NHS_NUMBER) == []


def test_mixed_spacing_is_not_an_nhs_number():
    assert found("code 943 4765919", NHS_NUMBER) == []


@pytest.mark.parametrize(
    "text, number",
    [
        ("My NI number is AB 12 34 56 C thanks", "AB 12 34 56 C"),
        ("NINO JK483920A on file", "JK483920A"),
        ("my national insurance is ab 12 34 56 c", "ab 12 34 56 c"),
        ("NI no PR 12 34 56", "PR 12 34 56"),
    ],
)
def test_national_insurance_numbers_are_found(text, number):
    assert found(text, NI_NUMBER) == [number]


@pytest.mark.parametrize(
    "text",
    [
        "Code DA 12 34 56 C",  # D is never a first letter
        "Code AO 12 34 56 C",  # O is never a second letter
        "Code GB 12 34 56 C",  # GB is never given out
        "Code TN123456A",  # nor TN
        "room ab 12 34 56 c",  # lower case with no cue
        "Code AB 12 34 56",  # no final letter and no cue
    ],
)
def test_national_insurance_look_alikes_are_left(text):
    assert found(text, NI_NUMBER) == []


@pytest.mark.parametrize(
    "address", ["j.bloggs72@example.co.uk", "FRED@HOTMAIL.COM", "jo.b+nhs@gmail.com"]
)
def test_email_addresses_are_found_whole(address):
    assert found(f"Write to {address}.", EMAIL) == [address]


def test_at_signs_that_are_not_emails_are_left():
    assert found("Meet @ 10am, rated 5 @ least, @NHSEngland tweeted", EMAIL) == []


@pytest.mark.parametrize("code", ["NE1 4LP", "SW1A 1AA", "DH13LE", "ts1 2pq", "GIR 0AA", "W1A 0AX"])
def test_postcodes_are_found_in_any_case_with_or_without_space(code):
    assert found(f"We live at {code} now", POSTCODE) == [code]


@pytest.mark.parametrize(
    "text",
    [
        "Ward B1 2nd floor",  # ordinal, not an inward code
        "took 5mg at 2pm",
        "flight QQ1 1AA",  # QQ is no postcode area
        "sw1a1aa typed in lower case without a space",
        "vitamin B12 and COVID19 jab",
        "the M62 was shut",
    ],
)
def test_postcode_look_alikes_are_left(text):
    assert found(text, POSTCODE) == []
