#!/usr/bin/env python3
"""Content pages through Varnish (the shipped deploy/varnish/default.vcl) beside nginx serving
the same HTML: how close the edge cache comes to a static file server.

    .venv/bin/python bench/edge.py [--secs 10] [--conns 8] [--database scaleout]

Builds the demo site like bench/pages.py (whose helpers it uses), starts one gunicorn app
server with the production settings and varnishd in front of it (as the scale-out tests do,
tests/fixtures/stack.py), warms each page, then measures it with ``bench/load.sh`` (wrk)
through Varnish, without and with ``Accept-Encoding: gzip``, and with
``bench/static_limit.sh`` (nginx). Needs PostgreSQL, ``varnish``, ``wrk``, ``nginx-light`` and
``curl`` from apt. Everything listens on loopback and is stopped by its process id.
"""

import argparse
import os
import shutil
import signal
import sys
import tempfile
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "bench")]

from pages import (  # noqa: E402
    PAGES,
    create_database,
    environment,
    load,
    manage,
    number,
    start_gunicorn,
    static_limit,
)

from tests.fixtures.stack import start_varnish, stop  # noqa: E402


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--secs", type=int, default=10)
    parser.add_argument("--conns", type=int, default=8)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--database", default="scaleout")
    parser.add_argument("--ports", default="8133,8134", help="app server, Varnish")
    parser.add_argument(
        "--database-host-url",
        default=os.environ.get("DATABASE_HOST_URL", "postgres://postgres@127.0.0.1:5432"),
    )
    args = parser.parse_args()
    app_port, varnish_port = args.ports.split(",")

    create_database(args.database_host_url, args.database)
    with tempfile.TemporaryDirectory(prefix="mieux-edge-bench-") as var_dir:
        env = environment(f"{args.database_host_url}/{args.database}", var_dir)
        manage(env, "migrate", "--noinput", "-v0")
        manage(env, "load_demo_content", "-v0")
        manage(env, "db_worker", "--batch", "--no-startup-delay", "-v0")
        manage(env, "collectstatic", "--noinput", "-v0")
        app = start_gunicorn(env, app_port, args.workers)
        varnish_dir = tempfile.mkdtemp(prefix="mieux-edge-varnish-")  # readable by varnishd
        varnish = start_varnish(varnish_port, [app_port], varnish_dir)
        rows = []
        try:
            for name, path in PAGES:
                url = f"http://127.0.0.1:{varnish_port}{path}"
                urllib.request.urlopen(url, timeout=10).read()
                plain = load(url, args.secs, args.conns, varnish.pid)
                os.environ["WRK_HEADER"] = "Accept-Encoding: gzip"
                gzipped = load(url, args.secs, args.conns, varnish.pid)
                del os.environ["WRK_HEADER"]
                nginx, size = static_limit(url, args.secs, args.conns)
                rows.append((name, path, size, plain, gzipped, nginx))
                print(f"# {name}: varnish {plain}; gzip {gzipped}; nginx {nginx}", file=sys.stderr)
        finally:
            stop(varnish)
            shutil.rmtree(varnish_dir, ignore_errors=True)
            app.send_signal(signal.SIGTERM)
            app.wait(timeout=30)

    print(f"\nVarnish (malloc), wrk {args.conns} connections, {args.secs} s per run\n")
    print(
        "| page | HTML bytes | Varnish req/s | Varnish gzip req/s | nginx req/s "
        "| Varnish/nginx | Varnish CPU ms/req | nginx CPU ms/req |"
    )
    print("|---|---:|---:|---:|---:|---:|---:|---:|")
    for name, path, size, plain, gzipped, nginx in rows:
        v_rps, g_rps, n_rps = (number(x.get("rps")) for x in (plain, gzipped, nginx))
        print(
            f"| {name} `{path}` | {size} | {v_rps:.0f} | {g_rps:.0f} | {n_rps:.0f} "
            f"| {v_rps / n_rps:.2f} | {number(plain.get('cpu_ms_per_req')):.3f} "
            f"| {number(nginx.get('cpu_ms_per_req')):.3f} |"
        )


if __name__ == "__main__":
    main()
