import pytest
from django.conf import settings
from django.core.management import call_command

# Feature fixtures and factories live in tests/fixtures/, one module per feature.
pytest_plugins = ["tests.fixtures.intake", "tests.fixtures.inbox", "tests.fixtures.stack"]


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker, tmp_path_factory):
    """Build the demo site once per test session; each test then runs inside a transaction
    that is rolled back, so the tree is shared and never rebuilt. Its images and documents go to
    a media directory of the session, which every test reads."""
    settings.MEDIA_ROOT = tmp_path_factory.mktemp("media")
    with django_db_blocker.unblock():
        call_command("load_demo_content", verbosity=0)


@pytest.fixture
def home_pages(db):
    """The home page of each language, keyed by language code."""
    from home.models import HomePage

    return {page.locale.language_code: page for page in HomePage.objects.select_related("locale")}


@pytest.fixture
def uncached_pages(settings):
    """Pages are rendered on every request (the page cache stores nothing), while the content
    generation's memo stays warm: what query counts measure."""
    settings.PAGE_CACHE_TIMEOUT = 0


def pytest_collection_modifyitems(items):
    """Browser tests run last: while Playwright's browser is open an asyncio loop runs on the
    main thread, and Django then refuses database access there (SynchronousOnlyOperation)."""
    items.sort(key=lambda item: item.get_closest_marker("browser") is not None)
