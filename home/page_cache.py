"""Whole-response caching of public content pages, and their HTTP caching headers.

``PageCacheMiddleware`` sits right after WhiteNoise, before sessions, CSRF and authentication,
so a hit costs a cache read and nothing else. A response is stored only when all of these hold:

* the request was an anonymous ``GET``/``HEAD`` without a query string and without a session
  cookie or a message cookie (an editor, or a visitor just back from a form with a message,
  always gets a fresh page; arbitrary query strings cannot fill the cache);
* the view marked it cacheable: a page whose class says ``cache_public_response = True``
  (content pages; never the form pages, their thank-you pages, the admin or previews, which do
  not go through the page serve view);
* rendering used no CSRF token, did not touch the session (messages, the user) and set no
  cookie; the status is 200.

Keys hold the content generation (``home.content_cache``), the host and the path, which carries
the language prefix: one entry per page and language, all invalidated by any content change.

Compression (BREACH). An attacker who can inject text into a page and watch the compressed size
of responses can recover a secret in the same response, byte by byte. So HTML is compressed here
only for responses that pass the test above: they are the same for every visitor and carry no
CSRF token, session-bound data or cookie, so there is no secret to recover. Pages with a form
are never compressed by the application (a TLS-terminating proxy should not compress them
either). Both gzip and brotli bodies are computed once, when the page is stored.

Headers. Cached pages say ``Cache-Control: public, max-age=…, s-maxage=…`` (browsers revalidate
soon, a CDN or Varnish keeps the page longer and is purged on publish by
``wagtail.contrib.frontend_cache``) and ``Vary: Accept-Encoding``. Pages that cannot be cached
say ``private, no-cache, no-store`` so no shared cache keeps a response carrying a token.
"""

import gzip

import brotli
from django.conf import settings
from django.core.cache import cache
from django.http import HttpResponse
from django.utils.cache import add_never_cache_headers, patch_cache_control, patch_vary_headers

from home.content_cache import generation

CACHEABLE = "_page_cache_ok"
ENCODINGS = ("br", "gzip")


def mark_cacheable(request):
    """Called by the serve view for pages whose class allows a shared cache."""
    setattr(request, CACHEABLE, True)


def _cache_key(request):
    return f"page:{generation()}:{request.get_host()}:{request.path}"


def _may_serve_cached(request):
    return (
        request.method in ("GET", "HEAD")
        and not request.META.get("QUERY_STRING")
        and settings.SESSION_COOKIE_NAME not in request.COOKIES
        # A message waiting in its cookie is shown by the next page rendered.
        and "messages" not in request.COOKIES
    )


def _may_store(request, response):
    session = getattr(request, "session", None)
    return (
        getattr(request, CACHEABLE, False)
        and response.status_code == 200
        and not response.streaming
        and not response.cookies
        and not request.META.get("CSRF_COOKIE_NEEDS_UPDATE")
        and not (session is not None and session.accessed)
        and not response.has_header("Cache-Control")
    )


def _preferred_encoding(request):
    accepted = request.META.get("HTTP_ACCEPT_ENCODING", "")
    accepted = {part.split(";")[0].strip() for part in accepted.split(",")}
    return next((encoding for encoding in ENCODINGS if encoding in accepted), None)


def _entry(response):
    """What is stored: the headers and the body in each encoding."""
    body = response.content
    return {
        "status": response.status_code,
        "headers": dict(response.items()),
        "bodies": {
            None: body,
            "gzip": gzip.compress(body, compresslevel=6, mtime=0),
            # Quality 5: about a millisecond for a page, smaller than gzip's best.
            "br": brotli.compress(body, quality=5, mode=brotli.MODE_TEXT),
        },
    }


def _response(entry, request):
    encoding = _preferred_encoding(request)
    response = HttpResponse(entry["bodies"][encoding], status=entry["status"])
    for name, value in entry["headers"].items():
        response[name] = value
    if encoding:
        response["Content-Encoding"] = encoding
    response["Content-Length"] = str(len(response.content))
    return response


def _public_headers(response):
    patch_cache_control(
        response,
        public=True,
        max_age=settings.PAGE_CACHE_MAX_AGE,
        s_maxage=settings.PAGE_CACHE_S_MAXAGE,
    )
    patch_vary_headers(response, ["Accept-Encoding"])


class PageCacheMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        key = None
        if _may_serve_cached(request):
            # Computed before rendering: a page rendered while the content changed is stored
            # under the old generation, never under the new one.
            key = _cache_key(request)
            entry = cache.get(key)
            if entry is not None:
                response = _response(entry, request)
                response["X-Page-Cache"] = "hit"
                return response
        response = self.get_response(request)
        if not hasattr(request, "_wagtail_route_for_request"):
            return response  # not a page: the admin, documents, redirects
        if key and _may_store(request, response):
            _public_headers(response)
            if settings.PAGE_CACHE_TIMEOUT:
                entry = _entry(response)
                cache.set(key, entry, timeout=settings.PAGE_CACHE_TIMEOUT)
                response = _response(entry, request)
                response["X-Page-Cache"] = "miss"
        elif not response.has_header("Cache-Control"):
            add_never_cache_headers(response)
            patch_cache_control(response, private=True)
        return response
