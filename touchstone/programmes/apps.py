from django.apps import AppConfig


class ProgrammesConfig(AppConfig):
    name = "touchstone.programmes"
    label = "programmes"
