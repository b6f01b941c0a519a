"""Build the demo site in English, then publish its wagtail-localize translations.

Each module in SECTIONS has ``build(english_home)``, which creates (or finds) its English pages and
snippets, published, writing every text as ``home.demo.text.T``. The translation step then
translates every English translatable snippet and page that has no translation yet, snippets first
(pages refer to them) and pages parents first. Idempotent: nothing that exists is created or
published again.
"""

from importlib import import_module

from django.conf import settings
from django.core.management.base import BaseCommand
from django.db import transaction
from django.utils.text import slugify
from wagtail.models import Locale, Page, TranslatableMixin
from wagtail.snippets.models import get_snippet_models

from home.demo.site import english_home
from home.demo.text import translation_of
from home.localization import publish_translation

SECTIONS = [
    "home.demo.snippets",
    "home.demo.pages",
    "home.demo.legal",
    "home.demo.actions",
    "home.demo.news",
    "forms.demo",
]


class Command(BaseCommand):
    help = "Create the demo content in English and publish its translations (idempotent)."

    @transaction.atomic
    def handle(self, *args, **options):
        home = english_home()
        for section in SECTIONS:
            import_module(section).build(home)
        source_locale = home.locale
        for code, _name in settings.LANGUAGES:
            if code != source_locale.language_code:
                self._translate_all(home, source_locale, Locale.objects.get(language_code=code))
        self.stdout.write(self.style.SUCCESS("Demo content is in place."))

    def _translate_all(self, home, source_locale, locale):
        for model in get_snippet_models():
            if issubclass(model, TranslatableMixin):
                for snippet in model.objects.filter(locale=source_locale):
                    if snippet.get_translation_or_none(locale) is None:
                        publish_translation(snippet, locale, _translator(snippet, locale))
        for page in Page.objects.descendant_of(home, inclusive=True).order_by("path").specific():
            if page.get_translation_or_none(locale) is None:
                publish_translation(page, locale, _translator(page, locale))


def _translator(instance, locale):
    code = locale.language_code

    def translate(text, context):
        if context == "slug":
            # Slugs follow the translated title; sibling home pages get the language code.
            if getattr(instance, "depth", None) == 2:
                return f"{text}-{code}"
            return slugify(translation_of(instance.title, code) or "")
        return translation_of(text, code)

    return translate
