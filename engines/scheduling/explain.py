"""Say which rules conflict when no calendar meets them all.

Method: a deletion filter over whole rules (Chinneck's method for irreducible infeasible
sets, at the level a person thinks in). Each rule is switched off in turn; if the rest still
cannot be met, it was not needed for the clash and stays off. What is left is a small set of
rules of which every one is needed for the clash, and those are the ones named.
"""

from __future__ import annotations

from .model import WEEKDAY_NAMES, Group, Plan
from .rules import Rule
from .solve import Programme
from .wording import CADENCE_ADJECTIVES, cadence_words, join_words

TRY_FIRST = {"venue": 0, "per_step": 1, "people": 2, "cadence": 3}


def conflicting_rules(programme: Programme, rules: list[Rule], halving: bool = False) -> list[Rule]:
    """A set of rules that cannot all hold, each one needed for that to be so.

    With `halving`, whole halves of the rules are switched off at once first, and split
    only when the clash goes with them: far fewer solves when there are hundreds of rules
    (a big plan's pairs of groups) and only a few clash.
    """
    needed = {rule.key for rule in rules}
    ordered = [rule.key for rule in sorted(rules, key=lambda r: TRY_FIRST[r.key[0]])]
    # All rules off always holds (no meetings at all), so halving starts from two halves.
    half = len(ordered) // 2
    pending = [ordered[:half], ordered[half:]] if halving else [[key] for key in ordered]
    while pending:
        chunk = pending.pop(0)
        if not chunk:
            continue
        trial = [rule.key for rule in rules if rule.key in needed and rule.key not in chunk]
        if programme.solve(trial, optimise=False) is None:
            needed -= set(chunk)
        elif len(chunk) > 1:
            pending[:0] = [chunk[: len(chunk) // 2], chunk[len(chunk) // 2 :]]
    return [rule for rule in rules if rule.key in needed]


def conflict_message(plan: Plan, conflict: list[Rule]) -> str:
    if len(conflict) == 1:
        return (
            f"{conflict[0].text[:-1]}: that cannot be done on its preferred days and times "
            "(keeping clear of bank holidays). Add another preferred day or time, or ask "
            "for fewer meetings."
        )
    lines = [headline(plan, conflict), "These rules cannot all be met together:"]
    lines += [f"- {rule.text}" for rule in conflict]
    lines.append(
        "Relax any one of them (another preferred day or time, meeting less often, a "
        "different venue, or a change of membership) to remove this clash."
    )
    return "\n".join(lines)


def headline(plan: Plan, conflict: list[Rule]) -> str:
    """One sentence naming what the clashing groups compete for: people, a venue or steps."""
    meeting = {rule.groups[0] for rule in conflict if rule.key[0] == "cadence"}
    for rule in conflict:
        involved = [plan.groups[g] for g in rule.groups if g in meeting]
        if rule.key[0] not in ("people", "venue") or len(involved) < 2:
            continue
        wants = join_words(
            [f"{g.name}'s {CADENCE_ADJECTIVES[g.cadence]} meetings" for g in involved]
        )
        wants = wants.replace("  ", " ")
        shared = shared_times(involved)
        both = "both" if len(involved) == 2 else "all"
        if rule.key[0] == "venue":
            where = plan.venues[rule.key[1]].name
            need = f"need {where}" + (f" on {shared}" if shared else "")
            return capital(f"{wants} {both} {need}, which holds one meeting at a time.")
        who = join_words(list(rule.people[:3])) + (" and others" if len(rule.people) > 3 else "")
        verb = "sits" if len(rule.people) == 1 else "sit"
        need = f"{both} need {shared}" if shared else "cannot all fit in"
        return capital(
            f"{wants} {need}, and {who} {verb} in {both if both == 'both' else 'all of them'}."
        )
    per_step = [plan.groups[r.groups[0]] for r in conflict if r.key[0] == "per_step"]
    if len(conflict) == 2 and per_step and per_step[0].name in meeting_names(plan, meeting):
        group = per_step[0]
        return (
            f"{group.name} cannot both meet {cadence_words(group)} and meet in every design "
            "step: some steps are too short or too close together for that rhythm."
        )
    return "No calendar can meet every rule."


def meeting_names(plan: Plan, indices: set[int]) -> set[str]:
    return {plan.groups[g].name for g in indices}


def capital(text: str) -> str:
    return text[0].upper() + text[1:]


def shared_times(groups: list[Group]) -> str:
    """'Tuesday evenings' when the groups can only meet on the same days at the same times."""
    days = set.intersection(*(set(g.weekdays) for g in groups))
    labels = {w.label for g in groups for w in g.windows}
    if not days:
        return ""
    names = join_words([WEEKDAY_NAMES[d] for d in sorted(days)])
    if len(labels) == 1 and labels <= {"morning", "afternoon", "evening"}:
        return f"{names} {labels.pop()}s"
    return f"{names}s".replace(" and ", "s and ").replace(", ", "s, ")
