"""Site-wide settings that are the same in every language: contact address and social links."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting


@register_setting(icon="mail")
class ContactSettings(BaseSiteSetting):
    """Shown in every page's footer. A site setting because an address or a link does not
    change with the language, so it is entered once."""

    contact_email = models.EmailField(_("contact email"), blank=True)
    website_url = models.URLField(_("website"), blank=True)
    linkedin_url = models.URLField(_("LinkedIn"), blank=True)
    twitter_url = models.URLField(_("X (Twitter)"), blank=True)
    youtube_url = models.URLField(_("YouTube"), blank=True)

    panels = [
        FieldPanel("contact_email"),
        FieldPanel("website_url"),
        FieldPanel("linkedin_url"),
        FieldPanel("twitter_url"),
        FieldPanel("youtube_url"),
    ]

    class Meta:
        verbose_name = _("contact and social links")

    @classmethod
    def for_request(cls, request):
        """Remembered per site and content generation: every page's footer shows it, and it
        changes rarely (saving it starts a new generation)."""
        from home.content_cache import memoized
        from home.routing import find_site

        site = find_site(request)
        return memoized(("contact-settings", site.pk if site else None), lambda: cls.for_site(site))

    def social_links(self):
        """(name, url) of each social network that has a link, in a fixed order."""
        links = [
            ("LinkedIn", self.linkedin_url),
            ("X (Twitter)", self.twitter_url),
            ("YouTube", self.youtube_url),
        ]
        return [(name, url) for name, url in links if url]
