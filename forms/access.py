"""A real 403 for staff who may not open the inbox.

Wagtail answers a ``PermissionDenied`` in its admin views with a redirect to the dashboard and a
flash message; for submissions, which hold personal data, the inbox answers with an explicit
"403 Forbidden" instead, so that denials are visible in logs and testable as such.
"""

from django.core.exceptions import PermissionDenied
from django.template.response import TemplateResponse


def forbidden(request):
    return TemplateResponse(request, "forms/admin/forbidden.html", status=403)


class ForbiddenMixin:
    """For the inbox's admin views: turn a refused permission check into a 403 page."""

    def dispatch(self, request, *args, **kwargs):
        try:
            return super().dispatch(request, *args, **kwargs)
        except PermissionDenied:
            return forbidden(request)
