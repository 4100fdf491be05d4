"""The review's entries in Wagtail's audit log: who did what to which submission, and when.

Entries name submissions by id and record statuses, counts and filters,
never a family's answers or contact details.
"""

from django.utils.translation import gettext_lazy as _
from wagtail.log_actions import LogFormatter
from wagtail.log_actions import log as wagtail_log

STATUS_CHANGE = "review.status"
ASSIGN = "review.assign"
NOTES = "review.notes"
TRANSLATION = "review.translation"
CONTACT_VIEW = "review.contact_details.view"
CALLBACK_CHANGE = "review.callback"
EXPORT = "review.export"
EXPORT_LISTING = "review.export.listing"
DELETE = "review.delete"
UPDATE_ACCEPT = "review.update.accept"
UPDATE_REJECT = "review.update.reject"
CYCLE_FORM = "review.cycle.form_dates"
RELEASE = "review.held.release"
DISCARD = "review.held.discard"


class _Formatter(LogFormatter):
    template = ""

    def format_message(self, log_entry):
        data = dict(log_entry.data or {})
        try:
            return str(self.template) % data
        except (KeyError, TypeError, ValueError):
            return str(self.label)


def _formatter(label, template):
    return type("ReviewLogFormatter", (_Formatter,), {"label": label, "template": template})


ACTIONS = {
    STATUS_CHANGE: (
        _("Review: status change"),
        _("Status changed from '%(from)s' to '%(to)s'"),
    ),
    ASSIGN: (_("Review: assignment"), _("Assigned to %(to)s")),
    NOTES: (_("Review: notes"), _("Review notes changed")),
    TRANSLATION: (_("Review: translation"), _("English translation of answers changed")),
    CONTACT_VIEW: (_("Review: contact details viewed"), _("Call-back contact details viewed")),
    CALLBACK_CHANGE: (
        _("Review: call-back status"),
        _("Call-back status changed from '%(from)s' to '%(to)s'"),
    ),
    EXPORT: (_("Review: export"), _("Exported submissions as %(format)s (filter: %(filters)s)")),
    EXPORT_LISTING: (
        _("Export"),
        _("Exported %(rows)s rows of %(what)s as %(format)s (filter: %(filters)s)"),
    ),
    DELETE: (_("Review: deletion"), _("Submission %(id)s deleted: %(reason)s")),
    UPDATE_ACCEPT: (
        _("Review: directory update accepted"),
        _("Directory update accepted; draft revision %(revision)s awaits approval"),
    ),
    UPDATE_REJECT: (_("Review: directory update rejected"), _("Directory update rejected")),
    RELEASE: (
        _("Review: held submission released"),
        _("Held submission released into the counts (held because: %(reason)s)"),
    ),
    DISCARD: (
        _("Review: held submission discarded"),
        _("Held submission %(id)s discarded (held because: %(reason)s)"),
    ),
    CYCLE_FORM: (
        _("Review: form opened with cycle"),
        _("Form %(form)s set to open %(opens)s and close %(closes)s"),
    ),
}


def register(actions):
    for action, (label, template) in ACTIONS.items():
        actions.register_action(action)(_formatter(label, template))


def log(instance, action, user, **data):
    return wagtail_log(instance, action, user=user, data=data)
