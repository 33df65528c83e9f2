"""A person's statement of claims and payments, on the page and as a Word document."""

import datetime
import io

import pytest
from django.urls import reverse
from django.utils import timezone
from docx import Document

from touchstone.accounts.models import Role
from touchstone.core.errors import AccessDenied
from touchstone.core.tests import factories
from touchstone.payments import claims, statement, workflow
from touchstone.payments.calculation import tax_year_of

TODAY = timezone.localdate()
LAST_WEEK = TODAY - datetime.timedelta(days=7)


@pytest.fixture
def paid_claim(draft, member, manager):
    claims.expense_add(
        actor=member, claim=draft, kind="parking", on=LAST_WEEK, description="P", amount_pence=900
    )
    workflow.claim_submit(actor=member, claim=draft)
    workflow.claim_approve(actor=manager, claim=draft)
    return workflow.claim_mark_paid(actor=manager, claim=draft, reference="BACS-77", paid_on=TODAY)


def _text(content: bytes) -> str:
    document = Document(io.BytesIO(content))
    cells = [cell.text for table in document.tables for row in table.rows for cell in row.cells]
    return "\n".join([p.text for p in document.paragraphs] + cells)


def _docx_address(programme, person):
    return reverse("payments:statement_docx", args=[programme.slug, person.pk])


def test_a_person_downloads_their_statement_as_a_word_document(
    member_client, paid_claim, paid_lay, programme
):
    response = member_client.get(_docx_address(programme, paid_lay))
    assert response.status_code == 200
    assert response["Content-Disposition"].endswith('.docx"')
    text = _text(response.content)
    assert "BACS-77" in text and "£9.00" in text and "Paid" in text
    year = tax_year_of(paid_claim.paid_on)
    assert f"6 April {year} to 5 April {year + 1}: £9.00" in text
    assert "may affect your benefits" in text


def test_an_approver_downloads_anyones_statement_in_their_programme(
    manager_client, paid_claim, paid_lay, programme
):
    response = manager_client.get(_docx_address(programme, paid_lay))
    assert response.status_code == 200
    assert "Lee Member" in _text(response.content)


def test_another_lay_partner_cannot_have_someone_elses_statement(
    client, paid_claim, paid_lay, programme
):
    other = factories.UserFactory(email="other@example.org")
    factories.RoleFactory(user=other, programme=programme, role=Role.GROUP_MEMBER)
    client.force_login(other)
    assert client.get(_docx_address(programme, paid_lay)).status_code == 404
    with pytest.raises(AccessDenied):
        statement.statement_for(actor=other, programme=programme, person=paid_lay)


def test_a_claim_not_yet_worked_out_says_so_rather_than_showing_nothing(
    member, draft, paid_lay, programme
):
    mine = statement.statement_for(actor=member, programme=programme, person=paid_lay)
    text = _text(statement.as_docx(mine))
    assert "Not worked out yet" in text and "Nothing approved or paid yet." in text
