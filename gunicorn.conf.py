"""Gunicorn settings for the site (read from the working directory by ``gunicorn``; every value
can be overridden on the command line or by GUNICORN_CMD_ARGS). The same file on every app
server: everything that differs comes from the environment.

Threaded workers with keep-alive: a cached page costs a fraction of a millisecond, so opening a
TCP connection per request (sync workers close after each response) would cost more than the
page. Behind a proxy that pools connections the same holds. Threads share each process's memo
and cache; the memo is per thread (home/content_cache.py), so no lock is needed.

Logs go to stdout as one JSON object per line, like the application's own in production.
"""

import os

wsgi_app = "mieux_site.wsgi:application"
bind = os.environ.get("GUNICORN_BIND", "127.0.0.1:8000").split(",")
workers = int(os.environ.get("WEB_CONCURRENCY", "2"))
worker_class = "gthread"
threads = int(os.environ.get("GUNICORN_THREADS", "4"))
keepalive = 5
# Requests that take longer than this are killed and logged: no page should come close.
timeout = int(os.environ.get("GUNICORN_TIMEOUT", "30"))
graceful_timeout = 30
# Recycle workers now and then (bounded memory growth), staggered so they do not all restart.
max_requests = int(os.environ.get("GUNICORN_MAX_REQUESTS", "2000"))
max_requests_jitter = max_requests // 10
# Proxies whose X-Forwarded-* headers are believed (the load balancer, Varnish).
forwarded_allow_ips = os.environ.get("FORWARDED_ALLOW_IPS", "127.0.0.1,::1")
proc_name = "mieux-web"

# Varnish and the load balancer log requests already; GUNICORN_ACCESS_LOG=1 adds gunicorn's.
accesslog = "-" if os.environ.get("GUNICORN_ACCESS_LOG") == "1" else None
access_log_format = '%(h)s "%(r)s" %(s)s %(B)s %(M)sms "%(a)s"'
logconfig_dict = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {
        "json": {
            "()": "pythonjsonlogger.json.JsonFormatter",
            "fmt": "%(levelname)s %(name)s %(message)s",
            "timestamp": True,
            "rename_fields": {"levelname": "level", "name": "logger"},
        }
    },
    "handlers": {
        "stdout": {
            "class": "logging.StreamHandler",
            "stream": "ext://sys.stdout",
            "formatter": "json",
        }
    },
    "root": {"handlers": ["stdout"], "level": "INFO"},
    "loggers": {
        "gunicorn.error": {"handlers": ["stdout"], "level": "INFO", "propagate": False},
        "gunicorn.access": {"handlers": ["stdout"], "level": "INFO", "propagate": False},
    },
}
