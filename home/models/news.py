"""News and knowledge: news, events, publications and interviews, listed on one index page.

The four types share a concrete base, ``KnowledgePage``, that holds everything a list shows and
filters on (date, summary, image, thematic areas, region, topics). The index therefore lists,
filters and paginates one table with two prefetches, whatever the mix of types, and its query
count does not grow with the number of items. ``KnowledgePage`` itself is never created.

Topics ("tags") are a translatable snippet rather than taggit tags: a tag is a word, and a word
belongs to one language. Pages keep the English topics (synchronised, like thematic areas), and
lists show each topic's translation, looked up in one query by translation key.
"""

from django import forms
from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.paginator import EmptyPage, PageNotAnInteger, Paginator
from django.db import models
from django.db.models import Prefetch
from django.http import QueryDict
from django.utils.functional import cached_property
from django.utils.text import capfirst
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.images import get_image_model
from wagtail.models import Orderable, Page, TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from home.blocks import BodyStreamBlock

from .actions import Action
from .pages import PAGE_TRANSLATABLE_FIELDS
from .taxonomy import Area, Region

PER_PAGE = 10
# The image sizes the index shows, fetched with the images so each item costs no query.
LIST_RENDITIONS = ("fill-320x180",)


class Topic(TranslatableMixin, models.Model):
    """A subject news and knowledge items are tagged with, e.g. "labour migration"."""

    name = models.CharField(_("name"), max_length=80)
    slug = models.SlugField(
        _("slug"),
        max_length=80,
        help_text=_("The topic's key in filter links; the same in every language."),
    )

    panels = [FieldPanel("name"), FieldPanel("slug")]
    translatable_fields = [TranslatableField("name"), SynchronizedField("slug")]

    class Meta(TranslatableMixin.Meta):
        ordering = ["name"]
        verbose_name = _("topic")
        verbose_name_plural = _("topics")

    def __str__(self):
        return self.name


class KnowledgeKind(models.TextChoices):
    NEWS = "news", _("News")
    EVENT = "event", _("Events")
    PUBLICATION = "publication", _("Publications")
    INTERVIEW = "interview", _("Interviews")


class KnowledgePage(Page):
    """What every news and knowledge item has. Not creatable: editors choose one of its types."""

    cache_public_response = True

    date = models.DateField(
        _("date"), help_text=_("The publication date; for an event, its first day.")
    )
    summary = models.TextField(
        _("summary"),
        max_length=400,
        help_text=_("One or two sentences shown in lists, in search results and when shared."),
    )
    image = models.ForeignKey(
        settings.WAGTAILIMAGES_IMAGE_MODEL,
        verbose_name=_("image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    body = StreamField(BodyStreamBlock(), blank=True, verbose_name=_("body"))
    thematic_areas = ParentalManyToManyField(
        "home.ThematicArea", verbose_name=_("thematic areas"), blank=True, related_name="+"
    )
    region = models.CharField(_("region"), max_length=40, choices=Region.choices, blank=True)
    topics = ParentalManyToManyField(Topic, verbose_name=_("topics"), blank=True, related_name="+")
    related_actions = ParentalManyToManyField(
        Action, verbose_name=_("related Actions"), blank=True, related_name="+"
    )

    kind = None  # each concrete type names its KnowledgeKind

    search_fields = [
        *Page.search_fields,
        index.SearchField("summary"),
        index.SearchField("body"),
        index.FilterField("locale_id"),
    ]
    content_panels = [
        *Page.content_panels,
        FieldPanel("date"),
        FieldPanel("summary"),
        FieldPanel("image"),
        FieldPanel("body"),
        MultiFieldPanel(
            [
                FieldPanel("thematic_areas", widget=forms.CheckboxSelectMultiple),
                FieldPanel("region"),
                FieldPanel("topics", widget=forms.CheckboxSelectMultiple),
                FieldPanel("related_actions"),
            ],
            heading=_("Tags"),
        ),
    ]
    translatable_fields = [
        *PAGE_TRANSLATABLE_FIELDS,
        SynchronizedField("date"),
        TranslatableField("summary"),
        SynchronizedField("image"),
        TranslatableField("body"),
        SynchronizedField("thematic_areas"),
        SynchronizedField("region"),
        SynchronizedField("topics"),
        SynchronizedField("related_actions"),
    ]
    is_creatable = False
    parent_page_types = ["home.NewsIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("news and knowledge item")
        ordering = ["-date", "-pk"]

    @property
    def introduction(self):
        """The summary stands in for the introduction in meta descriptions."""
        return self.summary

    def kind_label(self):
        """The item's type in the singular ("Event"), from its content type: no query."""
        return capfirst(self.specific_class._meta.verbose_name)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["areas"] = list(self.thematic_areas.all())
        context["topics"] = localized(Topic, self.topics.all(), self.locale_id)
        actions = self.related_actions.select_related("locale")
        context["related_actions"] = localized(Action, actions, self.locale_id)
        return context


def localized(model, objects, locale_id):
    """The translations into ``locale_id`` of the given snippets (the source object where none
    exists), in one query: pages keep links to the English snippets."""
    keys = [obj.translation_key for obj in objects]
    if not keys:
        return []
    translated = {
        obj.translation_key: obj
        for obj in model.objects.filter(translation_key__in=keys, locale_id=locale_id)
    }
    return [translated.get(obj.translation_key, obj) for obj in objects]


class NewsPage(KnowledgePage):
    kind = KnowledgeKind.NEWS

    class Meta:
        verbose_name = _("news item")


class EventPage(KnowledgePage):
    """An event: its dates, where it happens (a place, online, or both) and how to register."""

    end_date = models.DateField(
        _("end date"), null=True, blank=True, help_text=_("Leave empty for a one-day event.")
    )
    place = models.CharField(_("place"), max_length=200, blank=True)
    online = models.BooleanField(_("online"), default=False)
    registration_url = models.URLField(_("registration link"), blank=True)

    kind = KnowledgeKind.EVENT
    content_panels = [
        *KnowledgePage.content_panels[:2],
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("date"), FieldPanel("end_date")]),
                FieldPanel("place"),
                FieldPanel("online"),
                FieldPanel("registration_url"),
            ],
            heading=_("When and where"),
        ),
        *KnowledgePage.content_panels[3:],
    ]
    translatable_fields = [
        *KnowledgePage.translatable_fields,
        SynchronizedField("end_date"),
        TranslatableField("place"),
        SynchronizedField("online"),
        SynchronizedField("registration_url"),
    ]

    class Meta:
        verbose_name = _("event")

    def clean(self):
        super().clean()
        if self.end_date and self.date and self.end_date < self.date:
            raise ValidationError({"end_date": _("The end date cannot be before the start.")})
        if not self.place and not self.online:
            raise ValidationError({"place": _("Give the place, or tick “online”, or both.")})


class PublicationPage(KnowledgePage):
    """A publication: its year, its cover (the item's image) and a document per language."""

    year = models.PositiveSmallIntegerField(_("year"))

    kind = KnowledgeKind.PUBLICATION
    content_panels = [
        *KnowledgePage.content_panels,
        FieldPanel("year"),
        InlinePanel("versions", heading=_("Language versions"), label=_("language version")),
    ]
    translatable_fields = [
        *KnowledgePage.translatable_fields,
        SynchronizedField("year"),
        SynchronizedField("versions"),
    ]

    class Meta:
        verbose_name = _("publication")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["versions"] = self.versions.select_related("document")
        return context


class PublicationVersion(Orderable):
    """The publication's document in one language (the same files on every translation)."""

    page = ParentalKey(PublicationPage, on_delete=models.CASCADE, related_name="versions")
    language = models.CharField(_("language"), max_length=5, choices=settings.LANGUAGES)
    document = models.ForeignKey(
        settings.WAGTAILDOCS_DOCUMENT_MODEL,
        verbose_name=_("document"),
        on_delete=models.CASCADE,
        related_name="+",
    )

    panels = [FieldPanel("language"), FieldPanel("document")]

    class Meta(Orderable.Meta):
        verbose_name = _("language version")


class InterviewPage(KnowledgePage):
    """An interview: who speaks and in what role; the questions and answers are the body."""

    interviewee = models.CharField(_("interviewee"), max_length=120)
    role = models.CharField(_("role"), max_length=200, blank=True)

    kind = KnowledgeKind.INTERVIEW
    content_panels = [
        *KnowledgePage.content_panels[:3],
        FieldRowPanel([FieldPanel("interviewee"), FieldPanel("role")]),
        *KnowledgePage.content_panels[3:],
    ]
    translatable_fields = [
        *KnowledgePage.translatable_fields,
        TranslatableField("interviewee"),
        TranslatableField("role"),
    ]

    class Meta:
        verbose_name = _("interview")


KIND_MODELS = {model.kind: model for model in (NewsPage, EventPage, PublicationPage, InterviewPage)}


class KnowledgeFilterForm(forms.Form):
    """The index's filters as GET parameters (a plain form, no JavaScript). An invalid value
    drops only its own filter, so a hand-edited URL shows a wider list rather than an error."""

    kind = forms.ChoiceField(
        label=_("Type"), choices=[("", _("All types")), *KnowledgeKind.choices], required=False
    )
    area = forms.ChoiceField(
        label=_("Thematic area"),
        choices=[("", _("All thematic areas")), *Area.choices],
        required=False,
    )
    region = forms.ChoiceField(
        label=_("Region"), choices=[("", _("All regions")), *Region.choices], required=False
    )
    topic = forms.ChoiceField(label=_("Topic"), required=False)

    def __init__(self, data, topics):
        super().__init__(data)
        self.fields["topic"].choices = [("", _("All topics"))] + [(t.slug, t.name) for t in topics]

    @cached_property
    def chosen(self):
        self.is_valid()
        return {name: value for name, value in self.cleaned_data.items() if value}

    def apply(self, items):
        chosen = self.chosen
        if "kind" in chosen:
            items = items.type(KIND_MODELS[chosen["kind"]])
        if "area" in chosen:
            items = items.filter(thematic_areas__key=chosen["area"])
        if "region" in chosen:
            items = items.filter(region=chosen["region"])
        if "topic" in chosen:
            items = items.filter(topics__slug=chosen["topic"])
        return items

    def query_string(self):
        """The chosen filters as a query string, for the pagination links."""
        query = QueryDict(mutable=True)
        query.update(self.chosen)
        return query.urlencode()


class NewsIndexPage(Page):
    """ "News and knowledge": every item under it, newest first, filtered and paginated."""

    cache_public_response = True

    introduction = models.TextField(_("introduction"), blank=True)

    content_panels = [*Page.content_panels, FieldPanel("introduction")]
    search_fields = [*Page.search_fields, index.SearchField("introduction")]
    translatable_fields = [*PAGE_TRANSLATABLE_FIELDS, TranslatableField("introduction")]
    parent_page_types = ["home.HomePage"]
    subpage_types = [
        "home.NewsPage",
        "home.EventPage",
        "home.PublicationPage",
        "home.InterviewPage",
    ]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("news and knowledge index page")

    def items(self):
        return KnowledgePage.objects.child_of(self).live().public().order_by("-date", "-pk")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        topics = list(Topic.objects.filter(locale_id=self.locale_id))
        filters = KnowledgeFilterForm(request.GET, topics)
        items = (
            filters.apply(self.items())
            .prefetch_related(
                Prefetch("image", get_image_model().objects.prefetch_renditions(*LIST_RENDITIONS)),
                "thematic_areas",
                "topics",
            )
            .distinct()
        )
        paginator = Paginator(items, PER_PAGE)
        try:
            page_of_items = paginator.page(request.GET.get("page", 1))
        except PageNotAnInteger:
            page_of_items = paginator.page(1)
        except EmptyPage:
            page_of_items = paginator.page(paginator.num_pages)
        names = {t.slug: t.name for t in topics}
        for item in page_of_items:
            item.topic_names = [names.get(t.slug, t.name) for t in item.topics.all()]
        context.update(filters=filters, items=page_of_items, paginator=paginator)
        return context
