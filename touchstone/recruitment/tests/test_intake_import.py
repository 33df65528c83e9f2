"""Importing a pool from CSV: all rows or none, and messages that name the row to fix."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from touchstone.core.models import AuditEntry
from touchstone.recruitment import intake
from touchstone.recruitment.intake_csv import ImportProblems
from touchstone.recruitment.models import Candidate, Demographics, PopulationProfile
from touchstone.recruitment.tests.factories import CandidateFactory, RoleProfileFactory

HEADER = "id,name,email,phone,postcode,age_band,gender,area,consent\n"


@pytest.fixture
def role(programme):
    PopulationProfile.objects.create(
        programme=programme, source="Census 2021", shares={"area": {"Harrow": 0.5, "Brent": 0.5}}
    )
    return RoleProfileFactory(programme=programme, title="Frailty lay partner")


def pool(rows: int, consenting: int) -> str:
    lines = [
        f"P{n:03},Person {n},p{n}@example.org,,HA1 1AA,65 to 74,Woman,Harrow,"
        f"{'yes' if n < consenting else 'no'}"
        for n in range(rows)
    ]
    return HEADER + "\n".join(lines) + "\n"


def upload(client, programme, role, content: bytes, name="pool.csv"):
    return client.post(
        reverse("recruitment:candidate_import", args=[programme.slug]),
        {"role_profile": role.pk, "file": SimpleUploadedFile(name, content, "text/csv")},
    )


def test_a_manager_imports_a_pool_of_60(manager_client, manager, programme, role):
    response = upload(manager_client, programme, role, pool(60, 55).encode())
    assert response.status_code == 200
    assert "60 people added to the pool, 55 with demographic answers" in response.content.decode()
    candidates = Candidate.objects.filter(role_profile=role)
    assert candidates.count() == 60
    first = candidates.get(reference="P000")
    assert (first.stage, first.route, first.entered_by) == ("in_pool", "applied", manager)
    assert first.changes.get().to_stage == "in_pool"
    assert Demographics.objects.count() == 55
    assert not Demographics.objects.filter(candidate__reference="P059").exists()
    assert Demographics.objects.get(candidate=first).answers == {
        "age_band": "65 to 74",
        "gender": "Woman",
        "area": "Harrow",
    }
    assert AuditEntry.objects.get(action="candidate.import").changes["people added"] == 60


def test_the_example_file_imports(manager_client, programme, role):
    example = manager_client.get(
        reverse("recruitment:candidate_import_example", args=[programme.slug])
    )
    assert example["Content-Type"].startswith("text/csv")
    response = upload(manager_client, programme, role, example.content)
    assert "2 people added to the pool, 1 with demographic answers" in response.content.decode()


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "cp1252"])
def test_spreadsheet_encodings_are_read(manager, programme, role, encoding):
    data = "id,name,consent\nP1,Zoë Brontë,no\n".encode(encoding)
    assert intake.candidates_import(actor=manager, role_profile=role, data=data)["added"] == 1
    assert Candidate.objects.get().full_name == "Zoë Brontë"


BAD_FILES = {
    "duplicate id in the file": (
        HEADER + "P1,A,,,,,,,no\nP1,B,,,,,,,no\n",
        "Row 3, column id: 'P1' is also the id in row 2",
    ),
    "unknown column": ("id,name,religion\nP1,A,None\n", "the column 'religion' is not one we know"),
    "answer not offered": (
        HEADER + "P1,A,,,,65-74,,,yes\n",
        "Row 2, column age_band: '65-74' is not an answer we use",
    ),
    "area not in the profile": (
        HEADER + "P1,A,,,,,,Camden,yes\n",
        "Row 2, column area: 'Camden' is not an answer we use. Use one of: Brent; Harrow;",
    ),
    "missing name": (HEADER + "P1,,,,,,,,no\n", "Row 2, column name: the name is empty"),
    "bad consent": (HEADER + "P1,A,,,,,,,maybe\n", "Row 2, column consent: write yes or no"),
    "bad email": (HEADER + "P1,A,not-an-email,,,,,,no\n", "Row 2, column email"),
    "no id column": ("name,email\nA,a@example.org\n", "there is no 'id' column"),
    "header only": (HEADER, "has a first row but no people"),
    "semicolons": ("id;name\nP1;A\n", "Row 1: the columns are separated by semicolons"),
    "too many rows": (pool(5001, 0), "more than 5,000 people"),
}


@pytest.mark.parametrize("case", BAD_FILES)
def test_a_bad_file_stores_nothing_and_says_what_to_fix(manager_client, programme, role, case):
    content, message = BAD_FILES[case]
    response = upload(manager_client, programme, role, content.encode())
    assert response.status_code == 400
    html = response.content.decode().replace("&#39;", "'")
    assert message in html
    assert "Nothing has been added" in html
    assert not Candidate.objects.exists() and not Demographics.objects.exists()


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"id,name\nP1,\x81\x8d\n", "save it from your spreadsheet as 'CSV UTF-8"),
        (b"PK\x03\x04\x14\x00\x06\x00binary", "This is not a CSV file"),
        (b"  \n", "The file is empty"),
    ],
)
def test_unreadable_files_are_refused(manager, role, data, message):
    with pytest.raises(ImportProblems) as caught:
        intake.candidates_import(actor=manager, role_profile=role, data=data)
    assert message.lower() in caught.value.problems[0].lower()
    assert not Candidate.objects.exists()


def test_an_id_already_in_the_programme_stores_nothing(manager, programme, role):
    CandidateFactory(programme=programme, role_profile=role, reference="P002")
    with pytest.raises(ImportProblems) as caught:
        intake.candidates_import(actor=manager, role_profile=role, data=pool(5, 0).encode())
    assert caught.value.problems == [
        "Row 4, column id: someone with id 'P002' is already in this programme. "
        "Give this person a new id, or remove the row."
    ]
    assert Candidate.objects.count() == 1


def test_an_empty_upload_is_refused(manager_client, programme, role):
    response = upload(manager_client, programme, role, b"")
    assert response.status_code == 400
    assert "The file is empty" in response.content.decode()


def test_members_cannot_import(member_client, programme, role):
    assert (
        member_client.get(
            reverse("recruitment:candidate_import", args=[programme.slug])
        ).status_code
        == 403
    )
    assert upload(member_client, programme, role, pool(2, 0).encode()).status_code == 403
    assert not Candidate.objects.exists()
