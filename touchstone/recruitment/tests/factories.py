"""Factories for recruitment tests."""

import factory
from django.utils import timezone

from touchstone.core.tests.factories import GroupFactory, ProgrammeFactory
from touchstone.recruitment.choices import Payment, Route, Stage
from touchstone.recruitment.demographics import CONSENT_VERSION
from touchstone.recruitment.models import Candidate, Demographics, RoleProfile


class RoleProfileFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = RoleProfile

    programme = factory.SubFactory(ProgrammeFactory)
    group = factory.SubFactory(GroupFactory, programme=factory.SelfAttribute("..programme"))
    title = factory.Sequence(lambda n: f"Lay partner {n}")
    involves = "Helping to design joined-up care for older people, as an equal partner."
    hours_per_month = 8
    meetings = "One 2-hour meeting a fortnight, in the evening."
    payment = Payment.PAID


class CandidateFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Candidate

    programme = factory.SubFactory(ProgrammeFactory)
    role_profile = factory.SubFactory(
        RoleProfileFactory, programme=factory.SelfAttribute("..programme")
    )
    route = Route.APPLIED
    stage = Stage.IN_POOL
    full_name = factory.Faker("name", locale="en_GB")
    email = factory.Sequence(lambda n: f"candidate{n}@example.org")


class DemographicsFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Demographics

    candidate = factory.SubFactory(CandidateFactory)
    answers = factory.LazyFunction(lambda: {"age_band": "65 to 74", "gender": "Woman"})
    consented_at = factory.LazyFunction(timezone.now)
    consent_version = CONSENT_VERSION
