"""Factories for papers tests."""

import datetime

import factory
from django.utils import timezone

from touchstone.meetings.tests.factories import MeetingFactory
from touchstone.papers.models import Minutes, Paper


class PaperFactory(factory.django.DjangoModelFactory):
    """A written paper, added in good time."""

    class Meta:
        model = Paper

    meeting = factory.SubFactory(MeetingFactory)
    title = factory.Sequence(lambda n: f"Paper {n}")
    text = "We want to open the clinic in the evening."
    deadline = factory.LazyFunction(lambda: timezone.now() + datetime.timedelta(days=7))
    reading_age = 9.5
    findings = factory.LazyFunction(lambda: {"high": 0, "medium": 1, "low": 2})


class MinutesFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Minutes

    meeting = factory.SubFactory(MeetingFactory)
    text = "Everyone agreed to open the clinic in the evening."
