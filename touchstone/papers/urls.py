"""Papers and minutes pages inside a programme (signed in)."""

from django.urls import path

from . import views

app_name = "papers"

M = "<slug:slug>/meetings/<int:pk>/"
urlpatterns = [
    path(M + "papers/", views.meeting_papers, name="meeting_papers"),
    path(M + "papers/<int:paper_pk>/file/", views.paper_download, name="paper_download"),
    path(M + "minutes/", views.minutes_edit, name="minutes_edit"),
    path(M + "minutes/send/", views.minutes_circulate, name="minutes_circulate"),
    path(M + "minutes/approve/", views.minutes_approve, name="minutes_approve"),
    path(
        "<slug:slug>/groups/<int:group_pk>/papers-notice/", views.group_notice, name="group_notice"
    ),
]
