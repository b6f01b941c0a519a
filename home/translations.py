"""The language versions of the page being shown, for the language switcher and hreflang links.

Versions come from the page's own translation objects (wagtail-localize keeps them in step), never
from rewriting the language prefix of a URL, so a translated slug is always right.
"""

from dataclasses import dataclass

from django.conf import settings
from django.urls import reverse
from django.utils.translation import get_language, override
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

    The translations come with the navigation's query (``home.frame``); the result is kept on
    the request so that the switcher and the hreflang links share it.
    """
    cache = request.__dict__.setdefault("_language_versions", {})
    key = page.pk if page else None
    if key not in cache:
        cache[key] = _build_versions(request, page)
    return cache[key]


def home_url(language_code=None):
    """The home page of a language (the active one by default): the root of its URL prefix."""
    with override(language_code or get_language()):
        return reverse("wagtail_serve", args=[""])


def _build_versions(request, page):
    from home.frame import frame_pages

    current = get_language()
    translations = {
        code: translation.get_url(request)
        for code, translation in frame_pages(request, page).translations.items()
    }
    return [
        LanguageVersion(
            code=code,
            name=name,
            # A language the page is not translated into falls back to that language's home.
            url=translations.get(code) or home_url(code),
            is_current=code == current,
            is_translation=code in translations,
        )
        for code, name in settings.LANGUAGES
    ]


def home_page_for(request):
    """The live home page in the active language (one query), for views without a page, such as
    the 404 page; the site's root page when that language has none."""
    site = Site.find_for_request(request)
    if site is None:
        return None
    root = site.root_page
    translated = (
        Page.objects.live()
        .filter(translation_key=root.translation_key, locale__language_code=get_language())
        .first()
    )
    return translated or root
