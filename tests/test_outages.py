"""Real outages under the production settings, on an app server of the stack whose Redis is a
private one (stopped and started here) and whose database connection goes through a relay
(cut and restored here): the machine's shared PostgreSQL and Redis are never touched."""

import contextlib
import shutil
import socket
import subprocess
import threading
import time

import pytest

from tests.fixtures.intake import eoi_data
from tests.fixtures.stack import PG_DATABASE, PG_URL, Browser, free_port, stop, unavailable


class Relay:
    """A TCP relay to PostgreSQL that can be cut (every connection dropped, new ones refused)
    and restored on the same port: a database outage as the app server sees it."""

    def __init__(self, target):
        self.target, self.port = target, free_port()
        self.connections, self.listener = [], None

    def start(self):
        self.listener = socket.create_server(("127.0.0.1", self.port), reuse_port=True)
        threading.Thread(target=self._accept, args=(self.listener,), daemon=True).start()

    def cut(self):
        # shutdown() first: it wakes the threads blocked on these sockets and sends the FIN.
        for sock in (self.listener, *self.connections):
            with contextlib.suppress(OSError):
                sock.shutdown(socket.SHUT_RDWR)
            sock.close()
        self.connections.clear()

    def _accept(self, listener):
        while True:
            try:
                client, _ = listener.accept()
            except OSError:
                return
            server = socket.create_connection(self.target)
            self.connections += [client, server]
            for source, sink in ((client, server), (server, client)):
                threading.Thread(target=self._pipe, args=(source, sink), daemon=True).start()

    @staticmethod
    def _pipe(source, sink):
        try:
            while data := source.recv(65536):
                sink.sendall(data)
        except OSError:
            pass
        finally:
            for end in (source, sink):
                with contextlib.suppress(OSError):
                    end.close()


def start_redis(port):
    redis_server = shutil.which("redis-server")
    if not redis_server:
        unavailable("redis-server is not installed")
    process = subprocess.Popen(
        [
            redis_server,
            "--port",
            str(port),
            "--bind",
            "127.0.0.1",
            "--save",
            "",
            "--appendonly",
            "no",
        ],
        stdout=subprocess.DEVNULL,
    )
    for _ in range(50):
        try:
            socket.create_connection(("127.0.0.1", port), timeout=1).close()
            return process
        except OSError:
            time.sleep(0.1)
    raise TimeoutError("private redis-server did not start")


@pytest.fixture(scope="module")
def fragile(stack):
    """An app server on a private Redis and a relayed database connection."""
    host, port = PG_URL.rsplit("@", 1)[1].split(":")
    relay = Relay((host, int(port)))
    relay.start()
    redis_port = free_port()
    redis = start_redis(redis_port)
    user = PG_URL.split("//", 1)[1].split("@", 1)[0]
    server = stack.start_app_server(
        REDIS_URL=f"redis://127.0.0.1:{redis_port}/0",
        DATABASE_URL=f"postgres://{user}@127.0.0.1:{relay.port}/{PG_DATABASE}",
        CONN_MAX_AGE="60",
    )
    state = {"server": server, "relay": relay, "redis": redis, "redis_port": redis_port}
    yield state
    stop(state["redis"])
    relay.cut()


def _ready(server):
    response = Browser().get(f"{server}/health/ready/")
    return response.status_code, response.json()


def test_with_redis_down_the_site_keeps_serving_and_readiness_says_so(stack, fragile):
    server = fragile["server"]
    stop(fragile["redis"])

    assert _ready(server) == (503, {"database": "ok", "cache": "unavailable"})
    visitor = Browser(forwarded_for="192.0.2.44")
    assert visitor.get(server + stack.pages["home"]).status_code == 200
    assert visitor.post_form(server + stack.pages["request"], eoi_data()).status_code == 302
    moderator = Browser()
    moderator.log_in(server)
    assert moderator.get(f"{server}/admin/").status_code == 200

    fragile["redis"] = start_redis(fragile["redis_port"])
    assert _ready(server) == (200, {"database": "ok", "cache": "ok"})  # no restart needed


def test_with_the_database_down_readiness_fails_and_recovers_without_a_restart(stack, fragile):
    server, relay = fragile["server"], fragile["relay"]
    assert _ready(server)[0] == 200

    relay.cut()
    status, body = _ready(server)
    assert (status, body["database"]) == (503, "unavailable")
    visitor = Browser()
    uncached = visitor.get(server + stack.pages["about"] + "?from=outage")
    assert uncached.status_code in (500, 503)  # the visitor's error page, never a hang

    relay.start()
    assert _ready(server) == (200, {"database": "ok", "cache": "ok"})
    assert visitor.get(server + stack.pages["about"] + "?from=outage").status_code == 200
