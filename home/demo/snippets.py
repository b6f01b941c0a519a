"""Testimonials, the footer's statements and the contact settings from the brochure."""

from django.utils import translation
from wagtail.models import Locale, Site

from home.demo.text import T
from home.models import ContactSettings, FooterText, Testimonial

TESTIMONIALS = [
    (
        T(
            en="MIEUX+ is an excellent initiative. It is fast, targeted, flexible, and the "
            "bureaucracy is minimal.",
            pt="A MIEUX+ é uma excelente iniciativa. É rápida, direcionada, flexível, e a "
            "burocracia é mínima.",
            fr="MIEUX+ est une excellente initiative. Elle est rapide, ciblée, flexible, et la "
            "bureaucratie y est minimale.",
            es="MIEUX+ es una excelente iniciativa. Es rápida, específica, flexible y la "
            "burocracia es mínima.",
        ),
        T(
            en="MIEUX+ partner country",
            pt="País parceiro MIEUX+",
            fr="Pays partenaire de MIEUX+",
            es="País socio de MIEUX+",
        ),
    ),
    (
        T(
            en="MIEUX+ is exchange: exchange of knowledge, experiences, perspectives.",
            pt="A MIEUX+ é troca: troca de conhecimentos, experiências, perspetivas.",
            fr="MIEUX+, c’est l’échange : échange de connaissances, d’expériences, de points de "
            "vue.",
            es="MIEUX+ es intercambio: intercambio de conocimientos, experiencias y perspectivas.",
        ),
        T(
            en="MIEUX+ expert",
            pt="Especialista MIEUX+",
            fr="Expert MIEUX+",
            es="Experto de MIEUX+",
        ),
    ),
]

CONTACT = {
    "contact_email": "mieux-initiative@icmpd.org",
    "website_url": "https://www.mieux-initiative.eu/",
    "linkedin_url": "https://www.linkedin.com/showcase/mieux-migration",
    "twitter_url": "https://twitter.com/mieux_migration",
    # The brochure names the channel ("Migration EU Expertise") without its address.
    "youtube_url": "https://www.youtube.com/results?search_query=Migration+EU+Expertise",
}


def _from_catalog(english):
    """A text whose translations are the interface catalog's, so the footer reads the same
    whether it comes from the snippet or from the template's gettext fallback."""
    texts = {}
    for code in ("pt", "fr", "es"):
        with translation.override(code):
            texts[code] = translation.gettext(english)
    return T(en=english, **texts)


FOOTER = {
    "funding_statement": _from_catalog("Funded by the European Union"),
    "implementation_statement": _from_catalog(
        "Implemented by the International Centre for Migration Policy Development (ICMPD)"
    ),
    "disclaimer": _from_catalog(
        "This website was produced with the financial support of the European Union. Its "
        "contents are the sole responsibility of ICMPD and do not necessarily reflect the views "
        "of the European Union."
    ),
}


def build(home):
    locale = Locale.get_default()
    for order, (quote, attribution) in enumerate(TESTIMONIALS):
        Testimonial.objects.get_or_create(
            locale=locale,
            quote=quote.en,
            defaults={"attribution": attribution.en, "sort_order": order},
        )
    if not FooterText.objects.filter(locale=locale).exists():
        FooterText.objects.create(locale=locale, **{k: t.en for k, t in FOOTER.items()})
    settings = ContactSettings.for_site(Site.objects.get(is_default_site=True))
    if not settings.contact_email:
        for name, value in CONTACT.items():
            setattr(settings, name, value)
        settings.save()
