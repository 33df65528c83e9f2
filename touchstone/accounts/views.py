"""Sign in by emailed link or by password, sign out, and manage API tokens."""

from django.conf import settings
from django.contrib import messages
from django.contrib.auth import login, logout
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.shortcuts import redirect, render
from django.utils.http import url_has_allowed_host_and_scheme
from django.views.decorators.http import require_POST

from touchstone.core import ratelimit
from touchstone.core.errors import ServiceError
from touchstone.core.forms import add_service_error

from . import services
from .forms import ApiTokenForm, EmailLinkForm, PasswordSignInForm

WINDOW = 15 * 60
TOO_MANY = "You have tried too many times. Wait 15 minutes, then try again."


def _within_limits(request, email: str, *, per_email: int, per_address: int) -> bool:
    """Count this attempt for the address asked about and for the computer asking."""
    by_email = ratelimit.allow(
        f"{request.resolver_match.url_name}:email:{email.lower()}", limit=per_email, window=WINDOW
    )
    by_address = ratelimit.allow(
        f"{request.resolver_match.url_name}:ip:{ratelimit.client_address(request)}",
        limit=per_address,
        window=WINDOW,
    )
    return by_email and by_address


def _next_url(request) -> str:
    target = request.POST.get("next") or request.GET.get("next") or ""
    if url_has_allowed_host_and_scheme(target, {request.get_host()}, request.is_secure()):
        return target
    return "/programmes/"


def sign_in(request):
    """Ask for an email address and send a one-time sign-in link."""
    form = EmailLinkForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        if not _within_limits(request, form.cleaned_data["email"], per_email=5, per_address=30):
            form.add_error("email", TOO_MANY)
            return render(
                request,
                "accounts/sign_in.jinja",
                {"form": form, "next": _next_url(request)},
                status=429,
            )
        services.magic_link_send(
            email=form.cleaned_data["email"], base_url=request.build_absolute_uri("/")
        )
        return redirect("accounts:check_email")
    return render(request, "accounts/sign_in.jinja", {"form": form, "next": _next_url(request)})


def _link_minutes() -> int:
    return max(1, settings.MAGIC_LINK_MAX_AGE // 60)


def check_email(request):
    return render(request, "accounts/check_email.jinja", {"minutes": _link_minutes()})


def sign_in_password(request):
    """Sign staff in with their email address and password."""
    blocked = request.method == "POST" and not _within_limits(
        request, request.POST.get("email", ""), per_email=10, per_address=50
    )
    form = PasswordSignInForm(
        request.POST or None, request=request, refuse_with=TOO_MANY if blocked else None
    )
    if request.method == "POST" and form.is_valid():
        login(request, form.user)
        return redirect(_next_url(request))
    context = {"form": form, "next": _next_url(request)}
    return render(
        request, "accounts/sign_in_password.jinja", context, status=429 if blocked else 200
    )


def magic_link(request, uidb64, token):
    """Show a button that signs in, so email scanners that open links do not use them up."""
    user = services.magic_link_user(uidb64=uidb64, token=token)
    if user is None:
        return render(
            request, "accounts/link_expired.jinja", {"minutes": _link_minutes()}, status=400
        )
    if request.method == "POST":
        login(request, user, backend="django.contrib.auth.backends.ModelBackend")
        messages.success(request, "You are signed in.")
        return redirect("programmes:list")
    return render(request, "accounts/magic_link.jinja", {"user": user})


@require_POST
def sign_out(request):
    logout(request)
    messages.success(request, "You have signed out.")
    return redirect("accounts:sign_in")


@login_required
def tokens(request):
    """Let staff create API tokens for their own scripts; the secret is shown once."""
    if not request.user.is_staff:
        raise PermissionDenied("Only staff can create API tokens.")
    if request.method == "POST" and request.POST.get("action") == "revoke":
        try:
            token = services.api_token_revoke(
                actor=request.user, token_id=int(request.POST.get("token", "0"))
            )
        except (ServiceError, ValueError):
            messages.error(request, "That token does not exist or has already been revoked.")
        else:
            messages.success(request, f"The token '{token.name}' no longer works.")
        return redirect("accounts:tokens")
    form = ApiTokenForm(request.POST or None)
    secret = None
    if request.method == "POST" and form.is_valid():
        try:
            _, secret = services.api_token_create(
                actor=request.user, name=form.cleaned_data["name"]
            )
        except ServiceError as error:
            add_service_error(form, error)
        else:
            form = ApiTokenForm()
    return render(
        request,
        "accounts/tokens.jinja",
        {
            "form": form,
            "secret": secret,
            "tokens": request.user.api_tokens.filter(revoked_at__isnull=True).order_by(
                "-created_at"
            ),
        },
    )
