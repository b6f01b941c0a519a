"""Gunicorn settings for the site (read from the working directory by ``gunicorn``; every value
can be overridden by an environment variable below, on the command line or by GUNICORN_CMD_ARGS).

Threaded workers with keep-alive: a cached page costs a fraction of a millisecond, so opening a
TCP connection per request (sync workers close after each response) would cost more than the
page. Threads share each process's memo and cache; the memo is per thread
(home/content_cache.py), so no lock is needed. The site is stateless (sessions, rate limits and
tasks live in the database or the shared cache), so workers and app servers scale out.
"""

import os

bind = os.environ.get("GUNICORN_BIND", "127.0.0.1:8000")
workers = int(os.environ.get("WEB_CONCURRENCY", "2"))
worker_class = "gthread"
threads = int(os.environ.get("GUNICORN_THREADS", "4"))
keepalive = 5
# An upload of the largest allowed file over a slow line still fits; a stuck worker is replaced.
timeout = int(os.environ.get("GUNICORN_TIMEOUT", "60"))
graceful_timeout = 30
# Recycle workers now and then, so that a slow leak never grows without bound.
max_requests = 2000
max_requests_jitter = 200
accesslog = os.environ.get("GUNICORN_ACCESS_LOG") or None
errorlog = "-"
