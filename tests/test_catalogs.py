"""The gettext catalogs: complete, and compiled from their current text."""

from pathlib import Path

import polib
import pytest

LOCALE_DIR = Path(__file__).resolve().parent.parent / "locale"


@pytest.mark.parametrize("language", ["pt", "fr", "es"])
def test_catalog_is_complete(language):
    po = polib.pofile(str(LOCALE_DIR / language / "LC_MESSAGES" / "django.po"))

    assert po.untranslated_entries() == []
    assert [e.msgid for e in po.fuzzy_entries()] == []
    assert len(po.translated_entries()) > 0


@pytest.mark.parametrize("language", ["pt", "fr", "es"])
def test_compiled_catalog_matches_its_source(language):
    """A .po edited after the last `compilemessages` fails here. File times say nothing in a
    fresh clone, so the compiled .mo is compared with the .po entry by entry."""
    messages = LOCALE_DIR / language / "LC_MESSAGES"
    po = polib.pofile(str(messages / "django.po"))
    mo = polib.mofile(str(messages / "django.mo"))

    def entries(catalog):
        return {
            (e.msgctxt, e.msgid, e.msgstr, tuple(sorted(e.msgstr_plural.items())))
            for e in catalog.translated_entries()
            if e.msgid
        }

    assert entries(mo) == entries(po)
