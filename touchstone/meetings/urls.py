"""Meeting pages inside a programme (signed in)."""

from django.urls import path

from . import feed_views, needs_views, planning_views, views

app_name = "meetings"
urlpatterns = [
    path("<slug:slug>/meetings/", views.meeting_list, name="meeting_list"),
    path("<slug:slug>/meetings/new/", views.meeting_create, name="meeting_create"),
    path("<slug:slug>/meetings/plan/", planning_views.plan_create, name="plan_create"),
    path("<slug:slug>/meetings/plan/<int:pk>/", planning_views.plan_detail, name="plan_detail"),
    path(
        "<slug:slug>/meetings/plan/<int:pk>/publish/",
        planning_views.plan_publish,
        name="plan_publish",
    ),
    path(
        "<slug:slug>/groups/<int:group_pk>/when-and-where/",
        planning_views.group_preferences,
        name="group_preferences",
    ),
    path("<slug:slug>/meetings/attendance/", views.attendance_report, name="attendance_report"),
    path("<slug:slug>/meetings/<int:pk>/", views.meeting_detail, name="meeting_detail"),
    path("<slug:slug>/meetings/<int:pk>/edit/", views.meeting_edit, name="meeting_edit"),
    path("<slug:slug>/meetings/<int:pk>/cancel/", views.meeting_cancel, name="meeting_cancel"),
    path(
        "<slug:slug>/meetings/<int:pk>/attendance/",
        views.attendance_record,
        name="attendance_record",
    ),
    path("<slug:slug>/meetings/<int:pk>/letters/", views.meeting_letters, name="meeting_letters"),
    path("<slug:slug>/meetings/<int:pk>/reply/", views.attendance_reply, name="attendance_reply"),
    path("<slug:slug>/meetings/<int:pk>/agenda/", views.agenda_item_add, name="agenda_item_add"),
    path(
        "<slug:slug>/meetings/<int:pk>/agenda/<int:item_pk>/remove/",
        views.agenda_item_remove,
        name="agenda_item_remove",
    ),
    path("<slug:slug>/meetings/<int:pk>/meeting.ics", feed_views.meeting_ics, name="meeting_ics"),
    path("<slug:slug>/my-support-needs/", needs_views.my_support_needs, name="my_support_needs"),
    path(
        "<slug:slug>/people/<int:pk>/support-needs/",
        needs_views.person_support_needs,
        name="person_support_needs",
    ),
    path("<slug:slug>/groups/<int:group_pk>/meetings/", views.meeting_list, name="group_meetings"),
    path("<slug:slug>/groups/<int:group_pk>/calendar/", views.group_feed, name="group_feed"),
]
