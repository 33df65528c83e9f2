"""Reads for insight, scoped to the programme asked about (404 for anything else)."""

from django.http import Http404

from .models import InsightRow, InsightRun, ModelTraining, ThemeCorrection


def run_list(*, programme):
    return InsightRun.objects.filter(programme=programme)


def run_get(*, programme, pk) -> InsightRun:
    run = run_list(programme=programme).filter(pk=pk).first()
    if run is None:
        raise Http404("Run not found")
    return run


def row_get(*, programme, pk) -> InsightRow:
    row = InsightRow.objects.select_related("run").filter(run__programme=programme, pk=pk).first()
    if row is None:
        raise Http404("Comment not found")
    return row


def correction_list(*, programme):
    return ThemeCorrection.objects.filter(programme=programme).select_related("corrected_by")


def training_list(*, programme):
    return ModelTraining.objects.filter(programme=programme)
