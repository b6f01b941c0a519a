"""The site search of each language, at /<language>/search/?q=...

Results are the live, public pages of the visitor's language only (filtered by locale in the
search itself). Queries are not stored anywhere: the view never calls Wagtail's
``Query.add_hit``, so no search term is kept, with or without personal data.
"""

import re
from urllib.parse import urlencode

from django.core.paginator import EmptyPage, PageNotAnInteger, Paginator
from django.shortcuts import render
from django.utils.html import escape
from django.utils.safestring import mark_safe
from django.utils.text import Truncator
from wagtail.models import Locale, Page

from home.models import HomePage
from home.templatetags.meta_tags import meta_description

PER_PAGE = 10
MAX_QUERY_LENGTH = 200
SNIPPET_LENGTH = 240


def search_view(request):
    query = " ".join(request.GET.get("q", "").split())[:MAX_QUERY_LENGTH]
    locale = Locale.get_active()
    results = None
    suggestions = []
    if query:
        pages = Page.objects.live().public().filter(locale=locale, depth__gt=1)
        paginator = Paginator(pages.search(query), PER_PAGE)
        try:
            results = paginator.page(request.GET.get("page", 1))
        except PageNotAnInteger:
            results = paginator.page(1)
        except EmptyPage:
            results = paginator.page(paginator.num_pages)
        specific = {
            page.pk: page
            for page in Page.objects.filter(pk__in=[page.pk for page in results]).specific()
        }
        results.object_list = [SearchResult(specific.get(page.pk, page), query) for page in results]
    if not query or not results.object_list:
        suggestions = main_sections(locale)
    return render(
        request,
        "home/search_results.html",
        {
            "query": query,
            "results": results,
            "suggestions": suggestions,
            "pagination_query": urlencode({"q": query}),
        },
    )


def main_sections(locale):
    """The menu pages of the language's home page, offered when a search finds nothing."""
    home = HomePage.objects.filter(locale=locale).live().first()
    if home is None:
        return []
    return list(home.get_children().live().public().in_menu())


class SearchResult:
    """A page found, with its title and a snippet where the search terms are marked."""

    def __init__(self, page, query):
        self.page = page
        terms = [re.escape(term) for term in query.split() if len(term) > 1]
        self.pattern = re.compile("|".join(terms), re.IGNORECASE) if terms else None
        self.title = highlight(page.title, self.pattern)
        self.snippet = highlight(excerpt(meta_description(page), self.pattern), self.pattern)


def excerpt(text, pattern):
    """About SNIPPET_LENGTH characters of ``text``, starting a little before the first match."""
    match = pattern.search(text) if pattern else None
    start = max(0, match.start() - 60) if match else 0
    if start:
        start = text.find(" ", start) + 1 or start
    prefix = "… " if start else ""
    return prefix + Truncator(text[start:]).chars(SNIPPET_LENGTH)


def highlight(text, pattern):
    """``text`` escaped, with each match of ``pattern`` in a <mark>: the only markup added."""
    if pattern is None:
        return escape(text)
    parts, last = [], 0
    for match in pattern.finditer(text):
        parts.append(escape(text[last : match.start()]))
        parts.append(f"<mark>{escape(match.group())}</mark>")
        last = match.end()
    parts.append(escape(text[last:]))
    return mark_safe("".join(parts))  # noqa: S308 - every piece of text is escaped above
