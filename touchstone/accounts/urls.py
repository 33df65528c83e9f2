from django.urls import path

from . import views

app_name = "accounts"
urlpatterns = [
    path("sign-in/", views.sign_in, name="sign_in"),
    path("sign-in/password/", views.sign_in_password, name="sign_in_password"),
    path("sign-in/check-your-email/", views.check_email, name="check_email"),
    path("sign-in/link/<str:uidb64>/<str:token>/", views.magic_link, name="magic_link"),
    path("sign-out/", views.sign_out, name="sign_out"),
    path("api-tokens/", views.tokens, name="tokens"),
]
