"""The address a request came from, believing proxies only when they are ours.

One helper for every part of the site that needs a client's address
(sign-in throttling, the family form's limits). python-ipware reads
X-Forwarded-For; what it cannot know is who actually connected, so the header
is read only while the connecting address is one of ``TRUSTED_PROXIES``, one
hop at a time from the right: each trusted proxy appends the address it saw,
so the first entry from the right that is not a trusted proxy is the client.
Anything a client writes into the header itself sits further left and is
never reached.
"""

import ipaddress
from functools import cache

from django.conf import settings
from python_ipware import IpWare

# The most proxies in a row (CDN, load balancer, ...) whose entries are skipped.
MAX_PROXY_HOPS = 5


@cache
def _networks(proxies):
    return tuple(ipaddress.ip_network(proxy, strict=False) for proxy in proxies)


def is_trusted_proxy(address):
    try:
        ip = ipaddress.ip_address(address)
    except ValueError:
        return False
    networks = _networks(tuple(getattr(settings, "TRUSTED_PROXIES", ())))
    return any(ip.version == network.version and ip in network for network in networks)


@cache
def _forwarded_for(hops):
    """Reads the entry ``hops`` places from the right of X-Forwarded-For, and no other header."""
    return IpWare(precedence=("HTTP_X_FORWARDED_FOR",), proxy_count=hops)


def client_ip(request):
    address = request.META.get("REMOTE_ADDR", "")
    for hops in range(MAX_PROXY_HOPS):
        if not is_trusted_proxy(address):
            break
        forwarded, _trusted_route = _forwarded_for(hops).get_client_ip(request.META)
        if forwarded is None:
            break
        address = str(forwarded)
    return address
