from django import template
from django.utils.html import strip_tags
from django.utils.text import Truncator

register = template.Library()


@register.simple_tag
def meta_description(page):
    """The page's search description, else the plain text of its introduction (content pages
    have a plain ``introduction``, the overview and form pages a rich-text ``intro``)."""
    if not page:  # views without a page (e.g. the 404 page) pass an empty string
        return ""
    text = page.search_description or getattr(page, "introduction", "") or ""
    if not text:
        text = strip_tags(getattr(page, "intro", "") or "")
    return Truncator(" ".join(text.split())).chars(300)
