"""Signing in by emailed link, API tokens, and programme roles.

Lay partners should never need a password: they ask for a link, and the link signs
them in once. The link dies when used (it is tied to the last sign-in time) or after
MAGIC_LINK_MAX_AGE seconds.
"""

import secrets

from django.conf import settings
from django.contrib.auth.tokens import PasswordResetTokenGenerator
from django.db import transaction
from django.urls import reverse
from django.utils import timezone
from django.utils.http import base36_to_int, urlsafe_base64_decode, urlsafe_base64_encode

from touchstone.core import audit
from touchstone.core.errors import ServiceError

from .models import ApiToken, User, hash_token
from .tasks import send_email_task


class MagicLinkTokenGenerator(PasswordResetTokenGenerator):
    """A one-time token: it changes as soon as the user signs in (last_login is hashed in)."""

    key_salt = "touchstone.accounts.MagicLinkTokenGenerator"

    def check_token(self, user, token):
        """Refuse tokens older than MAGIC_LINK_MAX_AGE, then check as Django does."""
        try:
            issued = base36_to_int(str(token).split("-")[0])
        except ValueError:
            return False
        if self._num_seconds(self._now()) - issued > settings.MAGIC_LINK_MAX_AGE:
            return False
        return super().check_token(user, token)


magic_links = MagicLinkTokenGenerator()


def magic_link_send(*, email: str, base_url: str) -> None:
    """Email a sign-in link to an active lay user; staff use passwords. Say nothing else."""
    user = User.objects.filter(email__iexact=email.strip(), is_active=True, is_staff=False).first()
    if user is None:
        return  # the page says the same either way, so addresses cannot be guessed
    uid = urlsafe_base64_encode(str(user.pk).encode())
    token = magic_links.make_token(user)
    link = base_url.rstrip("/") + reverse("accounts:magic_link", args=[uid, token])
    minutes = settings.MAGIC_LINK_MAX_AGE // 60
    body = (
        f"Hello {user.get_short_name()},\n\n"
        f"Use this link to sign in to Touchstone. It works once, for {minutes} minutes:\n\n"
        f"{link}\n\n"
        "If you did not ask to sign in, you can ignore this email.\n"
    )
    transaction.on_commit(
        lambda: send_email_task.enqueue(
            subject="Your link to sign in to Touchstone", body=body, to=[user.email]
        )
    )


def magic_link_user(*, uidb64: str, token: str) -> User | None:
    """Return the user a sign-in link belongs to, or None if it is wrong, used or old."""
    try:
        pk = int(urlsafe_base64_decode(uidb64).decode())
    except (ValueError, UnicodeDecodeError):
        return None
    user = User.objects.filter(pk=pk, is_active=True, is_staff=False).first()
    if user is None or not magic_links.check_token(user, token):
        return None
    return user


@transaction.atomic
def api_token_create(*, actor: User, name: str) -> tuple[ApiToken, str]:
    """Create a token and return it with its secret, which is shown once and never stored."""
    if not name.strip():
        raise ServiceError("Give the token a name, so you know later what uses it.", field="name")
    key = "ts_" + secrets.token_urlsafe(32)
    token = ApiToken.objects.create(user=actor, name=name.strip(), key_hash=hash_token(key))
    audit.record(actor=actor, action="api_token.create", target=token)
    return token, key


@transaction.atomic
def api_token_revoke(*, actor: User, token_id: int) -> ApiToken:
    """Stop a token working at once; the row stays so its use can still be traced."""
    token = ApiToken.objects.filter(pk=token_id, user=actor, revoked_at__isnull=True).first()
    if token is None:
        raise ServiceError("That token does not exist or has already been revoked.")
    token.revoked_at = timezone.now()
    token.save(update_fields=["revoked_at"])
    audit.record(actor=actor, action="api_token.revoke", target=token)
    return token
