"""The finance export: approved claims once only, stable columns, exact re-export."""

import csv
import datetime
import io
import time

import openpyxl
import pytest
from django.urls import reverse
from django.utils import timezone

from touchstone.core.errors import ServiceError
from touchstone.payments import claims, exports, workflow
from touchstone.payments.models import Claim, ExportBatch

LAST_WEEK = timezone.localdate() - datetime.timedelta(days=7)


@pytest.fixture
def approved(draft, member, manager):
    claims.expense_add(
        actor=member, claim=draft, kind="parking", on=LAST_WEEK, description="P", amount_pence=1250
    )
    workflow.claim_submit(actor=member, claim=draft)
    return workflow.claim_approve(actor=manager, claim=draft)


def test_an_export_lists_approved_claims_in_fixed_columns(approved, manager, programme):
    batch = exports.export_approved(actor=manager, programme=programme)
    rows = list(csv.reader(io.StringIO(batch.content)))
    assert rows[0] == exports.COLUMNS
    assert rows[1][0] == str(approved.pk)
    assert rows[1][6:] == ["1250", "12.50"]
    assert Claim.objects.get().export_batch == batch


def test_nothing_goes_to_finance_twice(approved, manager, programme):
    exports.export_approved(actor=manager, programme=programme)
    with pytest.raises(ServiceError, match="no approved claims waiting"):
        exports.export_approved(actor=manager, programme=programme)
    assert ExportBatch.objects.count() == 1


def test_a_past_batch_downloads_exactly_as_it_was_made(
    approved, manager, manager_client, programme
):
    batch = exports.export_approved(actor=manager, programme=programme)
    approved.person.full_name = "Renamed Later"
    approved.person.save()
    response = manager_client.get(
        reverse("payments:export_download", args=[programme.slug, batch.pk])
    )
    assert response.content.decode() == batch.content
    assert "Renamed Later" not in response.content.decode()


def test_a_name_that_looks_like_a_formula_is_made_safe(approved, manager, programme):
    approved.person.full_name = "=HYPERLINK(1)"
    approved.person.save()
    batch = exports.export_approved(actor=manager, programme=programme)
    assert "'=HYPERLINK(1)" in batch.content


def test_only_approvers_export(member_client, programme):
    response = member_client.get(reverse("payments:export_list", args=[programme.slug]))
    assert response.status_code == 403


def test_the_export_page_makes_a_batch(approved, manager_client, programme):
    address = reverse("payments:export_list", args=[programme.slug])
    assert manager_client.post(address).status_code == 302
    assert manager_client.post(address).status_code == 400
    assert ExportBatch.objects.get().claim_count == 1


def _xlsx(client, programme, batch):
    response = client.get(reverse("payments:export_download_xlsx", args=[programme.slug, batch.pk]))
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/vnd.openxmlformats")
    return response.content


def test_an_excel_download_of_a_batch_is_the_same_bytes_every_time(
    approved, manager, manager_client, programme, monkeypatch
):
    batch = exports.export_approved(actor=manager, programme=programme)
    first = _xlsx(manager_client, programme, batch)
    approved.person.full_name = "Renamed Later"
    approved.person.save()
    an_hour_later = time.time() + 3600
    monkeypatch.setattr(time, "time", lambda: an_hour_later)  # the zip would stamp this
    again = _xlsx(manager_client, programme, batch)
    assert first == again


def test_the_excel_export_has_the_csv_columns_and_amounts_as_numbers(
    approved, manager, manager_client, programme
):
    batch = exports.export_approved(actor=manager, programme=programme)
    book = openpyxl.load_workbook(io.BytesIO(_xlsx(manager_client, programme, batch)))
    rows = list(book["Claims"].iter_rows(values_only=True))
    csv_rows = list(csv.reader(io.StringIO(batch.content)))
    assert list(rows[0]) == csv_rows[0] == exports.COLUMNS
    assert [str(value) for value in rows[1][:4]] == csv_rows[1][:4]
    assert rows[1][6:] == (1250, 12.5)
    assert book["Claims"]["H2"].number_format == "0.00"
    assert book.properties.created == batch.created_at.astimezone(datetime.UTC).replace(
        tzinfo=None, microsecond=0
    )


def test_only_approvers_download_the_excel_export(approved, manager, member_client, programme):
    batch = exports.export_approved(actor=manager, programme=programme)
    address = reverse("payments:export_download_xlsx", args=[programme.slug, batch.pk])
    assert member_client.get(address).status_code == 403
