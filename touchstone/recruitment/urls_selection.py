"""URLs for selection runs, offers, vacancies, the population profile and representation."""

from django.urls import path

from . import offer_views, population_views, record_views, selection_views, vacancy_views

P = "<slug:slug>/recruitment/"

urlpatterns = [
    path(f"{P}population/", population_views.population_profile, name="population_profile"),
    path(f"{P}population/upload/", population_views.population_upload, name="population_upload"),
    path(f"{P}representation/", population_views.representation, name="representation"),
    path(f"{P}selections/", selection_views.run_list, name="run_list"),
    path(f"{P}selections/new/", selection_views.run_create, name="run_create"),
    path(f"{P}selections/<int:pk>/", selection_views.run_detail, name="run_detail"),
    path(f"{P}selections/<int:pk>/offer/", selection_views.run_offers_send, name="run_offers_send"),
    path(
        f"{P}selections/<int:pk>/next-reserve/",
        selection_views.run_next_reserve,
        name="run_next_reserve",
    ),
    path(f"{P}selections/<int:pk>/letters/", selection_views.run_letters, name="run_letters"),
    path(
        f"{P}selections/<int:pk>/record.json",
        record_views.run_record_download,
        name="run_record",
    ),
    path(f"{P}offers/<int:pk>/reply/", offer_views.offer_record, name="offer_record"),
    path(f"{P}vacancies/", vacancy_views.vacancy_list, name="vacancy_list"),
    path(f"{P}vacancies/<int:group_pk>/top-up/", vacancy_views.top_up_create, name="top_up_create"),
]
public_urlpatterns = [
    path("offers/<str:token>/", offer_views.offer_reply, name="offer_reply"),
]
