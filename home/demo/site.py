"""The site frame of the demo content: the English home page at the root of the default site."""

from wagtail.models import Locale, Page, Site

from home.demo.text import T
from home.models import HomePage

HOME_TITLE = T(
    en="MIEUX+ — Migration EU eXpertise",
    pt="MIEUX+ — Migration EU eXpertise",
    fr="MIEUX+ — Migration EU eXpertise",
    es="MIEUX+ — Migration EU eXpertise",
)


def english_home():
    """The English home page, created (and made the default site's root) on the first run."""
    home = HomePage.objects.filter(locale=Locale.get_default(), depth=2).first()
    if home is None:
        # Wagtail's first migration made a "Welcome" page at the slug we want; drop it.
        Page.objects.filter(depth=2, slug="home").exclude(content_type__model="homepage").delete()
        home = HomePage(title=HOME_TITLE.en, slug="home")
        Page.get_first_root_node().add_child(instance=home)
        home.save_revision().publish()
    Site.objects.update_or_create(
        is_default_site=True,
        defaults={"hostname": "localhost", "root_page": home, "site_name": "MIEUX+"},
    )
    return home
