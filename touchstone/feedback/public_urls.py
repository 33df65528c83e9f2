"""Public pages: the short link for giving feedback, and published 'you said, we did'."""

from django.urls import path

from . import public_views

app_name = "give"
urlpatterns = [
    path("f/<str:code>/", public_views.give, name="form"),
    path("f/<str:code>/thanks/", public_views.thanks, name="thanks"),
    path("you-said-we-did/<slug:slug>/", public_views.results_public, name="results"),
    path(
        "you-said-we-did/<slug:slug>/groups/<int:group_pk>/",
        public_views.results_public,
        name="group_results",
    ),
    path(
        "you-said-we-did/<slug:slug>/events/<str:code>/",
        public_views.results_public,
        name="event_results",
    ),
]
