from django.apps import AppConfig


class RecruitmentConfig(AppConfig):
    name = "touchstone.recruitment"
    label = "recruitment"
    verbose_name = "Recruitment and selection"
