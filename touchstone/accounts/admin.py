"""Admin for users, programme roles and API tokens."""

from django.contrib import admin
from django.contrib.auth.admin import UserAdmin as BaseUserAdmin

from touchstone.core.admin import AuditedAdmin

from .models import ApiToken, ProgrammeRole, User


@admin.register(User)
class UserAdmin(BaseUserAdmin, AuditedAdmin):
    ordering = ("email",)
    list_display = ("email", "full_name", "is_staff", "is_active", "last_login")
    search_fields = ("email", "full_name")
    fieldsets = (
        (None, {"fields": ("email", "password")}),
        ("Personal details", {"fields": ("full_name",)}),
        (
            "Access",
            {"fields": ("is_active", "is_staff", "is_superuser", "groups", "user_permissions")},
        ),
        ("Dates", {"fields": ("last_login", "date_joined")}),
    )
    add_fieldsets = (
        (None, {"classes": ("wide",), "fields": ("email", "full_name", "password1", "password2")}),
    )


@admin.register(ProgrammeRole)
class ProgrammeRoleAdmin(AuditedAdmin):
    list_display = ("user", "programme", "role", "granted_at")
    list_filter = ("role", "programme")
    search_fields = ("user__email", "user__full_name")


@admin.register(ApiToken)
class ApiTokenAdmin(AuditedAdmin):
    list_display = ("name", "user", "created_at", "last_used_at", "revoked_at")
    readonly_fields = ("key_hash", "created_at", "last_used_at")
    fields = ("name", "user", "key_hash", "created_at", "last_used_at", "revoked_at")

    def has_add_permission(self, request):
        return False  # tokens are created on the API tokens page, which shows the secret once
