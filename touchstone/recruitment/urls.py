"""Recruitment pages inside a programme (signed in)."""

from django.urls import path

from . import urls_intake, urls_selection, views

app_name = "recruitment"
urlpatterns = [
    path("<slug:slug>/recruitment/", views.recruitment_home, name="home"),
    *urls_intake.urlpatterns,
    *urls_selection.urlpatterns,
]
