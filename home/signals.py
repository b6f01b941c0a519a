"""What starts a new content generation (``home.content_cache``): every change a visitor could
see. Submissions, revisions, drafts and log entries are not here: they change no public page."""

from django.db.models.signals import post_delete, post_save
from wagtail.contrib.redirects.models import Redirect
from wagtail.images import get_image_model
from wagtail.models import Locale, Page, PageViewRestriction, Site
from wagtail.signals import page_published, page_unpublished, post_page_move

from home.content_cache import bump_generation


def connect():
    from home.models import Action, ContactSettings, FooterText, Testimonial, ThematicArea

    for signal in (page_published, page_unpublished, post_page_move):
        signal.connect(bump_generation, dispatch_uid=f"content-generation-{signal!r}")
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
