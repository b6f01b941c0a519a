"""Purging the edge caches (Varnish, a CDN) when content changes.

The application's page cache treats any content change as a change of every page (navigation,
footer and cross-links show content from elsewhere; see ``home.content_cache``). The edge does
the same: on each new content generation every site's root URL is sent to Wagtail's frontend
cache backends (``WAGTAILFRONTENDCACHE``, from ``FRONTEND_CACHE_URLS``), and the shipped
Varnish configuration (deploy/varnish/default.vcl) answers a PURGE by dropping every page of
that host. The purge is a django-tasks task (Wagtail's own), sent once the change is
committed, so Varnish never fetches the page before the change is visible.
"""

from django.conf import settings
from django.db import transaction
from django.dispatch import receiver
from wagtail.contrib.frontend_cache.utils import purge_urls_from_cache
from wagtail.models import Site

from home.content_cache import content_changed


def _purge_all_sites():
    purge_urls_from_cache(sorted({f"{site.root_url}/" for site in Site.objects.all()}))


@receiver(content_changed, dispatch_uid="edge-cache-purge")
def purge_edge_caches(**kwargs):
    if settings.WAGTAILFRONTENDCACHE:
        transaction.on_commit(_purge_all_sites)
