"""gunicorn's own log lines carry no client address, for family pages or any other."""

import datetime
import io
import logging
import runpy
from pathlib import Path
from types import SimpleNamespace

from gunicorn.config import Config

from config.gunicorn_logging import PrivateLogger

CONFIG = Path(__file__).resolve().parents[2] / "config" / "gunicorn.py"


def gunicorn_logger():
    values = runpy.run_path(str(CONFIG))
    config = Config()
    for name in ("accesslog", "access_log_format", "logger_class"):
        config.set(name, values[name])
    assert config.logger_class is PrivateLogger
    logger = PrivateLogger(config)
    stream = io.StringIO()
    for handler in logger.access_log.handlers:
        handler.setStream(stream)
    return logger, stream


def test_a_familys_submission_is_logged_without_their_address():
    logger, stream = gunicorn_logger()
    environ = {
        "REQUEST_METHOD": "POST",
        "RAW_URI": "/so/feedback/?src=family-hubs",
        "PATH_INFO": "/so/feedback/",
        "QUERY_STRING": "src=family-hubs",
        "SERVER_PROTOCOL": "HTTP/1.1",
        "REMOTE_ADDR": "10.0.0.2",
        "HTTP_X_FORWARDED_FOR": "203.0.113.77",
    }
    request = SimpleNamespace(headers=[("X-FORWARDED-FOR", "203.0.113.77")])
    response = SimpleNamespace(status="200 OK", headers=[], sent=1234, response_length=1234)
    logger.access(response, request, environ, datetime.timedelta(milliseconds=12))
    line = stream.getvalue()
    assert '"POST /so/feedback/" 200 1234' in line
    assert "203.0.113.77" not in line and "10.0.0.2" not in line
    assert "family-hubs" not in line


def test_even_the_address_of_a_malformed_request_is_left_out(caplog):
    logger, _stream = gunicorn_logger()
    with caplog.at_level(logging.WARNING, logger="gunicorn.error"):
        logger.error_log.propagate = True
        logger.warning("Invalid request from ip=203.0.113.77: Invalid HTTP method")
    text = " ".join(record.getMessage() for record in caplog.records)
    assert "Invalid HTTP method" in text and "203.0.113.77" not in text
