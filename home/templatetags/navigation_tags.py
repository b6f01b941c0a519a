"""Navigation in the visitor's language: main menu, footer menu, breadcrumbs, footer texts.

The menus are the live children of the current language's home page: those marked "show in menus"
form the main menu, the legal pages the footer menu. One query serves both (kept on the request),
breadcrumbs cost one more on inner pages, so the count never grows with the number of pages.
"""

from dataclasses import dataclass

from django import template
from django.utils.translation import get_language
from wagtail.models import Page

from home.models import FooterText, LegalPage
from home.translations import home_page_for

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


def _home_path(request, page):
    """The tree path of the current language's home page, without a query when a page is shown
    (a page's home is its ancestor at depth 2)."""
    if page is not None and page.depth >= 2:
        return page.path[: Page.steplen * 2]
    home = home_page_for(request)
    return home.path if home else None


def _sections(request, page):
    cache = request.__dict__.setdefault("_navigation_sections", {})
    key = page.pk if page else None
    if key not in cache:
        home_path = _home_path(request, page)
        cache[key] = (
            list(
                Page.objects.live()
                .filter(depth=len(home_path) // Page.steplen + 1, path__startswith=home_path)
                .select_related("content_type")
                .order_by("path")
            )
            if home_path
            else []
        )
    return cache[key]


def _items(request, page, pages):
    return [MenuItem(p.title, p.get_url(request), _current(p, page)) for p in pages]


@register.inclusion_tag("includes/main_menu.html", takes_context=True)
def main_menu(context):
    request, page = context["request"], context.get("page")
    pages = [p for p in _sections(request, page) if p.show_in_menus]
    return {"items": _items(request, page, pages)}


@register.inclusion_tag("includes/footer_menu.html", takes_context=True)
def footer_menu(context):
    request, page = context["request"], context.get("page")
    legal = LegalPage._meta
    pages = [
        p
        for p in _sections(request, page)
        if (p.content_type.app_label, p.content_type.model) == (legal.app_label, legal.model_name)
    ]
    return {"items": _items(request, page, pages)}


@register.inclusion_tag("includes/breadcrumbs.html", takes_context=True)
def breadcrumbs(context):
    """The ancestors of an inner page from its home page down; nothing on a home page."""
    request, page = context["request"], context.get("page")
    if page is None or page.depth <= 2:
        return {"ancestors": []}
    ancestors = page.get_ancestors().filter(depth__gte=2)
    return {
        "ancestors": [(p.get_url(request), p.depth == 2, p.title) for p in ancestors],
        "page": page,
    }


@register.simple_tag
def footer_text():
    """The footer statements in the active language, or None (the template then falls back to
    its gettext strings)."""
    return FooterText.objects.filter(locale__language_code=get_language()).first()
