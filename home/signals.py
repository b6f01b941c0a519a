"""What starts a new content generation (``home.content_cache``): every change a visitor could
see. Submissions, revisions, drafts and log entries are not here: they change no public page.

When a frontend cache (CDN, Varnish) is configured, it is purged too: Wagtail purges a published
or unpublished page itself; here its translations follow (their language switcher and hreflang
links name it), and a change to what every page shows (footer text, contact settings,
testimonials) purges every live page.
"""

from django.conf import settings
from django.db.models.signals import post_delete, post_save
from wagtail.contrib.redirects.models import Redirect
from wagtail.images import get_image_model
from wagtail.models import Locale, Page, PageViewRestriction, Site
from wagtail.signals import page_published, page_unpublished, post_page_move

from home.content_cache import bump_generation


def _purge_translations(instance, **kwargs):
    if not settings.WAGTAILFRONTENDCACHE:
        return
    from wagtail.contrib.frontend_cache.utils import PurgeBatch

    batch = PurgeBatch()
    batch.add_pages(instance.get_translations().live())
    batch.purge()


def _purge_every_page(**kwargs):
    if not settings.WAGTAILFRONTENDCACHE:
        return
    from wagtail.contrib.frontend_cache.utils import PurgeBatch

    batch = PurgeBatch()
    batch.add_pages(Page.objects.live())
    batch.purge()


def connect():
    from home.models import Action, ContactSettings, FooterText, Testimonial, ThematicArea

    for signal in (page_published, page_unpublished, post_page_move):
        signal.connect(bump_generation, dispatch_uid=f"content-generation-{signal!r}")
    for signal in (page_published, page_unpublished):
        signal.connect(_purge_translations, dispatch_uid=f"purge-translations-{signal!r}")
    for model in (Testimonial, FooterText, ContactSettings):
        for signal in (post_save, post_delete):
            signal.connect(
                _purge_every_page,
                sender=model,
                dispatch_uid=f"purge-every-page-{model.__name__}-{signal!r}",
            )
    models = [
        Page,
        Testimonial,
        FooterText,
        ContactSettings,
        Action,
        ThematicArea,
        get_image_model(),
        Locale,
        Site,
        PageViewRestriction,
        Redirect,
    ]
    for model in models:
        for signal in (post_save, post_delete):
            if model is Page and signal is post_save:
                continue  # saving a draft changes nothing public; publishing is signalled
            signal.connect(
                bump_generation,
                sender=model,
                dispatch_uid=f"content-generation-{model.__name__}-{signal!r}",
            )
