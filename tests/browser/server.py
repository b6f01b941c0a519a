"""The site the browser tests visit: a separate server process on its own SQLite database.

The rest of the suite shares demo data built once per session inside rolled-back transactions;
pytest-django's live_server would flush that database. So the browser gets its own: a temporary
VAR_DIR with a fresh SQLite file, migrated and loaded with the demo content, a moderator account,
and ``manage.py runserver`` on a free loopback port (test settings: locmem mail, tasks run at
once, no reCAPTCHA, no rate limit).
"""

import os
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent.parent
MODERATOR = {"username": "moira", "password": "browser-moderator-pw-1"}

CREATE_MODERATOR = f"""
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
user = get_user_model().objects.create_user(
    username={MODERATOR["username"]!r}, password={MODERATOR["password"]!r},
    email="moira@example.org", first_name="Moira", last_name="Reyes",
)
user.groups.add(Group.objects.get(name="Moderators"))
"""


def _free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class SiteServer:
    def __init__(self, var_dir):
        self.var_dir = Path(var_dir)
        self.port = _free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.process = None
        self.log = self.var_dir / "server.log"
        keep = {k: v for k, v in os.environ.items() if not k.startswith(("RECAPTCHA_", "DJANGO_"))}
        self.env = {
            **keep,
            "DJANGO_SETTINGS_MODULE": "mieux_site.settings.test",
            "VAR_DIR": str(self.var_dir),
            "DATABASE_URL": f"sqlite:///{self.var_dir / 'db.sqlite3'}",
            "FORM_RATE_LIMIT": "0",
            "PYTHONUNBUFFERED": "1",
        }

    def manage(self, *args, stdin=None):
        result = subprocess.run(
            [sys.executable, "manage.py", *args],
            cwd=BASE_DIR,
            env=self.env,
            input=stdin,
            capture_output=True,
            text=True,
            timeout=600,
        )
        if result.returncode:
            raise RuntimeError(f"manage.py {' '.join(args)} failed:\n{result.stderr}")
        return result.stdout

    def start(self):
        self.manage("migrate", "--noinput")
        self.manage("load_demo_content")
        self.manage("shell", stdin=CREATE_MODERATOR)
        with open(self.log, "w") as log:
            self.process = subprocess.Popen(
                [sys.executable, "manage.py", "runserver", "--noreload", f"127.0.0.1:{self.port}"],
                cwd=BASE_DIR,
                env=self.env,
                stdout=log,
                stderr=subprocess.STDOUT,
            )
        self._wait_until_up()
        return self

    def _wait_until_up(self, timeout=60):
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"the server stopped:\n{self.log.read_text()}")
            try:
                with urllib.request.urlopen(f"{self.url}/en/", timeout=5):
                    return
            except (urllib.error.URLError, ConnectionError):
                time.sleep(0.2)
        raise RuntimeError(f"the server did not answer within {timeout} s:\n{self.log.read_text()}")

    def stop(self):
        if self.process and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
