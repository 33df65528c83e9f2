"""The one API, at /api/v1/: deny by default, the same services as the pages.

Machine clients send `Authorization: Bearer <token>`; pages in the browser may call
it with their session (and CSRF token).
"""

from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.utils import timezone
from ninja import NinjaAPI
from ninja.errors import ValidationError
from ninja.security import HttpBearer, SessionAuth

from touchstone.accounts.models import ApiToken, hash_token
from touchstone.core.errors import ServiceError


class TokenAuth(HttpBearer):
    """Accept an API token, recording when it was last used."""

    def authenticate(self, request, token):
        found = (
            ApiToken.objects.select_related("user")
            .filter(key_hash=hash_token(token), revoked_at__isnull=True, user__is_active=True)
            .first()
        )
        if found is None:
            return None
        ApiToken.objects.filter(pk=found.pk).update(last_used_at=timezone.now())
        request.user = found.user
        return found.user


api = NinjaAPI(
    title="Touchstone API",
    version="1",
    description="Programmes, governance groups, people and co-production checks.",
    auth=[TokenAuth(), SessionAuth(csrf=True)],
    urls_namespace="api",
)


@api.exception_handler(ServiceError)
def service_error(request, error: ServiceError):
    detail = {"detail": error.message}
    if error.field:
        detail["errors"] = {error.field: [error.message]}
    return api.create_response(request, detail, status=400)


@api.exception_handler(PermissionDenied)
def permission_denied(request, error):
    return api.create_response(
        request, {"detail": str(error) or "You do not have permission to do this."}, status=403
    )


@api.exception_handler(Http404)
def not_found(request, error):
    return api.create_response(request, {"detail": "Not found."}, status=404)


# Pydantic's wording where it is not plain enough for the people reading the answer.
PLAIN_MESSAGES = {
    "missing": "Enter a value for this field.",
    "extra_forbidden": "This field is not recognised. Check its spelling.",
}


def _plain_message(item: dict) -> str:
    """Return a validation message as a person should read it."""
    message = PLAIN_MESSAGES.get(item.get("type", ""), item.get("msg") or "This is not valid.")
    return message.removeprefix("Value error, ")


@api.exception_handler(ValidationError)
def validation_error(request, error: ValidationError):
    errors: dict[str, list[str]] = {}
    for item in error.errors:
        location = [str(part) for part in item.get("loc", [])]
        if location[:1] in (["body"], ["query"], ["path"], ["header"], ["cookie"]):
            location = location[1:]
        if location[:1] in (["payload"], ["filters"]):  # the handlers' parameter names
            location = location[1:]
        errors.setdefault(".".join(location) or "body", []).append(_plain_message(item))
    return api.create_response(
        request, {"detail": "Some values are not right.", "errors": errors}, status=422
    )


def _register_routers() -> None:
    """Attach each app's router; kept in one place so the API's shape is easy to see."""
    from touchstone.drafts.api import router as drafts_router
    from touchstone.feedback.api import router as feedback_router
    from touchstone.meetings.api import router as meetings_router
    from touchstone.people.api import router as people_router
    from touchstone.programmes.api import router as programmes_router
    from touchstone.recruitment.api import router as recruitment_router

    api.add_router("/programmes", programmes_router)
    api.add_router("/programmes", people_router)
    api.add_router("/programmes", drafts_router)
    api.add_router("/programmes", recruitment_router)
    api.add_router("/programmes", meetings_router)
    api.add_router("/programmes", feedback_router)


_register_routers()
