"""Corrections are kept and audited, and retraining makes a model later runs use."""

import pytest
from django.urls import reverse

from touchstone.core.models import AuditEntry
from touchstone.feedback.tests.factories import ItemFactory
from touchstone.insight import adapters
from touchstone.insight.models import InsightRun, ModelTraining, ThemeCorrection

from .factories import RowFactory

pytestmark = pytest.mark.django_db

TEXT = "Nowhere to park, the car park was full and I was late"


def _correct(client, programme, row, themes):
    url = reverse("insight:row_correct", args=[programme.slug, row.pk])
    return client.post(url, {"themes": themes})


def test_a_correction_is_kept_with_who_and_when_and_audited(manager_client, programme, manager):
    row = RowFactory(run__programme=programme, text=TEXT, themes=["Waiting"])
    response = _correct(manager_client, programme, row, ["Parking"])
    assert response["Location"] == row.run.get_absolute_url()
    correction = ThemeCorrection.objects.get()
    assert (correction.text, correction.themes) == (TEXT, ["Parking"])
    assert correction.corrected_by == manager and correction.programme == programme
    row.refresh_from_db()
    assert row.themes == ["Parking"] and row.corrected
    entry = AuditEntry.objects.get(action="insight.correct")
    assert entry.changes == {"themes": [["Waiting"], ["Parking"]]}
    page = manager_client.get(reverse("insight:model", args=[programme.slug]))
    assert TEXT in page.text and "Retrain with corrections" in page.text


def test_a_theme_outside_the_framework_is_refused(manager_client, programme):
    row = RowFactory(run__programme=programme)
    response = _correct(manager_client, programme, row, ["Made up"])
    assert response.status_code == 400 and "Select a valid choice" in response.text
    assert not ThemeCorrection.objects.exists()


def test_retraining_uses_the_corrections_and_later_runs_use_that_model(
    manager_client, programme, django_capture_on_commit_callbacks
):
    corrected = "The bus from the station never comes on a Sunday"
    for position in range(3):
        row = RowFactory(run__programme=programme, text=corrected, position=position, themes=[])
        _correct(manager_client, programme, row, ["Parking"])
    with django_capture_on_commit_callbacks(execute=True):
        manager_client.post(reverse("insight:model_retrain", args=[programme.slug]))
    training = ModelTraining.objects.get()
    assert (training.status, training.corrections) == ("finished", 1)
    assert AuditEntry.objects.filter(action="insight_model.retrain").exists()
    model = adapters.programme_model(programme.pk)
    assert adapters.programme_model_path(programme.pk).name == f"programme-{programme.pk}.joblib"
    assert model.examples == len(adapters.base_examples().texts) + 1
    assert adapters.Classifier(model).classify([corrected])[0].themes == ["Parking"]

    ItemFactory(programme=programme, text=corrected)
    with django_capture_on_commit_callbacks(execute=True):
        manager_client.post(reverse("insight:run_start", args=[programme.slug]))
    run = InsightRun.objects.filter(source="feedback", rows__item__isnull=False).distinct().get()
    assert run.model_name.startswith("This programme's model (the NHS framework plus 1 correction")
    assert run.rows.get().themes == ["Parking"]
    assert "This programme&#39;s model" in manager_client.get(run.get_absolute_url()).text


def test_retraining_with_no_corrections_is_refused(manager_client, programme):
    response = manager_client.post(
        reverse("insight:model_retrain", args=[programme.slug]), follow=True
    )
    assert "Correct the themes of at least one comment" in response.text
    assert not ModelTraining.objects.exists()
