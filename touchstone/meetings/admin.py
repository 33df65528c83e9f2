"""Admin for meetings: for looking, not changing.

Changes made here would skip the services, so calendars would never hear of them
(no SEQUENCE bump) and nobody new would be invited. Staff change meetings on the pages.
"""

from django.contrib import admin

from touchstone.core.admin import AuditedAdmin

from .models import AgendaItem, Attendance, Meeting


class ReadOnlyAdmin(AuditedAdmin):
    def has_add_permission(self, request, obj=None):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False


class AgendaItemInline(admin.TabularInline):
    model = AgendaItem
    extra = 0
    can_delete = False

    def has_add_permission(self, request, obj=None):
        return False

    def has_change_permission(self, request, obj=None):
        return False


@admin.register(Meeting)
class MeetingAdmin(ReadOnlyAdmin):
    list_display = ("title", "group", "kind", "start", "status", "sequence")
    list_filter = ("programme", "kind", "status")
    search_fields = ("title", "uid")
    inlines = [AgendaItemInline]


@admin.register(Attendance)
class AttendanceAdmin(ReadOnlyAdmin):
    list_display = ("person", "meeting", "status", "updated_at")
    list_filter = ("status",)
