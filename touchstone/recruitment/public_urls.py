"""Recruitment pages for the public, with no account: applying, nominating, replying to offers."""

from . import urls_intake, urls_selection

app_name = "join"
urlpatterns = [*urls_intake.public_urlpatterns, *urls_selection.public_urlpatterns]
