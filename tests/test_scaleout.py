"""Two app servers with production settings, one PostgreSQL database and one Redis: any request
can go to either server (tests/fixtures/stack.py starts them)."""

import uuid

from forms.models import ExpressionOfInterest
from tests.fixtures.inbox import listing_url
from tests.fixtures.intake import eoi_data
from tests.fixtures.stack import Browser

DRAFT_TITLE = """
from wagtail.models import Page
page = Page.objects.get(id={id}).specific
page.title = "{title}"
page.save_revision()
"""


def test_a_submission_posted_to_one_server_is_in_the_inbox_of_the_other(stack):
    first, second = stack.servers
    institution = f"Scale-out Institute {uuid.uuid4().hex[:8]}"

    visitor = Browser(forwarded_for="198.51.100.1")
    response = visitor.post_form(
        first + stack.pages["request"], eoi_data(institution_name=institution)
    )
    assert response.status_code == 302, response.text[:500]

    moderator = Browser()
    moderator.log_in(second)
    inbox = moderator.get(second + listing_url(ExpressionOfInterest))
    assert inbox.status_code == 200
    assert institution in inbox.text


def test_a_moderator_logged_in_on_one_server_is_logged_in_on_the_other(stack):
    first, second = stack.servers
    moderator = Browser()
    assert moderator.get(f"{second}/admin/").status_code == 302  # to the login page

    moderator.log_in(first)

    dashboard = moderator.get(f"{second}/admin/")
    assert dashboard.status_code == 200
    assert 'id="wagtail"' in dashboard.text or "wagtail" in dashboard.text


def test_the_rate_limit_counts_submissions_to_both_servers(stack):
    first, second = stack.servers
    visitor = Browser(forwarded_for=f"198.51.100.{uuid.uuid4().int % 200 + 20}")
    url = stack.pages["request"]

    statuses = [
        visitor.post_form(server + url, eoi_data()).status_code
        for server in (first, second, first, second)
    ]

    assert statuses == [302, 302, 302, 429]  # FORM_RATE_LIMIT=3 in the stack


def test_a_page_published_through_one_server_is_fresh_on_the_other(stack):
    first, second = stack.servers
    url = stack.pages["about"]
    visitor = Browser()
    visitor.get(second + url)
    assert visitor.get(second + url).headers["X-Page-Cache"] == "hit"
    assert visitor.get(first + url).headers["X-Page-Cache"] == "hit"  # one shared page cache

    title = f"About MIEUX+ {uuid.uuid4().hex[:8]}"
    stack.manage(
        "shell", "--no-imports", "-c", DRAFT_TITLE.format(id=stack.pages["about_id"], title=title)
    )
    editor = Browser()
    editor.log_in(first)
    bulk_publish = f"{first}/admin/bulk/wagtailcore/page/publish/?id={stack.pages['about_id']}"
    assert editor.post_form(bulk_publish, {}).status_code == 302

    fresh = visitor.get(second + url)
    assert fresh.headers["X-Page-Cache"] == "miss"
    assert title in fresh.text
