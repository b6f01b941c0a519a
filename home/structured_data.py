"""schema.org data (JSON-LD) for search engines: the organisation on the home page, a
NewsArticle on news pages and an Event on event pages. Other pages have none."""

from django.templatetags.static import static
from django.utils.translation import get_language

from home.models import EventPage, HomePage, NewsPage

ORGANIZATION_NAME = "MIEUX+ (Migration EU eXpertise)"
# The image shared with a link: the page's own, cropped to the size social sites show, or the
# default one shipped with the site.
SHARE_RENDITION = "fill-1200x630"
DEFAULT_SHARE_IMAGE = "img/share-default.png"


def structured_data(page, request):
    """The page's JSON-LD as a dict without ``@context``, or None. Pages are served in their
    own language, so the active language is the page's."""
    if isinstance(page, HomePage):
        return _organization(request)
    if isinstance(page, NewsPage):
        return {
            "@type": "NewsArticle",
            "headline": page.title,
            "description": page.summary,
            "datePublished": page.date.isoformat(),
            "inLanguage": get_language(),
            "url": page.get_full_url(request),
            "image": [_image_url(page, request)],
            "publisher": _organization(request),
        }
    if isinstance(page, EventPage):
        return {
            "@type": "Event",
            "name": page.title,
            "description": page.summary,
            "startDate": page.date.isoformat(),
            "endDate": (page.end_date or page.date).isoformat(),
            "eventAttendanceMode": "https://schema.org/"
            + _attendance_mode(bool(page.place), page.online),
            "location": _locations(page),
            "inLanguage": get_language(),
            "url": page.get_full_url(request),
            "image": [_image_url(page, request)],
            "organizer": _organization(request),
            **(
                {"offers": {"@type": "Offer", "url": page.registration_url}}
                if page.registration_url
                else {}
            ),
        }
    return None


def _organization(request):
    return {
        "@type": "Organization",
        "name": ORGANIZATION_NAME,
        "url": request.build_absolute_uri("/"),
        "logo": request.build_absolute_uri(static("img/favicon.svg")),
    }


def _image_url(page, request):
    if page.image is not None:
        return request.build_absolute_uri(page.image.get_rendition(SHARE_RENDITION).url)
    return request.build_absolute_uri(static(DEFAULT_SHARE_IMAGE))


def _attendance_mode(in_person, online):
    if in_person and online:
        return "MixedEventAttendanceMode"
    return "OnlineEventAttendanceMode" if online else "OfflineEventAttendanceMode"


def _locations(page):
    locations = []
    if page.place:
        locations.append({"@type": "Place", "name": page.place, "address": page.place})
    if page.online:
        locations.append(
            {"@type": "VirtualLocation", "url": page.registration_url or page.full_url}
        )
    return locations
