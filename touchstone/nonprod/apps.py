from django.apps import AppConfig


class NonprodConfig(AppConfig):
    name = "touchstone.nonprod"
    label = "nonprod"
