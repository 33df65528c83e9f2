"""Draw a programme's governance groups as an organisation chart in SVG, on the server.

No JavaScript, so the chart shows for everyone; the page puts the same facts in a
nested list beside it for screen readers and for people who prefer text.
"""

from dataclasses import dataclass, field

from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe

BOX_W, BOX_H, GAP_X, GAP_Y, PAD = 200, 64, 24, 48, 16
KIND_FILL = {
    "oversight_group": "#e8edee",
    "core_design_team": "#d9e8f5",
    "working_group": "#ffffff",
    "lay_advisory_group": "#e6f2e8",
    "lay_forum": "#e6f2e8",
    "other": "#ffffff",
}


@dataclass
class Node:
    """One group placed on the chart."""

    group: object
    flagged: bool
    children: list["Node"] = field(default_factory=list)
    x: float = 0.0
    depth: int = 0


def build_tree(groups, flagged_ids: set[str]) -> list[Node]:
    """Arrange groups under their parents; groups whose parent is missing become roots."""
    nodes = {g.pk: Node(group=g, flagged=str(g.pk) in flagged_ids) for g in groups}
    roots = []
    for node in nodes.values():
        parent = nodes.get(node.group.parent_id)
        (parent.children if parent else roots).append(node)
    order = {
        "oversight_group": 0,
        "core_design_team": 1,
        "lay_advisory_group": 2,
        "lay_forum": 3,
        "working_group": 4,
        "other": 5,
    }
    for node in [*nodes.values()]:
        node.children.sort(key=lambda n: (order.get(n.group.kind, 9), n.group.name))
    roots.sort(key=lambda n: (order.get(n.group.kind, 9), n.group.name))
    return roots


def _place(node: Node, depth: int, next_x: list[float]) -> None:
    node.depth = depth
    if not node.children:
        node.x = next_x[0]
        next_x[0] += BOX_W + GAP_X
        return
    for child in node.children:
        _place(child, depth + 1, next_x)
    node.x = (node.children[0].x + node.children[-1].x) / 2


def _walk(nodes):
    for node in nodes:
        yield node
        yield from _walk(node.children)


def _short(text: str, limit: int = 26) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def governance_svg(roots: list[Node], title: str) -> SafeString:
    """Return the chart as inline SVG markup."""
    next_x = [PAD]
    for root in roots:
        _place(root, 0, next_x)
    nodes = list(_walk(roots))
    if not nodes:
        return mark_safe("")
    width = max(n.x for n in nodes) + BOX_W + PAD
    height = (max(n.depth for n in nodes) + 1) * (BOX_H + GAP_Y) - GAP_Y + 2 * PAD
    parts = [
        f'<svg class="ts-chart" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width:.0f} '
        f'{height:.0f}" width="{width:.0f}" role="img" aria-labelledby="chart-title chart-desc">',
        f'<title id="chart-title">{escape(title)}</title>',
        '<desc id="chart-desc">Each box is a group, with its members and lay partners. '
        "The same information is in the list below the chart.</desc>",
    ]
    for node in nodes:
        top = PAD + node.depth * (BOX_H + GAP_Y)
        for child in node.children:
            child_top = PAD + child.depth * (BOX_H + GAP_Y)
            mid = top + BOX_H + GAP_Y / 2
            parts.append(
                f'<path d="M{node.x + BOX_W / 2:.0f} {top + BOX_H} V{mid:.0f} '
                f'H{child.x + BOX_W / 2:.0f} V{child_top}" fill="none" stroke="#768692"/>'
            )
    for node in nodes:
        parts.append(_box(node))
    parts.append("</svg>")
    return mark_safe("".join(parts))  # noqa: S308 - every value above is escaped


def _box(node: Node) -> str:
    group = node.group
    top = PAD + node.depth * (BOX_H + GAP_Y)
    stroke, width = ("#d5281b", 4) if node.flagged else ("#425563", 1)
    fill = KIND_FILL.get(group.kind, "#ffffff")
    marker = "⚠ " if node.flagged else ""
    counts = f"{group.member_count} members, {group.lay_count} lay"
    return (
        f"<g><title>{escape(group.name)}: {escape(counts)}"
        f"{' – needs attention' if node.flagged else ''}</title>"
        f'<rect x="{node.x:.0f}" y="{top}" width="{BOX_W}" height="{BOX_H}" rx="4" '
        f'fill="{fill}" stroke="{stroke}" stroke-width="{width}"/>'
        f'<text x="{node.x + 10:.0f}" y="{top + 26}" font-size="14" font-weight="bold" '
        f'fill="#212b32">{escape(marker + _short(group.name))}</text>'
        f'<text x="{node.x + 10:.0f}" y="{top + 48}" font-size="13" fill="#212b32">'
        f"{escape(counts)}</text></g>"
    )
