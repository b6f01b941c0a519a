"""Run by tests/test_security_headers.py under the production settings (``manage.py shell``):
migrates an in-memory database, then prints as JSON the headers and cookies of the admin login
page over HTTPS, of a successful login, and of the same page over plain HTTP."""

import json

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.test import Client
from django.test.utils import override_settings

# The manifest of collected static files does not exist here; headers do not depend on it.
PLAIN_STATIC = {
    **settings.STORAGES,
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}


def _describe(response):
    return {
        "status": response.status_code,
        "headers": dict(response.headers),
        "cookies": {name: morsel.OutputString() for name, morsel in response.cookies.items()},
    }


call_command("migrate", verbosity=0)
get_user_model().objects.create_superuser("probe", "probe@example.org", "probe-password-1")
with override_settings(STORAGES=PLAIN_STATIC):
    client = Client(HTTP_HOST=settings.ALLOWED_HOSTS[0])
    login_page = client.get("/admin/login/", secure=True)
    logged_in = client.post(
        "/admin/login/",
        {"username": "probe", "password": "probe-password-1"},
        secure=True,
    )
    plain = Client(HTTP_HOST=settings.ALLOWED_HOSTS[0]).get("/admin/login/")
print(
    json.dumps(
        {
            "login_page": _describe(login_page),
            "logged_in": _describe(logged_in),
            "plain_http": _describe(plain),
        }
    )
)
