"""Security headers the site adds on top of Django's SecurityMiddleware.

The Content-Security-Policy comes from django-csp (``CONTENT_SECURITY_POLICY`` in the settings,
strict for the public site). The Wagtail admin is the one exception: its own templates and
widgets use inline scripts and styles, and its preview frames its own pages, so the admin's URLs
get ``ADMIN_CONTENT_SECURITY_POLICY`` instead. Permissions-Policy has no Django setting, hence
the small middleware below.
"""

from csp.middleware import CSPMiddleware
from django.conf import settings
from django.urls import reverse


class ContentSecurityPolicyMiddleware(CSPMiddleware):
    """django-csp's middleware, with the admin's relaxed policy on the admin's URLs.

    ``get_policy_parts`` is django-csp's documented extension point; a view's own
    ``@csp_update``/``@csp_replace`` still applies on top of either policy.
    """

    def get_policy_parts(self, request, response, report_only=False):
        parts = super().get_policy_parts(request, response, report_only=report_only)
        if not report_only and parts.config is None and _is_admin(request):
            parts.config = settings.ADMIN_CONTENT_SECURITY_POLICY["DIRECTIVES"]
        return parts


def _is_admin(request):
    return request.path_info.startswith(reverse("wagtailadmin_home"))


class PermissionsPolicyMiddleware:
    """Turns off the browser features the site never uses (camera, geolocation, ...), so that no
    embedded or injected content can ask for them."""

    def __init__(self, get_response):
        self.get_response = get_response
        self.header = ", ".join(
            f"{feature}=({' '.join(allowed)})"
            for feature, allowed in settings.PERMISSIONS_POLICY.items()
        )

    def __call__(self, request):
        response = self.get_response(request)
        response.setdefault("Permissions-Policy", self.header)
        return response
