from django.apps import AppConfig


class PeopleConfig(AppConfig):
    name = "touchstone.people"
    label = "people"
