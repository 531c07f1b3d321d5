"""gunicorn settings, all overridable through the environment (`gunicorn leefmee.wsgi`).

Sync workers: the app does short database-bound requests; scale by workers per core and by app
servers behind a load balancer. Logs go to stderr; with the production settings they are JSON.
"""

import multiprocessing
import os

wsgi_app = "leefmee.wsgi:application"
bind = os.environ.get("GUNICORN_BIND", f"{os.environ.get('HOST', '0.0.0.0')}:{os.environ.get('PORT', '8000')}")
workers = int(os.environ.get("GUNICORN_WORKERS", multiprocessing.cpu_count() * 2 + 1))
threads = int(os.environ.get("GUNICORN_THREADS", "1"))
timeout = int(os.environ.get("GUNICORN_TIMEOUT", "30"))
graceful_timeout = int(os.environ.get("GUNICORN_GRACEFUL_TIMEOUT", "30"))
keepalive = int(os.environ.get("GUNICORN_KEEPALIVE", "5"))
# Recycle workers now and then so a slow leak can never take a server down. Not too often: a new
# worker imports the whole app (1-2 s of CPU) and fills its process memory again (leefmee/versiecache.py,
# kaart/facetindex.py); at 2,000 a busy worker restarted every ~15 s under load.
max_requests = int(os.environ.get("GUNICORN_MAX_REQUESTS", "20000"))
max_requests_jitter = int(os.environ.get("GUNICORN_MAX_REQUESTS_JITTER", "2000"))
# Behind a load balancer / reverse proxy that sets X-Forwarded-*.
forwarded_allow_ips = os.environ.get("FORWARDED_ALLOW_IPS", "127.0.0.1")
accesslog = os.environ.get("GUNICORN_ACCESS_LOG", "-") or None
errorlog = "-"
loglevel = os.environ.get("GUNICORN_LOG_LEVEL", "info")
# Access log as JSON-ish key/values; the JSON handler of the production LOGGING escapes it.
access_log_format = os.environ.get(
    "GUNICORN_ACCESS_LOG_FORMAT",
    '%(h)s "%(r)s" %(s)s %(b)s %(M)sms "%(a)s"',
)


def post_worker_init(worker):
    # The app is loaded: keep the garbage collector away from it (leefmee/opstart.py).
    from leefmee.opstart import bevries_opstartgeheugen

    bevries_opstartgeheugen()
