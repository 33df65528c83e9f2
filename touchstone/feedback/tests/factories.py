"""Factories for feedback tests."""

import datetime

import factory

from touchstone.core.tests.factories import GroupFactory, PersonFactory, ProgrammeFactory
from touchstone.feedback.choices import GiverKind, Source
from touchstone.feedback.models import Action, Decision, FeedbackEvent, FeedbackItem, Theme


class EventFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = FeedbackEvent

    programme = factory.SubFactory(ProgrammeFactory)
    title = "Community event at the library"
    held_on = datetime.date(2026, 11, 20)
    source = Source.COMMUNITY_EVENT
    question = "What would make getting help easier?"


class ItemFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = FeedbackItem

    programme = factory.SubFactory(ProgrammeFactory)
    text = factory.Sequence(lambda n: f"The bus to the clinic stops too early, comment {n}.")
    source = Source.COMMUNITY_EVENT
    received_on = datetime.date(2026, 11, 1)
    giver_kind = GiverKind.PUBLIC


class ThemeFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Theme

    programme = factory.SubFactory(ProgrammeFactory)
    name = factory.Sequence(lambda n: f"Theme {n}")


class DecisionFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Decision

    programme = factory.SubFactory(ProgrammeFactory)
    group = factory.SubFactory(GroupFactory, programme=factory.SelfAttribute("..programme"))
    title = "Evening clinic on Thursdays"
    decided = "Open the clinic until 8pm on Thursdays, because people work days."
    decided_on = datetime.date(2026, 11, 10)
    status = "agreed"


class ActionFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Action
        skip_postgeneration_save = True

    programme = factory.SubFactory(ProgrammeFactory)
    decision = factory.SubFactory(DecisionFactory, programme=factory.SelfAttribute("..programme"))
    description = "Agree the rota with the practice"
    owner = factory.SubFactory(PersonFactory, kind="commissioner")
    due_on = datetime.date(2026, 12, 1)

    @factory.post_generation
    def on_register(self, create, extracted, **kwargs):
        """Put the owner on the programme's register, as the service insists."""
        if create:
            self.owner.programmes.add(self.programme)
