"""Audits name a child only by the case reference.

Free text is checked before it is saved; what looks personal is flagged, and
the auditor either changes it or confirms that it is not (a practice
standard's name, a team, a month). Exit interviews are redacted instead.
"""

from django.utils.translation import gettext_lazy as _

from home.personal import KINDS, findings, redact

__all__ = ["describe", "findings", "redact"]


def describe(found):
    kinds = []
    for kind, _excerpt in found:
        if KINDS[kind] not in kinds:
            kinds.append(KINDS[kind])
    excerpts = ", ".join(f"“{excerpt}”" for _kind, excerpt in found[:3])
    return _(
        "This looks like it contains %(kinds)s (%(excerpts)s). An audit names a child only by "
        "the case reference: change the text, or tick the box below to confirm it is not "
        "personal information."
    ) % {"kinds": " / ".join(str(kind) for kind in kinds), "excerpts": excerpts}
