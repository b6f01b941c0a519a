"""Gunicorn's settings, read from the working directory by ``gunicorn mieux_site.wsgi``.

Each worker process serves one request at a time per thread; the site is stateless (sessions,
rate limits and tasks live in the database or the shared cache), so workers and app servers
scale out. Every value can be changed without editing this file: WEB_CONCURRENCY (gunicorn's
own variable) for the number of workers, GUNICORN_BIND, GUNICORN_THREADS, GUNICORN_TIMEOUT.
"""

import multiprocessing
import os

bind = os.environ.get("GUNICORN_BIND", "127.0.0.1:8000")
workers = int(os.environ.get("WEB_CONCURRENCY", multiprocessing.cpu_count() * 2 + 1))
threads = int(os.environ.get("GUNICORN_THREADS", 1))
# An upload of the largest allowed file over a slow line still fits; a stuck worker is replaced.
timeout = int(os.environ.get("GUNICORN_TIMEOUT", 60))
graceful_timeout = 30
# Recycle workers now and then, so that a slow leak never grows without bound.
max_requests = 2000
max_requests_jitter = 200
accesslog = os.environ.get("GUNICORN_ACCESS_LOG") or None
errorlog = "-"
