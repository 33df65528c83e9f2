"""'You said, we did' for people in the programme: the page, publishing it, and exports."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse

from touchstone.accounts import access
from touchstone.programmes.selectors import group_get_for

from . import exports, results, selectors, services
from .forms import ResultsPageForm
from .models import ResultsPage
from .views import MANAGE, _programme

FORMATS = {
    "csv": ("text/csv; charset=utf-8", "csv"),
    "docx": (
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        "docx",
    ),
    "html": ("text/html; charset=utf-8", "html"),
}


DOWNLOADS = [("Web page (HTML)", "html"), ("Spreadsheet (CSV)", "csv"), ("Word document", "docx")]


def _scope(request, programme, group_pk, event_pk):
    """Return the group or event the page is about, and its title."""
    group = event = None
    title = f"You said, we did: {programme.name}"
    if group_pk is not None:
        group = group_get_for(actor=request.user, programme=programme, pk=group_pk)
        title = f"You said, we did: {group.name}"
    if event_pk is not None:
        event = selectors.event_get(programme=programme, pk=event_pk)
        title = f"You said, we did: {event.title}"
    return group, event, title


@login_required
def results_page(request, slug, group_pk=None, event_pk=None):
    """Everything with a response; 'public' shows it as the public will see it."""
    programme = _programme(request, slug)
    group, event, title = _scope(request, programme, group_pk, event_pk)
    public = request.GET.get("as") == "public"
    report = results.results_for(programme, public=public, group=group, event=event, title=title)
    page = ResultsPage.objects.filter(programme=programme).first()
    public_url = None
    if page and page.is_published:
        public_url = reverse("give:results", args=[slug])
        if group:
            public_url = reverse("give:group_results", args=[slug, group.pk])
        if event:
            public_url = reverse("give:event_results", args=[slug, event.code])
    export_args = [slug, *([event.pk] if event else [group.pk] if group else [])]
    export_name = "event_results_export" if event else "group_results_export" if group else None
    downloads = [
        (label, reverse(f"feedback:{export_name or 'results_export'}", args=[*export_args, fmt]))
        for label, fmt in DOWNLOADS
    ]
    context = {
        "programme": programme,
        "results": report,
        "downloads": downloads,
        "group": group,
        "event": event,
        "public_url": public_url,
        "can_manage": access.can(request.user, MANAGE, programme),
        "here": request.path,
    }
    return render(request, "feedback/results.jinja", context)


@login_required
def results_export(request, slug, fmt, group_pk=None, event_pk=None):
    """Download the public version as a file: only what may be published goes out."""
    programme = _programme(request, slug)
    group, event, title = _scope(request, programme, group_pk, event_pk)
    if fmt not in FORMATS:
        raise Http404("We can export as csv, docx or html.")
    report = results.results_for(programme, public=True, group=group, event=event, title=title)
    content_type, extension = FORMATS[fmt]
    if fmt == "csv":
        body = exports.as_csv(report)
    elif fmt == "docx":
        body = exports.as_docx(report)
    else:
        body = exports.as_html(report, programme=programme)
    response = HttpResponse(body, content_type=content_type)
    name = f"you-said-we-did-{programme.slug}.{extension}"
    response["Content-Disposition"] = f'attachment; filename="{name}"'
    return response


@login_required
def results_settings(request, slug):
    programme = _programme(request, slug, MANAGE)
    page = ResultsPage.objects.filter(programme=programme).first() or ResultsPage()
    form = ResultsPageForm(
        request.POST or None,
        initial={"is_published": page.is_published, "introduction": page.introduction},
    )
    if request.method == "POST" and form.is_valid():
        page = services.results_page_update(
            actor=request.user, programme=programme, **form.cleaned_data
        )
        messages.success(
            request, "The page is published." if page.is_published else "The page is not public."
        )
        return redirect("feedback:results", slug=slug)
    status = 400 if request.method == "POST" else 200
    context = {"programme": programme, "form": form, "page": page}
    return render(request, "feedback/results_settings.jinja", context, status=status)
