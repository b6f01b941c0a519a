"""One content generation for the whole site, and what is remembered per generation.

Every change a visitor could see (a page published, unpublished, moved or deleted; a snippet, a
setting, a locale, a site or a view restriction saved or deleted) replaces the generation token
kept in the Django cache. Everything derived from content is keyed by that token: the cached
pages (``home.page_cache``) and the per-process memo below (sites, home pages, the page tree's
paths, view restrictions, footer texts, contact settings). Invalidation is therefore one cache
write, always complete, and shared by every process that shares the cache (Redis in production;
with the per-process locmem cache of development each process sees its own generation).

The price: any change empties the whole page cache. On a site edited a few times a day and read
far more often, rebuilding a few dozen pages is cheaper than any bookkeeping of which page shows
which snippet, and it cannot be wrong.
"""

import threading
import uuid

from django.core.cache import cache

GENERATION_KEY = "content-generation"


def generation():
    """The current token; a new one when the cache lost it (evicted, cleared, restarted)."""
    token = cache.get(GENERATION_KEY)
    if token is None:
        token = uuid.uuid4().hex
        if not cache.add(GENERATION_KEY, token, timeout=None):
            token = cache.get(GENERATION_KEY) or token
    return token


def bump_generation(**kwargs):
    """Signal receiver: content changed, so every cached page and memo is stale."""
    cache.set(GENERATION_KEY, uuid.uuid4().hex, timeout=None)


class _Memo(threading.local):
    """Values derived from content, valid for one generation. Thread-local so that no two
    threads of a process share (or race on) the same dictionary."""

    token = None
    values = None


_memo = _Memo()


def memoized(key, build):
    """``build()``'s result for ``key``, computed once per generation and process. Values are
    shared between requests: callers must treat them as read-only."""
    token = generation()
    if _memo.token != token:
        _memo.token, _memo.values = token, {}
    if key not in _memo.values:
        _memo.values[key] = build()
    return _memo.values[key]
