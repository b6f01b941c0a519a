"""What every page's frame shows, in one query: the current language's home page, its live
children and its thematic area pages (menus, breadcrumbs, area links), and the live translations
of the page being shown (language switcher, hreflang links). Kept on the request, so the
templates' several tags share it.
"""

from dataclasses import dataclass

from django.db.models import Q
from django.utils.translation import get_language
from wagtail.models import Locale, Page

from home.content_cache import memoized
from home.models import ThematicAreaPage
from home.routing import find_site, home_page_path


@dataclass(frozen=True)
class FramePages:
    # The home page, its children and its thematic area pages, in tree order.
    sections: list
    # The page's live translations (itself included), keyed by language code.
    translations: dict


def language_codes():
    """Locale id -> language code, remembered per content generation."""
    return memoized("locales", lambda: dict(Locale.objects.values_list("pk", "language_code")))


def frame_pages(request, page):
    cache = request.__dict__.setdefault("_frame_pages", {})
    key = page.pk if page else None
    if key not in cache:
        cache[key] = _build(request, page)
    return cache[key]


def _home_path(request, page):
    """The tree path of the current language's home page: a page's ancestor at depth 2, else
    the remembered home page of the request's site."""
    if page is not None and len(page.path or "") >= Page.steplen * 2:
        return page.path[: Page.steplen * 2]
    site = find_site(request)
    return home_page_path(site, get_language())[1] if site else None


def _is_section(page, home_path):
    depth = len(home_path) // Page.steplen
    if not page.path.startswith(home_path):
        return False
    if page.depth in (depth, depth + 1):
        return True
    return page.depth == depth + 2 and page.content_type.model_class() is ThematicAreaPage


def _build(request, page):
    home_path = _home_path(request, page)
    wanted = Q(pk__in=[])
    if home_path:
        depth = len(home_path) // Page.steplen
        area = ThematicAreaPage._meta
        wanted = Q(path__startswith=home_path) & (
            Q(depth__in=[depth, depth + 1])
            | Q(
                depth=depth + 2,
                content_type__app_label=area.app_label,
                content_type__model=area.model_name,
            )
        )
    translation_key = getattr(page, "translation_key", None)
    if translation_key:
        wanted |= Q(translation_key=translation_key)
    pages = list(Page.objects.live().filter(wanted).select_related("content_type").order_by("path"))
    codes = language_codes()
    return FramePages(
        sections=[p for p in pages if home_path and _is_section(p, home_path)],
        translations={
            codes[p.locale_id]: p
            for p in pages
            if translation_key and p.translation_key == translation_key
        },
    )
