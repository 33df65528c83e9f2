"""Emails printed on a laptop can be read and their links copied whole."""

import io

from django.core.mail import EmailMessage

from touchstone.core.mail import ReadableConsoleBackend


def test_printed_email_keeps_a_long_sign_in_link_on_one_line():
    link = "http://127.0.0.1:8000/accounts/sign-in/link/Mg/" + "a" * 60 + "/"
    stream = io.StringIO()
    backend = ReadableConsoleBackend(stream=stream)
    backend.send_messages([EmailMessage("Your link", f"Use this:\n\n{link}\n", "a@b.c", ["d@e.f"])])
    printed = stream.getvalue()
    assert f"\n{link}\n" in printed
    assert "Subject: Your link" in printed
