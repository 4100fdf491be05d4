"""A real OpenID Connect provider (panva's oidc-provider, on Node.js) on loopback.

``npm ci`` installs it once from tests/oidc/provider/package-lock.json into a
cache folder; each test session starts it on a free port. Tests change its
accounts (groups, disabled) through the JSON file it re-reads on each lookup.
Skipped when ``node`` or ``npm`` is missing, which CI turns into a failure.
"""

import base64
import fcntl
import hashlib
import json
import os
import re
import secrets
import shutil
import socket
import subprocess
import time
from pathlib import Path
from urllib.parse import parse_qs, urlencode, urljoin, urlsplit

import pytest
import requests

PROVIDER = Path(__file__).resolve().parent / "provider"
CLIENT_ID = "better-together"
PASSWORD = "correct horse"
ACCOUNTS = {
    "alice-sub": {
        "password": PASSWORD,
        "email": "alice@towerhamlets.example",
        "name": "Alice Ahmed",
        "groups": ["th-editors"],
    },
    "bob-sub": {
        "password": PASSWORD,
        "email": "bob@towerhamlets.example",
        "name": "Bob Brown",
        "groups": ["some-other-group"],
    },
}


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _installed():
    lock = (PROVIDER / "package-lock.json").read_bytes()
    cache = Path(
        os.environ.get("XDG_CACHE_HOME", Path.home() / ".cache"),
        "better-together",
        "oidc-provider-" + hashlib.sha256(lock).hexdigest()[:12],
    )
    cache.mkdir(parents=True, exist_ok=True)
    # pytest-xdist workers start at once: one installs, the others wait for it.
    with (cache / ".lock").open("w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        if not (cache / "node_modules" / "oidc-provider").exists():
            for name in ("package.json", "package-lock.json"):
                shutil.copy(PROVIDER / name, cache / name)
            subprocess.run(
                ["npm", "ci", "--ignore-scripts", "--no-audit", "--no-fund"],  # noqa: S607
                cwd=cache,
                check=True,
                capture_output=True,
                timeout=300,
            )
        # ES modules resolve packages beside the script, so the script runs from the cache.
        shutil.copy(PROVIDER / "provider.js", cache / "provider.js")
    return cache


class RealProvider:
    def __init__(self, issuer, accounts_file):
        self.issuer = issuer
        self.accounts_file = accounts_file
        self.reset()

    def reset(self):
        self.state = {"accounts": json.loads(json.dumps(ACCOUNTS)), "id_token_ttl": 3600}
        self.save()

    def save(self):
        self.accounts_file.write_text(json.dumps(self.state))

    def account(self, sub, **changes):
        self.state["accounts"].setdefault(sub, {"password": PASSWORD}).update(changes)
        self.save()

    def id_token_ttl(self, seconds):
        self.state["id_token_ttl"] = seconds
        self.save()

    def log_in(self, start_url, sub, password=PASSWORD, browser=None):
        """Follow the authorisation request through the provider's own login form.

        Returns the address the provider sends the browser back to.
        """
        browser = browser or requests.Session()
        url = start_url
        for _step in range(10):
            response = browser.get(url, allow_redirects=False, timeout=5)
            if response.status_code == 200 and 'name="login"' in response.text:
                action = re.search(r'action="([^"]+)"', response.text).group(1)
                response = browser.post(
                    urljoin(url, action),
                    data={"prompt": "login", "login": sub, "password": password},
                    allow_redirects=False,
                    timeout=5,
                )
            if response.status_code not in (302, 303):
                raise AssertionError(f"provider answered {response.status_code}: {response.text}")
            url = urljoin(url, response.headers["Location"])
            if not url.startswith(self.issuer):
                return url
        raise AssertionError("the provider never sent the browser back")

    def id_token(self, client_id, sub):
        """An ID token the provider really issues to ``client_id``, by the code flow with PKCE."""
        verifier = secrets.token_urlsafe(48)
        challenge = base64.urlsafe_b64encode(hashlib.sha256(verifier.encode()).digest())
        nonce = secrets.token_hex(16)
        redirect_uri = "http://testserver/oidc/callback/"
        query = {
            "client_id": client_id,
            "response_type": "code",
            "scope": "openid email profile",
            "redirect_uri": redirect_uri,
            "state": secrets.token_hex(8),
            "nonce": nonce,
            "code_challenge": challenge.decode().rstrip("="),
            "code_challenge_method": "S256",
        }
        back = self.log_in(f"{self.issuer}/auth?{urlencode(query)}", sub)
        code = parse_qs(urlsplit(back).query)["code"][0]
        response = requests.post(
            f"{self.issuer}/token",
            data={
                "grant_type": "authorization_code",
                "code": code,
                "redirect_uri": redirect_uri,
                "client_id": client_id,
                "client_secret": f"{client_id}-secret",
                "code_verifier": verifier,
            },
            timeout=5,
        )
        response.raise_for_status()
        return response.json()["id_token"], nonce


@pytest.fixture(scope="session")
def real_provider(tmp_path_factory):
    if not (shutil.which("node") and shutil.which("npm")):
        pytest.skip("Node.js is not installed (apt-get install nodejs npm)")
    folder = _installed()
    port = free_port()
    accounts = tmp_path_factory.mktemp("oidc") / "accounts.json"
    provider = RealProvider(f"http://127.0.0.1:{port}", accounts)
    log = (tmp_path_factory.getbasetemp() / "oidc-provider.log").open("w")
    process = subprocess.Popen(
        ["node", "provider.js", str(port), str(accounts)],
        cwd=folder,
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    try:
        # Node loads the provider's modules slowly on a busy machine (two workers start it at once).
        deadline = time.monotonic() + 90
        while True:
            try:
                requests.get(f"{provider.issuer}/.well-known/openid-configuration", timeout=1)
                break
            except requests.ConnectionError:
                if process.poll() is not None or time.monotonic() > deadline:
                    raise AssertionError("oidc-provider did not start; see its log") from None
                time.sleep(0.2)
        yield provider
    finally:
        process.terminate()
        process.wait(timeout=10)
        log.close()


@pytest.fixture
def provider(real_provider, settings):
    """The default council (Tower Hamlets) signs in with the real provider."""
    real_provider.reset()
    settings.OIDC_ISSUER = real_provider.issuer
    settings.OIDC_CLIENT_ID = CLIENT_ID
    settings.OIDC_CLIENT_SECRET = f"{CLIENT_ID}-secret"
    settings.OIDC_GROUPS_CLAIM = "groups"
    settings.OIDC_RP_SCOPES = "openid email profile"
    return real_provider


def callback_path(url):
    parts = urlsplit(url)
    return f"{parts.path}?{parts.query}"
