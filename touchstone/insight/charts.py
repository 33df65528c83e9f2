"""Horizontal bar charts in SVG, drawn on the server so they show with no JavaScript.

Every chart on a page has a table with the same figures beside it, for screen readers
and people who prefer numbers; every label is escaped.
"""

from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe

WIDTH, LABEL_W, BAR_H, GAP = 640, 260, 18, 8
BAR_W = WIDTH - LABEL_W - 60
NHS_BLUE = "#005eb8"
FEELING_COLOURS = {"Negative": "#d5281b", "Neutral or mixed": "#768692", "Positive": "#007f3b"}


def bars_svg(rows: list[tuple[str, int]], *, title: str, colours: dict | None = None) -> SafeString:
    """Return an SVG with one labelled bar per (label, count) row, scaled to the largest."""
    largest = max((count for _, count in rows), default=0) or 1
    height = len(rows) * (BAR_H + GAP) + GAP
    parts = [
        f'<svg class="ts-chart" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {WIDTH} '
        f'{height}" role="img" aria-label="{escape(title)}" font-family="Frutiger W01, Arial">',
        f"<title>{escape(title)}</title>",
    ]
    for i, (label, count) in enumerate(rows):
        y = GAP + i * (BAR_H + GAP)
        length = max(round(count / largest * BAR_W), 1 if count else 0)
        fill = (colours or {}).get(label, NHS_BLUE)
        shown = label if len(label) <= 38 else label[:37] + "…"
        parts.append(
            f'<text x="0" y="{y + BAR_H - 4}" font-size="13">{escape(shown)}</text>'
            f'<rect x="{LABEL_W}" y="{y}" width="{length}" height="{BAR_H}" fill="{fill}"/>'
            f'<text x="{LABEL_W + length + 6}" y="{y + BAR_H - 4}" font-size="13">{count:,}</text>'
        )
    parts.append("</svg>")
    return mark_safe("".join(parts))  # noqa: S308 - every value above is escaped or a number
