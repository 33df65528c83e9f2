"""The people, organisation and membership pages, as a programme manager uses them."""

import datetime
import re
from html.parser import HTMLParser

import pytest
from django.utils import timezone

from touchstone.core.models import AuditEntry
from touchstone.core.tests import factories
from touchstone.people.models import Engagement, Membership, Organisation, Person


def page(response) -> str:
    assert response.status_code == 200, response.status_code
    return response.content.decode()


def error_links(html: str) -> dict[str, str]:
    """Return the error summary's links, message to target, as a screen reader meets them."""
    summary = html.split("nhsuk-error-summary__list")[1].split("</ul>")[0]
    links = re.findall(r'<a href="([^"]+)"\s*>\s*(.*?)\s*</a>', summary, re.S)
    return {text: href for href, text in links}


class _FormReader(HTMLParser):
    """Collect what each form on a page would post if submitted as it stands."""

    def __init__(self):
        super().__init__()
        self.forms: list[dict] = []
        self._select = self._textarea = None

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "form" and attrs.get("method") == "post":
            self.forms.append({})
        elif not self.forms or ("name" not in attrs and tag != "option"):
            return
        elif tag == "input" and (
            attrs.get("type") not in ("radio", "checkbox") or "checked" in attrs
        ):
            self.forms[-1][attrs["name"]] = attrs.get("value", "")
        elif tag == "select":
            self._select = attrs["name"]
        elif tag == "option" and self._select and "selected" in attrs:
            self.forms[-1][self._select] = attrs.get("value", "")
        elif tag == "textarea":
            self._textarea = attrs["name"]
            self.forms[-1][attrs["name"]] = ""

    def handle_endtag(self, tag):
        if tag in ("select", "textarea"):
            self._select = self._textarea = None

    def handle_data(self, data):
        if self._textarea:
            self.forms[-1][self._textarea] += data


def form_values(html: str, submit: str) -> dict:
    """Return what the form whose button says `submit` posts, as a browser would send it."""
    reader = _FormReader()
    reader.feed(html)
    forms = html.split("<form")[1:]
    posting = [f for f in forms if 'method="post"' in f.split(">")[0]]
    index = next(i for i, f in enumerate(posting) if submit in f.split("</form>")[0])
    return {k: v for k, v in reader.forms[index].items() if k != "csrfmiddlewaretoken"}


def with_date(values: dict, prefix: str, day: datetime.date) -> dict:
    """Type a date into the day, month and year boxes of a field, whatever they are named."""
    boxes = [name for name in values if name.startswith(prefix)]
    assert len(boxes) == 3, boxes
    return values | dict(zip(boxes, (day.day, day.month, day.year), strict=True))


@pytest.fixture
def surgery(programme):
    engagement = factories.EngagementFactory(
        programme=programme, organisation__name="Harrow Road Surgery"
    )
    return engagement.organisation


@pytest.fixture
def working_group(programme):
    return factories.GroupFactory(
        programme=programme, name="Informatics working group", kind="working_group"
    )


PERSON = {
    "full_name": "Ada Lovelace",
    "kind": "lay_partner",
    "lived_experience": ["patient", "carer"],
    "email": "",
    "phone": "",
    "postal_address": "1 High Street\nLondon W1 1AA",
    "preferred_contact": "post",
}


def test_manager_creates_a_person_and_sees_them_in_the_list(manager_client, programme, surgery):
    response = manager_client.post(
        "/programmes/healthier-together/people/new/", PERSON | {"organisation": surgery.pk}
    )
    person = Person.objects.get()
    assert response["Location"] == f"/programmes/healthier-together/people/{person.pk}/"
    assert (person.patient_experience, person.carer_experience) == (True, True)
    assert person.organisation == surgery
    listing = page(manager_client.get("/programmes/healthier-together/people/"))
    assert "Ada Lovelace" in listing
    assert "Patient and Carer" in listing
    assert "Harrow Road Surgery" in listing


def test_person_form_errors_show_in_the_summary_and_nothing_is_saved(manager_client):
    response = manager_client.post(
        "/programmes/healthier-together/people/new/",
        PERSON | {"full_name": "", "postal_address": ""},
    )
    html = page(response)
    assert error_links(html) == {"Enter their full name.": "#id_full_name"}
    assert not Person.objects.exists()
    assert not AuditEntry.objects.exists()


def test_service_refusal_shows_next_to_the_field_and_nothing_is_saved(manager_client):
    html = page(
        manager_client.post(
            "/programmes/healthier-together/people/new/", PERSON | {"postal_address": ""}
        )
    )
    message = "Enter a postal address, or choose another way to contact them."
    assert error_links(html) == {message: "#id_postal_address"}
    assert html.count(message) == 2  # in the summary and beside the field
    assert not Person.objects.exists()


def test_missing_radio_choice_links_to_the_first_radio(manager_client):
    html = page(
        manager_client.post("/programmes/healthier-together/people/new/", PERSON | {"kind": ""})
    )
    assert error_links(html) == {"Choose what kind of person they are.": "#kind"}
    assert 'id="kind"' in html


def test_manager_changes_a_persons_details(manager_client, programme):
    person = factories.PersonFactory(full_name="Ada Lovelace", programmes=[programme])
    url = f"/programmes/healthier-together/people/{person.pk}/edit/"
    assert 'value="Ada Lovelace"' in page(manager_client.get(url))
    manager_client.post(url, PERSON | {"full_name": "Ada King", "phone": "02079460018"})
    person.refresh_from_db()
    assert (person.full_name, person.phone) == ("Ada King", "020 7946 0018")


def test_people_list_filters_by_kind_and_name(manager_client, programme):
    factories.PersonFactory(full_name="Ada Lovelace", programmes=[programme])
    factories.PersonFactory(full_name="Dr Alan Turing", kind="clinician", programmes=[programme])
    factories.PersonFactory(full_name="Grace Hopper", programmes=[programme])
    url = "/programmes/healthier-together/people/"
    by_kind = page(manager_client.get(url, {"kind": "clinician"}))
    assert "Dr Alan Turing" in by_kind and "Ada Lovelace" not in by_kind
    by_name = page(manager_client.get(url, {"q": "hop"}))
    assert "Grace Hopper" in by_name and "Ada Lovelace" not in by_name
    assert "Ada Lovelace" in page(manager_client.get(url, {"kind": "nonsense"}))


def test_people_list_counts_current_groups_and_paginates_at_100(manager_client, programme):
    people = [
        factories.PersonFactory(full_name=f"Person {n:03}", programmes=[programme])
        for n in range(101)
    ]
    factories.MembershipFactory(person=people[0], group__programme=programme)
    html = page(manager_client.get("/programmes/healthier-together/people/"))
    assert "101 people, page 1 of 2" in html
    assert "Person 099" in html and "Person 100" not in html
    assert "Person 100" in page(manager_client.get("/programmes/healthier-together/people/?page=2"))


def test_person_detail_shows_current_and_past_memberships(manager_client, programme):
    person = factories.PersonFactory(full_name="Ada Lovelace", programmes=[programme])
    factories.MembershipFactory(person=person, group__programme=programme, group__name="Forum")
    factories.MembershipFactory(
        person=person,
        group__programme=programme,
        group__name="Core design team",
        ended_on=datetime.date(2026, 3, 1),
        end_reason="Moved away",
    )
    html = page(manager_client.get(f"/programmes/healthier-together/people/{person.pk}/"))
    current, past = html.split("Groups they used to sit in")
    assert "Forum" in current and "5 January 2026" in current
    assert "Core design team" in past and "1 March 2026" in past and "Moved away" in past


def test_manager_sees_contact_details(manager_client, programme):
    person = factories.PersonFactory(
        full_name="Ada", email="ada@example.org", phone="020 7946 0018", programmes=[programme]
    )
    html = page(manager_client.get(f"/programmes/healthier-together/people/{person.pk}/"))
    assert "ada@example.org" in html and "020 7946 0018" in html


def test_organisations_list_groups_by_kind_and_shows_coverage_in_words(
    member_client, programme, surgery
):
    factories.EngagementFactory(
        programme=programme,
        organisation__name="Brent Carers Centre",
        organisation__category="carers_organisation",
        status="contacted",
    )
    html = page(member_client.get("/programmes/healthier-together/organisations/"))
    assert "Harrow Road Surgery" in html and "Brent Carers Centre" in html
    assert "1 of 18 kinds of organisation are engaged." in html
    coverage = html.split("Organisations by kind")[0]
    gp_row = coverage.split("GP practices")[1].split("</tr>")[0]
    carers_row = coverage.split("Carers organisations")[1].split("</tr>")[0]
    assert "Engaged" in gp_row
    assert "Not yet" in carers_row
    assert "Add an organisation" not in html


def test_manager_adds_and_changes_an_organisation(manager_client, programme):
    manager_client.post(
        "/programmes/healthier-together/organisations/new/",
        {"name": "Brent Carers Centre", "category": "carers_organisation", "status": "contacted"},
    )
    organisation = Organisation.objects.get()
    response = manager_client.post(
        f"/programmes/healthier-together/organisations/{organisation.pk}/edit/",
        {
            "name": "Brent Carers Centre",
            "category": "carers_organisation",
            "status": "engaged",
            "website": "brentcarers.example.org",
        },
    )
    assert response["Location"] == "/programmes/healthier-together/organisations/"
    organisation.refresh_from_db()
    assert organisation.website == "https://brentcarers.example.org"
    assert Engagement.objects.get(programme=programme).status == "engaged"


def test_organisation_this_programme_already_engages_is_refused_on_the_name_field(
    manager_client, surgery
):
    html = page(
        manager_client.post(
            "/programmes/healthier-together/organisations/new/",
            {"name": "harrow road surgery", "category": "gp_practice", "status": "identified"},
        )
    )
    assert error_links(html) == {"This programme already engages Harrow Road Surgery.": "#id_name"}
    assert Organisation.objects.count() == 1


def test_add_member_form_offers_only_people_not_already_in_the_group(
    manager_client, programme, working_group
):
    seated = factories.PersonFactory(full_name="Ada Lovelace", programmes=[programme])
    factories.PersonFactory(full_name="Dr Alan Turing", kind="clinician", programmes=[programme])
    factories.PersonFactory(full_name="Someone Elsewhere")
    factories.MembershipFactory(person=seated, group=working_group)
    url = f"/programmes/healthier-together/groups/{working_group.pk}/members/new/"
    html = page(manager_client.get(url))
    assert "Dr Alan Turing (Clinician)" in html
    assert "Ada Lovelace" not in html and "Someone Elsewhere" not in html
    today = timezone.localdate()
    values = form_values(html, "Add member")
    assert values["role"] == "member"
    boxes = [value for name, value in values.items() if name.startswith("started_on")]
    assert boxes == [str(today.day), str(today.month), str(today.year)]


def test_adding_two_lay_partners_to_a_working_group_removes_its_lay_pair_finding(
    manager_client, programme, working_group
):
    ada = factories.PersonFactory(full_name="Ada Lovelace", programmes=[programme])
    grace = factories.PersonFactory(full_name="Grace Hopper", programmes=[programme])
    group_url = f"/programmes/healthier-together/groups/{working_group.pk}/"
    add_url = f"{group_url}members/new/"
    finding = "Informatics working group has no lay pair"
    assert finding in page(manager_client.get(group_url))
    for person in (ada, grace):
        values = form_values(page(manager_client.get(add_url)), "Add member")
        response = manager_client.post(add_url, values | {"person": person.pk})
        assert response["Location"] == group_url
    html = page(manager_client.get(group_url))
    assert "Grace Hopper has been added to Informatics working group." in html
    assert finding not in html
    assert Membership.objects.filter(group=working_group, ended_on=None).count() == 2


def test_manager_changes_a_role_and_ends_a_membership(manager_client, programme, working_group):
    membership = factories.MembershipFactory(
        person__full_name="Ada Lovelace", person__programmes=[programme], group=working_group
    )
    url = f"/programmes/healthier-together/memberships/{membership.pk}/"
    role = form_values(page(manager_client.get(url)), "Change role")
    manager_client.post(url, role | {"role": "co_chair"})
    membership.refresh_from_db()
    assert membership.role == "co_chair"
    end = form_values(page(manager_client.get(url)), "End membership")
    end |= {"reason": "Stepped down to care for her mother"}
    response = manager_client.post(url, with_date(end, "ended_on", datetime.date(2026, 10, 31)))
    assert response["Location"] == f"/programmes/healthier-together/groups/{working_group.pk}/"
    membership.refresh_from_db()
    assert membership.ended_on == datetime.date(2026, 10, 31)
    assert membership.end_reason == "Stepped down to care for her mother"
    assert "This membership has ended" in page(manager_client.get(url))


def test_ending_a_membership_without_a_reason_is_refused(manager_client, working_group):
    membership = factories.MembershipFactory(group=working_group)
    url = f"/programmes/healthier-together/memberships/{membership.pk}/"
    end = form_values(page(manager_client.get(url)), "End membership")
    html = page(manager_client.post(url, end))
    assert error_links(html) == {"Say why the membership is ending.": "#id_reason"}
    membership.refresh_from_db()
    assert membership.ended_on is None
