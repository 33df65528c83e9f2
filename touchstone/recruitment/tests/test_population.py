"""The local population profile: uploaded whole or not at all, and quotas filled from it."""

import html

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from touchstone.recruitment.models import PopulationProfile
from touchstone.recruitment.population import profile_tables, quota_from_share, quotas_from_profile

pytestmark = pytest.mark.django_db

GOOD = "feature,value,share\ngender,Woman,0.52\ngender,Man,0.48\narea,Brent,40%\narea,Harrow,60%\n"


def upload(client, programme, text, source="Census 2021", encoding="utf-8"):
    url = reverse("recruitment:population_upload", args=[programme.slug])
    data = text.encode(encoding) if isinstance(text, str) else text
    return client.post(url, {"source": source, "file": SimpleUploadedFile("p.csv", data)})


def test_a_manager_uploads_a_profile_and_sees_it(manager_client, programme):
    response = upload(manager_client, programme, GOOD)
    assert response.status_code == 302
    profile = PopulationProfile.objects.get(programme=programme)
    assert profile.shares == {
        "gender": {"Woman": 0.52, "Man": 0.48},
        "area": {"Brent": 0.4, "Harrow": 0.6},
    }
    page = manager_client.get(response.url)
    assert "Census 2021" in page.text and "52.0%" in page.text


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("name,value,share\ngender,Woman,1\n", "The first row must be the headings"),
        ("feature,value,share\ngender,Woman,0.5\ngender,Robot,0.5\n", "Row 3: 'Robot'"),
        ("feature,value,share\nshoe_size,9,1\n", "Row 2: 'shoe_size' is not a feature"),
        ("feature,value,share\ngender,Woman,half\n", "Row 2: the share 'half'"),
        ("feature,value,share\ngender,Woman,0.5\ngender,Man,0.3\n", "add up to 0.80"),
        ("feature,value,share\ngender,Woman,0.5\ngender,Woman,0.5\n", "Row 3: gender"),
    ],
)
def test_a_bad_file_is_refused_naming_the_row_and_nothing_is_stored(
    manager_client, programme, text, message
):
    response = upload(manager_client, programme, text)
    assert response.status_code == 200
    assert "There is a problem" in response.text
    assert message in html.unescape(response.text)
    assert not PopulationProfile.objects.exists()


def test_a_file_in_the_wrong_encoding_is_refused(manager_client, programme):
    response = upload(
        manager_client, programme, "feature,value,share\narea,Tŷ Newydd,1\n", encoding="utf-16"
    )
    assert "The file is not UTF-8 text" in response.text
    assert not PopulationProfile.objects.exists()


def test_a_bad_upload_keeps_the_profile_there_was(manager_client, programme):
    upload(manager_client, programme, GOOD)
    upload(manager_client, programme, "feature,value,share\ngender,Woman,2\n")
    assert PopulationProfile.objects.get().shares["gender"] == {"Woman": 0.52, "Man": 0.48}


def test_a_member_may_look_but_not_upload(member_client, programme):
    page = member_client.get(reverse("recruitment:population_profile", args=[programme.slug]))
    assert page.status_code == 200
    assert upload(member_client, programme, GOOD).status_code == 403
    assert not PopulationProfile.objects.exists()


@pytest.mark.parametrize(
    ("share", "k", "expected"), [(0.55, 10, (5, 6)), (0.3, 10, (3, 3)), (0.0, 8, (0, 0))]
)
def test_quotas_are_k_times_share_rounded_down_and_up(share, k, expected):
    assert quota_from_share(share, k) == expected


def test_prefer_not_to_say_gets_a_quota_that_never_requires_anyone():
    quotas = quotas_from_profile({"gender": {"Woman": 0.5, "Man": 0.5}}, ["gender"], 6)
    prefer_not = next(q for q in quotas if q["value"] == "Prefer not to say")
    assert (prefer_not["minimum"], prefer_not["maximum"]) == (0, 6)
    assert len(quotas) == 5


def test_the_profile_lists_answers_in_the_questions_order_whatever_the_database_kept():
    shares = {
        "gender": {"Woman": 0.5, "Man": 0.5},
        "age_band": {"75 or over": 0.4, "16 to 24": 0.6},
        "area": {"Millbrook": 0.3, "Ashcombe": 0.7},
    }
    tables = profile_tables(shares)
    assert [label for label, _ in tables] == ["Age", "Gender", "Area"]
    assert [value for value, _ in tables[0][1]] == ["16 to 24", "75 or over"]
    assert [value for value, _ in tables[2][1]] == ["Ashcombe", "Millbrook"]
