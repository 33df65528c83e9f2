"""Django admin for staff, with every admin change written to our audit log too."""

from django.contrib import admin

from . import audit
from .models import AuditEntry


def programme_of(obj):
    """Find the programme an object belongs to, for the audit entry."""
    for path in ("programme", "group.programme"):
        value = obj
        for part in path.split("."):
            value = getattr(value, part, None)
        if value is not None:
            return value
    return None


class AuditedAdmin(admin.ModelAdmin):
    """Record saves and deletes made in the admin, as services do for the pages."""

    def save_model(self, request, obj, form, change):
        super().save_model(request, obj, form, change)
        changes = {name: form.cleaned_data.get(name) for name in form.changed_data}
        audit.record(
            actor=request.user,
            action=f"admin.{'change' if change else 'add'}",
            target=obj,
            programme=programme_of(obj),
            changes=changes,
        )

    def delete_model(self, request, obj):
        audit.record(
            actor=request.user, action="admin.delete", target=obj, programme=programme_of(obj)
        )
        super().delete_model(request, obj)

    def delete_queryset(self, request, queryset):
        for obj in queryset:
            audit.record(
                actor=request.user, action="admin.delete", target=obj, programme=programme_of(obj)
            )
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
