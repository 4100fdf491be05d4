"""Reading the environment once, with one clear message for each bad value.

Settings read every integration from here so that a missing or malformed
variable stops start-up with a single line naming it, instead of a traceback
deep inside the first request.
"""

import ipaddress
import os
from urllib.parse import urlparse

from django.core.exceptions import ImproperlyConfigured


class EnvError(ImproperlyConfigured):
    """A variable is missing or malformed; the message names it."""


_TRUE = {"1", "true", "yes", "on"}
_FALSE = {"0", "false", "no", "off", ""}


def get(name, default=None, *, required=False):
    value = os.environ.get(name, "").strip()
    if value:
        return value
    if required:
        raise EnvError(f"{name} must be set in production (see .env.example).")
    return default


def get_bool(name, default=False):
    raw = os.environ.get(name)
    if raw is None:
        return default
    value = raw.strip().lower()
    if value in _TRUE:
        return True
    if value in _FALSE:
        return False
    raise EnvError(f"{name} must be true or false, not {raw!r}.")


def get_int(name, default, *, minimum=None):
    raw = os.environ.get(name, "").strip()
    if not raw:
        return default
    try:
        value = int(raw)
    except ValueError:
        raise EnvError(f"{name} must be a whole number, not {raw!r}.") from None
    if minimum is not None and value < minimum:
        raise EnvError(f"{name} must be at least {minimum}, not {value}.")
    return value


def get_list(name, default=(), *, required=False):
    raw = get(name, required=required)
    if raw is None:
        return list(default)
    return [item.strip() for item in raw.split(",") if item.strip()]


def get_networks(name):
    """Comma-separated addresses or CIDR ranges, e.g. ``10.0.0.0/8, 127.0.0.1``."""
    networks = []
    for item in get_list(name):
        try:
            networks.append(str(ipaddress.ip_network(item, strict=False)))
        except ValueError:
            raise EnvError(f"{name} must list IP addresses or CIDR ranges, not {item!r}.") from None
    return networks


def get_url(name, schemes, default=None, *, required=False):
    raw = get(name, default, required=required)
    if raw is None:
        return None
    parsed = urlparse(raw)
    if parsed.scheme not in schemes or not (parsed.netloc or parsed.path):
        allowed = ", ".join(f"{scheme}://" for scheme in schemes)
        raise EnvError(f"{name} must be a URL starting with {allowed}; got {_redact(raw)!r}.")
    return raw


def _redact(url):
    """Never echo a password from a connection string back into a log."""
    parsed = urlparse(url)
    if parsed.password:
        return url.replace(parsed.password, "***", 1)
    return url
