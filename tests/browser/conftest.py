"""Browser fixtures: the session-built site read in Debian's Chromium, over http and from disk.

Every test that asks for `site_url` runs twice, once for `http://127.0.0.1:PORT/` and once for
`file:///…/site/`, because the site promises to work both served and opened from disk.
Every test that asks for `essay_id` runs once per essay of `sources/essays`, so a new essay is
covered with no change here; `@pytest.mark.essays(predicate)` narrows that to some essays. A
test that asks for both runs every essay over http and the first from disk too.
"""

from __future__ import annotations

import functools
import os
import threading
from dataclasses import dataclass, field
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from synoptic.load import load_collection

ROOT = Path(__file__).resolve().parents[2]
# /usr/lib/chromium/chromium is the binary itself; /usr/bin/chromium is a noisy shell wrapper.
CHROMIUM_PATHS = ("/usr/lib/chromium/chromium", "/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-dev-shm-usage",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
    "--disable-sync",
]
LOCAL_SCHEMES = {"file", "data", "blob", "about"}
LOCAL_HOSTS = {"127.0.0.1", "localhost"}


def pytest_configure(config):
    config.addinivalue_line(
        "markers",
        "essays(predicate): run an essay test only for the "
        "essays (synoptic.model.Essay) the predicate accepts",
    )


@functools.cache
def essays_at_collection_time():
    """The essays, read before any fixture exists: parametrisation needs their ids.

    The tests themselves use the `collection` fixture; this only decides which ids to run.
    """
    loaded, _problems = load_collection(ROOT / "sources" / "essays")
    return loaded.essays


SCHEMES = ("http", "file")


def pytest_generate_tests(metafunc):
    names = metafunc.fixturenames
    ids = []
    if "essay_id" in names:
        marker = metafunc.definition.get_closest_marker("essays")
        wanted = marker.args[0] if marker else (lambda essay: True)
        ids = [essay.id for essay in essays_at_collection_time() if wanted(essay)]
    if "site_url" not in names:
        if "essay_id" in names:
            metafunc.parametrize("essay_id", ids)
        return
    if "essay_id" not in names:
        metafunc.parametrize("site_url", SCHEMES, indirect=True, scope="session")
        return
    # Every essay over http, the first from disk as well: what differs on disk (the scheme,
    # search through the iframe worker) is the same for every essay, and each page a test
    # opens costs Chromium about a second of CPU on a two-core CI machine.
    runs = [(essay_id, "http") for essay_id in ids] + [(ids[0], "file")] if ids else []
    metafunc.parametrize(
        ("essay_id", "site_url"),
        runs,
        indirect=["site_url"],
        ids=[f"{essay_id}-{scheme}" for essay_id, scheme in runs],
        scope="session",
    )


@pytest.fixture
def essay(collection, essay_id):
    return collection.essay(essay_id)


# --- the browser -------------------------------------------------------------------------


def chromium_path() -> str | None:
    return next((path for path in CHROMIUM_PATHS if Path(path).exists()), None)


@pytest.fixture(scope="session")
def browser_type_launch_args(browser_type_launch_args):
    """Debian's Chromium: Playwright cannot download its own browser on these machines."""
    if os.environ.get("SYNOPTIC_BROWSER") == "0":
        pytest.skip("browser tests skipped by choice (make test BROWSER=0)")
    executable = chromium_path()
    if executable is None:
        # Never a silent skip: half the behaviour would go untested without anyone knowing.
        pytest.fail(
            "Chromium is not installed: run 'apt-get install -y --no-install-recommends "
            "chromium' (as root), or 'make test BROWSER=0' to skip the browser tests; "
            "looked for " + ", ".join(CHROMIUM_PATHS),
            pytrace=False,
        )
    return {**browser_type_launch_args, "executable_path": executable, "args": CHROMIUM_ARGS}


@pytest.fixture(scope="session")
def base_url():
    """None: the tests write whole URLs (`site_url`), for http and file alike.

    Also replaces pytest-playwright 0.10's fallback `base_url`, a fixture defined as a method,
    which pytest 9 warns about on every run.
    """
    return None


# --- the site, over http and from disk -----------------------------------------------------


class QuietHandler(SimpleHTTPRequestHandler):
    def log_message(self, format, *args):  # one line a request would drown pytest's output
        pass


def serve(folder: Path):
    """Serve `folder` on 127.0.0.1 from a thread; yields its root URL."""
    handler = functools.partial(QuietHandler, directory=str(folder))
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}/"
    server.shutdown()
    server.server_close()
    thread.join()


@pytest.fixture(scope="session")
def http_site_url(site):
    yield from serve(site)


@pytest.fixture(scope="session")
def hostile_http_url(hostile_site):
    yield from serve(hostile_site)


@pytest.fixture(scope="session")
def site_url(request, site):
    """The site's root URL, ending in a slash, for the scheme the test runs with (`SCHEMES`,
    set in `pytest_generate_tests`): the server is started only for `http`."""
    if request.param == "http":
        return request.getfixturevalue("http_site_url")
    return site.as_uri() + "/"


# --- what a page must not do ---------------------------------------------------------------


def is_external(url: str) -> bool:
    parts = urlsplit(url)
    return parts.scheme not in LOCAL_SCHEMES and parts.hostname not in LOCAL_HOSTS


@dataclass
class PageProblems:
    """Errors a page reported and requests it made to any other host."""

    errors: list[str] = field(default_factory=list)
    external_requests: list[str] = field(default_factory=list)

    def assert_none(self) -> None:
        assert not (self.errors or self.external_requests), (
            f"errors: {self.errors}\nrequests to other hosts: {self.external_requests}"
        )


@pytest.fixture
def problems(page) -> PageProblems:
    """Recorded from before the first navigation of `page` to the end of the test."""
    found = PageProblems()

    def on_console(message):
        if message.type == "error":
            where = message.location
            found.errors.append(
                f"console error at {where['url']}:{where['lineNumber']}: {message.text}"
            )

    def on_request(request):
        if is_external(request.url):
            found.external_requests.append(request.url)

    page.on("console", on_console)
    page.on("pageerror", lambda error: found.errors.append(f"page error: {error}"))
    # On the context, not the page: the search worker's fetches are reported there too.
    page.context.on("request", on_request)
    return found
