"""Pages that belong to no programme: the front door, statements and error pages."""

from django.shortcuts import redirect, render


def home(request):
    """Send signed-in people to their programmes and everyone else to sign in."""
    if request.user.is_authenticated:
        return redirect("programmes:list")
    return redirect("accounts:sign_in")


def accessibility(request):
    return render(request, "core/accessibility.jinja")


def privacy(request):
    return render(request, "core/privacy.jinja")


def page_not_found(request, exception=None):
    return render(request, "core/404.jinja", status=404)


def permission_denied(request, exception=None):
    return render(request, "core/403.jinja", status=403)


def server_error(request):
    return render(request, "core/500.jinja", status=500)
