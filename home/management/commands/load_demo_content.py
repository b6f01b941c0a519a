"""Build the demo site: an English home page and its translations, all published.

Idempotent: pages are looked up by slug and locale, so a second run changes nothing.
"""

from django.conf import settings
from django.core.management.base import BaseCommand
from django.db import transaction
from wagtail.models import Locale, Page, Site

from home.localization import publish_translation
from home.models import HomePage

HOME_TITLE = "MIEUX+ — Migration EU eXpertise"
# English source text → its translation, per language. The home pages are siblings under the
# root, so their slugs (never shown in URLs) must differ.
TRANSLATIONS = {
    code: {HOME_TITLE: HOME_TITLE, "home": f"home-{code}"} for code in ("pt", "fr", "es")
}


class Command(BaseCommand):
    help = "Create (or bring up to date) the demo content in every language."

    @transaction.atomic
    def handle(self, *args, **options):
        home = self._english_home()
        for code, _name in settings.LANGUAGES:
            if code != settings.LANGUAGE_CODE:
                self._translate(home, Locale.objects.get(language_code=code))
        self.stdout.write(self.style.SUCCESS("Demo content is in place."))

    def _english_home(self):
        root = Page.get_first_root_node()
        locale = Locale.get_default()
        home = HomePage.objects.filter(locale=locale, depth=2).first()
        if home is None:
            home = HomePage(title=HOME_TITLE, slug="home", locale=locale)
            # Wagtail's first migration made a "Welcome" page at the slug we want; drop it.
            Page.objects.filter(depth=2, slug="home").exclude(
                content_type__model="homepage"
            ).delete()
            root.add_child(instance=home)
            home.save_revision().publish()
        Site.objects.update_or_create(
            is_default_site=True,
            defaults={"hostname": "localhost", "root_page": home, "site_name": "MIEUX+"},
        )
        return home

    def _translate(self, home, locale):
        if home.get_translation_or_none(locale) is None:
            strings = TRANSLATIONS[locale.language_code]
            publish_translation(home, locale, lambda text, context: strings.get(text))
