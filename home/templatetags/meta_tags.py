import json

from django import template
from django.conf import settings
from django.core.serializers.json import DjangoJSONEncoder
from django.templatetags.static import static
from django.utils.html import format_html, strip_tags
from django.utils.safestring import mark_safe
from django.utils.text import Truncator
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from home.models import KnowledgePage
from home.structured_data import DEFAULT_SHARE_IMAGE, SHARE_RENDITION
from home.structured_data import structured_data as page_structured_data
from home.translations import language_versions

register = template.Library()

# Open Graph wants a territory; the Portuguese of the site is European Portuguese.
OG_LOCALES = {"en": "en_GB", "pt": "pt_PT", "fr": "fr_FR", "es": "es_ES"}
# The characters django.utils.html.json_script escapes, so that "</script>" in a text is inert.
JSON_SCRIPT_ESCAPES = {ord(">"): "\\u003E", ord("<"): "\\u003C", ord("&"): "\\u0026"}


@register.simple_tag
def meta_description(page):
    """The page's search description, else the plain text of its introduction (content pages
    have a plain ``introduction``, the overview and form pages a rich-text ``intro``)."""
    if not page:  # views without a page (e.g. the 404 page) pass an empty string
        return ""
    text = page.search_description or getattr(page, "introduction", "") or ""
    if not text:
        text = strip_tags(getattr(page, "intro", "") or "")
    return Truncator(" ".join(text.split())).chars(300)


@register.inclusion_tag("includes/page_meta.html", takes_context=True)
def page_meta(context):
    """Canonical URL, Open Graph and Twitter card tags, and the robots rule of the page."""
    request, page = context["request"], context.get("page") or None
    versions = language_versions(request, page) if page else []
    current = get_language()
    image = getattr(page, "image", None) if page else None
    if image is not None:
        rendition = image.get_rendition(SHARE_RENDITION)
        share_image = {
            "url": request.build_absolute_uri(rendition.url),
            "width": rendition.width,
            "height": rendition.height,
            "alt": image.description,
        }
    else:
        share_image = {
            "url": request.build_absolute_uri(static(DEFAULT_SHARE_IMAGE)),
            "width": 1200,
            "height": 630,
            "alt": _("MIEUX+ – Migration EU eXpertise"),
        }
    url = page.get_url(request) if page else request.path
    return {
        "canonical": request.build_absolute_uri(url),
        "title": (page.seo_title or page.title) if page else "",
        "description": meta_description(page),
        "og_type": "article" if isinstance(page, KnowledgePage) else "website",
        "og_locale": OG_LOCALES.get(current, current),
        "og_alternates": [
            OG_LOCALES.get(v.code, v.code)
            for v in versions
            if v.is_translation and not v.is_current
        ],
        "share_image": share_image,
        "noindex": settings.SITE_ENVIRONMENT != "production",
    }


@register.simple_tag(takes_context=True)
def structured_data(context, page):
    """The page's JSON-LD (schema.org) as a data block, escaped like ``json_script`` so no text
    of the page can close the element."""
    data = page_structured_data(page, context["request"]) if page else None
    if not data:
        return ""
    payload = json.dumps({"@context": "https://schema.org", **data}, cls=DjangoJSONEncoder)
    payload = payload.translate(JSON_SCRIPT_ESCAPES)
    return format_html('<script type="application/ld+json">{}</script>', mark_safe(payload))  # noqa: S308 - escaped above
