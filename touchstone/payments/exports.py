"""The finance export: approved claims not yet sent, in a column layout that never changes.

Each export is a batch that keeps its file, so nothing goes out twice and a past batch
can be downloaded again exactly as it was. Bank details are never held here.
"""

import csv
import io

from django.db import transaction
from django.utils import timezone

from touchstone.accounts import access
from touchstone.core import audit
from touchstone.core.errors import ServiceError

from .models import Claim, ExportBatch, Status
from .selectors import APPROVE

COLUMNS = [
    "claim_id",
    "person_id",
    "person_name",
    "role",
    "approved_on",
    "approved_by",
    "amount_pence",
    "amount_pounds",
]


def _safe(value: str) -> str:
    """Stop a spreadsheet reading a cell as a formula."""
    return f"'{value}" if value[:1] in ("=", "+", "-", "@", "\t", "\r") else value


def as_csv(claims) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(COLUMNS)
    for claim in claims:
        approver = claim.approved_by
        writer.writerow(
            [
                claim.pk,
                claim.person_id,
                _safe(claim.person.full_name),
                _safe(claim.role.name),
                timezone.localdate(claim.approved_at).isoformat(),
                _safe(approver.get_full_name() or approver.email) if approver else "",
                claim.total_pence,
                f"{claim.total_pence // 100}.{claim.total_pence % 100:02d}",
            ]
        )
    return out.getvalue()


def export_approved(*, actor, programme) -> ExportBatch:
    """Put every approved claim not yet exported into a new batch, and mark them exported."""
    access.require(actor, APPROVE, programme)
    with transaction.atomic():
        claims = list(
            Claim.objects.select_for_update(of=("self",))
            .filter(programme=programme, status=Status.APPROVED, export_batch__isnull=True)
            .select_related("person", "role", "approved_by")
            .order_by("pk")
        )
        if not claims:
            raise ServiceError("There are no approved claims waiting to go to finance.")
        batch = ExportBatch.objects.create(
            programme=programme,
            content=as_csv(claims),
            claim_count=len(claims),
            total_pence=sum(claim.total_pence for claim in claims),
            created_by=actor,
        )
        Claim.objects.filter(pk__in=[c.pk for c in claims]).update(
            export_batch=batch, exported_at=batch.created_at
        )
        audit.record(
            actor=actor,
            action="claim.export",
            target=batch,
            programme=programme,
            changes={"claims": [None, [c.pk for c in claims]], "total": [None, batch.total_pence]},
        )
    return batch
