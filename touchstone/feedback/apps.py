from django.apps import AppConfig


class FeedbackConfig(AppConfig):
    name = "touchstone.feedback"
    label = "feedback"
    verbose_name = "Feedback, decisions and actions"
