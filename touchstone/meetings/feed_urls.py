"""Calendar addresses: subscribed feeds need no sign-in; getting your own link does."""

from django.urls import path

from . import feed_views

app_name = "calendar"
urlpatterns = [
    path("mine/", feed_views.my_feed, name="my_feed"),
    path("<str:token>.ics", feed_views.feed, name="feed"),
]
