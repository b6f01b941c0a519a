"""A text of the demo content in all four languages, registered for the translation step.

Demo sections write every human-readable text as ``T(en=..., pt=..., fr=..., es=...)`` and build
the English objects from ``t.en``. wagtail-localize later extracts English source segments from
those objects; ``translation_of`` finds each segment's translation in the registry.
"""

from dataclasses import dataclass

_REGISTRY: dict[str, "T"] = {}


@dataclass(frozen=True)
class T:
    en: str
    pt: str
    fr: str
    es: str

    def __post_init__(self):
        known = _REGISTRY.setdefault(self.en, self)
        if known != self:
            raise ValueError(f"Two different translations of the same English text: {self.en!r}")

    def __str__(self):
        return self.en

    def in_language(self, code):
        return getattr(self, code)


def translation_of(english, language_code):
    """The registered translation of an English text, or None."""
    text = _REGISTRY.get(english)
    return text.in_language(language_code) if text else None
