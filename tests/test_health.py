"""Health endpoints, and how the site behaves when the cache (Redis) or the database is down."""

import json
import socket
from unittest import mock

import pytest
from django.db import OperationalError

from forms.models import ExpressionOfInterest
from tests.fixtures.intake import eoi_data


def _closed_port():
    """A local port nothing listens on: connecting to it fails at once."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture
def redis_down(settings):
    """The production cache configuration, pointed at a Redis that is not there."""
    settings.CACHES = {
        "default": {
            "BACKEND": "django_redis.cache.RedisCache",
            "LOCATION": f"redis://127.0.0.1:{_closed_port()}/0",
            "OPTIONS": {
                "IGNORE_EXCEPTIONS": True,
                "SOCKET_CONNECT_TIMEOUT": 0.2,
                "SOCKET_TIMEOUT": 0.2,
            },
        }
    }
    settings.SESSION_ENGINE = "django.contrib.sessions.backends.cached_db"


def _never_cached(response):
    assert "no-store" in response["Cache-Control"]
    assert "X-Page-Cache" not in response


def test_liveness_answers_without_touching_the_database(client):
    """No ``db`` fixture: pytest-django makes any database access fail this test."""
    response = client.get("/health/live/", HTTP_HOST="10.0.0.7:8000")

    assert response.status_code == 200
    assert response.json() == {"status": "ok"}
    _never_cached(response)


def test_readiness_is_ok_when_database_and_cache_answer(client, db):
    response = client.get("/health/ready/", HTTP_HOST="10.0.0.7:8000")

    assert response.status_code == 200
    assert response.json() == {"database": "ok", "cache": "ok"}
    _never_cached(response)


def test_probes_are_not_redirected_to_https(client, db, settings):
    settings.SECURE_SSL_REDIRECT = True

    assert client.get("/health/live/").status_code == 200
    assert client.get("/health/ready/").status_code == 200
    assert client.get("/en/").status_code == 301


def test_readiness_names_the_database_when_it_is_down_and_hides_why(client, db):
    error = OperationalError("connection to server at 10.1.2.3 failed: password for mieux")
    with mock.patch("mieux_site.health.connection.cursor", side_effect=error):
        response = client.get("/health/ready/")

    assert response.status_code == 503
    assert response.json() == {"database": "unavailable", "cache": "ok"}
    assert b"10.1.2.3" not in response.content
    assert b"password" not in response.content
    _never_cached(response)


def test_readiness_names_the_cache_when_redis_is_down(client, db, redis_down):
    response = client.get("/health/ready/")

    assert response.status_code == 503
    assert json.loads(response.content) == {"database": "ok", "cache": "unavailable"}
    assert b"Error" not in response.content
    _never_cached(response)


def test_content_pages_are_served_when_redis_is_down(client, redis_down, home_pages):
    """Every request renders the page afresh: nothing can be kept, nothing fails."""
    for language in ("en", "pt", "pt"):
        response = client.get(home_pages[language].url)
        assert response.status_code == 200
        assert response["X-Page-Cache"] == "miss"


def test_submissions_are_stored_when_redis_is_down(client, redis_down, request_pages):
    """The rate limit cannot count without Redis; the form still stores what visitors send."""
    response = client.post(request_pages["fr"].url, eoi_data())

    assert response.status_code == 302
    assert ExpressionOfInterest.objects.count() == 1


def test_editors_stay_logged_in_when_redis_is_down(client, redis_down, admin_user):
    """Sessions are kept in the database and only read through the cache."""
    client.force_login(admin_user)

    response = client.get("/admin/")

    assert response.status_code == 200
    assert b"Dashboard" in response.content or b"dashboard" in response.content
