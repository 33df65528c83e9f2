from django.urls import path

from . import views

app_name = "programmes"
urlpatterns = [
    path("", views.programme_list, name="list"),
    path("new/", views.programme_create, name="create"),
    path("<slug:slug>/", views.programme_overview, name="overview"),
    path("<slug:slug>/edit/", views.programme_edit, name="edit"),
    path("<slug:slug>/changes/", views.audit_log, name="audit"),
    path("<slug:slug>/groups/new/", views.group_create, name="group_create"),
    path("<slug:slug>/groups/<int:pk>/", views.group_detail, name="group_detail"),
    path("<slug:slug>/groups/<int:pk>/edit/", views.group_edit, name="group_edit"),
]
