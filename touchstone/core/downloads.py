"""Files handed to one signed-in person: never kept by a browser's or proxy's cache."""

from django.http import HttpResponse
from django.utils.cache import patch_cache_control


def private_download(content, content_type: str, name: str) -> HttpResponse:
    """Return the content as a download called `name`, marked private and not to be stored."""
    response = HttpResponse(content, content_type=content_type)
    response["Content-Disposition"] = f'attachment; filename="{name}"'
    patch_cache_control(response, private=True, no_store=True)
    return response
