"""What the writing-check tests share: text with overlapping findings, and an HTML checker."""

from html.parser import HTMLParser

# A long sentence (one finding over all of it) holding jargon, a label and "CLICK HERE",
# which is two findings over the same words: findings that nest and coincide.
OVERLAPPING = (
    "Please CLICK HERE to read how the integrated care board will work with service users, "
    "carers, clinicians, commissioners and voluntary organisations across the whole area over "
    "the next three years to improve the discharge to assess pathway."
)
VOID = {"br", "img", "input", "meta", "link", "hr", "wbr", "area", "base", "col", "source"}
# Elements HTML lets an author leave open; the NHS.UK templates close them all anyway.
OPTIONAL_END = {"p", "li", "dt", "dd", "tr", "td", "th", "option"}


class BalanceChecker(HTMLParser):
    """Record every end tag that does not close the element opened last."""

    def __init__(self):
        super().__init__()
        self.stack: list[tuple[str, tuple[int, int]]] = []
        self.problems: list[str] = []

    def handle_starttag(self, tag, attrs):
        if tag not in VOID:
            self.stack.append((tag, self.getpos()))

    def handle_startendtag(self, tag, attrs):
        """A self-closed tag such as <br/> opens nothing, so there is nothing to balance."""

    def handle_endtag(self, tag):
        if tag in VOID:
            return
        if not self.stack or self.stack[-1][0] != tag:
            opened = self.stack[-1] if self.stack else None
            self.problems.append(f"</{tag}> at {self.getpos()} but open: {opened}")
            return
        self.stack.pop()


def unbalanced(html: str) -> list[str]:
    """Return what is wrong with the nesting of a page's elements (empty when all is well)."""
    checker = BalanceChecker()
    checker.feed(html)
    checker.close()
    return checker.problems + [f"<{tag}> at {pos} never closed" for tag, pos in checker.stack]
