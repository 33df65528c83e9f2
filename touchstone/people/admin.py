"""Admin for organisations, people, engagements and memberships."""

from django.contrib import admin

from touchstone.core.admin import AuditedAdmin

from .models import Engagement, Membership, Organisation, Person


@admin.register(Organisation)
class OrganisationAdmin(AuditedAdmin):
    list_display = ("name", "category")
    list_filter = ("category",)
    search_fields = ("name",)


@admin.register(Engagement)
class EngagementAdmin(AuditedAdmin):
    list_display = ("organisation", "programme", "status", "updated_at")
    list_filter = ("programme", "status")
    autocomplete_fields = ("organisation",)


@admin.register(Person)
class PersonAdmin(AuditedAdmin):
    list_display = ("full_name", "kind", "organisation", "preferred_contact")
    list_filter = ("kind", "programmes")
    search_fields = ("full_name", "email")
    autocomplete_fields = ("organisation", "user")
    filter_horizontal = ("programmes",)


@admin.register(Membership)
class MembershipAdmin(AuditedAdmin):
    list_display = ("person", "group", "role", "started_on", "ended_on")
    list_filter = ("group__programme", "role")
    search_fields = ("person__full_name", "group__name")
    autocomplete_fields = ("person", "group")

    def has_delete_permission(self, request, obj=None):
        return False  # end a membership instead, so its history is kept
