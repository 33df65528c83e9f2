"""The "Check my writing" page, as people in a programme use it."""

import io
import re
import tempfile

import docx
import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from .helpers import OVERLAPPING, unbalanced

NOTHING = "There is nothing to check: paste some text or choose a file."


def check_url(programme) -> str:
    return reverse("drafts:writing_check", args=[programme.slug])


def post(client, programme, **data):
    response = client.post(check_url(programme), data)
    assert response.status_code == 200, response.status_code
    return response.content.decode()


def word_file(*paragraphs: str, name: str = "paper.docx") -> SimpleUploadedFile:
    """Make a real Word document in memory, as someone would upload it."""
    document = docx.Document()
    for paragraph in paragraphs:
        document.add_paragraph(paragraph)
    data = io.BytesIO()
    document.save(data)
    return SimpleUploadedFile(name, data.getvalue())


@pytest.mark.parametrize("who", ["manager_client", "member_client"])
def test_anyone_in_the_programme_can_check_their_writing(request, programme, who):
    client = request.getfixturevalue(who)
    assert client.get(check_url(programme)).status_code == 200
    html = post(client, programme, text="We will ask service users what they think.")
    assert "What we found" in html
    assert "people who use services" in html


def test_someone_outside_the_programme_cannot_find_the_page(outsider_client, programme):
    assert outsider_client.get(check_url(programme)).status_code == 404
    assert outsider_client.post(check_url(programme), {"text": "Hello there."}).status_code == 404


def test_the_overview_links_to_the_page(member_client, programme):
    html = member_client.get(programme.get_absolute_url()).content.decode()
    assert f'href="{check_url(programme)}">Check my writing</a>' in html


def test_each_finding_is_marked_and_numbered_and_linked_both_ways(member_client, programme):
    html = post(member_client, programme, text="Talk to the ICB about the pathway. It is late.")
    assert "<mark>ICB</mark>" in html
    assert "<mark>pathway</mark>" in html
    for number in (1, 2):
        assert re.search(
            rf'<a [^>]*id="place-{number}" href="#finding-{number}">\[<span '
            rf'class="nhsuk-u-visually-hidden">finding </span>{number}\]</a>',
            html,
        )
        assert f'<li id="finding-{number}">' in html
        assert f'href="#place-{number}"' in html
    assert "Medium: worth changing" in html
    assert "Reading age" in html and "Flesch-Kincaid" in html


def test_overlapping_findings_give_balanced_html(member_client, programme):
    html = post(member_client, programme, text=OVERLAPPING)
    assert unbalanced(html) == []
    assert html.count('<li id="finding-') == 8
    # The whole sentence is one finding, so every piece of it is marked, with no nesting.
    assert "<mark><mark>" not in html
    assert re.search(r'id="place-1"[^>]*>.*?</a><mark>Please </mark><a [^>]*id="place-2"', html)


def test_what_someone_pastes_is_shown_as_text_never_as_markup(member_client, programme):
    html = post(member_client, programme, text="<script>alert(1)</script> Ask the ICB & <b>us</b>.")
    assert "<script>alert(1)" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert unbalanced(html) == []


@pytest.mark.parametrize("text", ["", "   \n  ", "... !!"])
def test_empty_text_says_there_is_nothing_to_check(member_client, programme, text):
    html = post(member_client, programme, text=text)
    assert NOTHING in html
    assert "There is a problem" in html
    assert "What we found" not in html


def test_a_word_document_is_checked(member_client, programme):
    upload = word_file("Minutes", "The ICB will look at the step-down beds.")
    html = post(member_client, programme, document=upload)
    assert "The file paper.docx" in html
    assert "<mark>step-down</mark>" in html


@pytest.mark.parametrize(
    ("name", "content", "reason"),
    [
        ("paper.docx", b"this is not a Word file", "This Word file cannot be opened"),
        ("paper.txt", b"\x00\x01\x02binary", "This looks like a binary file, not text."),
        ("paper.pdf", b"%PDF-1.4", "Choose a .txt, .md, .html or .docx file."),
    ],
)
def test_a_bad_file_gives_a_one_line_reason(member_client, programme, name, content, reason):
    html = post(member_client, programme, document=SimpleUploadedFile(name, content))
    assert reason in html
    assert "There is a problem" in html
    assert "What we found" not in html


def test_text_over_the_limit_is_refused(member_client, programme):
    html = post(member_client, programme, text="word " * 40_001)
    assert "The text must be 200,000 characters or fewer." in html


def test_a_file_over_10_mb_is_refused(member_client, programme):
    big = SimpleUploadedFile("paper.txt", b"word " * (2 * 1024 * 1024 + 1))
    html = post(member_client, programme, document=big)
    assert "The file is over 10 MB; check a smaller one." in html


def test_an_uploaded_file_is_not_kept(member_client, programme, tmp_path, monkeypatch):
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    html = post(member_client, programme, document=word_file("Ask the ICB."))
    assert "<mark>ICB</mark>" in html
    assert list(tmp_path.iterdir()) == []
    post(member_client, programme, document=SimpleUploadedFile("bad.docx", b"not a Word file"))
    assert list(tmp_path.iterdir()) == []
