"""The StreamField blocks of the site: small StructBlocks, each with its own template in
``templates/blocks/`` and a preview value for the admin's block picker, and ``BodyStreamBlock``,
the one body every page type reuses.

Text inside blocks is CharBlock/TextBlock/RichTextBlock so that wagtail-localize offers every
string to translators; keys (heading levels, activity types) are ChoiceBlocks, which it keeps
synchronised with the source page.
"""

from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.images.blocks import ImageChooserBlock
from wagtail.models import Page

from home.models.taxonomy import Activity

# Rich text stays simple: structure and emphasis, links, lists; headings have their own block so
# that their level is chosen, never guessed from a toolbar.
RICH_TEXT_FEATURES = ["bold", "italic", "link", "document-link", "ol", "ul"]


def _in_active_language(pages):
    """Each chosen page swapped for its live translation in the active language, in one query.

    Page choosers are synchronised by wagtail-localize, so a translated body still points at the
    English pages; a page without a translation is kept as chosen."""
    keys = [page.translation_key for page in pages if page is not None]
    if not keys:
        return list(pages)
    translations = {
        page.translation_key: page
        for page in Page.objects.live().filter(
            translation_key__in=keys, locale__language_code=get_language()
        )
    }
    return [translations.get(page.translation_key, page) if page else None for page in pages]


class RichTextBlock(blocks.RichTextBlock):
    def __init__(self, **kwargs):
        kwargs.setdefault("features", RICH_TEXT_FEATURES)
        super().__init__(**kwargs)

    class Meta:
        template = "blocks/rich_text_block.html"
        icon = "pilcrow"
        label = _("Text")
        preview_value = (
            "<p>MIEUX+ supports partner countries and regional organisations to better manage "
            "migration and mobility.</p>"
        )
        description = _("Paragraphs and lists.")


class HeadingBlock(blocks.StructBlock):
    text = blocks.CharBlock(label=_("text"), max_length=120)
    level = blocks.ChoiceBlock(
        label=_("level"),
        choices=[("h2", _("Level 2")), ("h3", _("Level 3")), ("h4", _("Level 4"))],
        default="h2",
        help_text=_(
            "Headings must follow each other in order: level 2 for sections, "
            "level 3 inside a level-2 section, and so on."
        ),
    )

    class Meta:
        template = "blocks/heading_block.html"
        icon = "title"
        label = _("Heading")
        preview_value = {"text": "How MIEUX+ works", "level": "h2"}
        description = _("A section heading of the chosen level.")


class CaptionedImageBlock(blocks.StructBlock):
    """An image shown as responsive renditions. The alternative text defaults to the image's own
    (required) description and can be replaced where the context calls for other words."""

    image = ImageChooserBlock(label=_("image"))
    alt_text = blocks.CharBlock(
        label=_("alternative text"),
        required=False,
        max_length=255,
        help_text=_(
            "Leave empty to use the image's own alternative text. Write it here when this page "
            "needs the image described differently."
        ),
    )
    caption = blocks.CharBlock(label=_("caption"), required=False, max_length=255)

    class Meta:
        template = "blocks/captioned_image_block.html"
        icon = "image"
        label = _("Image")
        description = _("An image with its alternative text and an optional caption.")


class QuoteBlock(blocks.StructBlock):
    quote = blocks.TextBlock(label=_("quote"))
    attribution = blocks.CharBlock(
        label=_("attribution"),
        required=False,
        max_length=120,
        help_text=_("Who said it, for example “MIEUX+ partner country” or “MIEUX+ expert”."),
    )

    class Meta:
        template = "blocks/quote_block.html"
        icon = "openquote"
        label = _("Quote")
        preview_value = {
            "quote": "MIEUX+ is exchange: exchange of knowledge, experiences, perspectives.",
            "attribution": "MIEUX+ expert",
        }
        description = _("A quotation or testimonial with its attribution.")


class CallToActionBlock(blocks.StructBlock):
    heading = blocks.CharBlock(label=_("heading"), max_length=120)
    text = blocks.TextBlock(label=_("text"), required=False)
    page = blocks.PageChooserBlock(
        label=_("page"),
        help_text=_("Links to this page in the visitor's language when it is translated."),
    )
    link_text = blocks.CharBlock(
        label=_("link text"),
        max_length=60,
        help_text=_("Say where the link goes, e.g. “Request assistance”, never “click here”."),
    )

    class Meta:
        template = "blocks/call_to_action_block.html"
        icon = "pick"
        label = _("Call to action")
        description = _("A short invitation with a link to a page.")
        preview_value = {
            "heading": "Interested in requesting MIEUX+ assistance?",
            "text": "Send your expression of interest through our website.",
            "link_text": "Send an expression of interest",
        }

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context)
        context["link"] = _in_active_language([value.get("page")])[0]
        return context


class StepBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("title"), max_length=80)
    points = blocks.ListBlock(blocks.CharBlock(label=_("point"), max_length=200), label=_("points"))

    class Meta:
        template = "blocks/step_block.html"
        icon = "list-ol"
        label = _("Step")
        preview_value = {
            "title": "Request",
            "points": ["Expression of interest through the MIEUX+ website"],
        }


class StepsBlock(blocks.StructBlock):
    steps = blocks.ListBlock(StepBlock(), label=_("steps"), min_num=1)

    class Meta:
        template = "blocks/steps_block.html"
        icon = "list-ol"
        label = _("Steps")
        preview_value = {
            "steps": [
                {"title": "Request", "points": ["Expression of interest"]},
                {"title": "Preparation", "points": ["Design of activities"]},
            ]
        }
        description = _("A numbered sequence of steps, each with its points.")


class CardBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("title"), max_length=120)
    text = blocks.TextBlock(label=_("text"), required=False)
    page = blocks.PageChooserBlock(label=_("page"), required=False)

    class Meta:
        template = "blocks/card_block.html"
        icon = "doc-empty"
        label = _("Card")
        preview_value = {"title": "Rapid response", "text": "Short-term, tailor-made assistance."}


class CardGridBlock(blocks.StructBlock):
    cards = blocks.ListBlock(CardBlock(), label=_("cards"), min_num=1)

    class Meta:
        template = "blocks/card_grid_block.html"
        icon = "table"
        label = _("Card grid")
        preview_value = {
            "cards": [
                {"title": "Demand-driven", "text": "Assistance on request."},
                {"title": "Rapid response", "text": "Tailored and quick."},
                {"title": "Peer-to-peer", "text": "Experts working with peers."},
            ]
        }
        description = _("Short texts side by side, each optionally linking to a page.")

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context)
        cards = list(value["cards"])
        links = _in_active_language([card.get("page") for card in cards])
        context["cards"] = list(zip(cards, links, strict=True))
        return context


class AccordionItemBlock(blocks.StructBlock):
    question = blocks.CharBlock(label=_("question"), max_length=200)
    answer = RichTextBlock(label=_("answer"))

    class Meta:
        icon = "help"
        label = _("Question")


class AccordionBlock(blocks.StructBlock):
    items = blocks.ListBlock(AccordionItemBlock(), label=_("questions"), min_num=1)

    class Meta:
        template = "blocks/accordion_block.html"
        icon = "list-ul"
        label = _("Questions and answers")
        preview_value = {
            "items": [
                {
                    "question": "Who can request assistance?",
                    "answer": "<p>National and local institutions, regional organisations.</p>",
                }
            ]
        }
        description = _("Questions that open to show their answers (no JavaScript needed).")


class BodyStreamBlock(blocks.StreamBlock):
    """The body of every page type."""

    heading = HeadingBlock()
    text = RichTextBlock()
    image = CaptionedImageBlock()
    quote = QuoteBlock()
    call_to_action = CallToActionBlock()
    steps = StepsBlock()
    cards = CardGridBlock()
    accordion = AccordionBlock()


class FeatureBlock(blocks.StructBlock):
    """One of the key features on the home page."""

    title = blocks.CharBlock(label=_("title"), max_length=60)
    text = blocks.TextBlock(label=_("text"))

    class Meta:
        template = "blocks/feature_block.html"
        icon = "pick"
        label = _("Feature")
        preview_value = {
            "title": "Peer-to-peer",
            "text": "Practitioners from public administrations share their experience.",
        }


class KeyFactBlock(blocks.StructBlock):
    figure = blocks.CharBlock(label=_("figure"), max_length=20, help_text=_("e.g. “2009”."))
    label = blocks.CharBlock(label=_("label"), max_length=120)

    class Meta:
        template = "blocks/key_fact_block.html"
        icon = "info-circle"
        label = _("Key fact")
        preview_value = {"figure": "2009", "label": "Active since"}


class PrincipleBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("title"), max_length=80)
    text = blocks.TextBlock(label=_("text"))

    class Meta:
        template = "blocks/principle_block.html"
        icon = "tick-inverse"
        label = _("Principle")
        preview_value = {
            "title": "Demand-driven response",
            "text": "MIEUX+ acts on the request of its partners.",
        }


class ActivityTypeBlock(blocks.StructBlock):
    """One type of activity; its name comes from the shared vocabulary, translated by gettext."""

    activity = blocks.ChoiceBlock(label=_("activity type"), choices=Activity.choices)
    examples = blocks.ListBlock(
        blocks.CharBlock(label=_("example"), max_length=200), label=_("examples")
    )

    class Meta:
        template = "blocks/activity_type_block.html"
        icon = "list-ul"
        label = _("Activity type")
        preview_value = {"activity": "training", "examples": ["training of trainers"]}

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context)
        context["name"] = Activity(value["activity"]).label
        return context
