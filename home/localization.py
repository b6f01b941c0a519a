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
    # save_target(publish=True) defers publishing to transaction.on_commit with the page object
    # as it was when created; inside a transaction that also adds its children, that stale
    # object would overwrite the tree's child count. Publishing here, from a fresh copy, does not.
    drafts = isinstance(instance, DraftStateMixin)
    translation.save_target(publish=not drafts)
    target = instance.get_translation(locale)
    if drafts:
        target.get_latest_revision().publish()
        target.refresh_from_db()
    return target
