"""Admin registration of the content snippets."""

from django.utils.translation import gettext_lazy as _
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from home.models import FooterText, Testimonial


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


register_snippet(ContentSnippetsViewSetGroup)
