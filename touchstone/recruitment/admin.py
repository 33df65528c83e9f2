"""Admin for recruitment. Demographic answers are deliberately not in the admin:
special category data is read only through the pages, by programme managers."""

from django.contrib import admin

from touchstone.core.admin import AuditedAdmin

from .models import Candidate, RoleProfile, SelectionRun


@admin.register(RoleProfile)
class RoleProfileAdmin(AuditedAdmin):
    list_display = ("title", "group", "programme", "payment", "is_open")
    list_filter = ("programme", "payment", "is_open")
    search_fields = ("title",)


@admin.register(Candidate)
class CandidateAdmin(AuditedAdmin):
    list_display = ("full_name", "programme", "role_profile", "route", "stage")
    list_filter = ("programme", "route", "stage")
    search_fields = ("full_name", "email", "reference")
    exclude = ("submission_key",)
    raw_id_fields = ("person", "nominated_by", "entered_by")

    def has_delete_permission(self, request, obj=None):
        return False  # withdraw a candidate instead, so the funnel keeps its history


@admin.register(SelectionRun)
class SelectionRunAdmin(admin.ModelAdmin):
    """Runs are a record of what the engine did: they can be read here, never changed."""

    list_display = ("__str__", "programme", "status", "k", "seed", "created_at")
    list_filter = ("programme", "status")

    def has_change_permission(self, request, obj=None):
        return False

    def has_add_permission(self, request):
        return False

    def has_delete_permission(self, request, obj=None):
        return False
