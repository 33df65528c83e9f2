"""Design documents and their versions, each version naming the feedback that changed it."""

from django.db import transaction
from django.db.models import Max

from touchstone.accounts import access
from touchstone.core import audit
from touchstone.core.errors import ServiceError

from .models import DesignDocument, DocumentVersion, VersionChange

MANAGE = "manage_feedback"


def document_create(*, actor, programme, title: str, group=None) -> DesignDocument:
    """Start a design document, such as the draft model of care."""
    access.require(actor, MANAGE, programme)
    title = (title or "").strip()
    if not title:
        raise ServiceError("Enter the document's title.", field="title")
    if group is not None and group.programme_id != programme.pk:
        raise ServiceError("Choose a group in this programme.", field="group")
    with transaction.atomic():
        document = DesignDocument.objects.create(programme=programme, title=title, group=group)
        audit.record(actor=actor, action="document.create", target=document, programme=programme)
    return document


def version_add(
    *, actor, document: DesignDocument, summary: str, link: str = "", changes=()
) -> DocumentVersion:
    """Add the next version, with how each piece of feedback changed it.

    `changes` is a list of (feedback item, how it changed the document) pairs.
    """
    programme = document.programme
    access.require(actor, MANAGE, programme)
    summary = (summary or "").strip()
    if not summary:
        raise ServiceError("Say what changed in this version.", field="summary")
    seen = set()
    for item, how in changes:
        if item.programme_id != programme.pk:
            raise ServiceError("Link feedback from this programme only.", field="changes")
        if item.pk in seen:
            raise ServiceError("Each piece of feedback can be linked once.", field="changes")
        seen.add(item.pk)
        if not (how or "").strip():
            raise ServiceError(f"Say how feedback {item.pk} changed the document.", field="changes")
    with transaction.atomic():
        # Lock the document so two people adding a version at once get numbers in turn.
        DesignDocument.objects.select_for_update().filter(pk=document.pk).first()
        number = (document.versions.aggregate(top=Max("number"))["top"] or 0) + 1
        version = DocumentVersion.objects.create(
            document=document, number=number, summary=summary, link=link.strip(), created_by=actor
        )
        VersionChange.objects.bulk_create(
            VersionChange(version=version, item=item, how=how.strip()[:500])
            for item, how in changes
        )
        audit.record(
            actor=actor,
            action="document.version",
            target=version,
            programme=programme,
            changes={"number": [None, number], "feedback": [None, sorted(seen)]},
        )
    return version
