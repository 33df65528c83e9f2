"""Pages for design documents and their versions."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.shortcuts import redirect, render

from touchstone.accounts import access
from touchstone.core.errors import ServiceError
from touchstone.core.forms import add_service_error
from touchstone.programmes.selectors import group_list_for

from . import documents, selectors
from .decision_forms import DocumentForm, VersionForm
from .views import MANAGE, _programme


@login_required
def document_list(request, slug):
    programme = _programme(request, slug)
    can_manage = access.can(request.user, MANAGE, programme)
    form = None
    if can_manage:
        groups = group_list_for(actor=request.user, programme=programme)
        form = DocumentForm(request.POST or None, groups=groups)
    if request.method == "POST" and can_manage and form.is_valid():
        try:
            document = documents.document_create(
                actor=request.user, programme=programme, **form.cleaned_data
            )
        except ServiceError as error:
            add_service_error(form, error)
        else:
            messages.success(request, "Document started. Add its first version.")
            return redirect(document.get_absolute_url())
    status = 400 if request.method == "POST" else 200
    if request.method == "POST" and not can_manage:
        access.require(request.user, MANAGE, programme)
    context = {
        "programme": programme,
        "documents": selectors.document_list(programme=programme),
        "can_manage": can_manage,
        "form": form,
    }
    return render(request, "feedback/document_list.jinja", context, status=status)


@login_required
def document_detail(request, slug, pk):
    programme = _programme(request, slug)
    document = selectors.document_get(programme=programme, pk=pk)
    can_manage = access.can(request.user, MANAGE, programme)
    form = None
    if can_manage:
        feedback = selectors.recent_items(programme=programme)
        form = VersionForm(request.POST or None, feedback=feedback)
    if request.method == "POST":
        access.require(request.user, MANAGE, programme)
        if form.is_valid():
            try:
                version = documents.version_add(
                    actor=request.user,
                    document=document,
                    summary=form.cleaned_data["summary"],
                    link=form.cleaned_data["link"],
                    changes=form.changes(),
                )
            except ServiceError as error:
                add_service_error(form, error)
            else:
                messages.success(request, f"Version {version.number} added.")
                return redirect(document.get_absolute_url())
    status = 400 if request.method == "POST" else 200
    context = {
        "programme": programme,
        "document": document,
        "versions": list(document.versions.all()),
        "can_manage": can_manage,
        "form": form,
    }
    return render(request, "feedback/document_detail.jinja", context, status=status)
