from django.apps import AppConfig


class DraftsConfig(AppConfig):
    name = "touchstone.drafts"
    label = "drafts"
    verbose_name = "Checking drafts for plain language"
