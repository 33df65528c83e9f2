"""'You said, we did': what shows, to whom, and in which files."""

import csv
import io

import pytest
from docx import Document

from touchstone.feedback import exports, results
from touchstone.feedback.choices import FeedbackStatus, Outcome, Visibility

from .factories import ActionFactory, DecisionFactory, ItemFactory, ThemeFactory

pytestmark = pytest.mark.django_db


def _responded(programme, text, *, visibility=Visibility.PUBLIC, themes=(), **extra):
    item = ItemFactory(
        programme=programme,
        text=text,
        visibility=visibility,
        status=FeedbackStatus.RESPONDED,
        outcome=extra.pop("outcome", Outcome.CHANGED),
        response=extra.pop("response", "We changed it."),
        **extra,
    )
    item.themes.set(themes)
    return item


def test_public_results_show_only_public_feedback_with_personal_data_taken_out(programme):
    transport = ThemeFactory(programme=programme, name="Transport")
    _responded(programme, "Nurse Julie said the bus stops at 5pm.", themes=[transport])
    _responded(programme, "Internal note about a complaint.", visibility=Visibility.INTERNAL)
    ItemFactory(programme=programme, visibility=Visibility.PUBLIC)  # no response yet
    report = results.results_for(programme, public=True, title="t")
    texts = [e.text for s in report.sections for e in s.entries]
    assert texts == ["Nurse [NAME] said the bus stops at 5pm."]
    assert report.waiting == 1
    signed_in = results.results_for(programme, public=False, title="t")
    assert len([e for s in signed_in.sections for e in s.entries]) == 2


def test_feedback_is_grouped_by_theme_with_the_unthemed_last(programme):
    a, b = ThemeFactory(programme=programme, name="Access"), ThemeFactory(programme=programme)
    _responded(programme, "Both", themes=[a, b])
    _responded(programme, "Neither")
    report = results.results_for(programme, public=True, title="t")
    assert [s.name for s in report.sections] == ["Access", b.name, "Other feedback"]
    assert report.responded == 2  # counted once though it sits under two themes


def test_public_results_name_nobody_and_leave_out_proposed_decisions(programme):
    item = _responded(programme, "Later opening please.")
    agreed = DecisionFactory(programme=programme, title="Open later")
    agreed.feedback.add(item)
    ActionFactory(programme=programme, decision=agreed, owner__full_name="Sam Owner")
    proposed = DecisionFactory(programme=programme, title="Maybe Sundays", status="proposed")
    proposed.feedback.add(item)
    public = results.results_for(programme, public=True, title="t")
    entry = public.sections[0].entries[0]
    assert [d.title for d in entry.decisions] == ["Open later"]
    assert entry.decisions[0].actions[0].owner == ""
    inside = results.results_for(programme, public=False, title="t").sections[0].entries[0]
    assert {d.title for d in inside.decisions} == {"Open later", "Maybe Sundays"}
    assert inside.decisions[0].actions[0].owner == "Sam Owner"


def test_what_could_not_change_is_shown_with_the_reason(programme):
    _responded(
        programme,
        "Build a new hospital.",
        outcome=Outcome.NOT_CHANGED,
        response="The money is set nationally.",
    )
    section = results.results_for(programme, public=True, title="t").sections[0]
    assert section.not_changed == 1 and section.changed == 0
    assert section.entries[0].response == "The money is set nationally."


def test_csv_export_has_a_fixed_header_and_defuses_formulas(programme):
    _responded(programme, '=HYPERLINK("http://evil")')
    rows = list(
        csv.reader(
            io.StringIO(exports.as_csv(results.results_for(programme, public=True, title="t")))
        )
    )
    assert rows[0] == exports.CSV_COLUMNS
    assert rows[1][4].startswith("'=")


def test_word_export_holds_the_feedback_and_the_response(programme):
    _responded(programme, "Clearer letters please.", response="We rewrote the letters.")
    body = exports.as_docx(results.results_for(programme, public=True, title="You said, we did"))
    text = "\n".join(p.text for p in Document(io.BytesIO(body)).paragraphs)
    assert "Clearer letters please." in text
    assert "We rewrote the letters." in text
