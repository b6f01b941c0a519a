"""Page routing in one query, in place of Wagtail's walk down the tree.

Wagtail's ``serve`` view finds the site (one query), the home page in the active language (two:
the locale, then the translation), every page on the path (one query per level, plus one for the
specific page), then checks view restrictions (two more: the ancestors' aliases, the
restrictions). Here, what those queries learn that rarely changes is remembered per content
generation (``home.content_cache``): the sites, each language's home page, the path and type of
every page, and which pages carry a view restriction. Serving a page then costs one query, for
the page itself, fetched by its ``url_path`` from its own table.

What Wagtail does after routing is unchanged: its ``before_serve_page`` and ``on_serve_page``
hooks run, routable pages route their sub-paths themselves, and the view restriction check runs
whenever the page or an ancestor has a restriction or is an alias — it is skipped only when the
remembered tree proves there is nothing to check. Only such pages, of a class that says
``cache_public_response = True``, may be kept by the page cache (``home.page_cache``).
"""

from dataclasses import dataclass

from django.contrib.contenttypes.models import ContentType
from django.core.handlers.wsgi import WSGIRequest
from django.http import Http404, HttpResponse
from django.utils.translation import get_language
from wagtail import hooks
from wagtail.models import Page, PageViewRestriction, Site
from wagtail.wagtail_hooks import check_view_restrictions

from home.content_cache import memoized
from home.page_cache import mark_cacheable


@dataclass(frozen=True)
class Tree:
    # url_path -> (content type id, whether that type routes sub-paths itself)
    pages: dict
    # Tree paths of alias pages and of pages with a view restriction.
    aliases: frozenset
    restricted: tuple


def find_site(request: WSGIRequest):
    """Wagtail's own site matching, remembered per host and port; kept on the request as
    ``Site.find_for_request`` does, so Wagtail's later calls cost nothing."""
    if not hasattr(request, "_wagtail_site"):
        key = ("site", request._get_raw_host(), request.get_port())
        request._wagtail_site = memoized(key, lambda: Site._find_for_request(request))
    return request._wagtail_site


def home_page_path(site, language_code):
    """(url_path, tree path) of the site's home page in a language: its live translation, or the
    site's root page when that language has none (as Wagtail's ``localized`` falls back)."""

    def build():
        root = Page.objects.get(pk=site.root_page_id)
        translated = (
            Page.objects.live()
            .filter(translation_key=root.translation_key, locale__language_code=language_code)
            .only("url_path", "path")
            .first()
        )
        home = translated or root
        return home.url_path, home.path

    return memoized(("home", site.pk, language_code), build)


def _tree():
    """Every page by ``url_path`` (it is unique: a parent's path plus a slug unique among its
    siblings), and the tree paths of the pages with a view restriction."""
    routable = {
        ct.pk
        for ct in ContentType.objects.all()
        if (model := ct.model_class()) is not None
        and issubclass(model, Page)
        and model.route is not Page.route
    }
    rows = Page.objects.values_list("url_path", "path", "content_type_id", "alias_of_id")
    return Tree(
        pages={url: (ct, ct in routable) for url, _path, ct, _alias in rows},
        aliases=frozenset(path for _url, path, _ct, alias in rows if alias is not None),
        restricted=tuple(PageViewRestriction.objects.values_list("page__path", flat=True)),
    )


def tree():
    return memoized("tree", _tree)


def route(request, path):
    """Wagtail's RouteResult for the path, or Http404."""
    site = find_site(request)
    if site is None:
        raise Http404
    home_url_path, _ = home_page_path(site, get_language())
    pages = tree().pages
    components = [c for c in path.split("/") if c]
    # The deepest known page on the path; what remains of the path is for that page to route.
    for depth in range(len(components), -1, -1):
        url_path = home_url_path + "".join(f"{c}/" for c in components[:depth])
        entry = pages.get(url_path)
        if entry is not None:
            break
    else:
        raise Http404
    content_type_id, routable = entry
    remaining = components[depth:]
    if remaining and not routable:
        raise Http404  # no child of that name: the remembered tree holds every page
    model = ContentType.objects.get_for_id(content_type_id).model_class()
    try:
        page = model.objects.get(url_path=url_path)
    except model.DoesNotExist as error:
        raise Http404 from error
    return page.route(request, remaining)


def needs_restriction_check(page):
    """False only when neither the page nor any ancestor is an alias or has a restriction."""
    known = tree()
    if any(page.path.startswith(path) for path in known.restricted):
        return True
    steps = range(Page.steplen, len(page.path) + 1, Page.steplen)
    return any(page.path[:n] in known.aliases for n in steps)


def serve(request, path):
    """Wagtail's ``wagtail.views.serve`` with the routing above."""
    try:
        result = route(request, path)
    except Http404:
        result = None
    request._wagtail_route_for_request = result
    if result is None:
        raise Http404
    page, args, kwargs = result

    def chain(page, request, args, kwargs):
        return page.serve(request, *args, **kwargs)

    wrappers = hooks.get_hooks("on_serve_page")
    if not needs_restriction_check(page):
        wrappers = [fn for fn in wrappers if fn is not check_view_restrictions]
        if getattr(page, "cache_public_response", False):
            mark_cacheable(request)
    for fn in reversed(wrappers):
        chain = fn(chain)
    for fn in hooks.get_hooks("before_serve_page"):
        response = fn(page, request, args, kwargs)
        if isinstance(response, HttpResponse):
            return response
    return chain(page, request, args, kwargs)
