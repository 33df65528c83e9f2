"""Feedback, decision, action and document pages inside a programme (signed in)."""

from django.urls import path

from . import decision_views, document_views, event_views, results_views, views

app_name = "feedback"

P = "<slug:slug>/"
urlpatterns = [
    path(P + "feedback/", views.feedback_home, name="home"),
    path(P + "feedback/all/", views.item_list, name="item_list"),
    path(P + "feedback/new/", views.item_enter, name="item_enter"),
    path(P + "feedback/<int:pk>/", views.item_detail, name="item_detail"),
    path(P + "feedback/<int:pk>/sort/", views.item_triage, name="item_triage"),
    path(P + "feedback/<int:pk>/respond/", views.item_respond, name="item_respond"),
    path(P + "feedback/events/", event_views.event_list, name="event_list"),
    path(P + "feedback/events/new/", event_views.event_create, name="event_create"),
    path(P + "feedback/events/<int:pk>/", event_views.event_detail, name="event_detail"),
    path(P + "feedback/events/<int:pk>/poster/", event_views.event_poster, name="event_poster"),
    path(P + "feedback/events/<int:pk>/qr.svg", event_views.event_qr, name="event_qr"),
    path(P + "feedback/events/<int:pk>/open/", event_views.event_open, name="event_open"),
    path(P + "feedback/events/<int:event_pk>/type-in/", views.item_enter, name="event_enter"),
    path(P + "you-said-we-did/", results_views.results_page, name="results"),
    path(P + "you-said-we-did/settings/", results_views.results_settings, name="results_settings"),
    path(
        P + "you-said-we-did/export.<str:fmt>", results_views.results_export, name="results_export"
    ),
    path(
        P + "groups/<int:group_pk>/you-said-we-did/",
        results_views.results_page,
        name="group_results",
    ),
    path(
        P + "groups/<int:group_pk>/you-said-we-did/export.<str:fmt>",
        results_views.results_export,
        name="group_results_export",
    ),
    path(
        P + "feedback/events/<int:event_pk>/you-said-we-did/",
        results_views.results_page,
        name="event_results",
    ),
    path(
        P + "feedback/events/<int:event_pk>/you-said-we-did/export.<str:fmt>",
        results_views.results_export,
        name="event_results_export",
    ),
    path(P + "decisions/", decision_views.decision_list, name="decision_list"),
    path(P + "decisions/new/", decision_views.decision_create, name="decision_create"),
    path(P + "decisions/<int:pk>/", decision_views.decision_detail, name="decision_detail"),
    path(P + "decisions/<int:pk>/edit/", decision_views.decision_edit, name="decision_edit"),
    path(
        P + "decisions/<int:pk>/replace/",
        decision_views.decision_supersede,
        name="decision_supersede",
    ),
    path(P + "decisions/<int:pk>/actions/", decision_views.action_add, name="action_add"),
    path(
        P + "groups/<int:group_pk>/decisions/", decision_views.decision_list, name="group_decisions"
    ),
    path(P + "actions/", decision_views.action_list, name="action_list"),
    path(P + "actions/<int:pk>/status/", decision_views.action_status, name="action_status"),
    path(P + "documents/", document_views.document_list, name="document_list"),
    path(P + "documents/<int:pk>/", document_views.document_detail, name="document_detail"),
]
