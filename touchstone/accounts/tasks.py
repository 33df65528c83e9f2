"""Background work for accounts: sending email without making the person wait."""

from django.core.mail import send_mail
from django.tasks import task


@task
def send_email_task(*, subject: str, body: str, to: list[str]) -> int:
    """Send one plain-text email; the worker retries nothing, so failures show in its log."""
    return send_mail(subject, body, None, to, fail_silently=False)
