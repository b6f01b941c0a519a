#!/usr/bin/env python3
"""Rendering cost of public pages, uncached and cached, beside nginx serving the same HTML.

    .venv/bin/python bench/pages.py [--secs 10] [--conns 8] [--database perf_bench]

Builds the demo site in a PostgreSQL database (migrate, load_demo_content), collects static
files into a temporary directory, then starts two gunicorn servers with the production settings
(DEBUG off, whitenoise, manifest static files; HTTPS redirect off since there is no TLS proxy;
reCAPTCHA disabled) and the project's ``gunicorn.conf.py`` (threaded workers with keep-alive):
one whose page cache stores nothing (``PAGE_CACHE_TIMEOUT=0``: every
request renders, with the content generation's memo warm) and one with the page cache on. For
each page it runs ``bench/load.sh`` (wrk) against both and ``bench/static_limit.sh`` (nginx from
apt serving the very same HTML), and prints server CPU milliseconds per request and requests per
second, with the ratios to nginx, all from the same run on the same machine.

``load.sh`` and ``static_limit.sh`` are copied from the team's shared bench
(``/work/shared/bench``, by the MIEUX+ team) unchanged. Needs: PostgreSQL on
``127.0.0.1:5432`` (``DATABASE_HOST_URL``), ``wrk``, ``nginx-light`` and ``curl`` from apt.
Servers listen on loopback only and are stopped by their process ids.
"""

import argparse
import os
import secrets
import signal
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BENCH = ROOT / "bench"
PAGES = [
    ("home", "/en/"),
    ("inner page", "/en/how-it-works/"),
    ("thematic area", "/en/thematic-areas/legal-migration/"),
    ("Actions overview", "/en/where-we-work/"),
]


def kv(line):
    return dict(token.partition("=")[::2] for token in line.split()[1:])


def environment(database_url, var_dir, **extra):
    env = dict(os.environ)
    env.update(
        DJANGO_SETTINGS_MODULE="mieux_site.settings.production",
        DATABASE_URL=database_url,
        SECRET_KEY=secrets.token_urlsafe(50),
        ALLOWED_HOSTS="127.0.0.1,localhost",
        SECURE_SSL_REDIRECT="0",
        RECAPTCHA_DISABLED="1",
        VAR_DIR=str(var_dir),
        LOG_LEVEL="WARNING",
        **extra,
    )
    return env


def create_database(host_url, name):
    import psycopg2

    connection = psycopg2.connect(f"{host_url}/postgres")
    connection.autocommit = True
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1 FROM pg_database WHERE datname = %s", [name])
        if cursor.fetchone() is None:
            cursor.execute(f'CREATE DATABASE "{name}"')
    connection.close()


def manage(env, *args):
    subprocess.run([sys.executable, "manage.py", *args], cwd=ROOT, env=env, check=True)


def start_gunicorn(env, port, workers):
    process = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "gunicorn",
            "mieux_site.wsgi",
            f"--bind=127.0.0.1:{port}",
            f"--workers={workers}",
        ],
        cwd=ROOT,
        env=env,
        stdout=subprocess.DEVNULL,
    )
    for _ in range(100):
        try:
            urllib.request.urlopen(f"http://127.0.0.1:{port}/en/", timeout=2)
            return process
        except OSError:
            time.sleep(0.2)
    process.terminate()
    raise SystemExit(f"gunicorn on port {port} did not answer")


def load(url, secs, conns, pid=None):
    env = dict(os.environ)
    if pid:
        env["LOAD_PIDS"] = str(pid)
    output = subprocess.run(
        [str(BENCH / "load.sh"), url, str(secs), str(conns)],
        capture_output=True,
        text=True,
        env=env,
        check=True,
    ).stdout
    return kv([line for line in output.splitlines() if line.startswith("load ")][-1])


def static_limit(url, secs, conns):
    output = subprocess.run(
        [str(BENCH / "static_limit.sh"), url, str(secs), str(conns)],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    lines = output.splitlines()
    size = kv(next(line for line in lines if line.startswith("static_limit ")))["html_bytes"]
    return kv([line for line in lines if line.startswith("load ")][-1]), size


def number(value):
    try:
        return float(value)
    except (TypeError, ValueError):
        return float("nan")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--secs", type=int, default=10)
    parser.add_argument("--conns", type=int, default=8)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--database", default="perf_bench")
    parser.add_argument("--ports", default="8111,8112")
    parser.add_argument(
        "--database-host-url",
        default=os.environ.get("DATABASE_HOST_URL", "postgres://postgres@127.0.0.1:5432"),
    )
    args = parser.parse_args()
    uncached_port, cached_port = args.ports.split(",")

    create_database(args.database_host_url, args.database)
    database_url = f"{args.database_host_url}/{args.database}"
    with tempfile.TemporaryDirectory(prefix="mieux-bench-") as var_dir:
        env = environment(database_url, var_dir)
        manage(env, "migrate", "--noinput", "-v0")
        manage(env, "load_demo_content", "-v0")
        manage(env, "collectstatic", "--noinput", "-v0")
        uncached_env = environment(database_url, var_dir, PAGE_CACHE_TIMEOUT="0")
        servers = [
            start_gunicorn(uncached_env, uncached_port, args.workers),
            start_gunicorn(env, cached_port, args.workers),
        ]
        run = (args.secs, args.conns)
        try:
            rows = []
            for name, path in PAGES:
                uncached = load(f"http://127.0.0.1:{uncached_port}{path}", *run, servers[0].pid)
                cached = load(f"http://127.0.0.1:{cached_port}{path}", *run, servers[1].pid)
                nginx, size = static_limit(f"http://127.0.0.1:{cached_port}{path}", *run)
                rows.append((name, path, size, uncached, cached, nginx))
                print(f"# {name}: {uncached}; {cached}; {nginx}", file=sys.stderr)
        finally:
            for server in servers:
                server.send_signal(signal.SIGTERM)
                server.wait(timeout=30)

    print(
        f"\n{args.workers} gunicorn workers (gunicorn.conf.py), "
        f"wrk {args.conns} connections, {args.secs} s a run\n"
    )
    print(
        "| page | HTML bytes | CPU ms/req uncached | cached | nginx "
        "| req/s uncached | cached | nginx | cached ÷ nginx req/s | uncached ÷ nginx |"
    )
    print("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
    for name, path, size, uncached, cached, nginx in rows:
        cpu = [number(x.get("cpu_ms_per_req")) for x in (uncached, cached, nginx)]
        u_rps, c_rps, n_rps = (number(x.get("rps")) for x in (uncached, cached, nginx))
        print(
            f"| {name} `{path}` | {size} | {cpu[0]:.2f} | {cpu[1]:.3f} | {cpu[2]:.3f} "
            f"| {u_rps:.0f} | {c_rps:.0f} | {n_rps:.0f} "
            f"| 1/{n_rps / c_rps:.1f} | 1/{n_rps / u_rps:.0f} |"
        )


if __name__ == "__main__":
    main()
