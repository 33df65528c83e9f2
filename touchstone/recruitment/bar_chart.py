"""Draw group share against population share as paired bars in SVG, on the server.

No JavaScript, so the chart shows for everyone; the page gives the same figures in a
table, for screen readers and for people who prefer numbers. Every label is escaped.
"""

from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe

WIDTH, LABEL_W, BAR_H, GAP, ROW_GAP, TOP = 640, 230, 14, 3, 14, 30
BAR_W = WIDTH - LABEL_W - 70
OURS, THEIRS = "#005eb8", "#aeb7bd"  # NHS blue; NHS mid grey


def _percent(share: float | None) -> str:
    return "fewer than 5 people" if share is None else f"{share * 100:.0f}%"


def _bar(y: int, share: float | None, fill: str) -> str:
    length = 0 if share is None else max(round(share * BAR_W), 1 if share else 0)
    return (
        f'<rect x="{LABEL_W}" y="{y}" width="{length}" height="{BAR_H}" fill="{fill}"/>'
        f'<text x="{LABEL_W + length + 6}" y="{y + BAR_H - 3}" font-size="12">'
        f"{escape(_percent(share))}</text>"
    )


def paired_bars_svg(rows, *, title: str, ours: str, theirs: str) -> SafeString:
    """Return an SVG of (label, our share, their share) rows; shares of None are hidden."""
    row_h = 2 * BAR_H + GAP + ROW_GAP
    height = TOP + len(rows) * row_h
    parts = [
        f'<svg class="ts-chart" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {WIDTH} '
        f'{height}" role="img" aria-label="{escape(title)}" font-family="Frutiger W01, Arial">',
        f"<title>{escape(title)}</title>",
        f'<rect x="0" y="4" width="12" height="12" fill="{OURS}"/>'
        f'<text x="18" y="15" font-size="13">{escape(ours)}</text>'
        f'<rect x="{LABEL_W}" y="4" width="12" height="12" fill="{THEIRS}"/>'
        f'<text x="{LABEL_W + 18}" y="15" font-size="13">{escape(theirs)}</text>',
    ]
    for i, (label, our_share, their_share) in enumerate(rows):
        y = TOP + i * row_h
        parts.append(
            f'<text x="0" y="{y + BAR_H + 2}" font-size="13">{escape(label)}</text>'
            + _bar(y, our_share, OURS)
            + (_bar(y + BAR_H + GAP, their_share, THEIRS) if their_share is not None else "")
        )
    parts.append("</svg>")
    return mark_safe("".join(parts))  # noqa: S308 - every value above is escaped
