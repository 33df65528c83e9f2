from django.apps import AppConfig


class InsightConfig(AppConfig):
    name = "touchstone.insight"
    label = "insight"
    verbose_name = "Insight: themes and feeling in feedback"
