"""gunicorn's logger, minus every client address.

The privacy notice tells families we do not keep their internet address, and
at gunicorn's level a family page cannot be told from a staff page by its
path, so no request line carries one: not the connecting address, not a
forwarded one, not the address of a malformed request.
"""

import re

from gunicorn.glogging import Logger

ADDRESS_HEADERS = {"x-forwarded-for", "x-real-ip", "forwarded", "true-client-ip"}
INVALID_REQUEST_IP = re.compile(r"\bip=\S+")


class PrivateLogger(Logger):
    def atoms(self, resp, req, environ, request_time):
        atoms = super().atoms(resp, req, environ, request_time)
        atoms["h"] = "-"
        for name in list(atoms):
            key = name.strip("{}").rsplit("}", 1)[0].lower()
            if key in ADDRESS_HEADERS or key in ("remote_addr", "http_x_forwarded_for"):
                atoms[name] = "-"
        return atoms

    def warning(self, msg, *args, **kwargs):
        # "Invalid request from ip=…" (gunicorn's worker) keeps its reason, not the address.
        super().warning(INVALID_REQUEST_IP.sub("ip=-", str(msg)), *args, **kwargs)
