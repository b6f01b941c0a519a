"""The content pages: every page type in every language, page rules, and query counts."""

import pytest
from django.core.cache import cache
from wagtail.models import Page

from home.models import (
    ActivitiesPage,
    EligibilityPage,
    HomePage,
    HowItWorksPage,
    LegalPage,
    PrinciplesPage,
    StandardPage,
    ThematicArea,
    ThematicAreaPage,
    ThematicAreasIndexPage,
    snippets,
)

LANGUAGES = ["en", "pt", "fr", "es"]

# Words each page must show in each language: brochure facts, translated.
EXPECTED = {
    HomePage: {
        "en": [
            "Demand-driven",
            "Rapid response",
            "Peer-to-peer",
            "Active since",
            "ICMPD",
            "MIEUX+ is exchange",
            "Interested in becoming a MIEUX+ expert?",
        ],
        "pt": [
            "Orientação para a procura",
            "Reação rápida",
            "Entre pares",
            "Ativa desde",
            "A MIEUX+ é troca",
            "Interessado em tornar-se num especialista MIEUX+?",
            "País parceiro MIEUX+",
        ],
        "fr": [
            "Orientée par la demande",
            "Réaction rapide",
            "Entre pairs",
            "Active depuis",
            "MIEUX+, c’est l’échange",
            "Vous souhaitez devenir expert MIEUX+ ?",
        ],
        "es": [
            "Orientada por la demanda",
            "Respuesta rápida",
            "Entre pares",
            "Activa desde",
            "MIEUX+ es intercambio",
            "¿Le interesa convertirse en experto de MIEUX+?",
        ],
    },
    StandardPage: {
        "en": [
            "Frequently asked questions",
            "<summary>Where do the experts come from?</summary>",
            "Mostly from EU Member States",
        ],
        "pt": [
            "Perguntas frequentes",
            "<summary>De onde vêm os especialistas?</summary>",
            "Maioritariamente de Estados-membros da UE",
        ],
        "fr": [
            "Questions fréquentes",
            "<summary>D’où viennent les experts ?</summary>",
            "Principalement des États membres de l’UE",
        ],
        "es": [
            "Preguntas frecuentes",
            "<summary>¿De dónde proceden los expertos?</summary>",
            "Sobre todo de Estados miembros de la UE",
        ],
    },
    HowItWorksPage: {
        "en": [
            "Request",
            "Preparation",
            "Implementation",
            "Results",
            "Action Fiche",
            "Ensuring ownership",
            "Promoting sustainability",
        ],
        "pt": [
            "Solicitação",
            "Preparação",
            "Implementação",
            "Resultados",
            "Ficha de Ação",
            "Garantir a apropriação",
            "Promoção da sustentabilidade",
        ],
        "fr": [
            "Demande",
            "Préparation",
            "Mise en œuvre",
            "Résultats",
            "fiche d’action",
            "Garantie de l’appropriation",
            "Promotion de la durabilité",
        ],
        "es": [
            "Solicitud",
            "Preparación",
            "Ejecución",
            "Resultados",
            "ficha de acción",
            "Garantizar la apropiación",
            "Promoción de la sostenibilidad",
        ],
    },
    EligibilityPage: {
        "en": [
            "National and local institutions",
            "Regional organisations",
            "parliaments",
            "Joint requests from several institutions",
        ],
        "pt": [
            "Instituições nacionais e locais",
            "Organizações regionais",
            "provedorias",
            "solicitações conjuntas de múltiplas instituições",
        ],
        "fr": [
            "Institutions nationales et locales",
            "Organisations régionales",
            "parquets",
            "Des demandes conjointes",
        ],
        "es": [
            "Instituciones nacionales y locales",
            "Organizaciones regionales",
            "fiscalías",
            "solicitudes conjuntas de varias instituciones",
        ],
    },
    ThematicAreasIndexPage: {
        "en": [
            "Legal migration and mobility",
            "Remittances",
            "Horizontal interventions",
            "Gender",
            "link migration with development",
        ],
        "pt": ["Migração e mobilidade legais", "Remessas", "Intervenções horizontais", "Género"],
        "fr": [
            "Migration légale et mobilité",
            "Transferts de fonds",
            "Interventions transversales",
            "Genre",
        ],
        "es": ["Migración legal y movilidad", "Remesas", "Intervenciones horizontales", "Género"],
    },
    ThematicAreaPage: {
        "en": [
            "Legal migration and mobility",
            "Labour migration",
            "Free movement",
            "legal pathways",
        ],
        "pt": [
            "Migração e mobilidade legais",
            "Migração de mão de obra",
            "Livre circulação",
            "vias legais",
        ],
        "fr": [
            "Migration légale et mobilité",
            "Migration de main-d’œuvre",
            "Libre circulation",
            "voies légales",
        ],
        "es": [
            "Migración legal y movilidad",
            "Migración laboral",
            "Libre circulación",
            "vías legales",
        ],
    },
    ActivitiesPage: {
        "en": [
            "Policy work",
            "Information exchange",
            "Training",
            "Practical tools",
            "Study visits",
            "Training of trainers",
            "Standard operating procedures",
        ],
        "pt": [
            "Trabalho em matéria de política",
            "Troca de informações",
            "Formação",
            "Ferramentas práticas",
            "Visitas de estudo",
            "Formação de formadores",
            "Procedimentos operacionais normalizados",
        ],
        "fr": [
            "Visites d’étude",
            "Formation de formateurs",
            "Procédures opérationnelles normalisées",
        ],
        "es": [
            "Visitas de estudio",
            "Formación de formadores",
            "Procedimientos operativos normalizados",
        ],
    },
    PrinciplesPage: {
        "en": [
            "Demand-driven response",
            "Partnership-based",
            "EU expertise",
            "Flexible and light management",
            "South-South and triangular cooperation",
        ],
        "pt": [
            "Resposta mediante solicitação",
            "Com base em parcerias",
            "Competências da UE",
            "Gestão flexível e ligeira",
            "Cooperação Sul-Sul e triangular",
        ],
        "fr": [
            "Réponse à la demande",
            "Fondée sur le partenariat",
            "Expertise de l’UE",
            "Gestion souple et légère",
            "Coopération Sud-Sud et triangulaire",
        ],
        "es": [
            "Respuesta a la demanda",
            "Basada en la asociación",
            "Experiencia de la UE",
            "Gestión flexible y ligera",
            "Cooperación Sur-Sur y triangular",
        ],
    },
}


def _page(model, language, **filters):
    return (
        model.objects.live()
        .filter(locale__language_code=language, **filters)
        .order_by("path")
        .first()
    )


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("model", list(EXPECTED), ids=lambda m: m.__name__)
def test_page_type_renders_its_translated_content(client, db, model, language):
    page = _page(model, language)

    response = client.get(page.url)

    assert response.status_code == 200
    html = response.content.decode()
    assert f'<html lang="{language}">' in html
    assert html.count("<h1") == 1
    for text in EXPECTED[model][language]:
        assert text in html, text


LEGAL = {
    "legal-notice": {
        "en": "sole responsibility of ICMPD",
        "pt": "da exclusiva responsabilidade do ICMPD",
        "fr": "relève de la seule responsabilité de l’ICMPD",
        "es": "responsabilidad exclusiva del ICMPD",
    },
    "accessibility-statement": {
        "en": "partially conformant",
        "pt": "parcialmente conforme",
        "fr": "partiellement conforme",
        "es": "cumple parcialmente",
    },
    "privacy-notice": {
        "en": "Google reCAPTCHA",
        "pt": "Responsável pelo tratamento",
        "fr": "Responsable du traitement",
        "es": "Responsable del tratamiento",
    },
}


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("slug", list(LEGAL))
def test_legal_pages_render_in_each_language(client, home_pages, slug, language):
    english = LegalPage.objects.get(slug=slug, locale__language_code="en")
    page = english.get_translation(home_pages[language].locale)

    html = client.get(page.url).content.decode()

    assert LEGAL[slug][language] in html
    assert '<time datetime="2026-11-27">' in html


def test_privacy_notice_has_the_slug_other_pages_link_to(home_pages):
    assert LegalPage.objects.filter(slug="privacy-notice", locale__language_code="en").exists()


def test_standard_page_renders_its_body_blocks(client, home_pages):
    page = StandardPage(
        title="About MIEUX+",
        slug="about",
        introduction="Who we are.",
        body=[
            ("heading", {"text": "Our story", "level": "h2"}),
            ("text", "<p>Since 2009.</p>"),
            ("quote", {"quote": "Exchange.", "attribution": "MIEUX+ expert"}),
            ("steps", {"steps": [{"title": "Request", "points": ["Letter"]}]}),
            ("cards", {"cards": [{"title": "Peer-to-peer", "text": "Peers.", "page": None}]}),
            ("accordion", {"items": [{"question": "Who?", "answer": "<p>Institutions.</p>"}]}),
        ],
    )
    home_pages["en"].add_child(instance=page)
    page.save_revision().publish()

    html = client.get("/en/about/").content.decode()

    assert '<h2 class="heading-block">Our story</h2>' in html
    assert "<p>Since 2009.</p>" in html
    assert "<blockquote><p>Exchange.</p></blockquote>" in html
    assert '<h3 class="step__title">Request</h3>' in html
    assert "<summary>Who?</summary>" in html
    assert "<p>Institutions.</p>" in html
    assert '<nav class="breadcrumbs"' in html


class TestPageRules:
    def test_home_page_allows_the_section_pages_but_not_nested_ones(self):
        allowed = set(HomePage.allowed_subpage_models())
        assert {
            StandardPage,
            HowItWorksPage,
            EligibilityPage,
            ThematicAreasIndexPage,
            ActivitiesPage,
            PrinciplesPage,
            LegalPage,
        } <= allowed
        assert ThematicAreaPage not in allowed
        assert HomePage not in allowed

    def test_home_page_only_at_the_root(self, home_pages):
        assert HomePage.can_create_at(Page.get_first_root_node())
        assert not HomePage.can_create_at(home_pages["en"])

    def test_thematic_area_pages_only_under_the_index(self, home_pages):
        index = _page(ThematicAreasIndexPage, "en")
        assert ThematicAreaPage.can_create_at(index)
        assert not ThematicAreaPage.can_create_at(home_pages["en"])

    @pytest.mark.parametrize(
        "model",
        [HowItWorksPage, EligibilityPage, ThematicAreasIndexPage, ActivitiesPage, PrinciplesPage],
    )
    def test_section_pages_exist_once_per_home_page(self, home_pages, model):
        # The demo already has one under each home page.
        assert not model.can_create_at(home_pages["en"])
        assert model.subpage_types == [] or model is ThematicAreasIndexPage

    def test_leaf_pages_take_no_children(self):
        for model in (ThematicAreaPage, LegalPage, HowItWorksPage, PrinciplesPage):
            assert model.allowed_subpage_models() == []

    def test_a_thematic_area_has_one_page_per_language(self, home_pages):
        existing = _page(ThematicAreaPage, "en")
        duplicate = ThematicAreaPage(
            title="Again",
            slug="again",
            thematic_area=existing.thematic_area,
            locale=existing.locale,
        )
        with pytest.raises(Exception, match="already has a page"):
            duplicate.clean()


# Counted in the steady state: the content generation's memo (sites, home pages, the tree's
# paths, view restrictions, locales, footer text, contact settings; see home/content_cache.py) and
# Wagtail's site root paths are warm. Routing costs one query (the page, from its own table,
# home/routing.py); the frame one more (home/frame.py: navigation, breadcrumbs, area links and
# the page's translations). The home page adds its testimonials and its calls to action, the
# areas index its areas. A translated page costs the same as an English one.
QUERIES = {
    HomePage: 4,
    StandardPage: 2,
    HowItWorksPage: 2,
    EligibilityPage: 2,
    ThematicAreasIndexPage: 3,
    ThematicAreaPage: 2,
    ActivitiesPage: 2,
    PrinciplesPage: 2,
    LegalPage: 2,
}


@pytest.fixture(autouse=True)
def _uncached(uncached_pages):
    """Every request renders its page here: these tests are about rendering and its queries."""


def _assert_queries(client, url, expected, django_assert_num_queries):
    cache.clear()
    client.get(url)  # warms Wagtail's site root paths and Django's content types
    with django_assert_num_queries(expected):
        assert client.get(url).status_code == 200


@pytest.mark.parametrize(("language", "extra"), [("en", 0), ("pt", 0)])
@pytest.mark.parametrize("model", list(QUERIES), ids=lambda m: m.__name__)
def test_query_count_per_page_type(client, db, model, language, extra, django_assert_num_queries):
    url = _page(model, language).url
    _assert_queries(client, url, QUERIES[model] + extra, django_assert_num_queries)


def test_home_page_queries_do_not_grow_with_areas_testimonials_or_menu_items(
    client, home_pages, django_assert_num_queries
):
    home = home_pages["en"]
    index = _page(ThematicAreasIndexPage, "en")
    for n in range(45):
        # Rows made for the test; the real vocabulary has five areas.
        area = ThematicArea.objects.create(key=f"test-area-{n}", sort_order=100 + n)
        page = ThematicAreaPage(
            title=f"Area {n}",
            slug=f"area-{n}",
            thematic_area=area,
            subtopics=[("subtopic", "Sub-topic")],
        )
        index.add_child(instance=page)
        page.save_revision().publish()
        index.refresh_from_db()
        menu_page = StandardPage(title=f"Menu {n}", slug=f"menu-{n}", show_in_menus=True)
        home.add_child(instance=menu_page)
        menu_page.save_revision().publish()
        home.refresh_from_db()
    snippets.Testimonial.objects.bulk_create(
        snippets.Testimonial(locale=home.locale, quote=f"Quote {n}", attribution="Expert")
        for n in range(48)
    )
    assert ThematicAreaPage.objects.filter(locale=home.locale).count() == 50
    assert snippets.Testimonial.objects.filter(locale=home.locale).count() == 50

    html = client.get("/en/").content.decode()
    assert "Area 44" in html and "Quote 47" in html and "Menu 44" in html
    _assert_queries(client, "/en/", QUERIES[HomePage], django_assert_num_queries)
    _assert_queries(client, index.url, QUERIES[ThematicAreasIndexPage], django_assert_num_queries)


def test_page_links_in_a_translated_body_lead_to_the_translations(
    client, home_pages, django_assert_num_queries
):
    targets = list(PrinciplesPage.objects.filter(locale__language_code="en")) + list(
        ActivitiesPage.objects.filter(locale__language_code="en")
    )
    cards = [{"title": t.title, "text": "", "page": t} for t in targets]
    page = StandardPage(
        title="About MIEUX+",
        slug="about",
        body=[
            ("cards", {"cards": cards}),
            (
                "call_to_action",
                {"heading": "Learn more", "text": "", "page": targets[0], "link_text": "Go"},
            ),
        ],
    )
    home_pages["en"].add_child(instance=page)
    page.save_revision().publish()
    french = page.copy_for_translation(home_pages["fr"].locale)
    french.save_revision().publish()

    html = client.get(french.url).content.decode()

    assert '<a href="/fr/principes/">' in html
    assert '<a href="/fr/activites/">' in html
    assert '<a class="button" href="/fr/principes/">Go</a>' in html


def test_home_page_calls_to_action_link_to_the_pages_in_its_language(
    client, home_pages, django_assert_num_queries
):
    """The links are synchronised from the English home page, so the Portuguese home page holds
    English pages and shows their Portuguese translations."""
    english = {
        page.slug: page
        for page in LegalPage.objects.filter(
            locale__language_code="en", slug__in=["privacy-notice", "legal-notice"]
        )
    }
    home = home_pages["pt"]
    home.request_assistance_page = english["privacy-notice"]
    home.join_roster_page = english["legal-notice"]
    home.save_revision().publish()

    html = client.get("/pt/").content.decode()

    assert '<a class="button" href="/pt/aviso-de-privacidade/">Enviar uma manifestação' in html
    assert '<a class="button" href="/pt/aviso-legal/">Inscrever-se na lista' in html
    _assert_queries(client, "/pt/", QUERIES[HomePage], django_assert_num_queries)


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_page_has_one_h1_and_headings_in_order(client, home_pages, language):
    import re

    for page in Page.objects.descendant_of(home_pages[language], inclusive=True).live():
        html = client.get(page.url).content.decode()
        levels = [int(level) for level in re.findall(r"<h([1-6])[\s>]", html)]
        assert levels.count(1) == 1, page.url
        assert all(b <= a + 1 for a, b in zip(levels, levels[1:], strict=False)), (page.url, levels)


def test_image_block_renders_responsive_renditions_with_alternative_text(db, settings, tmp_path):
    from io import BytesIO

    from django.core.files.images import ImageFile
    from PIL import Image as PILImage
    from wagtail.images import get_image_model

    from home.blocks import CaptionedImageBlock

    settings.MEDIA_ROOT = tmp_path
    buffer = BytesIO()
    PILImage.new("RGB", (1600, 900), "blue").save(buffer, "PNG")
    image = get_image_model().objects.create(
        title="Workshop",
        description="Participants of a MIEUX+ workshop around a table",
        file=ImageFile(buffer, name="workshop.png"),
    )
    block = CaptionedImageBlock()

    default_alt = block.render(block.to_python({"image": image.pk, "caption": "Accra, 2024"}))
    own_alt = block.render(block.to_python({"image": image.pk, "alt_text": "A workshop"}))

    assert 'alt="Participants of a MIEUX+ workshop around a table"' in default_alt
    assert 'alt="A workshop"' in own_alt
    assert "srcset=" in default_alt and "480w" in default_alt and "1200w" in default_alt
    assert 'width="480"' in default_alt and 'height="270"' in default_alt
    # AVIF first, WebP next, JPEG in the <img> for browsers that take neither.
    assert default_alt.index('type="image/avif"') < default_alt.index('type="image/webp"')
    assert ".avif 480w" in default_alt and ".webp 1200w" in default_alt
    assert "<picture>" in default_alt and ".jpg" in default_alt.split("<img")[1]
    assert 'loading="lazy"' in default_alt and "sizes=" in default_alt
    assert "<figcaption>Accra, 2024</figcaption>" in default_alt


def test_every_block_with_a_preview_value_renders_it(db):
    from home import blocks

    rendered = {}
    for name in dir(blocks):
        block_class = getattr(blocks, name)
        if (
            isinstance(block_class, type)
            and name.endswith("Block")
            and block_class.__module__ == blocks.__name__
            and getattr(block_class._meta_class, "preview_value", None) is not None
        ):
            block = block_class()
            rendered[name] = block.render(block.normalize(block.get_preview_value()))

    assert len(rendered) >= 12
    assert all(html.strip().startswith("<") for html in rendered.values()), rendered


def test_introduction_is_the_meta_description_unless_one_is_written(client, home_pages):
    page = _page(PrinciplesPage, "fr")

    assert (
        '<meta name="description" content="Cinq principes guident le travail de MIEUX+.">'
        in client.get(page.url).content.decode()
    )
    page.search_description = "Les principes de MIEUX+"
    page.save_revision().publish()

    assert '<meta name="description" content="Les principes de MIEUX+">' in (
        client.get(page.url).content.decode()
    )


def test_not_found_page_queries(client, home_pages, django_assert_num_queries):
    """The 404 page: the frame's query and Wagtail's redirect lookup; no routing query, since the
    remembered tree knows the path leads nowhere."""
    client.get("/pt/nowhere/")
    with django_assert_num_queries(2):
        assert client.get("/pt/nowhere/").status_code == 404


@pytest.mark.parametrize("images", [1, 6])
def test_page_queries_do_not_grow_with_images(
    client, home_pages, settings, tmp_path, django_assert_num_queries, images
):
    """Each image block is a <picture> of nine renditions (three widths in AVIF, WebP and JPEG);
    all images of the page cost one query (the stream fetches its images at once), however many
    there are: Wagtail finds the renditions in its cache."""
    from io import BytesIO

    from django.core.files.images import ImageFile
    from PIL import Image as PILImage
    from wagtail.images import get_image_model

    settings.MEDIA_ROOT = tmp_path
    blocks = []
    for n in range(images):
        buffer = BytesIO()
        PILImage.new("RGB", (1300, 700), "teal").save(buffer, "PNG")
        image = get_image_model().objects.create(
            title=f"Photo {n}", description=f"Photo {n}", file=ImageFile(buffer, f"p{n}.png")
        )
        blocks.append(("image", {"image": image, "alt_text": "", "caption": ""}))
    page = StandardPage(title="Gallery", slug="gallery", body=blocks)
    home_pages["en"].add_child(instance=page)
    page.save_revision().publish()

    html = client.get("/en/gallery/").content.decode()
    assert html.count("<picture>") == images
    _assert_queries(client, "/en/gallery/", QUERIES[StandardPage] + 1, django_assert_num_queries)
