"""Helpers the demo sections share: English values from ``T`` texts, idempotent page creation."""

from django.utils.html import escape

from home.demo.text import T


def english(value):
    """``value`` with every ``T`` replaced by its English text, through dicts, lists and tuples."""
    if isinstance(value, T):
        return value.en
    if isinstance(value, dict):
        return {key: english(item) for key, item in value.items()}
    if isinstance(value, list | tuple):
        return type(value)(english(item) for item in value)
    return value


def rich_text(*elements):
    """English rich-text HTML from ``("p", T)`` and ``("ul", [T, ...])`` elements. Each text is
    one element, so wagtail-localize extracts exactly the registered texts as its segments."""
    html = []
    for tag, content in elements:
        if tag == "ul":
            items = "".join(f"<li>{escape(text.en)}</li>" for text in content)
            html.append(f"<ul>{items}</ul>")
        else:
            html.append(f"<{tag}>{escape(content.en)}</{tag}>")
    return "".join(html)


def child_page(parent, model, slug, **fields):
    """The English child of ``parent`` with this slug; created and published on the first run
    only, so a second run changes nothing (not even the revision count)."""
    page = model.objects.child_of(parent).filter(slug=slug).first()
    if page is None:
        page = model(slug=slug, **english(fields))
        parent.add_child(instance=page)
        page.save_revision().publish()
    return page
