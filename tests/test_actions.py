"""Where MIEUX+ is active: the Actions, their overview and region pages, filters and world map."""

import html
import re
from pathlib import Path

import pytest
from django.core.cache import cache
from django.core.exceptions import ValidationError
from django.core.management import call_command
from django.utils import translation
from django_countries import countries
from wagtail.models import Locale, Page, Revision
from wagtail_localize.models import Translation, TranslationSource

from home.demo.actions import ACTIONS
from home.map import map_data, world_map
from home.models import (
    Action,
    ActionsIndexPage,
    ActionStatus,
    HomePage,
    Region,
    RegionPage,
    ThematicArea,
)

LANGUAGES = ["en", "pt", "fr", "es"]
STYLESHEET = Path(__file__).resolve().parent.parent / "static" / "css" / "site.css"


@pytest.fixture
def overviews(db):
    """The overview page of each language, keyed by language code."""
    return {
        page.locale.language_code: page
        for page in ActionsIndexPage.objects.live().select_related("locale")
    }


@pytest.fixture
def west_africa(db):
    """The West and Central Africa page of each language, keyed by language code."""
    return {
        page.locale.language_code: page
        for page in RegionPage.objects.live()
        .filter(region=Region.WEST_CENTRAL_AFRICA)
        .select_related("locale")
    }


def _get(client, page, query=""):
    response = client.get(page.url + query)
    assert response.status_code == 200
    return response.content.decode()


def _listed_actions(page_html):
    return {int(pk) for pk in re.findall(r'<li class="action" id="action-(\d+)"', page_html)}


def _figure(page_html, label):
    match = re.search(rf"<dt>{re.escape(label)}</dt><dd>(\d+)</dd>", page_html)
    return int(match[1])


def _map_links(page_html):
    svg = page_html.split('<svg class="world-map"')[1].split("</svg>")[0]
    return {
        html.unescape(name): href
        for href, name in re.findall(r'<a href="([^"]+)" aria-label="([^"]+)">', svg)
    }


def _english(**filters):
    return Action.objects.filter(locale=Locale.get_default(), **filters)


@pytest.mark.parametrize(
    ("language", "words"),
    [
        ("en", ["Where MIEUX+ is active", "Filter the Actions", "Benin II", "Kenya", "Ongoing"]),
        ("pt", ["Onde o MIEUX+ atua", "Filtrar as Ações", "Benim II", "Quénia", "Em curso"]),
        ("fr", ["Où MIEUX+ intervient", "Filtrer les Actions", "Bénin II", "Éthiopie", "En cours"]),
        ("es", ["Dónde actúa MIEUX+", "Filtrar las Acciones", "Benín II", "Kenia", "En curso"]),
    ],
)
def test_overview_is_translated(client, overviews, language, words):
    page_html = _get(client, overviews[language])

    assert f'<html lang="{language}">' in page_html
    for word in words:
        assert word in page_html


@pytest.mark.parametrize(
    ("language", "action_name", "country_name"),
    [
        ("en", "Côte d’Ivoire", "Côte d'Ivoire"),
        ("pt", "Costa do Marfim", "Costa do Marfim"),
        ("fr", "Côte d’Ivoire", "Côte d'Ivoire"),
        ("es", "Costa de Marfil", "Costa de Marfil"),
    ],
)
def test_region_page_is_translated_with_country_names_in_the_language(
    client, west_africa, language, action_name, country_name
):
    page_html = html.unescape(_get(client, west_africa[language]))

    assert f'<h4 class="action__name">{action_name}</h4>' not in page_html  # h3 on region pages
    assert f'<h3 class="action__name">{action_name}</h3>' in page_html
    assert f"<dd>{country_name}</dd>" in page_html
    assert f'aria-label="{country_name}"' in page_html


def test_overview_groups_actions_by_region_with_links_to_region_pages(client, overviews):
    page_html = _get(client, overviews["en"])

    headings = re.findall(r'<h3 id="region-([\w-]+)"><a href="([^"]+)">', page_html)
    assert [region for region, _ in headings] == list(Region.values)
    region_pages = RegionPage.objects.child_of(overviews["en"])
    assert {url for _, url in headings} == {page.url for page in region_pages}
    assert _listed_actions(page_html) == set(_english().values_list("pk", flat=True))


@pytest.mark.parametrize(
    ("query", "filters"),
    [
        ("?region=asia", {"region": Region.ASIA}),
        ("?area=international-protection", {"thematic_areas__key": "international-protection"}),
        ("?status=completed", {"status": ActionStatus.COMPLETED}),
        (
            "?region=west-central-africa&area=irregular-migration&status=ongoing",
            {
                "region": Region.WEST_CENTRAL_AFRICA,
                "thematic_areas__key": "irregular-migration",
                "status": ActionStatus.ONGOING,
            },
        ),
    ],
)
def test_filters_work_without_javascript(client, overviews, query, filters):
    expected = set(_english(**filters).values_list("pk", flat=True))

    page_html = _get(client, overviews["en"], query)

    assert expected
    assert _listed_actions(page_html) == expected
    assert f'<h2 id="results-heading">{len(expected)} Action' in page_html
    for name, value in re.findall(r"[?&](\w+)=([\w-]+)", query):
        assert f'<option value="{value}" selected>' in page_html
        assert f'name="{name}"' in page_html
    assert "Filtered by:" in page_html


def test_filter_form_is_a_labelled_get_form(client, overviews):
    page_html = _get(client, overviews["en"])

    form = page_html.split('<form class="action-filters"')[1].split("</form>")[0]
    assert 'method="get"' in form
    for name in ["region", "area", "status"]:
        assert f'<label for="id_{name}">' in form
        assert f'<select name="{name}" id="id_{name}">' in form
    assert '<button type="submit">' in form


def test_filters_echo_their_values_in_the_language(client, overviews):
    page_html = _get(client, overviews["pt"], "?region=asia&status=ongoing")

    assert "<span>Região: <strong>Ásia</strong></span>" in page_html
    assert "<span>Estado: <strong>Em curso</strong></span>" in page_html


def test_filters_echo_with_french_typography(client, overviews):
    page_html = _get(client, overviews["fr"], "?status=completed")

    assert "<span>Statut : <strong>Terminée</strong></span>" in page_html


def test_map_links_follow_alphabetical_order_in_the_language(client, overviews):
    page_html = _get(client, overviews["fr"], "?status=completed")

    assert list(_map_links(page_html)) == [
        "Bénin",
        "Cambodge",
        "Cap-Vert",
        "Équateur",
        "Éthiopie",
        "Géorgie",
        "Maroc",
        "Nigeria",
    ]


@pytest.mark.parametrize(
    "query",
    ["?region=atlantis", "?area=1", "?status=", "?status=maybe&region=", "?region=asia%00"],
)
def test_invalid_filter_values_are_ignored(client, overviews, query):
    page_html = _get(client, overviews["en"], query)

    assert _listed_actions(page_html) == set(_english().values_list("pk", flat=True))
    assert "Filtered by:" not in page_html


def test_a_bad_value_drops_only_its_own_filter(client, overviews):
    page_html = _get(client, overviews["en"], "?region=asia&status=maybe")

    assert _listed_actions(page_html) == set(
        _english(region=Region.ASIA).values_list("pk", flat=True)
    )


def test_no_match_says_so(client, overviews):
    page_html = _get(client, overviews["en"], "?region=asia&area=international-protection")

    assert "No Action matches these filters." in page_html
    assert _listed_actions(page_html) == set()


def test_key_figures_are_counted_from_the_actions(client, overviews):
    actions = list(_english())
    extra = Action.objects.create(
        locale=Locale.get_default(),
        name="Regional",
        countries=["SN", "GM", "GH"],
        institution="Ministries",
        region=Region.WEST_CENTRAL_AFRICA,
        start_year=2025,
        summary="Regional exchange.",
    )
    actions.append(extra)

    page_html = _get(client, overviews["en"], "?region=asia")

    assert _figure(page_html, "Actions") == len(actions)
    assert _figure(page_html, "Partner countries") == len(
        {c.code for a in actions for c in a.countries}
    )
    assert _figure(page_html, "Regions") == len({a.region for a in actions})
    assert _figure(page_html, "Ongoing Actions") == sum(a.is_ongoing for a in actions)


def test_untranslated_action_is_listed_in_english_with_its_language(client, overviews):
    action = Action.objects.create(
        locale=Locale.get_default(),
        name="Senegal",
        countries=["SN"],
        institution="Directorate-General for Senegalese Abroad",
        region=Region.WEST_CENTRAL_AFRICA,
        start_year=2025,
        summary="Supports the directorate in its first diaspora survey.",
    )

    page_html = _get(client, overviews["pt"])

    assert f'<li class="action" id="action-{action.pk}" lang="en">' in page_html
    assert "Supports the directorate in its first diaspora survey." in page_html
    assert _map_links(page_html)["Senegal"] == f"#action-{action.pk}"
    assert _figure(page_html, "Ações") == len(ACTIONS) + 1
    translated = Action.objects.filter(locale=overviews["pt"].locale)
    assert _listed_actions(page_html) == {*translated.values_list("pk", flat=True), action.pk}


def test_region_page_counts_its_actions_and_countries(client, west_africa):
    actions = list(_english(region=Region.WEST_CENTRAL_AFRICA))

    page_html = _get(client, west_africa["en"])

    assert _figure(page_html, "Actions") == len(actions)
    assert _figure(page_html, "Partner countries") == len(
        {c.code for a in actions for c in a.countries}
    )
    assert _listed_actions(page_html) == {a.pk for a in actions}


@pytest.mark.parametrize("language", LANGUAGES)
def test_map_links_every_partner_country_and_no_other(client, overviews, language):
    page_html = _get(client, overviews[language])
    locale = overviews[language].locale
    partners = {c.code for a in Action.objects.filter(locale=locale) for c in a.countries}

    links = _map_links(page_html)

    with translation.override(language):
        assert set(links) == {countries.name(code) for code in partners}
    listed = {f"#action-{pk}" for pk in _listed_actions(page_html)}
    assert set(links.values()) <= listed
    assert 'aria-label="France"' not in page_html


def test_map_follows_the_filters_and_says_the_list_is_its_text_alternative(client, overviews):
    page_html = _get(client, overviews["en"], "?region=asia")

    assert set(_map_links(page_html)) == {"Bangladesh", "Cambodia", "Philippines"}
    assert 'aria-describedby="map-note"' in page_html
    assert '<figcaption id="map-note">' in page_html
    assert '<g class="world-map__land" aria-hidden="true">' in page_html


def test_map_draws_small_countries_as_dots():
    data = map_data()
    assert "CV" in data["dots"] and "CV" not in data["shapes"]

    svg = world_map({"CV": "#cv"}, "Map")

    assert '<a href="#cv" aria-label="Cabo Verde"><title>Cabo Verde</title><circle' in svg


def test_map_is_small_and_rendered_once_per_countries_and_language():
    svg = world_map({"BJ": "#a", "KE": "#b"}, "Map")

    assert len(svg.encode()) < 80_000
    assert world_map({"KE": "#b", "BJ": "#a"}, "Map") is svg
    with translation.override("fr"):
        assert world_map({"BJ": "#a", "KE": "#b"}, "Map") is not svg


def _luminance(hex_colour):
    hex_colour = hex_colour.lstrip("#")
    if len(hex_colour) == 3:
        hex_colour = "".join(c * 2 for c in hex_colour)
    channels = [int(hex_colour[i : i + 2], 16) / 255 for i in (0, 2, 4)]
    r, g, b = (c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels)
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def _contrast(a, b):
    high, low = sorted([_luminance(a), _luminance(b)], reverse=True)
    return (high + 0.05) / (low + 0.05)


def test_map_colours_contrast_at_least_3_to_1():
    css = STYLESHEET.read_text()
    colours = dict(re.findall(r"--([\w-]+): (#[0-9a-fA-F]{3,6});", css))
    land = re.search(r"\.world-map__land \{ fill: var\(--([\w-]+)\)", css)[1]
    partner = re.search(r"\.world-map__partners \{ fill: var\(--([\w-]+)\)", css)[1]
    focus = re.search(r"\.world-map a:focus-visible \{[^}]*fill: var\(--([\w-]+)\)", css)[1]

    assert _contrast(colours[partner], colours[land]) >= 3
    assert _contrast(colours[partner], colours["paper"]) >= 3
    assert _contrast(colours[focus], colours[partner]) >= 3


def test_demo_has_enough_actions_countries_and_every_region(db):
    actions = list(_english())

    assert len(actions) >= 15
    assert len({c.code for a in actions for c in a.countries}) >= 12
    assert {a.region for a in actions} == set(Region.values)
    assert len(actions) == len(ACTIONS)


@pytest.mark.parametrize("language", ["pt", "fr", "es"])
def test_translated_actions_keep_the_facts_and_thematic_areas(db, language):
    locale = Locale.objects.get(language_code=language)
    for source in _english().prefetch_related("thematic_areas"):
        translated = source.get_translation(locale)
        assert translated.name != "" and translated.summary != source.summary
        assert translated.countries == source.countries
        assert (translated.region, translated.status) == (source.region, source.status)
        assert (translated.start_year, translated.end_year) == (source.start_year, source.end_year)
        assert set(translated.thematic_areas.all()) == set(source.thematic_areas.all())


def test_changing_thematic_areas_reaches_translations_on_sync(db):
    source = _english(name="Ghana").get()
    source.thematic_areas = list(ThematicArea.objects.filter(key="international-protection"))
    source.save()
    french = Locale.objects.get(language_code="fr")

    TranslationSource.update_or_create_from_instance(source)
    Translation.objects.get(
        source__object_id=source.translation_key, target_locale=french
    ).save_target(publish=True)

    keys = source.get_translation(french).thematic_areas.values_list("key", flat=True)
    assert list(keys) == ["international-protection"]


def test_loader_is_idempotent(db):
    def counts():
        return (
            Page.objects.count(),
            Action.objects.count(),
            Revision.objects.count(),
            Translation.objects.count(),
            Action.thematic_areas.through.objects.count(),
        )

    before = counts()
    call_command("load_demo_content", verbosity=0)

    assert counts() == before


def test_translated_tree_keeps_correct_child_counts(db, overviews):
    for overview in overviews.values():
        assert overview.numchild == len(Region) == overview.get_children().count()
        assert overview.get_parent().numchild == overview.get_parent().get_children().count()


def test_page_types_can_only_be_created_where_they_make_sense(overviews, home_pages):
    english_overview = overviews["en"]
    region_page = RegionPage.objects.child_of(english_overview).first()

    assert ActionsIndexPage.can_exist_under(home_pages["en"])
    assert not ActionsIndexPage.can_create_at(home_pages["en"])  # one per home page
    assert not ActionsIndexPage.can_exist_under(region_page)
    assert not ActionsIndexPage.can_exist_under(Page.get_first_root_node())
    assert RegionPage.can_exist_under(english_overview)
    assert not RegionPage.can_exist_under(home_pages["en"])
    assert not HomePage.can_exist_under(english_overview)
    assert RegionPage.allowed_subpage_models() == []


def test_a_region_gets_one_page_per_overview(admin_client, overviews):
    english_overview = overviews["en"]
    url = f"/admin/pages/add/home/regionpage/{english_overview.pk}/"

    empty_rich_text = '{"blocks": [], "entityMap": {}}'
    response = admin_client.post(
        url,
        {
            "title": "Asia again",
            "slug": "asia-again",
            "region": Region.ASIA,
            "intro": empty_rich_text,
        },
    )

    assert response.status_code == 200
    assert "This region already has its page here." in response.content.decode()
    assert not RegionPage.objects.filter(slug="asia-again").exists()


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"start_year": 2022, "end_year": 2021, "status": ActionStatus.COMPLETED}, "end_year"),
        ({"end_year": None, "status": ActionStatus.COMPLETED}, "end_year"),
        ({"start_year": 1999}, "start_year"),
    ],
)
def test_action_years_are_validated(db, changes, field):
    action = _english(name="Ghana").get()
    for name, value in changes.items():
        setattr(action, name, value)

    with pytest.raises(ValidationError) as error:
        action.full_clean()

    assert field in error.value.message_dict


def test_actions_have_an_admin_list_with_search_filters_and_export(admin_client):
    listing = admin_client.get("/admin/snippets/home/action/?q=Benin&region=west-central-africa")
    export = admin_client.get("/admin/snippets/home/action/?q=Benin&export=csv")

    assert listing.status_code == 200
    assert ">Benin II<" in listing.content.decode()
    assert ">Bangladesh<" not in listing.content.decode()
    rows = b"".join(export.streaming_content).decode().splitlines()
    assert rows[0].startswith("Name,Partner countries,Partner institution,Region,Status")
    assert (
        'Benin II,Benin,"Directorate for Beninese Abroad, Ministry of Foreign Affairs",'
        "West and Central Africa,Completed,2021,2023,English"
    ) in rows


def _set_action_count(total):
    """Leave exactly ``total`` English Actions: one demo Action per region, then made-up ones."""
    actions = list(_english())
    keep = [next(a for a in actions if a.region == region) for region in Region.values]
    _english().exclude(pk__in=[a.pk for a in keep]).delete()
    _add_actions(Locale.get_default(), total - len(keep))
    assert _english().count() == total


def _add_actions(locale, count):
    areas = list(ThematicArea.objects.all())
    codes = ["SN", "ML", "TZ", "UG", "AL", "TN", "PE", "CO", "VN", "NP"]
    regions = list(Region.values)
    for index in range(count):
        action = Action(
            locale=locale,
            name=f"Extra {index}",
            countries=[codes[index % len(codes)]],
            institution="Ministry",
            region=regions[index % len(regions)],
            start_year=2024,
            summary="An added Action.",
        )
        action.thematic_areas = areas[: 1 + index % len(areas)]
        action.save()


# Routing (the page) and the frame (navigation and translations) cost 2 queries, with the content
# generation's memo warm (home/content_cache.py); the overview adds 3 (Actions, their thematic
# areas, region pages) and a region page 2 (Actions, thematic areas).
QUERIES_OVERVIEW = 5
QUERIES_REGION = 4


@pytest.mark.parametrize("total", [5, 50])
def test_overview_queries_do_not_grow_with_actions(
    client, overviews, django_assert_num_queries, total, uncached_pages
):
    _set_action_count(total)
    cache.clear()
    _get(client, overviews["en"])

    with django_assert_num_queries(QUERIES_OVERVIEW):
        _get(client, overviews["en"], "?area=legal-migration")


@pytest.mark.parametrize("total", [5, 50])
def test_region_page_queries_do_not_grow_with_actions(
    client, west_africa, django_assert_num_queries, total, uncached_pages
):
    _set_action_count(total)
    cache.clear()
    _get(client, west_africa["en"])

    with django_assert_num_queries(QUERIES_REGION):
        _get(client, west_africa["en"])
