"""The four-language frame: redirects, <html lang>, hreflang, the language switcher, 404/500."""

import re

import pytest
from django.conf.urls.i18n import i18n_patterns
from django.test import Client, override_settings
from django.urls import path

from home.models import HomePage

LANGUAGES = ["en", "pt", "fr", "es"]


@pytest.mark.parametrize(
    ("accept_language", "expected"),
    [
        ("pt-BR,pt;q=0.9,en;q=0.5", "/pt/"),
        ("es-MX,es;q=0.9", "/es/"),
        ("fr-CA,fr;q=0.8", "/fr/"),
        ("en-GB,en;q=0.9", "/en/"),
        ("de-DE,de;q=0.9", "/en/"),
        ("", "/en/"),
    ],
)
def test_root_redirects_to_preferred_language(client, db, accept_language, expected):
    response = client.get("/", headers={"accept-language": accept_language})
    assert response.status_code == 302
    assert response["Location"] == expected
    assert "Accept-Language" in response["Vary"]


def _links(html, pattern):
    return re.findall(pattern, html)


@pytest.mark.parametrize("language", LANGUAGES)
def test_home_page_in_each_language(client, home_pages, language):
    response = client.get(f"/{language}/")
    html = response.content.decode()

    assert response.status_code == 200
    assert f'<html lang="{language}">' in html
    hreflangs = dict(_links(html, r'<link rel="alternate" hreflang="([\w-]+)" href="([^"]+)">'))
    assert hreflangs == {
        "en": "http://testserver/en/",
        "pt": "http://testserver/pt/",
        "fr": "http://testserver/fr/",
        "es": "http://testserver/es/",
        "x-default": "http://testserver/en/",
    }
    switcher = html.split('class="language-switcher"')[1].split("</nav>")[0]
    assert _links(switcher, r'<a href="([^"]+)" lang="(\w+)"') == [
        ("/en/", "en"),
        ("/pt/", "pt"),
        ("/fr/", "fr"),
        ("/es/", "es"),
    ]
    assert re.search(rf'lang="{language}" hreflang="{language}" aria-current="true"', switcher)
    assert switcher.count("aria-current") == 1
    for name in ["English", "Português", "Français", "Español"]:
        assert f">{name}</a>" in switcher


def test_switcher_links_to_the_translated_page_not_the_home_page(client, home_pages):
    english = home_pages["en"].add_child(instance=HomePage(title="About", slug="about"))
    english.save_revision().publish()
    french = english.copy_for_translation(home_pages["fr"].locale)
    french.slug = "a-propos"
    french.title = "À propos"
    french.save_revision().publish()

    html = client.get("/en/about/").content.decode()

    switcher = html.split('class="language-switcher"')[1].split("</nav>")[0]
    assert '<a href="/fr/a-propos/" lang="fr"' in switcher
    # Not translated into Portuguese: the switcher falls back to the Portuguese home page, and
    # no hreflang alternate claims a Portuguese version.
    assert '<a href="/pt/" lang="pt"' in switcher
    assert 'hreflang="pt" href' not in html.split("</head>")[0]
    assert '<link rel="alternate" hreflang="fr" href="http://testserver/fr/a-propos/">' in html


@pytest.mark.parametrize(
    ("language", "heading"),
    [
        ("en", "Page not found"),
        ("pt", "Página não encontrada"),
        ("fr", "Page introuvable"),
        ("es", "Página no encontrada"),
    ],
)
def test_404_page_in_visitors_language(client, db, language, heading):
    response = client.get(f"/{language}/no-such-page/")

    assert response.status_code == 404
    html = response.content.decode()
    assert f'<html lang="{language}">' in html
    assert f"<h1>{heading}</h1>" in html
    assert f'href="/{language}/"' in html


def _broken_view(request):
    raise RuntimeError("boom")


urlpatterns = i18n_patterns(path("broken/", _broken_view), prefix_default_language=True)


@pytest.mark.parametrize(
    ("language", "heading"),
    [
        ("en", "Something went wrong"),
        ("pt", "Ocorreu um erro"),
        ("fr", "Une erreur s’est produite"),
        ("es", "Algo ha salido mal"),
    ],
)
@override_settings(ROOT_URLCONF=__name__)
def test_500_page_in_visitors_language(db, language, heading):
    response = Client(raise_request_exception=False).get(f"/{language}/broken/")

    assert response.status_code == 500
    html = response.content.decode()
    assert f'<html lang="{language}">' in html
    assert f"<h1>{heading}</h1>" in html


def test_every_language_has_a_locale(db):
    from wagtail.models import Locale

    assert set(Locale.objects.values_list("language_code", flat=True)) == set(LANGUAGES)
