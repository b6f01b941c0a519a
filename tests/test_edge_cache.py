"""Varnish in front of the app servers with the shipped configuration (deploy/varnish/), and the
purge the application sends it when content changes."""

import http.client
import time
import uuid

from tests.fixtures.stack import HOST, Browser
from tests.test_scaleout import DRAFT_TITLE


def test_a_content_page_is_served_by_varnish_from_the_second_request(stack, varnish):
    visitor = Browser()
    url = varnish + stack.pages["home"]

    first, second = visitor.get(url), visitor.get(url)

    assert (first.status_code, second.status_code) == (200, 200)
    assert second.headers["X-Cache"] == "HIT"
    assert int(second.headers["Age"]) >= 0
    assert second.text == first.text


def test_a_form_page_is_never_served_by_varnish(stack, varnish):
    visitor = Browser()
    url = varnish + stack.pages["request"]

    responses = [visitor.get(url, headers={"Cookie": ""}) for _ in range(3)]

    assert [response.headers["X-Cache"] for response in responses] == ["MISS"] * 3
    assert "no-store" in responses[-1].headers["Cache-Control"]


def test_publishing_a_change_purges_varnish(stack, varnish):
    url = varnish + stack.pages["about"]
    visitor = Browser()
    visitor.get(url)
    assert visitor.get(url).headers["X-Cache"] == "HIT"

    title = f"About MIEUX+ at the edge {uuid.uuid4().hex[:8]}"
    stack.manage(
        "shell", "--no-imports", "-c", DRAFT_TITLE.format(id=stack.pages["about_id"], title=title)
    )
    editor = Browser()
    editor.log_in(stack.servers[0])
    publish = (
        f"{stack.servers[0]}/admin/bulk/wagtailcore/page/publish/?id={stack.pages['about_id']}"
    )
    assert editor.post_form(publish, {}).status_code == 302

    # The purge is a task: the stack's worker sends it within moments.
    deadline = time.monotonic() + 15
    while title not in (page := visitor.get(url)).text and time.monotonic() < deadline:
        time.sleep(0.2)
    assert title in page.text, stack.logs()
    assert visitor.get(url).headers["X-Cache"] == "HIT"  # cached again


def test_varnish_refuses_purges_from_other_addresses(stack, varnish):
    port = int(varnish.rsplit(":", 1)[1])
    connection = http.client.HTTPConnection("127.0.0.1", port, source_address=("127.0.0.2", 0))
    connection.request("PURGE", "/", headers={"Host": HOST})

    assert connection.getresponse().status == 405
