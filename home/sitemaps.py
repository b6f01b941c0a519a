"""The sitemap index, one sitemap per language and robots.txt.

Each language's sitemap lists its live, public pages that are not aliases, each with the
``xhtml:link`` alternates of its translations (and x-default, the English version), so search
engines show each visitor the page in their language. Built from the same four queries whatever
the size of the site: the view restrictions, the language's pages, every translation of them
and the site (for their URLs).
"""

from collections import defaultdict

from django.conf import settings
from django.db.models import Subquery
from django.http import Http404
from django.shortcuts import render
from django.urls import reverse
from django.views.decorators.http import require_safe
from wagtail.models import Page

from forms.models import JoinRosterPage, RequestAssistancePage


def indexable_pages():
    return Page.objects.live().public().filter(depth__gt=1, alias_of__isnull=True)


@require_safe
def sitemap_index(request):
    sitemaps = [
        request.build_absolute_uri(reverse("sitemap", args=[code]))
        for code, _ in settings.LANGUAGES
    ]
    return render(
        request, "sitemaps/index.xml", {"sitemaps": sitemaps}, content_type="application/xml"
    )


@require_safe
def sitemap(request, language):
    if language not in dict(settings.LANGUAGES):
        raise Http404
    indexable = indexable_pages()  # reads the view restrictions once
    in_language = indexable.filter(locale__language_code=language)
    pages = list(in_language.order_by("path"))
    keys = in_language.values("translation_key")
    versions = defaultdict(dict)
    for version in indexable.filter(translation_key__in=Subquery(keys)).select_related("locale"):
        versions[version.translation_key][version.locale.language_code] = _absolute_url(
            version, request
        )
    entries = []
    for page in pages:
        alternates = [
            (code, versions[page.translation_key][code])
            for code, _ in settings.LANGUAGES
            if code in versions[page.translation_key]
        ]
        default = versions[page.translation_key].get(settings.LANGUAGE_CODE)
        if default:
            alternates.append(("x-default", default))
        entries.append(
            {
                "url": _absolute_url(page, request),
                "lastmod": page.last_published_at,
                "alternates": alternates,
            }
        )
    return render(
        request, "sitemaps/sitemap.xml", {"entries": entries}, content_type="application/xml"
    )


def _absolute_url(page, request):
    """The page's URL on the host the request came to, as in the pages' canonical links."""
    return request.build_absolute_uri(page.get_url(request))


@require_safe
def robots_txt(request):
    """Points to the sitemap index; keeps crawlers out of the admin and the thank-you pages
    (each holds one visitor's reference)."""
    form_pages = Page.objects.live().type(RequestAssistancePage, JoinRosterPage)
    thank_you_paths = sorted(
        f"{url}thank-you/" for page in form_pages if (url := page.get_url(request))
    )
    return render(
        request,
        "sitemaps/robots.txt",
        {
            "sitemap": request.build_absolute_uri(reverse("sitemap_index")),
            "thank_you_paths": thank_you_paths,
        },
        content_type="text/plain",
    )
