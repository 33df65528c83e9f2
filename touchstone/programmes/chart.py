"""Draw a programme's governance groups as an organisation chart in SVG, on the server.

No JavaScript, so the chart shows for everyone. Groups are stacked top to bottom and
indented under the group they report to, so the chart reads at phone width and grows
only downwards as a programme adds groups. The page puts the same facts in a nested
list beside it for screen readers and for people who prefer text.
"""

from dataclasses import dataclass, field

from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe

BOX_W, BOX_H, ROW_GAP, INDENT, PAD = 500, 56, 14, 36, 8
KIND_ORDER = {
    "oversight_group": 0,
    "core_design_team": 1,
    "lay_advisory_group": 2,
    "lay_forum": 3,
    "working_group": 4,
    "other": 5,
}
KIND_FILL = {
    "oversight_group": "#e8edee",
    "core_design_team": "#d9e8f5",
    "lay_advisory_group": "#e6f2e8",
    "lay_forum": "#e6f2e8",
}


@dataclass
class Node:
    """One group placed on the chart."""

    group: object
    flagged: bool
    children: list["Node"] = field(default_factory=list)
    depth: int = 0
    row: int = 0


def _sort_key(node: Node) -> tuple:
    return (KIND_ORDER.get(node.group.kind, 9), node.group.name)


def build_tree(groups, flagged_ids: set[str]) -> list[Node]:
    """Arrange groups under their parents; groups whose parent is missing become roots."""
    nodes = {g.pk: Node(group=g, flagged=str(g.pk) in flagged_ids) for g in groups}
    roots = []
    for node in nodes.values():
        parent = nodes.get(node.group.parent_id)
        (parent.children if parent else roots).append(node)
    for node in nodes.values():
        node.children.sort(key=_sort_key)
    roots.sort(key=_sort_key)
    return roots


def _walk(nodes, depth: int = 0):
    for node in nodes:
        node.depth = depth
        yield node
        yield from _walk(node.children, depth + 1)


def _top(node: Node) -> int:
    return PAD + node.row * (BOX_H + ROW_GAP)


def governance_svg(roots: list[Node], title: str) -> SafeString:
    """Return the chart as inline SVG markup, every value escaped."""
    nodes = list(_walk(roots))
    if not nodes:
        return mark_safe("")
    for row, node in enumerate(nodes):
        node.row = row
    width = PAD * 2 + max(n.depth for n in nodes) * INDENT + BOX_W
    height = PAD * 2 + len(nodes) * (BOX_H + ROW_GAP) - ROW_GAP
    parts = [
        f'<svg class="ts-chart" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width} '
        f'{height}" width="{width}" height="{height}" role="img" '
        'aria-labelledby="chart-title chart-desc">',
        f'<title id="chart-title">{escape(title)}</title>',
        '<desc id="chart-desc">Each box is a group, with its members and lay partners, placed '
        "under the group it reports to. The same facts are in the list below the chart.</desc>",
    ]
    for node in nodes:
        parts.extend(_connector(node, child) for child in node.children)
    parts.extend(_box(node) for node in nodes)
    parts.append("</svg>")
    return mark_safe("".join(parts))  # noqa: S308 - every value above is escaped


def _connector(parent: Node, child: Node) -> str:
    x = PAD + parent.depth * INDENT + INDENT // 2
    y = _top(child) + BOX_H // 2
    return (
        f'<path d="M{x} {_top(parent) + BOX_H} V{y} H{PAD + child.depth * INDENT}" '
        'fill="none" stroke="#768692" stroke-width="2"/>'
    )


def _plural(count: int, word: str) -> str:
    return f"{count} {word}{'' if count == 1 else 's'}"


def _box(node: Node) -> str:
    group, top = node.group, _top(node)
    left = PAD + node.depth * INDENT
    stroke, stroke_width = ("#d5281b", 4) if node.flagged else ("#425563", 1)
    counts = (
        f"{_plural(group.member_count, 'member')}, {_plural(group.lay_count, 'lay partner')}"
        + (" · needs attention" if node.flagged else "")
    )
    name = group.name if len(group.name) <= 54 else group.name[:53] + "…"
    return (
        f"<g><title>{escape(group.name)}: {escape(counts)}</title>"
        f'<rect x="{left}" y="{top}" width="{BOX_W}" height="{BOX_H}" rx="4" '
        f'fill="{KIND_FILL.get(group.kind, "#ffffff")}" stroke="{stroke}" '
        f'stroke-width="{stroke_width}"/>'
        f'<text x="{left + 12}" y="{top + 23}" font-size="16" font-weight="bold" '
        f'fill="#212b32">{escape(("⚠ " if node.flagged else "") + name)}</text>'
        f'<text x="{left + 12}" y="{top + 45}" font-size="15" fill="#212b32">'
        f"{escape(counts)}</text></g>"
    )
