"""The Jinja2 environment: NHS.UK frontend macros plus Django's URL, static and messages."""

from django.contrib.messages import get_messages
from django.templatetags.static import static
from django.urls import reverse
from django.utils.formats import date_format
from jinja2 import ChainableUndefined, ChoiceLoader, Environment, PackageLoader

from touchstone.core.audit_display import action_text, changes_of


def url(name: str, *args, **kwargs) -> str:
    """Reverse a URL name inside templates, as `{% url %}` does in Django templates."""
    return reverse(name, args=args or None, kwargs=kwargs or None)


def nice_date(value, fmt: str = "j F Y") -> str:
    """Format a date the way GOV.UK and NHS.UK style guides ask: 3 March 2026."""
    return date_format(value, fmt) if value else ""


def environment(**options) -> Environment:
    """Build the environment Django's Jinja2 backend uses for every page."""
    app_loader = options.pop("loader", None)
    loaders = [app_loader] if app_loader else []
    options["loader"] = ChoiceLoader([*loaders, PackageLoader("nhsuk_frontend_jinja")])
    options["undefined"] = ChainableUndefined
    options.setdefault("autoescape", True)
    options["extensions"] = [*options.get("extensions", []), "jinja2.ext.do"]
    env = Environment(**options)  # noqa: S701 - autoescape is set above
    env.globals.update(url=url, static=static, get_messages=get_messages)
    env.globals.update(audit_action=action_text, audit_changes=changes_of)
    env.filters["nice_date"] = nice_date
    return env
