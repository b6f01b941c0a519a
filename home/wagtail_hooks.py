"""Admin registrations of the content app's snippets."""

from django.utils.translation import gettext_lazy as _
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from home.models import Action


class ActionViewSet(SnippetViewSet):
    """The Actions shown on "Where MIEUX+ is active"; a menu item of their own because editors
    update them more often than any other snippet."""

    model = Action
    icon = "site"
    menu_label = _("Actions")
    add_to_admin_menu = True
    menu_order = 250
    list_display = ["name", "region", "status", "start_year", "end_year", "locale"]
    list_filter = ["region", "status", "thematic_areas", "locale"]
    # A few hundred rows at most: the database's own text search needs no index to keep fresh.
    search_backend_name = None
    search_fields = ["name", "institution", "summary"]
    list_export = [
        "name",
        "countries",
        "institution",
        "get_region_display",
        "get_status_display",
        "start_year",
        "end_year",
        "locale",
    ]
    export_headings = {"get_region_display": _("Region"), "get_status_display": _("Status")}
    export_filename = "mieux-actions"
    inspect_view_enabled = True


register_snippet(ActionViewSet)
