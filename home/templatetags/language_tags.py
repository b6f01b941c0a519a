from django import template
from django.conf import settings

from home.translations import home_url, language_versions

register = template.Library()


@register.inclusion_tag("includes/language_switcher.html", takes_context=True)
def language_switcher(context):
    request = context["request"]
    return {"versions": language_versions(request, context.get("page"))}


@register.inclusion_tag("includes/alternate_links.html", takes_context=True)
def alternate_links(context):
    """<link rel=alternate hreflang> for each language the page exists in, plus x-default (the
    English version), as absolute URLs as search engines require."""
    request = context["request"]
    page = context.get("page")
    if page is None:
        return {"alternates": []}
    alternates = [
        (v.code, request.build_absolute_uri(v.url))
        for v in language_versions(request, page)
        if v.is_translation
    ]
    default = dict(alternates).get(settings.LANGUAGE_CODE)
    if default:
        alternates.append(("x-default", default))
    return {"alternates": alternates}


@register.simple_tag
def localized_home_url():
    return home_url()
