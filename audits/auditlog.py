"""The audit programme's entries in Wagtail's audit log: every view and export of an audit."""

from django.utils.translation import gettext_lazy as _
from wagtail.log_actions import LogFormatter
from wagtail.log_actions import log as wagtail_log

VIEW = "audits.view"
EXPORT = "audits.export"
ALLOCATE = "audits.allocate"
CONDUCT = "audits.conduct"
COMPLETE = "audits.complete"
SHARE = "audits.share"
MODERATE = "audits.moderate"
SAFEGUARDING = "audits.safeguarding"
RESPOND = "audits.safeguarding.respond"
MEETING = "audits.meeting"
FAMILY_FORM = "audits.family_form"
SAMPLED = "audits.sampled"
CONSULTANT_REVIEW = "audits.consultant_review"

ACTIONS = {
    VIEW: (_("Audit viewed"), _("Audit viewed (%(screen)s)")),
    EXPORT: (_("Audits exported"), _("%(rows)s audits exported as %(format)s")),
    ALLOCATE: (_("Audit allocated"), _("Audit allocated, due %(due)s")),
    CONDUCT: (_("Audit saved"), _("Audit saved as a draft")),
    COMPLETE: (_("Audit completed"), _("Audit completed: %(grade)s")),
    SHARE: (_("Audit shared"), _("Audit shared with the practitioner")),
    MODERATE: (_("Audit moderated"), _("Moderated: %(changes)s")),
    SAFEGUARDING: (_("Safeguarding concern"), _("Safeguarding concern raised; %(told)s told")),
    RESPOND: (_("Safeguarding response"), _("Response to the safeguarding concern recorded")),
    MEETING: (_("Feedback meeting"), _("Feedback meeting record saved")),
    FAMILY_FORM: (_("Family's view asked"), _("Feedback form link made (%(tag)s)")),
    SAMPLED: (_("Sampled for the consultant"), _("Drawn into %(consultant)s's sample")),
    CONSULTANT_REVIEW: (_("Consultant's review"), _("External consultant's grade: %(grade)s")),
}


class _Formatter(LogFormatter):
    template = ""

    def format_message(self, log_entry):
        try:
            return str(self.template) % dict(log_entry.data or {})
        except (KeyError, TypeError, ValueError):
            return str(self.label)


def register(actions):
    for action, (label, template) in ACTIONS.items():
        actions.register_action(action)(
            type("AuditLogFormatter", (_Formatter,), {"label": label, "template": template})
        )


def log(instance, action, user, **data):
    return wagtail_log(instance, action, user=user, data=data)
