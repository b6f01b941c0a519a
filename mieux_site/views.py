"""Error views for the whole site.

``server_error`` is Django's ``handler500``: it runs for any exception a view or middleware let
through, inside the ``except`` block that caught it. When that exception says the database cannot
be reached, the visitor gets a 503 page in their language that needs no database (the usual
layout reads menus and page translations from it) and a Retry-After; the site recovers by itself
because Django drops a broken connection at the end of the request and opens a new one on the
next. Any other error keeps Django's 500 page.
"""

import sys

from django.conf import settings
from django.db import InterfaceError, OperationalError
from django.template.response import TemplateResponse
from django.utils import translation
from django.utils.cache import add_never_cache_headers
from django.views import defaults

RETRY_AFTER_SECONDS = 30


def server_error(request):
    if isinstance(sys.exc_info()[1], OperationalError | InterfaceError):
        return database_unavailable(request)
    return defaults.server_error(request)


def database_unavailable(request):
    """The translated "temporarily unavailable" page (503) for when the database is down."""
    language = translation.get_language_from_path(request.path_info) or (
        translation.get_language_from_request(request)
    )
    with translation.override(language or settings.LANGUAGE_CODE):
        response = TemplateResponse(request, "503.html", status=503).render()
    response["Retry-After"] = str(RETRY_AFTER_SECONDS)
    add_never_cache_headers(response)
    return response
