"""Admin registrations of the content app's snippets."""

from django.utils.translation import gettext_lazy as _
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from home.models import Action, FooterText, Testimonial, Topic


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


class TestimonialViewSet(SnippetViewSet):
    model = Testimonial
    icon = "openquote"
    list_display = ["quote", "attribution", "locale", "sort_order"]
    search_fields = ["quote", "attribution"]
    list_export = ["quote", "attribution", "locale", "sort_order"]
    inspect_view_enabled = True
    ordering = ["sort_order", "pk"]


class FooterTextViewSet(SnippetViewSet):
    model = FooterText
    icon = "doc-full"
    list_display = ["__str__", "funding_statement", "locale"]


class ContentSnippetsViewSetGroup(SnippetViewSetGroup):
    items = (TestimonialViewSet, FooterTextViewSet)
    menu_icon = "snippet"
    menu_label = _("Site texts")
    menu_name = "site-texts"


class TopicViewSet(SnippetViewSet):
    """The topics news and knowledge items are tagged with, translated like other snippets."""

    model = Topic
    icon = "tag"
    menu_label = _("Topics")
    list_display = ["name", "slug", "locale"]
    search_fields = ["name"]


register_snippet(ActionViewSet)
register_snippet(TopicViewSet)
register_snippet(ContentSnippetsViewSetGroup)
