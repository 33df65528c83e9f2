"""Every URL Touchstone serves."""

from django.contrib import admin
from django.urls import include, path

from touchstone.core import views as core_views

from .api import api

admin.site.site_header = "Touchstone administration"

urlpatterns = [
    path("", core_views.home, name="home"),
    path("accessibility/", core_views.accessibility, name="accessibility"),
    path("privacy/", core_views.privacy, name="privacy"),
    path("accounts/", include("touchstone.accounts.urls")),
    path("programmes/", include("touchstone.programmes.urls")),
    path("programmes/", include("touchstone.people.urls")),
    path("programmes/", include("touchstone.drafts.urls")),
    path("programmes/", include("touchstone.recruitment.urls")),
    path("programmes/", include("touchstone.meetings.urls")),
    path("programmes/", include("touchstone.feedback.urls")),
    path("programmes/", include("touchstone.papers.urls")),
    path("programmes/", include("touchstone.insight.urls")),
    path("programmes/", include("touchstone.payments.urls")),
    path("join/", include("touchstone.recruitment.public_urls")),
    path("calendar/", include("touchstone.meetings.feed_urls")),
    path("", include("touchstone.feedback.public_urls")),
    path("api/v1/", api.urls),
    path("admin/", admin.site.urls),
]

handler403 = "touchstone.core.views.permission_denied"
handler404 = "touchstone.core.views.page_not_found"
handler500 = "touchstone.core.views.server_error"
