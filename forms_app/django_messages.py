"""Django's own messages that a family can meet on the feedback forms.

Django ships no Somali catalogue and its Bengali one is incomplete, so
locale/so and locale/bn carry these msgids too. `makemessages` only keeps
msgids it finds in our source and would drop Django's as obsolete; listing
them here keeps them in the catalogues, and tests/forms_app/test_translations.py
fails if any is left untranslated. Nothing imports this module at run time.
"""

from django.utils.translation import gettext_noop, ngettext_lazy

MESSAGES = [
    gettext_noop("This field is required."),
    gettext_noop("Enter a whole number."),
    gettext_noop("Enter a number."),
    gettext_noop("Enter a valid date."),
    gettext_noop("Enter a valid time."),
    gettext_noop("Enter a valid date/time."),
    gettext_noop("Enter a valid email address."),
    gettext_noop("Enter a valid URL."),
    gettext_noop("Enter a valid value."),
    gettext_noop("Enter a list of values."),
    gettext_noop("Enter a complete value."),
    gettext_noop("Null characters are not allowed."),
    gettext_noop("Select a valid choice. %(value)s is not one of the available choices."),
    gettext_noop("Ensure this value is less than or equal to %(limit_value)s."),
    gettext_noop("Ensure this value is greater than or equal to %(limit_value)s."),
    ngettext_lazy(
        "Ensure this value has at most %(limit_value)d character (it has %(show_value)d).",
        "Ensure this value has at most %(limit_value)d characters (it has %(show_value)d).",
        "limit_value",
    ),
    ngettext_lazy(
        "Ensure this value has at least %(limit_value)d character (it has %(show_value)d).",
        "Ensure this value has at least %(limit_value)d characters (it has %(show_value)d).",
        "limit_value",
    ),
    # The CSRF failure page families could reach by leaving a form open
    # overnight; forms_app.views.csrf_failure shows our own wording, but these
    # stay translated in case Django's page is ever shown.
    gettext_noop("Forbidden"),
    gettext_noop("CSRF verification failed. Request aborted."),
]
