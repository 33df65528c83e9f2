from django.urls import path

from . import access_views, views

app_name = "people"
urlpatterns = [
    path("<slug:slug>/people/", views.person_list, name="person_list"),
    path("<slug:slug>/people/new/", views.person_create, name="person_create"),
    path("<slug:slug>/people/<int:pk>/", views.person_detail, name="person_detail"),
    path("<slug:slug>/people/<int:pk>/edit/", views.person_edit, name="person_edit"),
    path("<slug:slug>/organisations/", views.organisation_list, name="organisation_list"),
    path("<slug:slug>/organisations/new/", views.organisation_create, name="organisation_create"),
    path(
        "<slug:slug>/organisations/<int:pk>/edit/",
        views.organisation_edit,
        name="organisation_edit",
    ),
    path(
        "<slug:slug>/groups/<int:group_pk>/members/new/",
        views.membership_add,
        name="membership_add",
    ),
    path("<slug:slug>/memberships/<int:pk>/", views.membership_edit, name="membership_edit"),
    path("<slug:slug>/access/", access_views.access_list, name="access_list"),
    path("<slug:slug>/people/<int:pk>/access/", access_views.person_access, name="person_access"),
]
