"""Liveness and readiness endpoints for load balancers and process supervisors.

``/health/live/`` says the process answers and touches nothing else, so a database or Redis
outage never gets healthy app servers restarted. ``/health/ready/`` checks what a request needs
(the database and the cache) and answers 503 naming the part that is down, so a load balancer
stops sending traffic to a server that cannot serve it.

They are answered by a middleware placed first: probes usually address a server by its IP
address (no host name from ALLOWED_HOSTS), over plain HTTP (no HTTPS redirect), and must never
be cached, open a session or be localised. The answers hold only "ok" or "unavailable": what
went wrong is logged, never shown.
"""

import logging
import uuid

from django.core.cache import cache
from django.db import connection
from django.http import JsonResponse
from django.utils.cache import add_never_cache_headers

logger = logging.getLogger(__name__)

LIVE_PATH = "/health/live/"
READY_PATH = "/health/ready/"
OK, UNAVAILABLE = "ok", "unavailable"


def database_status():
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            cursor.fetchone()
    except Exception:
        # Django drops a broken connection when the request ends; the next one reconnects.
        logger.warning("Readiness: the database is unavailable", exc_info=True)
        return UNAVAILABLE
    return OK


def cache_status():
    """A write read back: django-redis ignores connection errors in production (the site keeps
    serving without Redis), so only a value that round-trips proves the cache works."""
    key, value = f"health:{uuid.uuid4().hex}", uuid.uuid4().hex
    try:
        cache.set(key, value, timeout=10)
        working = cache.get(key) == value
        cache.delete(key)
    except Exception:
        logger.warning("Readiness: the cache is unavailable", exc_info=True)
        working = False
    if not working:
        logger.warning("Readiness: the cache does not keep values")
    return OK if working else UNAVAILABLE


def _answer(payload, status=200):
    response = JsonResponse(payload, status=status)
    add_never_cache_headers(response)
    return response


class HealthCheckMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.path == LIVE_PATH:
            return _answer({"status": OK})
        if request.path == READY_PATH:
            checks = {"database": database_status(), "cache": cache_status()}
            ready = all(status == OK for status in checks.values())
            return _answer(checks, status=200 if ready else 503)
        return self.get_response(request)
