from django.apps import AppConfig


class PapersConfig(AppConfig):
    name = "touchstone.papers"
    label = "papers"
    verbose_name = "Meeting papers and minutes"
