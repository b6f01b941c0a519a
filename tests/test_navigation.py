"""Main menu, breadcrumbs and footer, in the visitor's language."""

import re

import pytest

from home.models import LegalPage, ThematicAreaPage

LANGUAGES = ["en", "pt", "fr", "es"]


def _nav(html, css_class):
    return html.split(f'<nav class="{css_class}"')[1].split("</nav>")[0]


@pytest.mark.parametrize(
    ("language", "labels"),
    [
        ("en", ["How it works", "Who can request assistance", "Thematic areas", "Activities"]),
        ("pt", ["Como funciona", "Quem pode solicitar", "Áreas temáticas", "Atividades"]),
        ("fr", ["Fonctionnement", "Qui peut demander", "Domaines thématiques", "Activités"]),
        ("es", ["Cómo funciona", "Quién puede solicitar", "Áreas temáticas", "Actividades"]),
    ],
)
def test_main_menu_lists_the_pages_shown_in_menus_in_the_visitors_language(
    client, home_pages, language, labels
):
    menu = _nav(client.get(f"/{language}/").content.decode(), "main-menu")

    for label in labels:
        assert label in menu
    assert all(href.startswith(f"/{language}/") for href in re.findall(r'href="([^"]+)"', menu))
    # Legal pages are in the footer, not in the main menu.
    assert "Privacy" not in menu and "privacidad" not in menu
    assert "aria-current" not in menu


def test_menu_marks_the_current_page_and_its_section(client, home_pages):
    index_html = client.get("/en/thematic-areas/").content.decode()
    assert 'href="/en/thematic-areas/" aria-current="page"' in _nav(index_html, "main-menu")

    area_html = client.get("/en/thematic-areas/legal-migration/").content.decode()
    menu = _nav(area_html, "main-menu")
    assert 'href="/en/thematic-areas/" aria-current="true"' in menu
    assert menu.count("aria-current") == 1


def test_breadcrumbs_lead_from_the_home_page_to_the_current_page(client, home_pages):
    area = ThematicAreaPage.objects.get(
        locale__language_code="pt", thematic_area__key="legal-migration"
    )

    html = client.get(area.url).content.decode()
    crumbs = _nav(html, "breadcrumbs")

    assert re.findall(r'<a href="([^"]+)"[^>]*>([^<]+)</a>', crumbs) == [
        ("/pt/", "Início"),
        ("/pt/areas-tematicas/", "Áreas temáticas"),
        (area.url, "Migração e mobilidade legais"),
    ]
    assert f'<a href="{area.url}" aria-current="page">' in crumbs
    assert '<nav class="breadcrumbs" aria-label="Trilho de navegação">' in html


def test_home_page_has_no_breadcrumbs(client, home_pages):
    assert 'class="breadcrumbs"' not in client.get("/en/").content.decode()


@pytest.mark.parametrize("language", LANGUAGES)
def test_footer_links_the_three_legal_pages_on_every_page(client, home_pages, language):
    legal_urls = {
        page.url for page in LegalPage.objects.live().filter(locale__language_code=language)
    }
    assert len(legal_urls) == 3
    pages = [home_pages[language], *home_pages[language].get_descendants().live()]

    for page in pages:
        footer = client.get(page.url).content.decode().split('<footer class="site-footer">')[1]
        assert legal_urls <= set(re.findall(r'href="([^"]+)"', footer)), page.url


@pytest.mark.parametrize(
    ("language", "funded"),
    [
        ("en", "Funded by the European Union"),
        ("pt", "Financiado pela União Europeia"),
        ("fr", "Financé par l’Union européenne"),
        ("es", "Financiado por la Unión Europea"),
    ],
)
def test_footer_shows_the_funding_statement_with_the_emblem_and_the_contacts(
    client, home_pages, language, funded
):
    footer = client.get(f"/{language}/").content.decode().split("<footer")[1]

    emblem = footer.split('<figure class="funding-statement">')[1].split("</figure>")[0]
    assert "eu-emblem.svg" in emblem and f"<figcaption>{funded}</figcaption>" in emblem
    assert 'alt="ICMPD"' in footer
    assert 'href="mailto:mieux-initiative@icmpd.org"' in footer
    assert 'href="https://www.linkedin.com/showcase/mieux-migration"' in footer
    assert 'href="https://twitter.com/mieux_migration"' in footer


def test_footer_falls_back_to_the_catalog_without_a_footer_snippet(client, home_pages):
    from home.models import FooterText

    FooterText.objects.filter(locale__language_code="fr").delete()

    footer = client.get("/fr/").content.decode().split("<footer")[1]

    assert "<figcaption>Financé par l’Union européenne</figcaption>" in footer


def test_a_language_has_one_footer_text(home_pages):
    from django.core.exceptions import ValidationError
    from django.utils import translation

    from home.models import FooterText

    second = FooterText(
        locale=home_pages["en"].locale,
        funding_statement="Funded",
        implementation_statement="Implemented",
        disclaimer="Disclaimer",
    )
    with translation.override("en"), pytest.raises(ValidationError, match="already has a footer"):
        second.full_clean()
