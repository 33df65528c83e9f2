"""Factories for tests: realistic rows with the fewest fields a test must name."""

import datetime

import factory

from touchstone.accounts.models import ProgrammeRole, Role, User
from touchstone.people.models import (
    Engagement,
    EngagementStatus,
    Membership,
    Organisation,
    Person,
    PersonKind,
)
from touchstone.programmes.models import DesignModule, Group, GroupKind, Programme


class UserFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = User
        django_get_or_create = ("email",)

    email = factory.Sequence(lambda n: f"user{n}@example.org")
    full_name = factory.Faker("name", locale="en_GB")
    password = factory.django.Password("correct-horse-battery")


class ProgrammeFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Programme

    slug = factory.Sequence(lambda n: f"programme-{n}")
    name = factory.Sequence(lambda n: f"Programme {n}")
    area = "North West London"
    purpose = "Design integrated care with the people who use it."
    starts_on = datetime.date(2026, 1, 1)


class RoleFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = ProgrammeRole

    user = factory.SubFactory(UserFactory)
    programme = factory.SubFactory(ProgrammeFactory)
    role = Role.PROGRAMME_MANAGER


class ModuleFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = DesignModule

    programme = factory.SubFactory(ProgrammeFactory)
    name = factory.Sequence(lambda n: f"Module {n}")


class GroupFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Group

    programme = factory.SubFactory(ProgrammeFactory)
    name = factory.Sequence(lambda n: f"Group {n}")
    kind = GroupKind.OTHER
    min_lay_partners = 0


class OrganisationFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Organisation

    name = factory.Sequence(lambda n: f"Organisation {n}")
    category = "gp_practice"


class EngagementFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Engagement

    programme = factory.SubFactory(ProgrammeFactory)
    organisation = factory.SubFactory(OrganisationFactory)
    status = EngagementStatus.ENGAGED


class PersonFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Person
        skip_postgeneration_save = True

    full_name = factory.Faker("name", locale="en_GB")
    kind = PersonKind.LAY_PARTNER
    email = factory.Sequence(lambda n: f"person{n}@example.org")

    @factory.post_generation
    def programmes(self, create, extracted, **kwargs):
        if create and extracted:
            self.programmes.add(*extracted)


class MembershipFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Membership

    person = factory.SubFactory(PersonFactory)
    group = factory.SubFactory(GroupFactory)
    role = "member"
    started_on = datetime.date(2026, 1, 5)
