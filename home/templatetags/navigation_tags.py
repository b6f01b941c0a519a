"""Navigation in the visitor's language: main menu, footer menu, breadcrumbs, footer texts.

One query (``home.frame``, shared with the language switcher) fetches the current language's home
page, its live children and its thematic area pages: the children marked "show in menus" form the
main menu, the legal pages the footer menu, and the areas the home page's teaser and the
breadcrumbs. The footer text is remembered per content generation, so the count never grows with
the number of pages.
"""

from dataclasses import dataclass

from django import template
from django.utils.translation import get_language

from home.content_cache import memoized
from home.frame import frame_pages
from home.models import FooterText, LegalPage, ThematicAreaPage

register = template.Library()


@dataclass(frozen=True)
class MenuItem:
    title: str
    url: str
    # "page" for the page being shown, "true" for the section it belongs to, else None.
    current: str | None


def _current(item, page):
    if page is None:
        return None
    if item.pk == page.pk:
        return "page"
    if page.path.startswith(item.path):
        return "true"
    return None


def _is(page, model):
    meta = model._meta
    return (page.content_type.app_label, page.content_type.model) == (
        meta.app_label,
        meta.model_name,
    )


def _sections(request, page):
    """The home page, its children and its thematic area pages, in tree order."""
    return frame_pages(request, page).sections


def _children(request, page):
    sections = _sections(request, page)
    return [p for p in sections if p.depth == sections[0].depth + 1] if sections else []


def _items(request, page, pages):
    return [MenuItem(p.title, p.get_url(request), _current(p, page)) for p in pages]


@register.simple_tag(takes_context=True)
def thematic_area_links(context):
    """(title, url) of each thematic area page in the language being shown."""
    request, page = context["request"], context.get("page")
    return [
        (p.title, p.get_url(request)) for p in _sections(request, page) if _is(p, ThematicAreaPage)
    ]


@register.inclusion_tag("includes/main_menu.html", takes_context=True)
def main_menu(context):
    request, page = context["request"], context.get("page")
    pages = [p for p in _children(request, page) if p.show_in_menus]
    return {"items": _items(request, page, pages)}


@register.inclusion_tag("includes/footer_menu.html", takes_context=True)
def footer_menu(context):
    request, page = context["request"], context.get("page")
    pages = [p for p in _children(request, page) if _is(p, LegalPage)]
    return {"items": _items(request, page, pages)}


@register.inclusion_tag("includes/breadcrumbs.html", takes_context=True)
def breadcrumbs(context):
    """The ancestors of an inner page from its home page down; nothing on a home page."""
    request, page = context["request"], context.get("page")
    if page is None or not page.depth or page.depth <= 2:
        return {"ancestors": []}
    ancestors = [
        p for p in _sections(request, page) if page.path.startswith(p.path) and p.pk != page.pk
    ]
    if len(ancestors) != page.depth - 2:
        # Deeper than the sections reach: ask the tree.
        ancestors = page.get_ancestors().filter(depth__gte=2)
    return {
        "ancestors": [(p.get_url(request), p.depth == 2, p.title) for p in ancestors],
        "page": page,
    }


@register.simple_tag
def footer_text():
    """The footer statements in the active language, or None (the template then falls back to
    its gettext strings)."""
    language = get_language()
    return memoized(
        ("footer-text", language),
        lambda: FooterText.objects.filter(locale__language_code=language).first(),
    )
