"""Metadata on every page: title pattern, canonical URL, description, Open Graph and Twitter
cards with a share image, og:locale with its alternates, and JSON-LD."""

import html
import json
import re

import pytest
from django.test import override_settings
from wagtail.models import Page

from home.models import EventPage, NewsIndexPage, NewsPage, StandardPage

BASE = "http://testserver"


def _get(client, url):
    response = client.get(url)
    assert response.status_code == 200, url
    return response.content.decode()


def _meta(page_html, attribute, name):
    values = re.findall(rf'<meta {attribute}="{re.escape(name)}" content="([^"]*)">', page_html)
    return [html.unescape(v) for v in values]


def _json_ld(page_html):
    blocks = re.findall(r'<script type="application/ld\+json">(.*?)</script>', page_html, re.S)
    return [json.loads(block) for block in blocks]


@pytest.mark.parametrize("language", ["en", "pt", "fr", "es"])
def test_every_page_has_canonical_description_and_sharing_tags(client, db, language):
    pages = Page.objects.live().filter(locale__language_code=language, depth__gt=1).specific()
    for page in pages:
        page_html = _get(client, page.url)
        assert f'<link rel="canonical" href="{BASE}{page.url}">' in page_html
        assert re.search(r"<title>[^<]+ – MIEUX\+</title>", page_html), page.url
        assert _meta(page_html, "name", "description"), page.url
        assert _meta(page_html, "property", "og:url") == [BASE + page.url]
        assert _meta(page_html, "property", "og:title")
        image = _meta(page_html, "property", "og:image")[0]
        assert image.startswith(BASE) and _meta(page_html, "property", "og:image:alt")[0]
        assert _meta(page_html, "name", "twitter:card") == ["summary_large_image"]
        locales = {"en": "en_GB", "pt": "pt_PT", "fr": "fr_FR", "es": "es_ES"}
        assert _meta(page_html, "property", "og:locale") == [locales[language]]
        assert sorted(_meta(page_html, "property", "og:locale:alternate")) == sorted(
            v for k, v in locales.items() if k != language
        )


def test_titles_follow_page_dash_mieux(client, db):
    # The home page is named by the initiative; every other page by its title (or SEO title).
    assert "<title>Migration EU eXpertise – MIEUX+</title>" in _get(client, "/pt/")
    news = NewsIndexPage.objects.get(locale__language_code="fr")
    assert "<title>Actualités et connaissances – MIEUX+</title>" in _get(client, news.url)
    news.seo_title = "Nouvelles de MIEUX+"
    news.save_revision().publish()
    assert "<title>Nouvelles de MIEUX+ – MIEUX+</title>" in _get(client, news.url)


def test_description_is_the_search_description_else_the_introduction(client, home_pages):
    page = StandardPage(title="About", slug="about", introduction="What MIEUX+ is.")
    home_pages["en"].add_child(instance=page)
    page.save_revision().publish()
    assert _meta(_get(client, page.url), "name", "description") == ["What MIEUX+ is."]
    page.search_description = "Written for search engines."
    page.save_revision().publish()
    assert _meta(_get(client, page.url), "name", "description") == ["Written for search engines."]


def test_share_image_is_the_pages_image_else_the_default(client, db):
    news = NewsPage.objects.filter(locale__language_code="en").first()
    page_html = _get(client, news.url)
    image = _meta(page_html, "property", "og:image")[0]
    assert "/media/images/" in image and ".fill-1200x630" in image
    assert _meta(page_html, "property", "og:image:alt") == [news.image.description]
    assert _meta(page_html, "property", "og:image:width") == ["1200"]
    assert _meta(page_html, "property", "og:type") == ["article"]
    home_html = _get(client, "/en/")
    assert _meta(home_html, "property", "og:image") == [f"{BASE}/static/img/share-default.png"]
    assert _meta(home_html, "property", "og:type") == ["website"]
    assert client.get("/static/img/share-default.png").status_code == 200


def test_home_page_describes_the_organization(client, db):
    (data,) = _json_ld(_get(client, "/es/"))
    assert data["@context"] == "https://schema.org"
    assert data["@type"] == "Organization" and data["name"].startswith("MIEUX+")


def test_news_page_is_a_news_article(client, db):
    news = NewsPage.objects.filter(locale__language_code="pt").order_by("-date").first()
    (data,) = _json_ld(_get(client, news.url))
    assert data["@type"] == "NewsArticle"
    assert data["headline"] == news.title and data["inLanguage"] == "pt"
    assert data["datePublished"] == news.date.isoformat()
    assert data["publisher"]["@type"] == "Organization"


def test_event_page_is_an_event(client, db):
    event = EventPage.objects.get(locale__language_code="fr", place__startswith="Bruxelles")
    (data,) = _json_ld(_get(client, event.url))
    assert data["@type"] == "Event"
    assert (data["startDate"], data["endDate"]) == ("2027-03-16", "2027-03-17")
    assert data["eventAttendanceMode"] == "https://schema.org/MixedEventAttendanceMode"
    assert [location["@type"] for location in data["location"]] == ["Place", "VirtualLocation"]


def test_json_ld_cannot_close_its_script_element(client, db):
    news = NewsPage.objects.filter(locale__language_code="en").first()
    news.title = "Break </script><script>alert(1)</script> out"
    news.save_revision().publish()
    page_html = _get(client, news.url)
    block = re.search(r'<script type="application/ld\+json">(.*?)</script>', page_html, re.S)
    assert "\\u003C/script\\u003E" in block.group(1)
    assert json.loads(block.group(1))["headline"] == news.title
    assert "<script>alert(1)" not in page_html


def test_other_pages_have_no_json_ld(client, db):
    page = StandardPage.objects.filter(locale__language_code="en").first()
    assert not _json_ld(_get(client, page.url))


@override_settings(SITE_ENVIRONMENT="production")
def test_production_pages_carry_no_robots_rule(client, db):
    assert 'name="robots"' not in _get(client, "/en/")
