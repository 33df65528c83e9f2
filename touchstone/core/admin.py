"""Django admin for staff, with every admin change written to our audit log too."""

from django.contrib import admin

from . import audit
from .models import AuditEntry


def programmes_of(obj) -> list:
    """Find the programmes whose record of changes should show a change to this object."""
    for path in ("programme", "group.programme"):
        value = obj
        for part in path.split("."):
            value = getattr(value, part, None)
        if value is not None:
            return [value]
    if obj.pk and hasattr(obj, "programmes"):  # a person, on one or more registers
        return list(obj.programmes.all()) or [None]
    if obj.pk and hasattr(obj, "programme_roles"):  # a user, with roles in programmes
        return [role.programme for role in obj.programme_roles.select_related("programme")] or [
            None
        ]
    return [None]


def _record(request, action: str, obj, changes=None) -> None:
    for programme in programmes_of(obj):
        audit.record(
            actor=request.user, action=action, target=obj, programme=programme, changes=changes
        )


class AuditedAdmin(admin.ModelAdmin):
    """Record saves and deletes made in the admin, as services do for the pages.

    Saves are recorded after related rows are saved, so a change to the programmes a
    person is registered in reaches every programme's record, old and new.
    """

    def save_related(self, request, form, formsets, change):
        before = programmes_of(form.instance) if change else []
        super().save_related(request, form, formsets, change)
        changes = {name: form.cleaned_data.get(name) for name in form.changed_data}
        action = f"admin.{'change' if change else 'add'}"
        for programme in {*before, *programmes_of(form.instance)}:
            audit.record(
                actor=request.user,
                action=action,
                target=form.instance,
                programme=programme,
                changes=changes,
            )

    def delete_model(self, request, obj):
        _record(request, "admin.delete", obj)
        super().delete_model(request, obj)

    def delete_queryset(self, request, queryset):
        for obj in queryset:
            _record(request, "admin.delete", obj)
        super().delete_queryset(request, queryset)


@admin.register(AuditEntry)
class AuditEntryAdmin(admin.ModelAdmin):
    """The audit log is read-only, for everyone, always."""

    list_display = ("at", "actor_name", "action", "target_repr", "programme")
    list_filter = ("action", "programme")
    search_fields = ("actor_name", "target_repr", "action")
    date_hierarchy = "at"

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False
