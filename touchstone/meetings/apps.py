from django.apps import AppConfig


class MeetingsConfig(AppConfig):
    name = "touchstone.meetings"
    label = "meetings"
    verbose_name = "Meetings"
