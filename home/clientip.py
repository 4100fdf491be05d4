"""The address a request came from, believing proxies only when they are ours.

django-ipware's trusted-proxy list names the proxies inside X-Forwarded-For by
position and never asks who actually connected, so a client that reaches the
site directly could still choose its own address. Here the header is read only
when REMOTE_ADDR is one of TRUSTED_PROXIES, from the right, skipping our own
proxies, and the first address that is not one of them is the client's.
"""

import ipaddress
from functools import cache

from django.conf import settings


@cache
def _networks(proxies):
    return tuple(ipaddress.ip_network(proxy, strict=False) for proxy in proxies)


def _parse(value):
    value = value.strip().strip('"')
    if value.startswith("["):  # [IPv6]:port
        value = value[1 : value.find("]")]
    elif value.count(":") == 1:  # IPv4:port
        value = value.split(":", 1)[0]
    try:
        return ipaddress.ip_address(value)
    except ValueError:
        return None


def _trusted(address, networks):
    return address is not None and any(
        address.version == network.version and address in network for network in networks
    )


def client_ip(request):
    remote = request.META.get("REMOTE_ADDR", "")
    networks = _networks(tuple(getattr(settings, "TRUSTED_PROXIES", ())))
    address = _parse(remote)
    if not _trusted(address, networks):
        return remote
    for hop in reversed(request.META.get("HTTP_X_FORWARDED_FOR", "").split(",")):
        hop_address = _parse(hop)
        if hop_address is None:
            # A hop we cannot read was written by someone we do not trust.
            break
        address = hop_address
        if not _trusted(address, networks):
            break
    return str(address)
