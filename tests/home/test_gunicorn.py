"""The production entry point: gunicorn with config/gunicorn.py and production settings."""

import json
import os
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
GUNICORN = Path(sys.executable).with_name("gunicorn")


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def production_env(tmp_path, **extra):
    env = {
        k: v
        for k, v in os.environ.items()
        if k not in {"DJANGO_SETTINGS_MODULE", "DJANGO_ALLOW_ASYNC_UNSAFE"}
    }
    env.update(
        SECRET_KEY="a-production-secret-key-that-is-long-and-random-0123456789abcdefgh",
        ALLOWED_HOSTS="127.0.0.1",
        SQLITE_PATH=str(tmp_path / "db.sqlite3"),
        MEDIA_ROOT=str(tmp_path / "media"),
        WEB_CONCURRENCY="1",
        HOST="127.0.0.1",
    )
    env.update(extra)
    return env


def test_gunicorn_serves_the_health_check_under_production_settings(tmp_path):
    port = free_port()
    server = subprocess.Popen(
        [str(GUNICORN), "-c", "config/gunicorn.py", "config.wsgi"],
        cwd=ROOT,
        env=production_env(tmp_path, PORT=str(port)),
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
    )
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/healthz", timeout=2) as r:
                    status, body = r.status, json.loads(r.read())
                break
            except urllib.error.HTTPError as error:
                status, body = error.code, json.loads(error.read())
                break
            except OSError:
                assert server.poll() is None, server.stdout.read().decode()
                assert time.monotonic() < deadline, "gunicorn did not start"
                time.sleep(0.2)
        # A fresh SQLite file without tables still answers SELECT 1.
        assert status == 200
        assert body["checks"]["database"] == "ok"
    finally:
        server.terminate()
        server.wait(timeout=10)


def test_gunicorn_refuses_to_start_without_a_secret_key(tmp_path):
    env = production_env(tmp_path, PORT=str(free_port()))
    del env["SECRET_KEY"]
    result = subprocess.run(
        [str(GUNICORN), "-c", "config/gunicorn.py", "config.wsgi"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode != 0
    assert "Configuration error: SECRET_KEY must be set in production" in result.stderr
    assert "Traceback" not in result.stderr
