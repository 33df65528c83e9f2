"""Finance exports: make a batch of approved claims, download any batch again."""

from django import forms
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404
from django.shortcuts import redirect, render

from touchstone.core.downloads import private_download
from touchstone.core.errors import ServiceError
from touchstone.core.forms import add_service_error
from touchstone.programmes.selectors import programme_for

from . import exports, selectors, workbook
from .models import Claim, ExportBatch, Status

XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


@login_required
def export_list(request, slug):
    programme = programme_for(actor=request.user, slug=slug, ability=selectors.APPROVE)
    form = forms.Form(request.POST if request.method == "POST" else None)
    if request.method == "POST":
        try:
            batch = exports.export_approved(actor=request.user, programme=programme)
        except ServiceError as error:
            add_service_error(form, error)
        else:
            messages.success(
                request,
                f"{batch.claim_count} claim{'s' if batch.claim_count != 1 else ''}, "
                f"{batch.total}, {'are' if batch.claim_count != 1 else 'is'} ready for finance.",
            )
            return redirect("payments:export_list", programme.slug)
    waiting = Claim.objects.filter(
        programme=programme, status=Status.APPROVED, export_batch__isnull=True
    ).count()
    context = {
        "programme": programme,
        "form": form,
        "waiting": waiting,
        "batches": ExportBatch.objects.filter(programme=programme),
    }
    status = 400 if form.errors else 200
    return render(request, "payments/export_list.jinja", context, status=status)


def _batch(request, slug, batch_pk):
    programme = programme_for(actor=request.user, slug=slug, ability=selectors.APPROVE)
    batch = ExportBatch.objects.filter(programme=programme, pk=batch_pk).first()
    if batch is None:
        raise Http404("Export not found")
    return programme, batch


@login_required
def export_download(request, slug, batch_pk):
    """Send a batch's file exactly as it was first made."""
    programme, batch = _batch(request, slug, batch_pk)
    name = f"{programme.slug}-claims-{batch.pk}.csv"
    return private_download(batch.content, "text/csv; charset=utf-8", name)


@login_required
def export_download_xlsx(request, slug, batch_pk):
    """Send a batch as an Excel workbook, the same bytes every time."""
    programme, batch = _batch(request, slug, batch_pk)
    name = f"{programme.slug}-claims-{batch.pk}.xlsx"
    return private_download(workbook.as_xlsx(batch), XLSX, name)
