import pytest

from engines.redaction import ADDRESS, POSTCODE

from .helpers import found


@pytest.mark.parametrize(
    "text, address",
    [
        ("I live at 12 Acacia Avenue, Leeds", "12 Acacia Avenue"),
        ("We are at Flat 3, 12 High Street now", "Flat 3, 12 High Street"),
        ("at 221B Baker Street.", "221B Baker Street"),
        ("14 St John Street is the house", "14 St John Street"),
        ("Lives at 3 Rose Cottages, Seaham", "3 Rose Cottages"),
        ("I'm in flat 3, 18 mill lane", "flat 3, 18 mill lane"),
        ("came to 7 church road", "7 church road"),
        ("We moved to 5 The Crescent last month", "5 The Crescent"),
    ],
)
def test_street_addresses_with_a_house_number_are_found(text, address):
    assert found(text, ADDRESS) == [address]


def test_town_and_postcode_stay_outside_the_address():
    text = "Sent to 4 Mill Lane, Durham DH1 3LE by mistake"
    assert found(text, ADDRESS) == ["4 Mill Lane"]
    assert found(text, POSTCODE) == ["DH1 3LE"]


@pytest.mark.parametrize(
    "text",
    [
        "walked 2 miles down the road",
        "waited 20 minutes down the lane",
        "Ward 12 was clean",
        "Took 45 minutes to get to Church Street",
        "Took 2 Paramedics Way too long",
        "5mg twice a day",
    ],
)
def test_distances_times_and_street_names_alone_are_not_addresses(text):
    assert found(text, ADDRESS) == []
