"""The site search: one language at a time, marked snippets, pagination, suggestions when
nothing is found, the header's search box, and nothing written to the database."""

import re

import pytest
from django.conf import settings
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import Page

from home.models import NewsIndexPage, NewsPage
from home.search import highlight


def _results(html):
    return re.findall(r'<li class="search-result">\s*<h3><a href="([^"]+)">', html)


def _search(client, language, query, page=None):
    url = f"/{language}/search/?q={query}" + (f"&page={page}" if page else "")
    response = client.get(url)
    assert response.status_code == 200
    return response.content.decode()


def test_search_in_french_never_returns_a_portuguese_page(client, db):
    # "MIEUX+" is in pages of every language; "Notícias" only in Portuguese ones.
    html = _search(client, "fr", "MIEUX%2B")
    found = _results(html)
    assert found and all(url.startswith("/fr/") for url in found)
    assert re.search(r"<h2>\d+ résultats? pour", html)
    assert not _results(_search(client, "fr", "Notícias"))
    assert _results(_search(client, "pt", "Notícias"))


@pytest.mark.parametrize("language", ["en", "pt", "fr", "es"])
def test_every_result_is_a_live_page_of_the_visitors_language(client, db, language):
    total = 0
    for page in range(1, 4):
        found = _search(client, language, "MIEUX", page)
        urls = _results(found)
        pages = {p.url: p for p in Page.objects.live().filter(locale__language_code=language)}
        assert all(url in pages for url in urls)
        total += len(urls)
    assert total


def test_results_are_paginated_and_keep_the_query(client, db):
    first = _search(client, "en", "MIEUX")
    assert len(_results(first)) == 10
    assert 'href="?q=MIEUX&amp;page=2"' in first
    second = _search(client, "en", "MIEUX", 2)
    assert set(_results(second)).isdisjoint(_results(first))


def test_snippets_mark_the_terms_and_escape_everything_else(client, db):
    index = NewsIndexPage.objects.get(locale__language_code="en")
    page = NewsPage(
        title="Zanzibar <script>alert(1)</script> meeting",
        slug="zanzibar",
        date="2026-01-01",
        summary='Officials met in Zanzibar & talked "openly" <b>here</b>.',
    )
    index.add_child(instance=page)
    page.save_revision().publish()

    html = _search(client, "en", "zanzibar")
    assert "<mark>Zanzibar</mark> &lt;script&gt;alert(1)&lt;/script&gt; meeting" in html
    assert "met in <mark>Zanzibar</mark> &amp; talked &quot;openly&quot; &lt;b&gt;here" in html
    assert "<script>alert(1)" not in html


def test_highlight_marks_every_term_whatever_its_case():
    pattern = re.compile("migra|eu", re.IGNORECASE)
    marked = highlight("Migration EU <x>", pattern)
    assert marked == "<mark>Migra</mark>tion <mark>EU</mark> &lt;x&gt;"


def test_no_results_page_suggests_the_main_sections(client, db):
    html = _search(client, "es", "xylophonequartz")
    assert "No hay resultados para «xylophonequartz»" in html
    sections = Page.objects.live().in_menu().filter(locale__language_code="es", depth=3)
    links = re.findall(r'<ul class="area-links">(.*?)</ul>', html, re.S)[0]
    assert sections.exists()
    for section in sections:
        assert f'href="{section.url}"' in links


def test_search_writes_nothing_to_the_database(client, db):
    """No query is stored (Wagtail's Query.add_hit is never called), so none holds personal
    data."""
    with CaptureQueriesContext(connection) as queries:
        _search(client, "en", "migration")
        _search(client, "en", "nothing-at-all-here")
    statements = [q["sql"].lstrip().split(None, 1)[0].upper() for q in queries]
    assert set(statements) == {"SELECT"}


def test_header_has_a_labelled_search_landmark_on_every_page(client, db):
    html = client.get("/pt/").content.decode()
    form = re.search(r'<form class="site-search"[^>]*>.*?</form>', html, re.S).group()
    assert 'role="search"' in form and 'action="/pt/search/"' in form
    label = '<label class="visually-hidden" for="site-search-query">Pesquisar no sítio</label>'
    assert label in form
    assert 'id="site-search-query" name="q"' in form


def test_search_results_are_not_indexed(client, db):
    assert '<meta name="robots" content="noindex">' in _search(client, "en", "MIEUX")


def test_search_uses_the_database_backend_with_language_configurations():
    from home.search_backend import LANGUAGE_CONFIGS, SearchBackend

    assert settings.WAGTAILSEARCH_BACKENDS["default"]["BACKEND"] == "home.search_backend"
    assert LANGUAGE_CONFIGS == {
        "en": "english",
        "pt": "portuguese",
        "fr": "french",
        "es": "spanish",
    }
    backend = SearchBackend({"SEARCH_CONFIG": "simple"})
    expected = "MultilingualPostgresSearchBackend" if connection.vendor == "postgresql" else None
    if expected:
        assert type(backend).__name__ == expected
    else:
        assert "modelsearch.backends.database" in type(backend).__module__


@pytest.mark.skipif(connection.vendor != "postgresql", reason="PostgreSQL text search only")
def test_postgresql_stems_each_language_with_its_own_configuration(client, db):
    # "travailleurs" (French plural) finds "travailleurs"/"travailleur" only through French
    # stemming; the Portuguese page "trabalhadores" is found in Portuguese through its plural.
    assert _results(_search(client, "fr", "travailleur"))
    assert _results(_search(client, "pt", "trabalhador"))


# The locale, the view restrictions, the count, the page of results, then the specific pages:
# one query for their types and one per type on the page of results (at most ten, whatever the
# number of matches; here news pages only); the frame of a view without a page adds the site,
# the home page and menu, the footer text and the contact settings.
QUERIES_SEARCH = 7


def test_search_queries_do_not_grow_with_matches(client, db, django_assert_num_queries):
    index = NewsIndexPage.objects.get(locale__language_code="en")
    url = "/en/search/?q=quokka"
    for count in (3, 30):
        for n in range(NewsPage.objects.filter(slug__startswith="quokka").count(), count):
            page = NewsPage(title=f"Quokka {n}", slug=f"quokka-{n}", date="2026-01-01", summary="S")
            index.add_child(instance=page)
            page.save_revision().publish()
            index.refresh_from_db()
        client.get(url)
        with django_assert_num_queries(QUERIES_SEARCH):
            assert client.get(url).status_code == 200
