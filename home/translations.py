"""The language versions of the page being shown, for the language switcher and hreflang links.

Versions come from the page's own translation objects (wagtail-localize keeps them in step), never
from rewriting the language prefix of a URL, so a translated slug is always right.
"""

from dataclasses import dataclass

from django.conf import settings
from django.utils.translation import get_language
from wagtail.models import Page, Site


@dataclass(frozen=True)
class LanguageVersion:
    code: str
    name: str
    url: str
    is_current: bool
    # False when the page has no live translation in this language and the link falls back to
    # that language's home page: such a link is not an hreflang alternate of the page.
    is_translation: bool


def language_versions(request, page=None):
    """One LanguageVersion per configured language, in settings.LANGUAGES order.

    Costs one query per request for the page (plus one for the home pages when the page is not
    translated everywhere); the result is kept on the request so that the switcher and the
    hreflang links share it.
    """
    cache = request.__dict__.setdefault("_language_versions", {})
    key = page.pk if page else None
    if key not in cache:
        cache[key] = _build_versions(request, page)
    return cache[key]


def _live_translations(page):
    translations = page.get_translations(inclusive=True).live().select_related("locale")
    return {p.locale.language_code: p for p in translations}


def _build_versions(request, page):
    current = get_language()
    by_language = _live_translations(page) if page else {}
    if len(by_language) < len(settings.LANGUAGES):
        site = Site.find_for_request(request)
        homes = _live_translations(site.root_page) if site else {}
        by_language = {**homes, **by_language}
    return [
        LanguageVersion(
            code=code,
            name=name,
            url=by_language[code].get_url(request),
            is_current=code == current,
            is_translation=bool(page) and by_language[code].translation_key == page.translation_key,
        )
        for code, name in settings.LANGUAGES
        if code in by_language
    ]


def home_page_for(request):
    """The home page in the active language, falling back to the site's root page."""
    site = Site.find_for_request(request)
    if site is None:
        return None
    root = site.root_page
    return (
        Page.objects.live()
        .filter(translation_key=root.translation_key, locale__language_code=get_language())
        .first()
        or root
    )
