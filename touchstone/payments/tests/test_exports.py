"""The finance export: approved claims once only, stable columns, exact re-export."""

import csv
import datetime
import io

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
