"""Pages for the ways in: role profiles, candidates, pool imports, the funnel, public forms."""

from django.urls import path

from . import intake_pool_views, intake_views, public_views

P = "<slug:slug>/recruitment/"
urlpatterns = [
    path(f"{P}roles/", intake_views.role_profile_list, name="role_profile_list"),
    path(f"{P}roles/add/", intake_views.role_profile_create, name="role_profile_create"),
    path(f"{P}roles/<int:pk>/", intake_views.role_profile_detail, name="role_profile_detail"),
    path(f"{P}roles/<int:pk>/edit/", intake_views.role_profile_edit, name="role_profile_edit"),
    path(f"{P}candidates/", intake_views.candidate_list, name="candidate_list"),
    path(f"{P}candidates/add/", intake_views.candidate_create, name="candidate_create"),
    path(f"{P}candidates/<int:pk>/", intake_views.candidate_detail, name="candidate_detail"),
    path(f"{P}candidates/<int:pk>/move/", intake_views.candidate_move, name="candidate_move"),
    path(
        f"{P}candidates/<int:pk>/demographics/",
        intake_views.candidate_demographics,
        name="candidate_demographics",
    ),
    path(
        f"{P}candidates/<int:pk>/demographics/delete/",
        intake_views.candidate_demographics_erase,
        name="candidate_demographics_erase",
    ),
    path(f"{P}import/", intake_pool_views.candidate_import, name="candidate_import"),
    path(
        f"{P}import/example.csv",
        intake_pool_views.candidate_import_example,
        name="candidate_import_example",
    ),
    path(f"{P}funnel/", intake_pool_views.funnel_report, name="funnel_report"),
]
public_urlpatterns = [
    path("<slug:slug>/<int:pk>/", public_views.public_role, name="role"),
    path("<slug:slug>/<int:pk>/apply/", public_views.public_apply, name="apply"),
    path("<slug:slug>/<int:pk>/nominate/", public_views.public_nominate, name="nominate"),
    path("<slug:slug>/<int:pk>/thanks/", public_views.public_thanks, name="thanks"),
]
