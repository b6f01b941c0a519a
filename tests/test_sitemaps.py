"""Sitemaps, robots.txt and the noindex rule outside production."""

import xml.etree.ElementTree as ET

import pytest
from django.test import override_settings
from wagtail.models import Page, PageViewRestriction

from home.models import StandardPage

NS = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9", "x": "http://www.w3.org/1999/xhtml"}
LANGUAGES = ["en", "pt", "fr", "es"]
BASE = "http://testserver"


def _sitemap(client, language):
    response = client.get(f"/sitemap-{language}.xml")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/xml")
    root = ET.fromstring(response.content)
    return {
        url.findtext("s:loc", namespaces=NS): {
            link.get("hreflang"): link.get("href") for link in url.findall("x:link", NS)
        }
        for url in root.findall("s:url", NS)
    }


def test_sitemap_index_lists_one_sitemap_per_language(client, db):
    response = client.get("/sitemap.xml")
    root = ET.fromstring(response.content)
    locations = [loc.text for loc in root.findall("s:sitemap/s:loc", NS)]
    assert locations == [f"{BASE}/sitemap-{code}.xml" for code in LANGUAGES]


@pytest.mark.parametrize("language", LANGUAGES)
def test_each_sitemap_lists_every_published_page_of_its_language_with_alternates(
    client, db, language
):
    entries = _sitemap(client, language)
    pages = Page.objects.live().filter(locale__language_code=language, depth__gt=1)
    assert set(entries) == {BASE + page.url for page in pages}
    for page in pages:
        translations = {
            t.locale.language_code: BASE + t.url
            for t in page.get_translations(inclusive=True).live().select_related("locale")
        }
        assert entries[BASE + page.url] == {**translations, "x-default": translations["en"]}
        assert len(translations) == 4  # the demo translates every page


def test_unknown_language_sitemap_is_not_found(client, db):
    assert client.get("/sitemap-de.xml").status_code == 404


def test_unpublished_private_and_alias_pages_are_left_out(client, db, home_pages):
    home = home_pages["en"]
    draft = StandardPage(title="Draft", slug="draft", live=False)
    home.add_child(instance=draft)
    private = StandardPage(title="Private", slug="private")
    home.add_child(instance=private)
    private.save_revision().publish()
    PageViewRestriction.objects.create(page=private, restriction_type="login")
    source = StandardPage(title="Source", slug="source")
    home.add_child(instance=source)
    source.save_revision().publish()
    alias = source.create_alias(parent=home, update_slug="alias-of-source")

    entries = _sitemap(client, "en")
    assert f"{BASE}/en/source/" in entries
    for slug in ("draft", "private", "alias-of-source"):
        assert f"{BASE}/en/{slug}/" not in entries
    assert alias.alias_of_id == source.pk and not draft.live


def test_robots_points_to_the_sitemap_and_keeps_crawlers_out_of_admin_and_thank_you(client, db):
    response = client.get("/robots.txt")
    assert response["Content-Type"].startswith("text/plain")
    lines = response.content.decode().splitlines()
    assert "Disallow: /admin/" in lines
    assert f"Sitemap: {BASE}/sitemap.xml" in lines
    assert "Disallow: /en/request-assistance/thank-you/" in lines
    assert "Disallow: /pt/solicitar-assistencia/thank-you/" in lines
    assert sum(line.endswith("/thank-you/") for line in lines) == 8  # two forms, four languages


@pytest.mark.parametrize("url", ["/en/", "/fr/feeds/news/", "/sitemap.xml"])
def test_noindex_outside_production(client, db, url):
    response = client.get(url)
    assert response["X-Robots-Tag"] == "noindex, nofollow"


def test_pages_carry_noindex_meta_outside_production_only(client, db):
    assert '<meta name="robots" content="noindex, nofollow">' in client.get("/en/").content.decode()
    with override_settings(SITE_ENVIRONMENT="production"):
        response = client.get("/en/")
        assert "X-Robots-Tag" not in response
        assert 'name="robots"' not in response.content.decode()


# The view restrictions (read once), the language's pages, every translation of them (with
# their locales) and the site, for their URLs.
QUERIES_SITEMAP = 4


def test_sitemap_queries_do_not_grow_with_pages(client, home_pages, django_assert_num_queries):
    client.get("/sitemap-en.xml")  # warms Wagtail's site root paths
    with django_assert_num_queries(QUERIES_SITEMAP):
        before = len(_sitemap(client, "en"))
    for n in range(20):
        page = StandardPage(title=f"Page {n}", slug=f"page-{n}")
        home_pages["en"].add_child(instance=page)
        page.save_revision().publish()
        home_pages["en"].refresh_from_db()
    with django_assert_num_queries(QUERIES_SITEMAP):
        assert len(_sitemap(client, "en")) == before + 20
