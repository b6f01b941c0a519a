"""Load and fault benchmark of the public forms: N concurrent submitters for T seconds against
the site under gunicorn with the production settings on PostgreSQL.

    .venv/bin/python bench/submissions.py                        # mail server up
    .venv/bin/python bench/submissions.py --scenario mail-down   # nothing listens on the SMTP port
    .venv/bin/python bench/submissions.py --scenario db-outage   # PostgreSQL stopped mid-run

Each submitter loops: GET a form page (one of the four languages, either form), POST it filled
in (the expert form with a PDF CV), follow the redirect to the thank-you page; one POST in ten is
sent twice, as a double click would. Afterwards the database is read to compare what was stored
with what the site accepted (a 302 to the thank-you page). It prints accepted, stored,
duplicates, 5xx by kind and latency percentiles, and exits non-zero when a check fails: stored
must equal accepted, duplicates must be zero, and so must 5xx (in the db-outage scenario: every
5xx is the translated 503 page, no stored submission lacks its rows or its file, and the site
answers again by itself once the database is back).

Everything runs on this machine: a private PostgreSQL instance in a temporary directory
(initdb/pg_ctl as the ``postgres`` user, on port 8109 by default), gunicorn on 127.0.0.1:8107,
and a small SMTP sink on 127.0.0.1:8108. Only the private instance is ever stopped, never the
shared server other people use. ``--database-url`` points the run at an existing database
instead (e.g. postgres://postgres@127.0.0.1:5432/quality_bench); the db-outage scenario always
uses the private instance. Requests go to loopback addresses only and every loop ends at the
deadline.

The site runs with reCAPTCHA off (RECAPTCHA_DISABLED=1), a rate limit high enough not to refuse
the run, and ``X-Forwarded-Proto: https`` on every request, as the TLS proxy would send it, so
the production settings (HTTPS redirect, secure cookies) stay as they are.
"""

import argparse
import asyncio
import contextlib
import json
import os
import random
import re
import secrets
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from collections import Counter
from http.client import HTTPConnection
from http.cookies import SimpleCookie
from pathlib import Path
from urllib.parse import urlsplit

BASE_DIR = Path(__file__).resolve().parent.parent
PYTHON = sys.executable
PG_BIN = Path("/usr/lib/postgresql") / sorted(os.listdir("/usr/lib/postgresql"))[-1] / "bin"
LANGUAGES = ["en", "pt", "fr", "es"]
UNAVAILABLE = {
    "en": "Temporarily unavailable",
    "pt": "Temporariamente indisponível",
    "fr": "Temporairement indisponible",
    "es": "Temporalmente no disponible",
}
PDF = b"%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n"


# --- the services: private PostgreSQL, SMTP sink, gunicorn --------------------------------------


class PrivatePostgres:
    """A throwaway PostgreSQL instance in a temporary directory, owned by ``postgres``."""

    def __init__(self, port):
        self.port = port
        self.dir = Path(tempfile.mkdtemp(prefix="bench-pg-"))
        shutil.chown(self.dir, "postgres", "postgres")
        self.data = self.dir / "data"
        self.url = f"postgres://postgres@127.0.0.1:{port}/bench"

    def _as_postgres(self, *args):
        subprocess.run(
            ["runuser", "-u", "postgres", "--", *map(str, args)],
            check=True,
            capture_output=True,
            text=True,
        )

    def create(self):
        self._as_postgres(PG_BIN / "initdb", "-D", self.data, "-A", "trust", "-U", "postgres")
        self.start()
        self._as_postgres(PG_BIN / "createdb", "-h", "127.0.0.1", "-p", self.port, "bench")

    def start(self):
        options = f"-p {self.port} -k {self.dir} -c listen_addresses=127.0.0.1 -c fsync=on"
        self._as_postgres(
            PG_BIN / "pg_ctl", "-D", self.data, "-l", self.dir / "log", "-o", options, "-w", "start"
        )

    def stop(self):
        self._as_postgres(PG_BIN / "pg_ctl", "-D", self.data, "-m", "fast", "-w", "stop")

    def destroy(self):
        with contextlib.suppress(subprocess.CalledProcessError):
            self.stop()
        shutil.rmtree(self.dir, ignore_errors=True)


class SmtpSink:
    """Just enough SMTP to accept and count messages (Python 3.11+ has no smtpd module)."""

    def __init__(self, port):
        self.port = port
        self.messages = 0
        self.loop = asyncio.new_event_loop()
        self.server = None

    async def _session(self, reader, writer):
        writer.write(b"220 bench ESMTP\r\n")
        in_data = False
        while line := await reader.readline():
            if in_data:
                if line == b".\r\n":
                    in_data = False
                    self.messages += 1
                    writer.write(b"250 OK\r\n")
                continue
            command = line[:4].upper()
            if command == b"DATA":
                in_data = True
                writer.write(b"354 go ahead\r\n")
            elif command == b"QUIT":
                writer.write(b"221 bye\r\n")
                break
            else:
                writer.write(b"250 OK\r\n")
            await writer.drain()
        writer.close()

    def start(self):
        self.server = self.loop.run_until_complete(
            asyncio.start_server(self._session, "127.0.0.1", self.port)
        )
        threading.Thread(target=self.loop.run_forever, daemon=True).start()

    def stop(self):
        self.loop.call_soon_threadsafe(self.server.close)
        self.loop.call_soon_threadsafe(self.loop.stop)


def site_env(database_url, var_dir, smtp_port):
    keep = {k: v for k, v in os.environ.items() if not k.startswith(("RECAPTCHA_", "DJANGO_"))}
    return {
        **keep,
        "DJANGO_SETTINGS_MODULE": "mieux_site.settings.production",
        "SECRET_KEY": secrets.token_urlsafe(50),
        "ALLOWED_HOSTS": "127.0.0.1",
        "DATABASE_URL": database_url,
        "VAR_DIR": str(var_dir),
        "RECAPTCHA_DISABLED": "1",
        "FORM_RATE_LIMIT": "1000000",
        "EMAIL_HOST": "127.0.0.1",
        "EMAIL_PORT": str(smtp_port),
        "EMAIL_TIMEOUT": "5",
        "LOG_LEVEL": "ERROR",
    }


def manage(env, *args, stdin=None):
    result = subprocess.run(
        [PYTHON, "manage.py", *args],
        cwd=BASE_DIR,
        env=env,
        input=stdin,
        capture_output=True,
        text=True,
    )
    if result.returncode:
        sys.exit(f"manage.py {' '.join(args)} failed:\n{result.stderr}")
    return result.stdout


SETUP = """
from wagtail.models import Site
from forms.models import IntakeSettings
IntakeSettings.objects.update_or_create(
    site=Site.objects.get(is_default_site=True),
    defaults={"moderator_emails": "moderators@example.org"},
)
"""

# What was stored by this run (its marker is in every name), as JSON.
INSPECT = """
import json
from pathlib import Path
from django.core.files.storage import storages
from forms.models import ExpertApplication, ExpressionOfInterest
marker = %r
interests = ExpressionOfInterest.objects.filter(institution_name__contains=marker)
experts = ExpertApplication.objects.filter(last_name__contains=marker)
private = storages["private"]
tokens = [str(t) for t in interests.values_list("idempotency_token", flat=True)]
tokens += [str(t) for t in experts.values_list("idempotency_token", flat=True)]
print(json.dumps({
    "tokens": tokens,
    "interests_without_areas": interests.filter(thematic_areas=None).count(),
    "experts_without_languages": experts.filter(languages=None).count(),
    "experts_without_cv_file": sum(1 for e in experts if not private.exists(e.cv.name)),
    "orphan_files": len(
        {str(p.relative_to(private.location)) for p in Path(private.location).rglob("*")
         if p.is_file()}
        - set(ExpertApplication.objects.values_list("cv", flat=True))
        - set(ExpressionOfInterest.objects.values_list("request_letter", flat=True))
    ),
    "mail_pending": interests.filter(confirmation_sent_at=None).count()
    + interests.filter(moderators_notified_at=None).count()
    + experts.filter(confirmation_sent_at=None).count()
    + experts.filter(moderators_notified_at=None).count(),
}))
"""


# --- the visitors -----------------------------------------------------------------------------


class Results:
    def __init__(self):
        self.lock = threading.Lock()
        self.accepted = set()
        self.post_latency = []
        self.get_latency = []
        self.statuses = Counter()
        self.server_errors = Counter()
        self.resent = 0
        self.answers = []  # (when the answer came, its status)

    def record(self, kind, status, seconds, body=b"", language="en"):
        with self.lock:
            self.statuses[status] += 1
            (self.post_latency if kind == "POST" else self.get_latency).append(seconds)
            self.answers.append((time.monotonic(), status))
            if status < 500:
                pass
            elif status == 503 and UNAVAILABLE[language].encode() in body:
                self.server_errors["503, translated"] += 1
            else:
                self.server_errors[f"{status}"] += 1


def _multipart(fields, files):
    boundary = uuid.uuid4().hex
    parts = []
    for name, value in fields:
        parts.append(
            f'--{boundary}\r\nContent-Disposition: form-data; name="{name}"\r\n\r\n{value}\r\n'
        )
    body = "".join(parts).encode()
    for name, filename, content in files:
        body += (
            (
                f'--{boundary}\r\nContent-Disposition: form-data; name="{name}"; '
                f'filename="{filename}"\r\nContent-Type: application/pdf\r\n\r\n'
            ).encode()
            + content
            + b"\r\n"
        )
    body += f"--{boundary}--\r\n".encode()
    return body, f"multipart/form-data; boundary={boundary}"


def _interest(marker, n):
    return [
        ("institution_name", f"Direção de Migração {marker}-{n}"),
        ("requester_type", "national"),
        ("country", "CV"),
        ("contact_name", "Ana Lopes"),
        ("contact_position", "Diretora"),
        ("contact_email", f"ana.{n}@example.org"),
        ("preferred_language", "pt"),
        ("request_title", "Formação em entrevistas de asilo"),
        ("thematic_areas", "international-protection"),
        ("description", "Training for asylum officers on interview techniques."),
        ("request_letter_status", "will-follow"),
        ("consent", "on"),
    ], []


def _expert(marker, n):
    return [
        ("first_name", "Marie"),
        ("last_name", f"Dubois {marker}-{n}"),
        ("email", f"marie.{n}@example.org"),
        ("nationality", "FR"),
        ("country_of_residence", "BE"),
        ("sector", "eu-administration"),
        ("employer", "Office des étrangers"),
        ("years_of_experience", "12"),
        ("thematic_areas", "legal-migration"),
        ("profile", "Twelve years in visa policy and labour migration."),
        ("days_per_year", "20"),
        ("work_mode", "both"),
        ("consent", "on"),
        ("languages-TOTAL_FORMS", "1"),
        ("languages-INITIAL_FORMS", "0"),
        ("languages-MIN_NUM_FORMS", "1"),
        ("languages-MAX_NUM_FORMS", "8"),
        ("languages-0-language", "fr"),
        ("languages-0-level", "native"),
    ], [("cv", f"cv-{n}.pdf", PDF)]


class Visitor:
    """One browser-like client: keeps its cookies, sends what the proxy would add."""

    def __init__(self, port):
        self.port = port
        self.origin = f"https://127.0.0.1:{port}"
        self.cookies = {}

    def request(self, method, path, body=None, content_type=None, referer=None):
        headers = {"Host": f"127.0.0.1:{self.port}", "X-Forwarded-Proto": "https"}
        if self.cookies:
            headers["Cookie"] = "; ".join(f"{k}={v}" for k, v in self.cookies.items())
        if content_type:
            headers["Content-Type"] = content_type
        if referer:
            headers["Referer"] = self.origin + referer
        connection = HTTPConnection("127.0.0.1", self.port, timeout=30)
        started = time.monotonic()
        try:
            connection.request(method, path, body=body, headers=headers)
            response = connection.getresponse()
            content = response.read()
        finally:
            connection.close()
        for header in response.headers.get_all("Set-Cookie") or []:
            cookie = SimpleCookie(header)
            self.cookies.update({name: morsel.value for name, morsel in cookie.items()})
        return response, content, time.monotonic() - started


def submitter(number, port, pages, deadline, results, marker):
    rng = random.Random(number)
    visitor = Visitor(port)
    n = 0
    while time.monotonic() < deadline:
        n += 1
        language = rng.choice(LANGUAGES)
        kind = rng.choice(["interest", "expert"])
        path = pages[kind][language]
        try:
            response, content, seconds = visitor.request("GET", path)
            results.record("GET", response.status, seconds, content, language)
            if response.status != 200:
                time.sleep(0.2)
                continue
            token = re.search(rb'name="token" value="([^"]+)"', content).group(1).decode()
            csrf = re.search(rb'name="csrfmiddlewaretoken" value="([^"]+)"', content)
            fields, files = (_interest if kind == "interest" else _expert)(marker, f"{number}-{n}")
            fields = [("csrfmiddlewaretoken", csrf.group(1).decode()), ("token", token), *fields]
            body, content_type = _multipart(fields, files)
            for attempt in range(2 if rng.random() < 0.1 else 1):
                response, content, seconds = visitor.request(
                    "POST", path, body, content_type, referer=path
                )
                results.record("POST", response.status, seconds, content, language)
                location = response.headers.get("Location", "")
                if response.status == 302 and location.endswith("/thank-you/"):
                    with results.lock:
                        results.accepted.add(token)
                        results.resent += attempt
                    thank_you = urlsplit(location).path
                    response, content, seconds = visitor.request("GET", thank_you)
                    results.record("GET", response.status, seconds, content, language)
        except (OSError, AttributeError) as error:
            with results.lock:
                results.statuses[f"error: {type(error).__name__}"] += 1
            time.sleep(0.2)


# --- the run ------------------------------------------------------------------------------------


def percentiles(values):
    if not values:
        return "-"
    ordered = sorted(values)

    def at(q):
        return ordered[min(len(ordered) - 1, int(q * len(ordered)))] * 1000

    return (
        f"p50 {at(0.5):.0f} ms, p90 {at(0.9):.0f} ms, p99 {at(0.99):.0f} ms, "
        f"max {ordered[-1] * 1000:.0f} ms (mean {statistics.mean(ordered) * 1000:.0f} ms)"
    )


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--scenario", choices=["normal", "mail-down", "db-outage"], default="normal"
    )
    parser.add_argument("--concurrency", type=int, default=8, help="submitters at once (N)")
    parser.add_argument("--duration", type=float, default=30, help="seconds of load (T)")
    parser.add_argument("--workers", type=int, default=4, help="gunicorn worker processes")
    parser.add_argument("--port", type=int, default=8107, help="gunicorn's port")
    parser.add_argument("--smtp-port", type=int, default=8108)
    parser.add_argument("--pg-port", type=int, default=8109, help="the private PostgreSQL's port")
    parser.add_argument("--database-url", help="use this database instead of a private one")
    parser.add_argument("--outage", type=float, default=5, help="db-outage: seconds stopped")
    args = parser.parse_args()

    pg = None
    database_url = args.database_url
    if args.scenario == "db-outage" or not database_url:
        pg = PrivatePostgres(args.pg_port)
        pg.create()
        database_url = pg.url
    var_dir = Path(tempfile.mkdtemp(prefix="bench-var-"))
    env = site_env(database_url, var_dir, args.smtp_port)
    sink = SmtpSink(args.smtp_port)
    if args.scenario != "mail-down":
        sink.start()
    gunicorn = None
    marker = f"BENCH{uuid.uuid4().hex[:8]}"
    try:
        print(f"Setting up ({database_url}) ...", flush=True)
        manage(env, "migrate", "--noinput")
        manage(env, "collectstatic", "--noinput")
        manage(env, "load_demo_content")
        manage(env, "shell", stdin=SETUP)
        pages = json.loads(manage(env, "shell", stdin=PAGES).strip().splitlines()[-1])
        log_path = BASE_DIR / "bench" / "out" / f"submissions-{args.scenario}.log"
        log_path.parent.mkdir(exist_ok=True)
        print(f"Serving with gunicorn; its log: {log_path.relative_to(BASE_DIR)}", flush=True)
        gunicorn = subprocess.Popen(
            [PYTHON, "-m", "gunicorn", "mieux_site.wsgi"],
            cwd=BASE_DIR,
            env={
                **env,
                "GUNICORN_BIND": f"127.0.0.1:{args.port}",
                "WEB_CONCURRENCY": str(args.workers),
            },
            stdout=log_path.open("w"),
            stderr=subprocess.STDOUT,
        )
        _wait_for(args.port, pages["interest"]["en"])
        _warm_up(args.port, pages, args.workers)

        results = Results()
        started = time.monotonic()
        deadline = started + args.duration
        threads = [
            threading.Thread(
                target=submitter, args=(i, args.port, pages, deadline, results, marker)
            )
            for i in range(args.concurrency)
        ]
        for thread in threads:
            thread.start()
        outage = None
        if args.scenario == "db-outage":
            time.sleep(args.duration / 3)
            stopped_at = time.monotonic()
            pg.stop()
            print(f"  database stopped at {stopped_at - started:.1f} s", flush=True)
            time.sleep(args.outage)
            pg.start()
            restarted_at = time.monotonic()
            print(f"  database started again at {restarted_at - started:.1f} s", flush=True)
            outage = (stopped_at, restarted_at)
        for thread in threads:
            thread.join()
        elapsed = time.monotonic() - started

        recovered_after = None
        if outage:
            recovered_after = min(
                (
                    when - outage[1]
                    for when, status in results.answers
                    if when > outage[1] and status < 500
                ),
                default=None,
            )

        stored = json.loads(manage(env, "shell", stdin=INSPECT % marker).strip().splitlines()[-1])
        stored["mail_received"] = sink.messages
        retry = None
        if args.scenario == "mail-down":
            sink.start()
            retry = manage(env, "send_pending_notifications")
            after = manage(env, "shell", stdin=INSPECT % marker).strip().splitlines()[-1]
            stored["mail_pending_after_retry"] = json.loads(after)["mail_pending"]
        failures = report(args, results, stored, elapsed, sink, retry, recovered_after)
    finally:
        if gunicorn:
            gunicorn.terminate()
            gunicorn.wait(timeout=30)
        sink.stop() if sink.server else None
        if pg:
            pg.destroy()
        shutil.rmtree(var_dir, ignore_errors=True)
    sys.exit(1 if failures else 0)


PAGES = """
import json
from forms.models import JoinRosterPage, RequestAssistancePage
pages = {"interest": {}, "expert": {}}
for kind, model in [("interest", RequestAssistancePage), ("expert", JoinRosterPage)]:
    for page in model.objects.live().select_related("locale"):
        pages[kind][page.locale.language_code] = page.url
print(json.dumps(pages))
"""


def _wait_for(port, path, timeout=60):
    deadline = time.monotonic() + timeout
    visitor = Visitor(port)
    while time.monotonic() < deadline:
        try:
            if visitor.request("GET", path)[0].status == 200:
                return
        except OSError:
            pass
        time.sleep(0.3)
    sys.exit(f"gunicorn did not answer on port {port} within {timeout} s")


def _warm_up(port, pages, workers):
    """Let every worker load its code, templates and catalogs before anything is timed."""
    visitor = Visitor(port)
    for _ in range(2 * workers):
        for by_language in pages.values():
            for path in by_language.values():
                visitor.request("GET", path)


def report(args, results, stored, elapsed, sink, retry, recovered_after):
    accepted = results.accepted
    tokens = stored["tokens"]
    duplicates = len(tokens) - len(set(tokens))
    posts = len(results.post_latency)
    print(
        f"\nScenario {args.scenario}: {args.concurrency} submitters for {elapsed:.1f} s, "
        f"gunicorn with {args.workers} workers, PostgreSQL, production settings"
    )
    print(f"  POSTs sent          {posts} ({results.resent} of them a second send of a form)")
    print(f"  accepted            {len(accepted)} ({len(accepted) / elapsed:.1f} a second)")
    print(f"  stored              {len(tokens)}")
    print(f"  duplicates          {duplicates}")
    print(
        f"  5xx                 {sum(results.server_errors.values())} "
        f"{dict(results.server_errors) or ''}"
    )
    print(f"  HTTP statuses       {dict(sorted(results.statuses.items(), key=str))}")
    print(f"  POST latency        {percentiles(results.post_latency)}")
    print(f"  GET latency         {percentiles(results.get_latency)}")
    print(
        f"  half-written        {stored['interests_without_areas']} requests without areas, "
        f"{stored['experts_without_languages']} applications without languages, "
        f"{stored['experts_without_cv_file']} without their CV file"
    )
    print(f"  stray files         {stored['orphan_files']} stored files no submission refers to")
    print(
        f"  mails received      {stored['mail_received']} during the run; "
        f"{stored['mail_pending']} pending after it"
    )
    if retry is not None:
        print("  send_pending_notifications:")
        print("    " + retry.strip().replace("\n", "\n    "))
        print(
            f"  after the retry     {sink.messages - stored['mail_received']} mails received, "
            f"{stored['mail_pending_after_retry']} pending"
        )
    if recovered_after is not None or args.scenario == "db-outage":
        print(
            f"  answering again     {recovered_after:.2f} s after the database restarted"
            if recovered_after is not None
            else "  NOT answering again before the run ended"
        )

    failures = []
    if set(tokens) != accepted:
        failures.append("stored differs from accepted")
    if duplicates:
        failures.append("duplicates stored")
    half = (
        stored["interests_without_areas"]
        + stored["experts_without_languages"]
        + stored["experts_without_cv_file"]
        + stored["orphan_files"]
    )
    if half:
        failures.append("half-written submissions")
    other_errors = {k: v for k, v in results.server_errors.items() if k != "503, translated"}
    if args.scenario != "db-outage" and results.server_errors:
        failures.append("5xx answers")
    if args.scenario == "db-outage" and (other_errors or recovered_after is None):
        failures.append("untranslated or non-503 errors, or no recovery")
    if args.scenario == "mail-down" and stored.get("mail_pending_after_retry"):
        failures.append("mail still pending after the retry")
    if args.scenario == "normal" and stored["mail_pending"]:
        failures.append("mail pending with the mail server up")
    print(
        "  checks              "
        + ("all passed" if not failures else "FAILED: " + "; ".join(failures))
    )
    return failures


if __name__ == "__main__":
    main()
