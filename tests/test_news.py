"""News and knowledge: the index (filters, pagination, query count), the four item types, the
demo content in four languages and the news feed of each language."""

import datetime
import re
import xml.etree.ElementTree as ET

import pytest
from django.core.cache import cache
from django.core.exceptions import ValidationError

from home.demo.news import ITEMS
from home.models import (
    Action,
    CustomDocument,
    CustomImage,
    EventPage,
    InterviewPage,
    KnowledgePage,
    NewsIndexPage,
    NewsPage,
    PublicationPage,
    PublicationVersion,
    ThematicArea,
    Topic,
)

LANGUAGES = ["en", "pt", "fr", "es"]


@pytest.fixture
def indexes(db):
    return {
        page.locale.language_code: page
        for page in NewsIndexPage.objects.live().select_related("locale")
    }


def _get(client, url):
    response = client.get(url)
    assert response.status_code == 200, url
    return response.content.decode()


def _listed(page_html):
    return re.findall(r'<h3 class="knowledge-item__title"><a href="([^"]+)">', page_html)


@pytest.mark.parametrize("language", LANGUAGES)
def test_demo_content_has_every_type_translated_into_each_language(indexes, language):
    items = KnowledgePage.objects.child_of(indexes[language]).live()
    counts = {
        model: items.type(model).count()
        for model in (NewsPage, EventPage, PublicationPage, InterviewPage)
    }
    assert counts == {NewsPage: 6, EventPage: 2, PublicationPage: 3, InterviewPage: 2}
    english_titles = {item.title.en for item in ITEMS}
    if language != "en":
        assert not english_titles & {item.title for item in items}


def test_demo_images_have_alternative_text_and_publications_have_documents(indexes):
    for item in KnowledgePage.objects.child_of(indexes["en"]).select_related("image"):
        assert item.image is not None and item.image.description.strip()
    for publication in PublicationPage.objects.child_of(indexes["fr"]):
        versions = list(publication.versions.select_related("document"))
        assert versions and all(v.document.file.name.endswith(".pdf") for v in versions)


def test_index_lists_newest_first_ten_per_page(client, indexes):
    index = indexes["pt"]
    first = _get(client, index.url)
    second = _get(client, index.url + "?page=2")
    assert len(_listed(first)) == 10 and len(_listed(second)) == 3
    ordered = list(KnowledgePage.objects.child_of(index).live().order_by("-date", "-pk"))
    assert _listed(first) + _listed(second) == [page.url for page in ordered]
    assert 'rel="next"' in first and 'rel="prev"' in second
    assert '<p class="knowledge-item__meta">Evento · <time datetime="2027-03-16">' in first
    assert _listed(_get(client, index.url + "?page=99")) == _listed(second)
    assert _listed(_get(client, index.url + "?page=x")) == _listed(first)


def test_filters_are_a_labelled_get_form(client, indexes):
    html = _get(client, indexes["fr"].url)
    form = re.search(r'<form class="action-filters" method="get".*?</form>', html, re.S).group()
    for name in ("kind", "area", "region", "topic"):
        assert f'<label for="id_{name}">' in form and f'name="{name}"' in form
    assert "Migration de main-d’œuvre" in form  # the topics in the page's language


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("kind=event", {"peer-learning-forum-2027", "webinar-migration-data"}),
        ("kind=interview", {"interview-partner-cabo-verde", "interview-peer-expert"}),
        (
            "area=migration-development",
            {"benin-diaspora-action-plan-adopted", "diaspora-engagement-lessons"},
        ),
        ("region=asia", {"climate-and-migration-exchange"}),
        (
            "topic=labour-migration",
            {"cabo-verde-immigration-strategy-review", "labour-migration-agreements-workshop"},
        ),
        ("topic=diaspora&kind=publication", {"diaspora-engagement-lessons"}),
    ],
)
def test_filters_by_type_area_region_and_topic(client, indexes, query, expected):
    html = _get(client, indexes["en"].url + "?" + query)
    assert {url.rstrip("/").rsplit("/", 1)[1] for url in _listed(html)} == expected


def test_an_invalid_filter_value_is_ignored(client, indexes):
    html = _get(client, indexes["en"].url + "?region=atlantis&kind=news")
    assert len(_listed(html)) == 6


def test_pagination_links_keep_the_filters(client, indexes):
    index = indexes["en"]
    _add_news(index, 12)
    html = _get(client, index.url + "?kind=news")
    assert 'href="?kind=news&amp;page=2"' in html


def _add_news(index, count):
    image = CustomImage.objects.first()
    areas = list(ThematicArea.objects.all())
    topics = list(Topic.objects.filter(locale=index.locale))
    actions = list(Action.objects.filter(locale=index.locale)[:2])
    for n in range(count):
        page = NewsPage(
            title=f"Added news {n}",
            slug=f"added-news-{n}",
            date=datetime.date(2020, 1, 1) + datetime.timedelta(days=n),
            summary="Added.",
            image=image,
            region="asia",
        )
        page.thematic_areas = areas[: 1 + n % len(areas)]
        page.topics = topics[: 1 + n % len(topics)]
        page.related_actions = actions
        index.add_child(instance=page)
        page.save_revision().publish()
        index.refresh_from_db()


# Wagtail's routing and the page frame cost 11 queries for an English page at the index's depth
# (see tests/test_content.py); the index adds its topics, the view restrictions below it, the
# count, the items and their prefetched images, renditions, thematic areas and topics: 8 more.
@pytest.fixture(autouse=True)
def _render_every_request(uncached_pages):
    """News pages are kept by the page cache; these tests look at rendering."""


QUERIES_INDEX = 10


def _assert_queries(client, url, expected, django_assert_num_queries):
    cache.clear()
    client.get(url)  # warms Wagtail's site root paths and creates the renditions once
    with django_assert_num_queries(expected):
        assert client.get(url).status_code == 200


@pytest.mark.parametrize("added", [0, 30])
def test_index_queries_do_not_grow_with_items(client, indexes, django_assert_num_queries, added):
    index = indexes["en"]
    _add_news(index, added)
    assert KnowledgePage.objects.child_of(index).count() == 13 + added
    _assert_queries(client, index.url, QUERIES_INDEX, django_assert_num_queries)
    _assert_queries(
        client, index.url + "?area=horizontal&page=2", QUERIES_INDEX, django_assert_num_queries
    )


def test_news_page_shows_its_facts_tags_and_related_actions_in_its_language(client, indexes):
    page = NewsPage.objects.child_of(indexes["pt"]).get(slug__startswith="o-benim-adota")
    html = _get(client, page.url)
    assert "<h1>O Benim adota o seu plano de ação para o envolvimento da diáspora</h1>" in html
    assert "Especialistas de dois Estados-membros da UE" in html
    assert "Migração e desenvolvimento" in html and "África Ocidental e Central" in html
    assert "Diáspora" in html
    assert "Benim II" in html and "Benin II" not in html
    image = re.search(r'<figure class="image-block"><img [^>]*>', html).group()
    assert 'width="800" height="420"' in image and 'lang="en"' in image
    assert f'alt="{page.image.description}"' in image


def test_event_page_shows_dates_place_and_registration(client, indexes):
    page = EventPage.objects.child_of(indexes["fr"]).get(date=datetime.date(2027, 3, 16))
    html = _get(client, page.url)
    assert '<time datetime="2027-03-16">' in html and '<time datetime="2027-03-17">' in html
    assert "Bruxelles, Belgique" in html and "En ligne" in html
    assert 'href="https://example.org/mieux-forum-2027"' in html


def test_event_needs_a_place_or_online_and_an_end_after_its_start():
    event = EventPage(title="E", date=datetime.date(2026, 5, 2), summary="S")
    with pytest.raises(ValidationError) as error:
        event.clean()
    assert "place" in error.value.message_dict
    event.online = True
    event.end_date = datetime.date(2026, 5, 1)
    with pytest.raises(ValidationError) as error:
        event.clean()
    assert "end_date" in error.value.message_dict


def test_publication_page_links_each_language_version(client, indexes):
    page = PublicationPage.objects.child_of(indexes["es"]).get(year=2026)
    html = _get(client, page.url)
    links = re.findall(r'<a href="(/documents/[^"]+)" hreflang="(\w+)"', html)
    assert [code for _url, code in links] == ["en", "pt", "fr", "es"]
    assert client.get(links[1][0]).status_code == 200


def test_interview_page_names_the_interviewee(client, indexes):
    page = InterviewPage.objects.child_of(indexes["es"]).get(slug__startswith="ser-experto")
    html = _get(client, page.url)
    assert "Entrevista con Una experta homóloga de MIEUX+" in html


@pytest.mark.parametrize("language", LANGUAGES)
def test_news_feed_per_language_lists_that_languages_news(client, indexes, language):
    response = client.get(f"/{language}/feeds/news/")
    assert response.status_code == 200
    channel = ET.fromstring(response.content).find("channel")
    assert channel.findtext("language") == language
    links = [item.findtext("link") for item in channel.iter("item")]
    news = NewsPage.objects.child_of(indexes[language]).live().order_by("-date")
    assert links == [f"http://testserver{page.url}" for page in news]


def test_news_index_links_to_its_feed(client, indexes):
    html = _get(client, indexes["pt"].url)
    assert '<link rel="alternate" type="application/rss+xml"' in html
    assert 'href="/pt/feeds/news/"' in html


# An item page, one level below the index, costs Wagtail's routing and the frame 12 queries in
# English; an item adds its thematic areas, its topics and their translations, its related
# Actions and their translations, its image and the image's rendition (7); a publication also its
# language versions with their documents.
QUERIES_ITEM = {NewsPage: 8, EventPage: 8, InterviewPage: 8, PublicationPage: 9}


def _tag(page, count):
    """Give ``page`` ``count`` of each: thematic areas, topics, related Actions, versions."""
    page.thematic_areas = list(ThematicArea.objects.all()[:count])
    page.topics = list(Topic.objects.filter(locale=page.locale)[:count])
    page.related_actions = list(Action.objects.filter(locale=page.locale)[:count])
    if isinstance(page, PublicationPage):
        document = CustomDocument.objects.first()
        page.versions = [PublicationVersion(language="en", document=document) for _ in range(count)]
    page.save_revision().publish()


@pytest.mark.parametrize("model", list(QUERIES_ITEM), ids=lambda m: m.__name__)
def test_item_page_queries_do_not_grow_with_tags_actions_or_versions(
    client, indexes, django_assert_num_queries, model
):
    page = model.objects.child_of(indexes["en"]).first()
    for count in (1, 4):
        _tag(page, count)
        _assert_queries(client, page.url, QUERIES_ITEM[model], django_assert_num_queries)
