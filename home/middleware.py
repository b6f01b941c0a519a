"""Keeps search engines out of every copy of the site but the production one."""

from django.conf import settings


class NoIndexOutsideProductionMiddleware:
    """Adds ``X-Robots-Tag: noindex, nofollow`` to every response (pages, documents, feeds)
    unless SITE_ENVIRONMENT is "production"; pages also carry the matching meta tag."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if settings.SITE_ENVIRONMENT != "production":
            response["X-Robots-Tag"] = "noindex, nofollow"
        return response
