"""Pages cost the same number of queries however much history a person has."""

import datetime

from django.db import connection
from django.test.utils import CaptureQueriesContext

from touchstone.core.tests import factories


def queries_for_person_page(client, person) -> int:
    with CaptureQueriesContext(connection) as queries:
        response = client.get(f"/programmes/healthier-together/people/{person.pk}/")
    assert response.status_code == 200
    return len(queries)


def test_person_page_queries_do_not_grow_with_their_memberships(manager_client, programme):
    person = factories.PersonFactory(full_name="Ada Lovelace", programmes=[programme])
    factories.MembershipFactory(person=person, group__programme=programme)
    with_one = queries_for_person_page(manager_client, person)
    for _ in range(4):
        factories.MembershipFactory(person=person, group__programme=programme)
        factories.MembershipFactory(
            person=person,
            group__programme=programme,
            ended_on=datetime.date(2026, 3, 1),
            end_reason="Moved away",
        )
    assert queries_for_person_page(manager_client, person) == with_one
