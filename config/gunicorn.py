"""gunicorn settings: `gunicorn -c config/gunicorn.py config.wsgi`."""

import multiprocessing
import os

bind = f"{os.environ.get('HOST', '0.0.0.0')}:{os.environ.get('PORT', '8000')}"  # noqa: S104
workers = int(os.environ.get("WEB_CONCURRENCY", multiprocessing.cpu_count() * 2 + 1))
threads = int(os.environ.get("GUNICORN_THREADS", "2"))
timeout = int(os.environ.get("GUNICORN_TIMEOUT", "30"))
graceful_timeout = 20
max_requests = 2000
max_requests_jitter = 200
# Load the app in the master so a bad environment stops start-up once, clearly,
# instead of every worker failing in turn.
preload_app = True
accesslog = "-"
# No query strings (family links carry them) and no client address (the privacy
# notice promises families we keep none) in any log line.
access_log_format = '"%(m)s %(U)s" %(s)s %(b)s %(L)ss'
logger_class = "config.gunicorn_logging.PrivateLogger"
forwarded_allow_ips = os.environ.get("FORWARDED_ALLOW_IPS", "127.0.0.1")
