"""The page cache: anonymous content pages are kept whole, every visible change is on the next
request, and nothing carrying a token, a session or a form is ever kept or compressed."""

import gzip

import brotli
import pytest
from django.contrib.auth.models import Group
from wagtail.models import Locale, PageViewRestriction, Site

from home.localization import publish_translation
from home.models import ContactSettings, FooterText, StandardPage, ThematicAreaPage, snippets


def _get(client, url, **headers):
    return client.get(url, headers=headers)


def _cached_twice(client, url):
    first, second = _get(client, url), _get(client, url)
    assert first["X-Page-Cache"] == "miss"
    assert second["X-Page-Cache"] == "hit"
    return second


def test_content_page_is_kept_and_served_from_the_cache(client, home_pages):
    response = _cached_twice(client, "/en/")

    assert response.status_code == 200
    assert "MIEUX+" in response.content.decode()
    assert response["Cache-Control"] == "public, max-age=60, s-maxage=600"
    assert response["Vary"] == "Accept-Encoding"
    assert not response.cookies


def test_each_language_has_its_own_entry(client, home_pages):
    _cached_twice(client, "/en/")

    portuguese = _get(client, "/pt/")

    assert portuguese["X-Page-Cache"] == "miss"
    assert portuguese.headers["Content-Language"] == "pt"


def test_cached_page_is_compressed_with_brotli_or_gzip(client, home_pages):
    plain = _cached_twice(client, "/en/").content

    br = _get(client, "/en/", accept_encoding="gzip, deflate, br")
    gz = _get(client, "/en/", accept_encoding="gzip")

    assert br["Content-Encoding"] == "br" and brotli.decompress(br.content) == plain
    assert gz["Content-Encoding"] == "gzip" and gzip.decompress(gz.content) == plain
    assert len(br.content) < len(plain) / 3


def test_page_edit_is_visible_on_the_next_request(client, home_pages):
    page = ThematicAreaPage.objects.live().filter(locale__language_code="en").first()
    _cached_twice(client, page.url)

    page.title = "A title changed by an editor"
    page.save_revision().publish()

    response = _get(client, page.url)
    assert response["X-Page-Cache"] == "miss"
    assert "A title changed by an editor" in response.content.decode()


def test_unpublished_page_is_gone_and_leaves_the_menus(client, home_pages):
    page = ThematicAreaPage.objects.live().filter(locale__language_code="en").first()
    _cached_twice(client, page.url)
    _cached_twice(client, "/en/")

    page.unpublish()

    assert _get(client, page.url).status_code == 404
    assert page.title not in _get(client, "/en/").content.decode()


def test_moved_and_deleted_pages_are_not_served_from_the_cache(client, home_pages):
    page = StandardPage(title="Moving page", slug="moving")
    home_pages["en"].add_child(instance=page)
    page.save_revision().publish()
    _cached_twice(client, "/en/moving/")
    faq = StandardPage.objects.get(locale__language_code="en", slug="faq")

    page.move(faq, pos="last-child")

    # Wagtail leaves a redirect at the old address rather than the cached page.
    assert _get(client, "/en/moving/").status_code == 301
    assert _get(client, "/en/faq/moving/").status_code == 200
    page.refresh_from_db()
    page.delete()
    assert _get(client, "/en/faq/moving/").status_code == 404


def test_testimonial_edit_is_visible_on_the_next_request(client, home_pages):
    _cached_twice(client, "/en/")
    testimonial = snippets.Testimonial.objects.filter(locale__language_code="en").first()

    testimonial.quote = "A new quote from a partner"
    testimonial.save()

    assert "A new quote from a partner" in _get(client, "/en/").content.decode()


def test_footer_text_edit_is_visible_on_the_next_request(client, home_pages):
    _cached_twice(client, "/en/faq/")
    footer = FooterText.objects.get(locale__language_code="en")

    footer.disclaimer = "A disclaimer rewritten by an editor."
    footer.save()

    assert "A disclaimer rewritten by an editor." in _get(client, "/en/faq/").content.decode()


def test_contact_settings_edit_is_visible_on_the_next_request(client, home_pages):
    _cached_twice(client, "/fr/")
    contact = ContactSettings.for_site(Site.objects.get(is_default_site=True))

    contact.contact_email = "new-address@example.org"
    contact.save()

    assert "new-address@example.org" in _get(client, "/fr/").content.decode()


def test_published_translation_is_visible_on_the_next_request(client, home_pages):
    _cached_twice(client, "/pt/")
    testimonial = snippets.Testimonial.objects.create(
        locale=home_pages["en"].locale, quote="Fresh quote", attribution="Partner"
    )
    words = {"Fresh quote": "Uma citação acabada de traduzir", "Partner": "Parceiro"}

    publish_translation(testimonial, Locale.objects.get(language_code="pt"), lambda t, c: words[t])

    assert "Uma citação acabada de traduzir" in _get(client, "/pt/").content.decode()


@pytest.mark.parametrize("language", ["en", "pt"])
def test_form_pages_are_never_cached_nor_compressed(client, request_pages, roster_pages, language):
    for page in (request_pages[language], roster_pages[language]):
        for _ in range(2):
            response = _get(client, page.url, accept_encoding="gzip, br")
            assert "X-Page-Cache" not in response
            assert "Content-Encoding" not in response
            assert "no-store" in response["Cache-Control"]
            assert "private" in response["Cache-Control"]
            assert "csrfmiddlewaretoken" in response.content.decode()


def test_thank_you_page_is_never_cached(client, request_pages):
    response = _get(client, request_pages["en"].url + "thank-you/")

    assert "X-Page-Cache" not in response
    assert "public" not in response.get("Cache-Control", "")


def test_visitor_with_a_session_gets_a_fresh_page(client, home_pages):
    _cached_twice(client, "/en/")
    client.cookies["sessionid"] = "anything"

    assert "X-Page-Cache" not in _get(client, "/en/")


def test_logged_in_editor_sees_no_cached_page(client, home_pages, django_user_model):
    _cached_twice(client, "/en/")
    client.force_login(django_user_model.objects.create_user("editor", "e@example.org", "x"))

    assert "X-Page-Cache" not in _get(client, "/en/")


def test_query_strings_are_not_kept(client, home_pages):
    assert "X-Page-Cache" not in _get(client, "/en/where-we-work/?area=legal-migration")
    assert "X-Page-Cache" not in _get(client, "/en/where-we-work/?area=legal-migration")


def test_private_page_still_asks_for_login_and_is_not_kept(client, home_pages):
    page = StandardPage.objects.get(locale__language_code="en", slug="faq")
    _cached_twice(client, page.url)

    PageViewRestriction.objects.create(page=page, restriction_type=PageViewRestriction.LOGIN)

    response = _get(client, page.url)
    assert response.status_code == 302
    assert "/_util/login/" in response["Location"]
    assert "X-Page-Cache" not in response


def test_page_for_groups_only_asks_for_login_below_it_too(client, home_pages):
    index = ThematicAreaPage.objects.filter(locale__language_code="en").first().get_parent()
    restriction = PageViewRestriction.objects.create(
        page=index, restriction_type=PageViewRestriction.GROUPS
    )
    restriction.groups.add(Group.objects.create(name="Partners"))
    child = ThematicAreaPage.objects.filter(locale__language_code="en").first()

    assert _get(client, child.url).status_code == 302


def test_not_found_page_is_not_kept(client, home_pages):
    response = _get(client, "/en/no-such-page/")

    assert response.status_code == 404
    assert "X-Page-Cache" not in response


@pytest.fixture
def purged(settings, monkeypatch):
    """A Varnish-style purge backend whose PURGE requests (which would leave the machine) are
    recorded instead of sent."""
    from wagtail.contrib.frontend_cache.backends.http import HTTPBackend

    settings.WAGTAILFRONTENDCACHE = {
        "varnish": {
            "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
            "LOCATION": "http://varnish.invalid:6081",
        }
    }
    urls = []
    monkeypatch.setattr(HTTPBackend, "purge", lambda self, url: urls.append(url))
    return urls


def test_publishing_a_page_purges_it_in_every_language(home_pages, purged):
    page = ThematicAreaPage.objects.get(locale__language_code="en", slug="legal-migration")

    page.save_revision().publish()

    paths = {url.split("localhost", 1)[-1] for url in purged}
    assert {t.url for t in page.get_translations(inclusive=True).live()} <= paths
    assert len({url.split("/")[3] for url in purged}) == 4


def test_footer_text_change_purges_every_page(home_pages, purged):
    FooterText.objects.get(locale__language_code="pt").save()

    assert "/pt/" in {url.split("localhost", 1)[-1] for url in purged}
    assert len(purged) >= 4 * 20


def test_frontend_cache_is_configured_from_the_environment(monkeypatch):
    import importlib

    from mieux_site.settings import base

    monkeypatch.setenv("FRONTEND_CACHE_PURGE_URL", "http://127.0.0.1:6081")
    monkeypatch.setenv("CLOUDFLARE_ZONE_ID", "zone")
    monkeypatch.setenv("CLOUDFLARE_BEARER_TOKEN", "token")
    try:
        settings = importlib.reload(base)
        assert settings.WAGTAILFRONTENDCACHE["http"]["LOCATION"] == "http://127.0.0.1:6081"
        assert settings.WAGTAILFRONTENDCACHE["cloudflare"]["ZONEID"] == "zone"
        assert "cloudfront" not in settings.WAGTAILFRONTENDCACHE
    finally:
        monkeypatch.undo()
        importlib.reload(base)
