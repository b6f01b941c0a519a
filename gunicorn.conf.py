"""Gunicorn settings for the site (read from the working directory by ``gunicorn``; every value
can be overridden on the command line or by GUNICORN_CMD_ARGS).

Threaded workers with keep-alive: a cached page costs a fraction of a millisecond, so opening a
TCP connection per request (sync workers close after each response) would cost more than the
page. Behind a proxy that pools connections the same holds. Threads share each process's memo
and cache; the memo is per thread (home/content_cache.py), so no lock is needed.
"""

import os

bind = os.environ.get("GUNICORN_BIND", "127.0.0.1:8000")
workers = int(os.environ.get("WEB_CONCURRENCY", "2"))
worker_class = "gthread"
threads = int(os.environ.get("GUNICORN_THREADS", "4"))
keepalive = 5
# Requests that take longer than this are killed and logged: no page should come close.
timeout = 30
accesslog = None
