from django.apps import AppConfig


class AccountsConfig(AppConfig):
    name = "touchstone.accounts"
    label = "accounts"
