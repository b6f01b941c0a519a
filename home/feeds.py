"""The news feed of each language (RSS 2.0), at /<language>/feeds/news/; Django marks it with
the active language, which is the feed's."""

import datetime

from django.contrib.syndication.views import Feed
from django.http import Http404
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from home.models import NewsIndexPage, NewsPage

ITEMS = 20


class NewsFeed(Feed):
    def get_object(self, request):
        index = (
            NewsIndexPage.objects.live()
            .public()
            .filter(locale__language_code=get_language())
            .first()
        )
        if index is None:
            raise Http404
        self.request = request
        return index

    def title(self, index):
        return _("%(title)s – MIEUX+") % {"title": index.title}

    def link(self, index):
        return index.get_url(self.request)

    def description(self, index):
        return index.introduction

    def items(self, index):
        return NewsPage.objects.child_of(index).live().public().order_by("-date", "-pk")[:ITEMS]

    def item_title(self, item):
        return item.title

    def item_description(self, item):
        return item.summary

    def item_link(self, item):
        return item.get_url(self.request)

    def item_pubdate(self, item):
        return datetime.datetime.combine(item.date, datetime.time(), tzinfo=datetime.UTC)
