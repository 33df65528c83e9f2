"""Insight pages inside a programme: runs over feedback or a CSV file, and corrections."""

from django.urls import path

from . import views

app_name = "insight"

P = "<slug:slug>/insight/"
urlpatterns = [
    path(P, views.insight_home, name="home"),
    path(P + "start/", views.run_start, name="run_start"),
    path(P + "upload/", views.run_upload, name="run_upload"),
    path(P + "runs/<int:pk>/", views.run_detail, name="run_detail"),
    path(P + "runs/<int:pk>/resume/", views.run_resume, name="run_resume"),
    path(P + "comments/<int:pk>/correct/", views.row_correct, name="row_correct"),
    path(P + "model/", views.model_page, name="model"),
    path(P + "model/retrain/", views.model_retrain, name="model_retrain"),
]
