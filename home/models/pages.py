from django.utils.translation import gettext_lazy as _
from wagtail.models import Page


class HomePage(Page):
    """The root of each language's tree."""

    parent_page_types = ["wagtailcore.Page"]

    class Meta:
        verbose_name = _("home page")
