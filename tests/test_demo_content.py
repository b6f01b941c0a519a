"""The demo content: idempotent, complete in every language, translated through wagtail-localize."""

from io import StringIO

import pytest
from django.core.management import call_command
from wagtail.models import Locale, Page, Revision, TranslatableMixin
from wagtail.snippets.models import get_snippet_models
from wagtail_localize.models import StringTranslation, Translation, TranslationSource

from home.models import FooterText, HomePage, LegalPage, ThematicAreaPage, snippets

TRANSLATED = ["pt", "fr", "es"]


def _english_pages_and_snippets():
    english = Locale.objects.get(language_code="en")
    home = HomePage.objects.get(locale=english)
    snippet_models = [m for m in get_snippet_models() if issubclass(m, TranslatableMixin)]
    return [
        *Page.objects.descendant_of(home, inclusive=True).specific(),
        *(obj for model in snippet_models for obj in model.objects.filter(locale=english)),
    ]


def _counts():
    return {
        "pages": Page.objects.count(),
        "live pages": Page.objects.live().count(),
        "revisions": Revision.objects.count(),
        "testimonials": snippets.Testimonial.objects.count(),
        "footer texts": FooterText.objects.count(),
        "sources": TranslationSource.objects.count(),
        "translations": Translation.objects.count(),
        "strings": StringTranslation.objects.count(),
    }


def test_second_run_changes_nothing(db):
    before = _counts()

    call_command("load_demo_content", stdout=StringIO())

    assert _counts() == before


def test_every_english_page_and_snippet_is_published_in_every_language(db):
    objects = _english_pages_and_snippets()
    # Pages: home, 9 content sections, 5 areas, the overview and 5 regions, 2 forms, the news
    # index and its 13 items. Snippets: 2 testimonials, 1 footer text, 19 Actions, 4 topics.
    assert len(objects) == 23 + 14 + 22 + 4

    for instance in objects:
        for code in TRANSLATED:
            translated = instance.get_translation(Locale.objects.get(language_code=code))
            assert getattr(translated, "live", True), (instance, code)


@pytest.mark.parametrize("code", TRANSLATED)
def test_translation_editor_shows_every_translation_complete(db, code):
    translations = Translation.objects.filter(target_locale__language_code=code)
    assert translations.count() == len(_english_pages_and_snippets())

    for translation in translations:
        total, done = translation.get_progress()
        assert total > 0 and done == total, translation.source.get_source_instance()


def test_tree_counts_stay_right_after_translation(home_pages):
    """Each translated home page knows its children (publishing a translation used to reset it)."""
    sections = 9 + 1 + 2 + 1  # content sections, the overview, the two form pages, the news
    for page in home_pages.values():
        assert page.numchild == sections
        assert page.get_children().count() == sections


def test_every_thematic_area_has_its_own_page_in_every_language(db):
    for code in ["en", *TRANSLATED]:
        areas = ThematicAreaPage.objects.live().filter(locale__language_code=code)
        assert sorted(areas.values_list("thematic_area__key", flat=True)) == sorted(
            [
                "legal-migration",
                "migration-development",
                "irregular-migration",
                "international-protection",
                "horizontal",
            ]
        )
        assert len({page.url for page in areas}) == 5


def test_privacy_notice_mentions_recaptcha_in_every_language(client, db):
    english = LegalPage.objects.get(slug="privacy-notice", locale__language_code="en")
    notices = english.get_translations(inclusive=True).live()
    assert notices.count() == 4
    for page in notices:
        assert "Google reCAPTCHA" in client.get(page.url).content.decode()
