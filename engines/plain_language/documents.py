"""Read the text out of .txt, .md, .html and .docx files, or say in one line why not.

Limits keep a bad upload from hurting anyone: files over 10 MB, binary files, damaged
Word files and text that is neither UTF-8 nor UTF-16 (with a byte-order mark) are refused
with a PlainLanguageError. Nothing is stored.
"""

from __future__ import annotations

import codecs
import contextlib
import re
import zipfile
from html.parser import HTMLParser
from pathlib import Path

from .report import PlainLanguageError

MAX_BYTES = 10 * 1024 * 1024
TEXT_SUFFIXES = (".txt", ".md", ".markdown", ".text")
HTML_SUFFIXES = (".html", ".htm")
WORD_SUFFIXES = (".docx",)


def read(path: str | Path) -> str:
    """Return the text of a document, ready to check."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in TEXT_SUFFIXES + HTML_SUFFIXES + WORD_SUFFIXES:
        raise PlainLanguageError(
            f"Cannot read '{suffix or 'no extension'}' files; use .txt, .md, .html or .docx."
        )
    try:
        size = path.stat().st_size
    except OSError as error:
        raise PlainLanguageError(f"Cannot open it ({error.strerror}).") from error
    if size > MAX_BYTES:
        raise PlainLanguageError("The file is over 10 MB; check a smaller one.")
    if suffix in WORD_SUFFIXES:
        return _word(path)
    text = decode(path.read_bytes())
    return html_text(text) if suffix in HTML_SUFFIXES else text


def decode(data: bytes) -> str:
    """Return bytes as text if they are UTF-8 or UTF-16 with a byte-order mark."""
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        with contextlib.suppress(UnicodeDecodeError):
            return data.decode("utf-16")
    elif b"\x00" in data[:8192]:
        raise PlainLanguageError("This looks like a binary file, not text.")
    else:
        with contextlib.suppress(UnicodeDecodeError):
            return data.decode("utf-8-sig")
    raise PlainLanguageError("The text is not in UTF-8; save it as UTF-8 and try again.")


def _word(path: Path) -> str:
    """Return the paragraphs and table cells of a Word document, one paragraph per block."""
    import docx  # imported here so checking plain text never pays for loading it
    from docx.opc.exceptions import PackageNotFoundError

    try:
        document = docx.Document(str(path))
    except (PackageNotFoundError, zipfile.BadZipFile, KeyError, ValueError, OSError) as error:
        raise PlainLanguageError("This Word file cannot be opened; it may be damaged.") from error
    except Exception as error:  # lxml raises its own errors for broken XML inside the file
        raise PlainLanguageError("This Word file cannot be read; it may be damaged.") from error
    blocks = [p.text for p in document.paragraphs]
    for table in document.tables:
        for row in table.rows:
            blocks.extend(cell.text for cell in row.cells)
    return "\n\n".join(block for block in blocks if block.strip())


_BLOCKS = frozenset(
    ["p", "div", "li", "br", "tr", "td", "th", "h1", "h2", "h3", "h4", "h5", "h6", "section",
     "article", "header", "footer", "blockquote", "dt", "dd", "title", "caption", "ul", "ol"]
)  # fmt: skip


class _Text(HTMLParser):
    """Collect the readable text of a page: no scripts or styles, a break between blocks."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.hidden = 0

    def handle_starttag(self, tag: str, attrs: list) -> None:
        if tag in ("script", "style", "template"):
            self.hidden += 1
        elif tag in _BLOCKS:
            self.parts.append("\n\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in ("script", "style", "template"):
            self.hidden = max(0, self.hidden - 1)
        elif tag in _BLOCKS:
            self.parts.append("\n\n")

    def handle_data(self, data: str) -> None:
        if not self.hidden:
            self.parts.append(re.sub(r"\s+", " ", data))


def html_text(html: str) -> str:
    """Return the readable text of an HTML page."""
    parser = _Text()
    parser.feed(html)
    parser.close()
    lines = [" ".join(block.split()) for block in "".join(parser.parts).split("\n\n")]
    return "\n\n".join(line for line in lines if line)
