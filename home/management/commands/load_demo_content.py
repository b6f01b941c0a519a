"""Build the demo site: an English home page and its translations, all published.

Idempotent: pages are looked up by slug and locale, so a second run changes nothing.
"""

from django.conf import settings
from django.core.management.base import BaseCommand
from django.db import transaction
from wagtail.models import Locale, Page, Site

from home.models import HomePage

HOME_TITLES = {
    "en": "MIEUX+ — Migration EU eXpertise",
    "pt": "MIEUX+ — Migration EU eXpertise",
    "fr": "MIEUX+ — Migration EU eXpertise",
    "es": "MIEUX+ — Migration EU eXpertise",
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
            home = HomePage(title=HOME_TITLES["en"], slug="home", locale=locale)
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
        translated = home.get_translation_or_none(locale)
        if translated is None:
            translated = home.copy_for_translation(locale)
            translated.title = HOME_TITLES[locale.language_code]
            translated.save_revision().publish()
