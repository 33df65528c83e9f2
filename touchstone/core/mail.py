"""An email backend for laptops and demos: print each email as a person would read it.

Django's console backend prints the raw message, where long lines (such as a sign-in
link) are broken by quoted-printable encoding and cannot be copied into a browser.
"""

from django.core.mail.backends.console import EmailBackend


class ReadableConsoleBackend(EmailBackend):
    """Print the sender, recipients, subject and plain body, undecorated."""

    def write_message(self, message):
        self.stream.write(
            f"From: {message.from_email}\nTo: {', '.join(message.to)}\n"
            f"Subject: {message.subject}\n\n{message.body}\n{'-' * 79}\n"
        )
