"""Publishing wagtail-localize translations from code (used by the demo content loader).

The translation goes through wagtail-localize's own records (TranslationSource, Translation,
StringTranslation) by exporting the PO file of the translation, filling it and importing it back,
so editors see the result in the translation editor as translated, exactly as if a translator had
typed it there.
"""

from wagtail.models import DraftStateMixin
from wagtail_localize.models import Translation, TranslationSource


class MissingTranslation(Exception):
    """A source string had no translation; the demo content must be complete in every language."""


def publish_translation(instance, locale, translate):
    """Create or update the translation of ``instance`` (a page or translatable snippet) into
    ``locale`` and publish it.

    ``translate(text, context)`` returns the translation of one English source segment (``context``
    is wagtail-localize's path of the field or block, e.g. ``"title"`` or ``"slug"``), or None when
    it has none, which raises MissingTranslation naming every untranslated segment.
    Returns the translated object.
    """
    source, _ = TranslationSource.update_or_create_from_instance(instance)
    translation, _ = Translation.objects.get_or_create(source=source, target_locale=locale)
    po = translation.export_po()
    missing = []
    for entry in po:
        entry.msgstr = translate(entry.msgid, entry.msgctxt) or ""
        if not entry.msgstr:
            missing.append(f"{entry.msgctxt}: {entry.msgid!r}")
    if missing:
        raise MissingTranslation(
            f"{instance!r} has no {locale.language_code} translation for: " + "; ".join(missing)
        )
    translation.import_po(po, tool_name="demo content")
    if not isinstance(instance, DraftStateMixin):
        translation.save_target(publish=True)
        return instance.get_translation(locale)
    # Publish now, from the saved object. save_target(publish=True) would publish on commit from
    # the object as it was before any child page was added under it, writing back a stale
    # ``numchild`` that makes the translated children unreachable.
    translation.save_target(publish=False)
    target = instance.get_translation(locale)
    target.get_latest_revision().publish()
    return target
