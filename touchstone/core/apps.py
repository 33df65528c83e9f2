from django.apps import AppConfig


class CoreConfig(AppConfig):
    name = "touchstone.core"
    label = "core"
    verbose_name = "Core"
