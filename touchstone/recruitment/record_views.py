"""Download a finished selection as a record with ids only, to publish or to check."""

from django.contrib.auth.decorators import login_required
from django.http import Http404, JsonResponse

from .choices import RunStatus
from .record import run_record
from .selection_views import run_for_request


@login_required
def run_record_download(request, slug, pk):
    run = run_for_request(request, slug, pk)
    if run.status != RunStatus.FINISHED:
        raise Http404("This selection has not finished")
    response = JsonResponse(run_record(run), json_dumps_params={"indent": 2})
    response["Content-Disposition"] = f'attachment; filename="selection-{run.pk}.json"'
    return response
