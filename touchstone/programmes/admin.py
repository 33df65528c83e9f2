"""Admin for programmes and their groups."""

from django.contrib import admin

from touchstone.core.admin import AuditedAdmin

from .models import DesignModule, DesignStep, Group, PopulationGroup, Programme


class PopulationGroupInline(admin.TabularInline):
    model = PopulationGroup
    extra = 0


class DesignModuleInline(admin.TabularInline):
    model = DesignModule
    extra = 0


class DesignStepInline(admin.TabularInline):
    model = DesignStep
    extra = 0


@admin.register(Programme)
class ProgrammeAdmin(AuditedAdmin):
    list_display = ("name", "area", "starts_on", "ends_on")
    search_fields = ("name", "area")
    prepopulated_fields = {"slug": ("name",)}
    inlines = [PopulationGroupInline, DesignModuleInline, DesignStepInline]


@admin.register(Group)
class GroupAdmin(AuditedAdmin):
    list_display = ("name", "programme", "kind", "cadence", "min_lay_partners")
    list_filter = ("programme", "kind")
    search_fields = ("name",)
    autocomplete_fields = ("parent",)
