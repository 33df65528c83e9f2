"""Write operations on programmes and their governance groups.

Every change goes through here, so the audit log and the access rules never miss one.
"""

from django.db import IntegrityError, transaction
from django.utils.text import slugify

from touchstone.accounts import access
from touchstone.accounts.models import ProgrammeRole, Role
from touchstone.core import audit
from touchstone.core.errors import AccessDenied, ServiceError

from .defaults import DEFAULT_MIN_LAY, DEFAULT_MODULES, DEFAULT_STEPS
from .models import DesignModule, DesignStep, Group, GroupKind, PopulationGroup, Programme

PROGRAMME_FIELDS = ["name", "area", "purpose", "starts_on", "ends_on"]
GROUP_FIELDS = [
    "name",
    "kind",
    "parent",
    "module",
    "purpose",
    "cadence",
    "min_members",
    "max_members",
    "min_lay_partners",
]


def _check_dates(starts_on, ends_on) -> None:
    if ends_on and starts_on and ends_on < starts_on:
        raise ServiceError("The end date must be on or after the start date.", field="ends_on")


def _unique_slug(name: str) -> str:
    base = slugify(name)[:70] or "programme"
    slug, n = base, 2
    while Programme.objects.filter(slug=slug).exists():
        slug, n = f"{base}-{n}", n + 1
    return slug


@transaction.atomic
def programme_create(
    *,
    actor,
    name: str,
    area: str,
    purpose: str,
    starts_on,
    ends_on=None,
    population_groups: list[tuple[str, str]] | None = None,
    modules: list[str] | None = None,
    steps: list[str] | None = None,
) -> Programme:
    """Start a programme with the default modules and steps; the creator manages it."""
    if not access.can_create_programmes(actor):
        raise AccessDenied("Only staff can start a new programme.")
    _check_dates(starts_on, ends_on)
    programme = Programme.objects.create(
        slug=_unique_slug(name),
        name=name,
        area=area,
        purpose=purpose,
        starts_on=starts_on,
        ends_on=ends_on,
    )
    ProgrammeRole.objects.create(user=actor, programme=programme, role=Role.PROGRAMME_MANAGER)
    access.forget_cached_roles(actor)
    _replace_lists(
        programme,
        population_groups=population_groups or [],
        modules=list(DEFAULT_MODULES) if modules is None else modules,
        steps=list(DEFAULT_STEPS) if steps is None else steps,
    )
    audit.record(
        actor=actor,
        action="programme.create",
        target=programme,
        programme=programme,
        changes=audit.snapshot(programme, PROGRAMME_FIELDS),
    )
    return programme


@transaction.atomic
def programme_update(
    *,
    actor,
    programme: Programme,
    population_groups: list[tuple[str, str]] | None = None,
    modules: list[str] | None = None,
    steps: list[str] | None = None,
    **fields,
) -> Programme:
    """Change a programme's details and, when given, its population groups, modules and steps."""
    access.require(actor, "change", programme)
    unknown = set(fields) - set(PROGRAMME_FIELDS)
    if unknown:
        raise ServiceError(f"These fields cannot be changed: {', '.join(sorted(unknown))}.")
    before = audit.snapshot(programme, PROGRAMME_FIELDS)
    for name, value in fields.items():
        setattr(programme, name, value)
    _check_dates(programme.starts_on, programme.ends_on)
    programme.save()
    lists_before = _lists_of(programme)
    _replace_lists(programme, population_groups=population_groups, modules=modules, steps=steps)
    changes = audit.diff(before, audit.snapshot(programme, PROGRAMME_FIELDS))
    changes.update(audit.diff(lists_before, _lists_of(programme)))
    audit.record(
        actor=actor,
        action="programme.update",
        target=programme,
        programme=programme,
        changes=changes,
    )
    return programme


def _lists_of(programme: Programme) -> dict:
    return {
        "population_groups": [
            f"{p.name}: {p.shared_needs}" if p.shared_needs else p.name
            for p in programme.population_groups.all()
        ],
        "modules": [m.name for m in programme.modules.all()],
        "steps": [s.name for s in programme.steps.all()],
    }


def _replace_lists(programme, *, population_groups=None, modules=None, steps=None) -> None:
    """Replace the ordered lists, keeping rows whose names stay so links to them survive."""
    if population_groups is not None:
        _sync(
            programme.population_groups,
            PopulationGroup,
            programme,
            [(name, {"shared_needs": needs}) for name, needs in population_groups],
            field="population_groups",
        )
    if modules is not None:
        _sync(
            programme.modules,
            DesignModule,
            programme,
            [(name, {}) for name in modules],
            field="modules",
        )
    if steps is not None:
        _sync(programme.steps, DesignStep, programme, [(name, {}) for name in steps], field="steps")


def _sync(manager, model, programme, items: list[tuple[str, dict]], *, field: str) -> None:
    names = [name for name, _ in items]
    if len(set(names)) != len(names):
        raise ServiceError(
            f"Each {model._meta.verbose_name} must have a different name.",
            field=field,
        )
    existing = {row.name: row for row in manager.all()}
    for position, (name, extra) in enumerate(items):
        row = existing.pop(name, None) or model(programme=programme, name=name)
        row.position = position
        for key, value in extra.items():
            setattr(row, key, value)
        row.save()
    for row in existing.values():
        if model is DesignModule and row.groups.exists():
            raise ServiceError(
                f"'{row.name}' still has a working group. Move the group to another module "
                "first, or keep the module.",
                field=field,
            )
        row.delete()


def _check_group(programme: Programme, values: dict, group: Group | None = None) -> None:
    parent, module = values.get("parent"), values.get("module")
    if parent is not None and parent.programme_id != programme.pk:
        raise ServiceError("Choose a parent group from this programme.", field="parent")
    if group is not None and parent is not None:
        node = parent
        while node is not None:
            if node.pk == group.pk:
                raise ServiceError(
                    "A group cannot sit under itself or under one of its own sub-groups.",
                    field="parent",
                )
            node = node.parent
    if module is not None and module.programme_id != programme.pk:
        raise ServiceError("Choose a design module from this programme.", field="module")
    low, high = values.get("min_members"), values.get("max_members")
    if low is not None and high is not None and low > high:
        raise ServiceError(
            "The smallest size cannot be more than the largest size.", field="max_members"
        )
    if values.get("kind") == GroupKind.WORKING_GROUP and module is None:
        raise ServiceError("Choose the design module this working group works on.", field="module")


@transaction.atomic
def group_create(*, actor, programme: Programme, name: str, kind: str, **values) -> Group:
    """Add a governance group; its lay partner minimum defaults from its kind."""
    access.require(actor, "change", programme)
    values = {"name": name, "kind": kind, **values}
    if values.get("min_lay_partners") is None:
        values["min_lay_partners"] = DEFAULT_MIN_LAY.get(kind, 0)
    _check_group(programme, values)
    try:
        with transaction.atomic():
            group = Group.objects.create(programme=programme, **values)
    except IntegrityError as error:
        raise ServiceError(
            "This programme already has a group with that name.", field="name"
        ) from error
    audit.record(
        actor=actor,
        action="group.create",
        target=group,
        programme=programme,
        changes=audit.snapshot(group, GROUP_FIELDS),
    )
    return group


@transaction.atomic
def group_update(*, actor, group: Group, **values) -> Group:
    """Change a group's details; membership changes go through the people services."""
    access.require(actor, "change", group.programme)
    unknown = set(values) - set(GROUP_FIELDS)
    if unknown:
        raise ServiceError(f"These fields cannot be changed: {', '.join(sorted(unknown))}.")
    before = audit.snapshot(group, GROUP_FIELDS)
    merged = {
        **before,
        **values,
        "parent": values.get("parent", group.parent),
        "module": values.get("module", group.module),
    }
    _check_group(group.programme, merged, group)
    for name, value in values.items():
        setattr(group, name, value)
    try:
        with transaction.atomic():
            group.save()
    except IntegrityError as error:
        raise ServiceError(
            "This programme already has a group with that name.", field="name"
        ) from error
    audit.record(
        actor=actor,
        action="group.update",
        target=group,
        programme=group.programme,
        changes=audit.diff(before, audit.snapshot(group, GROUP_FIELDS)),
    )
    return group
