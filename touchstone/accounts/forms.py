"""Sign-in forms: an email for a link, or an email and password for staff."""

from django import forms
from django.contrib.auth import authenticate


class EmailLinkForm(forms.Form):
    email = forms.EmailField(
        label="Email address",
        widget=forms.EmailInput(attrs={"autocomplete": "email"}),
        error_messages={
            "required": "Enter your email address.",
            "invalid": "Enter an email address like name@example.com.",
        },
    )


class PasswordSignInForm(forms.Form):
    email = forms.EmailField(
        label="Email address",
        widget=forms.EmailInput(attrs={"autocomplete": "username"}),
        error_messages={
            "required": "Enter your email address.",
            "invalid": "Enter an email address like name@example.com.",
        },
    )
    password = forms.CharField(
        label="Password",
        widget=forms.PasswordInput(attrs={"autocomplete": "current-password"}),
        error_messages={"required": "Enter your password."},
    )

    def __init__(self, *args, request=None, refuse_with: str | None = None, **kwargs):
        super().__init__(*args, **kwargs)
        self.request = request
        self.refuse_with = refuse_with  # set when there have been too many attempts
        self.user = None

    def clean(self):
        data = super().clean()
        if self.refuse_with:
            raise forms.ValidationError(self.refuse_with)
        if self.errors:
            return data
        self.user = authenticate(
            self.request, username=data["email"].lower(), password=data["password"]
        )
        if self.user is None or not self.user.is_active:
            raise forms.ValidationError(
                "The email address or password is not right. Check them and try again."
            )
        return data


class ApiTokenForm(forms.Form):
    name = forms.CharField(
        label="What will use this token?",
        max_length=100,
        help_text="For example, Healthwatch reporting script.",
        error_messages={"required": "Say what will use this token."},
    )


class SignInAccessForm(forms.Form):
    role = forms.ChoiceField(
        label="What may they do?",
        widget=forms.RadioSelect,
        choices=[
            ("observer", "Look at the programme and its groups (observer)"),
            ("group_member", "Also see the people in it (group member)"),
            ("core_team_member", "The same, as a member of the core team"),
            ("programme_manager", "Change anything and see contact details (programme manager)"),
            ("finance", "Look, and approve, pay and export payment claims (finance officer)"),
        ],
        error_messages={"required": "Choose what they may do."},
    )
