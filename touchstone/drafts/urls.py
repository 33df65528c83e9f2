from django.urls import path

from . import views

app_name = "drafts"
urlpatterns = [
    path("<slug:slug>/check-writing/", views.writing_check, name="writing_check"),
    path(
        "<slug:slug>/check-writing/terms/",
        views.programme_term_list,
        name="programme_term_list",
    ),
    path(
        "<slug:slug>/check-writing/terms/<int:pk>/remove/",
        views.programme_term_remove,
        name="programme_term_remove",
    ),
]
