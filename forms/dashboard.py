"""The dashboard panel: how many New submissions of each type wait, linking to the listings."""

from django.urls import reverse
from django.utils.text import capfirst
from wagtail.admin.ui.components import Component
from wagtail.permissions import policy_registry

from forms.models import ExpertApplication, ExpressionOfInterest, Status

SUBMISSION_MODELS = (ExpressionOfInterest, ExpertApplication)


class NewSubmissionsPanel(Component):
    name = "new_submissions"
    template_name = "forms/admin/new_submissions_panel.html"
    order = 50

    def __init__(self, models):
        self.models = models

    def get_context_data(self, parent_context):
        rows = []
        for model in self.models:
            url = reverse(model.snippet_viewset.get_url_name("list"))
            rows.append(
                {
                    "label": capfirst(model._meta.verbose_name_plural),
                    "count": model.objects.filter(status=Status.NEW).count(),
                    "url": f"{url}?status={Status.NEW}",
                }
            )
        return {"rows": rows}


def visible_models(user):
    """The submission types this user may see."""
    return [
        model
        for model in SUBMISSION_MODELS
        if policy_registry.get_by_type(model).user_has_any_permission(user, ["view", "change"])
    ]


def add_new_submissions_panel(request, panels):
    models = visible_models(request.user)
    if models:
        panels.append(NewSubmissionsPanel(models))
