"""Touchstone's own pages must pass the plain-language check we ask everyone else to pass.

The visible words of every Jinja template under touchstone/ are checked: Jinja tags and
expressions, HTML tags and comments, and scripts and styles are taken out first. Any
high-severity finding fails the test, naming the template and the phrase. Change the
wording of the template, not this test.
"""

import html
import re
from pathlib import Path

import pytest

from engines.plain_language import check

ROOT = Path(__file__).resolve().parents[2]
TEMPLATES = sorted(ROOT.glob("**/jinja2/**/*.jinja"))

# (template path relative to touchstone/, phrase in lower case) -> why it is a false alarm.
# Empty today: every template passes as written. Each entry must say why it is allowed.
ALLOWED: dict[tuple[str, str], str] = {}

_JINJA = re.compile(r"\{#.*?#\}|\{%.*?%\}|\{\{.*?\}\}", re.DOTALL)
_HIDDEN = re.compile(r"<!--.*?-->|<(script|style)\b.*?</\1\s*>", re.DOTALL | re.IGNORECASE)
_TAG = re.compile(r"</?([a-zA-Z][\w-]*)\b[^>]*>")
# Tags inside a line of text: taking them out must not split a sentence.
_INLINE = {"a", "abbr", "b", "code", "em", "i", "mark", "small", "span", "strong", "sup", "sub"}


def visible_text(source: str) -> str:
    """Return the words a reader would see from a template's source."""
    text = _JINJA.sub(" ", source)
    text = _HIDDEN.sub("\n", text)
    text = _TAG.sub(lambda m: " " if m.group(1).lower() in _INLINE else "\n", text)
    return html.unescape(text)


def high_findings(name: str, source: str) -> list[str]:
    """Return "template: 'phrase' message" for each high finding not on the allow-list."""
    report = check(visible_text(source))
    return [
        f"{name}: '{report.phrase(f)}' {f.message}"
        for f in report.at_or_above("high")
        if (name, report.phrase(f).lower()) not in ALLOWED
    ]


def test_there_are_templates_to_check():
    assert len(TEMPLATES) >= 20, TEMPLATES


@pytest.mark.parametrize("path", TEMPLATES, ids=lambda p: str(p.relative_to(ROOT)))
def test_template_has_no_high_severity_findings(path):
    name = str(path.relative_to(ROOT))
    problems = high_findings(name, path.read_text(encoding="utf-8"))
    assert not problems, "Reword these in the template:\n" + "\n".join(problems)


def test_the_check_sees_words_inside_markup_and_ignores_code():
    source = (
        '{% if user %}<p>For more, <a href="{{ url("x") }}">click here</a>.</p>{% endif %}\n'
        "{# the elderly #}{{ 'the elderly' }}<script>var bedBlocker;</script>"
    )
    assert visible_text(source).split() == ["For", "more,", "click", "here", "."]
    assert high_findings("example.jinja", source) == [
        "example.jinja: 'click here' Link text should say where the link goes, not 'click here'."
    ]
