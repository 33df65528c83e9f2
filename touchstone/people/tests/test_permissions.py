"""Who may see and change people, organisations and memberships: deny by default."""

import pytest

from touchstone.core.tests import factories
from touchstone.people.models import Membership, Person


@pytest.fixture
def setting(programme):
    """One of everything in `programme`, with the URLs that show or change it."""
    person = factories.PersonFactory(
        full_name="Ada Lovelace",
        email="ada@example.org",
        phone="020 7946 0018",
        postal_address="1 High Street",
        programmes=[programme],
    )
    organisation = factories.EngagementFactory(programme=programme).organisation
    group = factories.GroupFactory(programme=programme)
    membership = factories.MembershipFactory(person=person, group=group)
    base = "/programmes/healthier-together"
    return {
        "person": person,
        "group": group,
        "views": [
            f"{base}/people/",
            f"{base}/people/{person.pk}/",
            f"{base}/organisations/",
        ],
        "changes": [
            f"{base}/people/new/",
            f"{base}/people/{person.pk}/edit/",
            f"{base}/organisations/new/",
            f"{base}/organisations/{organisation.pk}/edit/",
            f"{base}/groups/{group.pk}/members/new/",
            f"{base}/memberships/{membership.pk}/",
        ],
    }


def test_signed_out_visitor_is_sent_to_sign_in(client, setting):
    for url in setting["views"] + setting["changes"]:
        assert client.get(url)["Location"].startswith("/accounts/sign-in/"), url


def test_outsider_gets_404_on_every_people_url_of_the_programme(outsider_client, setting):
    for url in setting["views"] + setting["changes"]:
        assert outsider_client.get(url).status_code == 404, url
        assert outsider_client.post(url, {"full_name": "Intruder"}).status_code == 404, url
    assert not Person.objects.filter(full_name="Intruder").exists()


def test_member_sees_people_but_not_their_contact_details(member_client, setting):
    person = setting["person"]
    listing = member_client.get("/programmes/healthier-together/people/").content.decode()
    assert "Ada Lovelace" in listing
    assert "Add a person" not in listing
    html = member_client.get(f"/programmes/healthier-together/people/{person.pk}/")
    html = html.content.decode()
    assert "Ada Lovelace" in html
    for secret in ("ada@example.org", "020 7946 0018", "1 High Street", "Contact details"):
        assert secret not in html
    assert "Change details" not in html


def test_member_gets_403_on_every_page_that_changes_things(member_client, setting):
    for url in setting["changes"]:
        assert member_client.get(url).status_code == 403, url
        assert member_client.post(url, {"full_name": "Intruder"}).status_code == 403, url
    assert not Person.objects.filter(full_name="Intruder").exists()


def test_observer_may_see_organisations_but_not_people(client, programme, setting):
    observer = factories.UserFactory()
    factories.RoleFactory(user=observer, programme=programme, role="observer")
    client.force_login(observer)
    assert client.get("/programmes/healthier-together/organisations/").status_code == 200
    assert client.get("/programmes/healthier-together/people/").status_code == 403


def test_manager_cannot_reach_another_programmes_objects_through_this_one(
    manager_client, programme, other_programme
):
    stranger = factories.PersonFactory(programmes=[other_programme])
    their_org = factories.EngagementFactory(programme=other_programme).organisation
    their_group = factories.GroupFactory(programme=other_programme)
    their_membership = factories.MembershipFactory(person=stranger, group=their_group)
    base = "/programmes/healthier-together"
    for url in (
        f"{base}/people/{stranger.pk}/",
        f"{base}/people/{stranger.pk}/edit/",
        f"{base}/organisations/{their_org.pk}/edit/",
        f"{base}/groups/{their_group.pk}/members/new/",
        f"{base}/memberships/{their_membership.pk}/",
    ):
        assert manager_client.get(url).status_code == 404, url
    response = manager_client.post(
        f"{base}/memberships/{their_membership.pk}/", {"action": "end", "reason": "Gone"}
    )
    assert response.status_code == 404
    assert Membership.objects.get(pk=their_membership.pk).ended_on is None


def test_manager_cannot_seat_someone_from_another_programmes_register(
    manager_client, setting, other_programme
):
    stranger = factories.PersonFactory(full_name="Olu Stranger", programmes=[other_programme])
    group = setting["group"]
    response = manager_client.post(
        f"/programmes/healthier-together/groups/{group.pk}/members/new/",
        {
            "person": stranger.pk,
            "role": "member",
            "started_on-day": "1",
            "started_on-month": "2",
            "started_on-year": "2026",
        },
    )
    assert response.status_code == 200
    assert "Select a valid choice" in response.content.decode()
    assert not Membership.objects.filter(person=stranger).exists()
