"""Every Touchstone URL, plus the bare insert view the feedback form is compared with."""

from django.urls import include, path

from . import views

urlpatterns = [
    path("bench/bare/<slug:round_name>/", views.bare_insert, name="bench_bare"),
    path("", include("touchstone.config.urls")),
]
