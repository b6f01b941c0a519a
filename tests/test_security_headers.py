"""Security headers and cookies: the Content-Security-Policy of the public site, the form pages
and the admin; the production headers (HSTS, nosniff, Referrer-Policy, Permissions-Policy) and
cookie flags; the translated 503 page when the database cannot be reached."""

import json
from unittest import mock

import pytest
from django.db import InterfaceError, OperationalError
from django.test import Client

from tests.test_settings import BASE_DIR, PRODUCTION_ENV, _manage

RECAPTCHA_KEYS = {"RECAPTCHA_PUBLIC_KEY": "public-site-key", "RECAPTCHA_PRIVATE_KEY": "private-key"}
RECAPTCHA_HOSTS = ["www.google.com", "www.gstatic.com", "recaptcha.net"]


def policy(response):
    """The Content-Security-Policy header as {directive: [sources]}."""
    directives = {}
    for part in response["Content-Security-Policy"].split(";"):
        name, *sources = part.split()
        directives[name] = sources
    return directives


def _allows_recaptcha(directives):
    text = " ".join(" ".join(sources) for sources in directives.values())
    return any(host in text for host in RECAPTCHA_HOSTS)


@pytest.mark.parametrize("language", ["en", "pt"])
def test_public_pages_forbid_inline_scripts_eval_and_framing(client, home_pages, language):
    directives = policy(client.get(home_pages[language].url))

    assert directives["script-src"] == ["'self'"]
    assert directives["style-src"] == ["'self'"]
    assert directives["default-src"] == ["'self'"]
    assert directives["object-src"] == ["'none'"]
    assert directives["frame-ancestors"] == ["'none'"]
    assert not _allows_recaptcha(directives)


def test_no_policy_anywhere_allows_unsafe_scripts_on_the_public_site(
    client, home_pages, request_pages, roster_pages, settings
):
    settings.RECAPTCHA_PUBLIC_KEY = RECAPTCHA_KEYS["RECAPTCHA_PUBLIC_KEY"]
    settings.RECAPTCHA_PRIVATE_KEY = RECAPTCHA_KEYS["RECAPTCHA_PRIVATE_KEY"]
    for page in [home_pages["fr"], request_pages["fr"], roster_pages["es"]]:
        header = client.get(page.url)["Content-Security-Policy"]
        assert "unsafe-inline" not in header
        assert "unsafe-eval" not in header


def test_form_pages_allow_recaptcha_when_it_is_on(
    client, home_pages, request_pages, roster_pages, settings
):
    settings.RECAPTCHA_PUBLIC_KEY = RECAPTCHA_KEYS["RECAPTCHA_PUBLIC_KEY"]
    settings.RECAPTCHA_PRIVATE_KEY = RECAPTCHA_KEYS["RECAPTCHA_PRIVATE_KEY"]

    for page in [request_pages["en"], roster_pages["pt"]]:
        response = client.get(page.url)
        assert b"/recaptcha/api.js" in response.content
        directives = policy(response)
        assert "https://www.google.com/recaptcha/" in directives["script-src"]
        assert "https://www.gstatic.com/recaptcha/" in directives["script-src"]
        assert "https://www.google.com/recaptcha/" in directives["frame-src"]
        assert directives["frame-ancestors"] == ["'none'"]
    assert not _allows_recaptcha(policy(client.get(home_pages["en"].url)))


def test_form_pages_allow_no_recaptcha_host_when_it_is_off(
    client, request_pages, roster_pages, settings
):
    settings.RECAPTCHA_PUBLIC_KEY = RECAPTCHA_KEYS["RECAPTCHA_PUBLIC_KEY"]
    settings.RECAPTCHA_PRIVATE_KEY = RECAPTCHA_KEYS["RECAPTCHA_PRIVATE_KEY"]
    settings.RECAPTCHA_DISABLED = True

    for page in [request_pages["en"], roster_pages["pt"]]:
        response = client.get(page.url)
        assert b"recaptcha" not in response.content
        assert not _allows_recaptcha(policy(response))


def test_form_pages_in_error_keep_recaptcha_allowed(client, request_pages, settings):
    settings.RECAPTCHA_PUBLIC_KEY = RECAPTCHA_KEYS["RECAPTCHA_PUBLIC_KEY"]
    settings.RECAPTCHA_PRIVATE_KEY = RECAPTCHA_KEYS["RECAPTCHA_PRIVATE_KEY"]

    response = client.post(request_pages["en"].url, {})

    assert response.status_code == 400
    assert "https://www.google.com/recaptcha/" in policy(response)["script-src"]


def test_admin_has_its_own_policy_that_lets_its_preview_frame_it(admin_client):
    response = admin_client.get("/admin/")

    directives = policy(response)
    assert response.status_code == 200
    assert directives["frame-ancestors"] == ["'self'"]
    assert directives["frame-src"] == ["'self'"]
    assert "'unsafe-eval'" not in directives["script-src"]


def test_admin_page_preview_may_be_framed_by_the_admin_only(admin_client, home_pages):
    response = admin_client.get(f"/admin/pages/{home_pages['en'].pk}/edit/preview/")

    assert response.status_code == 200
    assert response["X-Frame-Options"] == "SAMEORIGIN"
    assert policy(response)["frame-ancestors"] == ["'self'"]


def test_public_pages_refuse_framing_in_the_older_header_too(client, home_pages):
    assert client.get(home_pages["en"].url)["X-Frame-Options"] == "DENY"


def test_every_response_turns_off_unused_browser_features(client, home_pages):
    header = client.get(home_pages["es"].url)["Permissions-Policy"]

    for feature in ["camera", "microphone", "geolocation", "payment"]:
        assert f"{feature}=()" in header


@pytest.fixture(scope="module")
def production():
    """Responses of the site running with the production settings (in a subprocess)."""
    script = (BASE_DIR / "tests" / "scripts" / "production_responses.py").read_text()
    result = _manage("shell", "-c", script, env=PRODUCTION_ENV)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout.strip().splitlines()[-1])


def test_production_sends_hsts_and_the_other_security_headers(production):
    headers = production["login_page"]["headers"]

    assert headers["Strict-Transport-Security"] == "max-age=63072000; includeSubDomains; preload"
    assert headers["X-Content-Type-Options"] == "nosniff"
    assert headers["Referrer-Policy"] == "strict-origin-when-cross-origin"
    assert "camera=()" in headers["Permissions-Policy"]
    assert "frame-ancestors" in headers["Content-Security-Policy"]
    assert headers["X-Frame-Options"] == "DENY"


def test_production_redirects_plain_http_to_https(production):
    plain = production["plain_http"]

    assert plain["status"] == 301
    assert plain["headers"]["Location"].startswith("https://")


def test_production_csrf_cookie_is_secure_httponly_and_samesite(production):
    cookie = production["login_page"]["cookies"]["csrftoken"]

    assert "; Secure" in cookie
    assert "; HttpOnly" in cookie
    assert "; SameSite=Lax" in cookie


def test_production_session_cookie_is_secure_httponly_and_samesite(production):
    assert production["logged_in"]["status"] == 302
    cookie = production["logged_in"]["cookies"]["sessionid"]

    assert "; Secure" in cookie
    assert "; HttpOnly" in cookie
    assert "; SameSite=Lax" in cookie


UNAVAILABLE = {
    "en": "Temporarily unavailable",
    "pt": "Temporariamente indisponível",
    "fr": "Temporairement indisponible",
    "es": "Temporalmente no disponible",
}


@pytest.mark.parametrize("language", UNAVAILABLE)
@pytest.mark.parametrize("error", [OperationalError, InterfaceError])
def test_database_outage_shows_a_translated_503_page(db, language, error):
    client = Client(raise_request_exception=False)
    with mock.patch(
        "wagtail.models.Site.find_for_request", side_effect=error("connection refused")
    ):
        response = client.get(f"/{language}/")

    assert response.status_code == 503
    assert response["Retry-After"] == "30"
    assert "no-store" in response["Cache-Control"]
    assert f'<html lang="{language}">' in response.content.decode()
    assert UNAVAILABLE[language] in response.content.decode()


def test_other_server_errors_keep_the_500_page(db):
    client = Client(raise_request_exception=False)
    with mock.patch("wagtail.models.Site.find_for_request", side_effect=RuntimeError("bug")):
        response = client.get("/fr/")

    assert response.status_code == 500
    assert UNAVAILABLE["fr"] not in response.content.decode()
