"""Family feedback forms, their one dataset, and staff updates to the directory.

One form is one page translated with wagtail-localize. Every translation
shares the source page's ``translation_key``; submissions are stored against
that key, so the three languages form one dataset. Answers are stored under
question and option keys, never labels, and each submission points at a
snapshot of the questions as they were, so re-labelling or removing a
question never orphans an answer.
"""

import hashlib
import json
import secrets
from dataclasses import replace
from urllib.parse import urlencode

from django.conf import settings
from django.core.cache import cache
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import IntegrityError, models, transaction
from django.db.models import Q
from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver
from django.http import HttpResponseRedirect
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.translation import get_language, get_supported_language_variant
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.contrib.forms.models import FormMixin
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Locale
from wagtail_localize.fields import SynchronizedField

from councils.tenancy import CouncilManager, CouncilOwned, current_council
from forms_app import protection
from forms_app.blocks import QuestionsBlock
from forms_app.forms import SOURCE_PATTERN, FamilyFormBuilder, Question
from forms_app.protection import HoldReason
from home import page_cache
from home.models import BasePage

LEARNING_ACADEMY = "Learning Academy"
# (page, language, digest of its stored questions) -> (questions, form class)
_built_forms = {}


class FamilyFormPage(FormMixin, BasePage):
    """A family feedback form that editors build from question blocks.

    Translate it with wagtail-localize: question wording, hints and option
    labels are translated; keys, dates and settings stay those of the source.
    Families reach it without signing in, by link or QR code.
    """

    public_for_families = True

    intro = RichTextField(
        blank=True,
        features=["bold", "italic", "link"],
        verbose_name=_("introduction"),
        help_text=_("What the form is for and how long it takes, in plain words."),
    )
    questions = StreamField(QuestionsBlock(), blank=True, verbose_name=_("questions"))
    submit_label = models.CharField(
        _("button text"), max_length=50, blank=True, help_text=_("Leave empty for 'Send'.")
    )
    thank_you_text = RichTextField(
        _("thank-you message"),
        blank=True,
        features=["bold", "italic", "link"],
        help_text=_("Shown after sending. Leave empty for a short standard thank-you."),
    )
    closed_text = RichTextField(
        _("closed message"),
        blank=True,
        features=["bold", "italic", "link"],
        help_text=_("Shown while the form is closed, e.g. when the next cycle opens."),
    )
    opens_at = models.DateTimeField(
        _("opens"), null=True, blank=True, help_text=_("Empty: open from publication.")
    )
    closes_at = models.DateTimeField(
        _("closes"), null=True, blank=True, help_text=_("Empty: stays open.")
    )

    content_panels = [
        *BasePage.content_panels,
        FieldPanel("intro"),
        FieldPanel("questions"),
        FieldPanel("submit_label"),
        FieldPanel("thank_you_text"),
        MultiFieldPanel(
            [FieldRowPanel([FieldPanel("opens_at"), FieldPanel("closes_at")]), "closed_text"],
            heading=_("Open and close"),
        ),
    ]
    override_translatable_fields = [
        SynchronizedField("opens_at", overridable=False),
        SynchronizedField("closes_at", overridable=False),
    ]
    form_builder = FamilyFormBuilder
    # Staff who search for a poster, a QR code or the form's link are taken to "Share the form".
    staff_search = replace(
        BasePage.staff_search,
        summary=("staff_sharing_summary",),
        extra_text=("staff_sharing_summary", "search_description", "intro"),
        url="staff_search_url",
    )
    template = "forms_app/family_form_page.html"
    landing_page_template = "forms_app/family_form_page_landing.html"
    subpage_types = ["forms_app.PrivacyNoticePage"]
    preview_modes = FormMixin.preview_modes

    class Meta:
        verbose_name = _("family feedback form")

    @property
    def staff_sharing_summary(self):
        return str(
            _(
                "Share the form with families: its link, QR codes and a printable poster, "
                "for your team and in each language."
            )
        )

    def staff_search_url(self, council):
        from django.urls import reverse
        from django.utils import translation

        english = self.get_translation_or_none(Locale.get_default()) or self
        with translation.override(settings.LANGUAGE_CODE):
            return f"{reverse('share_form:index')}?{urlencode({'form': english.pk})}"

    def clean(self):
        super().clean()
        if self.opens_at and self.closes_at and self.closes_at <= self.opens_at:
            raise ValidationError({"closes_at": _("The form must close after it opens.")})

    # The form ------------------------------------------------------------

    def get_form_fields(self):
        return [Question.from_block(child) for child in self.questions]

    def _questions_digest(self):
        stored = json.dumps(list(self.questions.raw_data), sort_keys=True, default=str)
        return hashlib.sha256(stored.encode()).hexdigest()

    def _built_form(self):
        """The questions and the form class made from them, built once per process.

        Building the class (every field, every message in the family's
        language) costs more than the rest of a submission's checks; it depends
        only on the questions as stored and the language, which make the key.
        """
        key = (self.pk, get_language(), self._questions_digest())
        built = _built_forms.get(key)
        if built is None:
            questions = self.get_form_fields()
            built = (questions, self.form_builder(questions).get_form_class())
            if len(_built_forms) >= 256:
                _built_forms.clear()
            _built_forms[key] = built
        return built

    def get_form_class(self):
        return self._built_form()[1]

    def get_form(self, *args, **kwargs):
        questions, form_class = self._built_form()
        kwargs.setdefault("questions", questions)
        kwargs.pop("user", None)
        kwargs.setdefault("page", self)
        form = form_class(*args, **kwargs)
        # What an unanswered form's questions show, for the kept fragment of them.
        form.definition_key = f"{self.pk}:{get_language()}:{self._questions_digest()}"
        return form

    def is_open(self, now=None):
        now = now or timezone.now()
        return (self.opens_at is None or self.opens_at <= now) and (
            self.closes_at is None or now < self.closes_at
        )

    @property
    def privacy_notice(self):
        return PrivacyNoticePage.objects.child_of(self).live().first()

    @property
    def source_page(self):
        """The form in the site's default language, whose labels the dataset is read in."""
        default = Locale.get_default()
        if self.locale_id == default.pk:
            return self
        return (
            FamilyFormPage.objects.filter(
                translation_key=self.translation_key, locale=default
            ).first()
            or self
        )

    def serve_submissions_list_view(self, request, *args, **kwargs):
        """Closed: submissions are read in the Learning Academy's screens, which audit them."""
        raise PermissionDenied

    def get_submissions(self):
        return FamilySubmission.objects.filter(form_key=self.translation_key)

    def get_submission_class(self):
        return FamilySubmission

    def get_data_fields(self):
        source = self.source_page
        return [("submit_time", _("Submission date")), ("language", _("Language"))] + [
            (question.clean_name, question.label) for question in source.get_form_fields()
        ]

    # Serving -------------------------------------------------------------

    def serve(self, request, *args, **kwargs):
        context = self.get_context(request)
        if request.method != "POST" and request.GET.get("sent") in SENT:
            # Where a family lands after sending: the same page for everyone, so it is cached.
            return self.render_landing_page(
                request,
                outcome=SENT[request.GET["sent"]],
                callback_requested=request.GET.get("callback") == "1",
            )
        if not self.is_open():
            return self._respond(request, "forms_app/family_form_closed.html", context)
        if request.method != "POST":
            source = request.GET.get("src", "")
            context["form"] = self.get_form(initial={"src": source if valid_source(source) else ""})
            return self._respond(request, self.get_template(request), context)

        form = self.get_form(request.POST)
        # Validation first: a person who sends too soon or too often sees what to fix.
        if not form.is_valid():
            context["form"] = form
            return self._respond(request, self.get_template(request), context)
        if form.data.get("website"):
            # The honeypot: looks like success to the bot; nothing is kept.
            return self._sent(request)
        held_reason = protection.hold_reason(request, form, self.translation_key)
        entry = self._dataset_entry(request=request)
        _submission, outcome = self.store_submission(form, held_reason, entry)
        if outcome == Outcome.NEW:
            protection.count_stored(request, self.translation_key)
        return self._sent(request, outcome, callback_requested=bool(form.callback_details()))

    def _sent(self, request, outcome=None, callback_requested=False):
        """Stored: on to the thank-you page (so a refresh never sends the answers again)."""
        query = {"sent": "corrected" if outcome == Outcome.CORRECTED else "1"}
        if callback_requested:
            query["callback"] = "1"
        response = HttpResponseRedirect(f"{request.path}?{urlencode(query)}", status=303)
        response["Cache-Control"] = "no-store"
        return response

    def page_cache_seconds(self):
        """A cached form is kept no later than the moment it opens or closes."""
        now = timezone.now()
        limit = page_cache.seconds()
        for moment in (self.opens_at, self.closes_at):
            if moment is not None and moment > now:
                limit = min(limit, int((moment - now).total_seconds()))
        return limit

    def _respond(self, request, template, context, status=200):
        response = TemplateResponse(request, template, context, status=status)
        response["Cache-Control"] = "no-store"
        return response

    def render_landing_page(
        self, request, form_submission=None, *args, outcome=None, callback_requested=False, **kwargs
    ):
        response = super().render_landing_page(request, form_submission, *args, **kwargs)
        response.context_data["corrected"] = outcome == Outcome.CORRECTED
        # Stored with the answers just now, whatever the outcome: no need to read it back.
        response.context_data["callback_requested"] = callback_requested
        response["Cache-Control"] = "no-store"
        return response

    def process_form_submission(self, form):
        return self.store_submission(form)[0]

    def _dataset_entry(self, remembered=True, request=None):
        """Where this page's answers go: the source form, this page's language, the questions'
        version. Remembered until the council's content changes, as a publish does."""

        def find():
            source, language = self._source_and_language()
            questions = source.get_form_fields()
            version = FormVersion.for_questions(self.translation_key, questions, remembered)
            return source.pk, language, version.pk

        council = current_council()
        if not remembered or council is None:
            return find()
        return page_cache.remember(council.pk, f"family-form-entry\n{self.pk}", find, request)

    def _source_and_language(self):
        """The form in the default language, and this page's language code: one query."""
        default = get_supported_language_variant(settings.LANGUAGE_CODE)
        rows = (
            FamilyFormPage.objects.filter(translation_key=self.translation_key)
            .filter(Q(pk=self.pk) | Q(locale__language_code=default))
            .select_related("locale")
        )
        source, language = self, None
        for row in rows:
            if row.pk == self.pk:
                language = row.locale.language_code
            elif row.locale.language_code == default:
                source = row
        return source, language or self.locale.language_code

    def store_submission(self, form, held_reason="", entry=None):
        """Keep the submission whole or not at all, and say whether it is new.

        A repeat of the same form (same token) with the same answers counts
        once; with different answers, the family went back and corrected
        themselves, so the later answers replace the earlier ones. A new
        submission (nearly every one) is a single INSERT: a repeat is found
        by the token's unique digest refusing the second row.
        """
        token = form.token
        digest = token.digest if token is not None else secrets.token_hex(32)
        source_pk, language, version_pk = entry or self._dataset_entry()
        tag = form.cleaned_data.get("src", "")
        fields = {
            "form_page_id": source_pk,
            "version_id": version_pk,
            "language": language,
            "source": tag if valid_source(tag) else "",
            "answers": form.answers(),
        }
        details = form.callback_details()
        for _attempt in range(2):
            try:
                with transaction.atomic():
                    submission = FamilySubmission.all_objects.create(
                        form_key=self.translation_key,
                        token_digest=digest,
                        held_reason=held_reason,
                        **fields,
                    )
                    if details:
                        CallbackRequest.objects.create(
                            submission=submission,
                            name=details["name"],
                            phone=details["phone"],
                            best_time=details["time"],
                        )
                    return submission, Outcome.NEW
            except IntegrityError:
                pass  # sent before with this token, or at the same moment
            with transaction.atomic():
                existing = (
                    FamilySubmission.all_objects.select_for_update()
                    .filter(token_digest=digest)
                    .first()
                )
                if existing is not None:
                    return existing, self._correct(existing, fields, details)
            # Not a repeat: the remembered version may be gone; read it again.
            fields["version_id"] = self._dataset_entry(remembered=False)[2]
        raise IntegrityError("could not store the submission")

    def _correct(self, existing, fields, details):
        callback = CallbackRequest.objects.filter(submission=existing).first()
        old_details = callback and {
            "name": callback.name,
            "phone": callback.phone,
            "time": callback.best_time,
        }
        if existing.answers == fields["answers"] and (old_details or None) == details:
            return Outcome.REPEAT
        for name, value in fields.items():
            setattr(existing, name, value)
        existing.corrected_at = timezone.now()
        existing.save()
        if details:
            CallbackRequest.objects.update_or_create(
                submission=existing,
                defaults={
                    "name": details["name"],
                    "phone": details["phone"],
                    "best_time": details["time"],
                },
            )
        elif callback is not None:
            callback.delete()
        return Outcome.CORRECTED


class Outcome:
    NEW = "new"
    REPEAT = "repeat"
    CORRECTED = "corrected"


# The thank-you page's address says which thank-you, never whose.
SENT = {"1": Outcome.NEW, "corrected": Outcome.CORRECTED}


def valid_source(tag):
    """A source tag is kept only if it is well formed and one the Learning Academy knows."""
    if not (tag and SOURCE_PATTERN.match(tag)):
        return False
    # A tag added since the council's list was remembered is still looked up.
    return tag in known_source_tags() or SourceTag.objects.filter(slug=tag).exists()


def _source_tags_key(council_id):
    return f"forms:source-tags:{council_id}"


def known_source_tags():
    """The slugs of the current council's source tags, remembered until one changes."""
    council = current_council()
    key = _source_tags_key(council.pk if council else None)
    tags = cache.get(key)
    if tags is None:
        tags = frozenset(SourceTag.objects.values_list("slug", flat=True))
        cache.set(key, tags, 60 * 60)
    return tags


PRIVACY_FEATURES = ["bold", "italic", "ol", "ul", "link"]


def _privacy_section(label, help_text, blank=False):
    # The default only fills notices made before the sections existed; editors must fill them.
    return RichTextField(
        label, blank=blank, default="", features=PRIVACY_FEATURES, help_text=help_text
    )


class PrivacyNoticePage(BasePage):
    """The privacy notice of a family form, as a page under it, translated with it.

    One required section for each point of the ICO's "right to be informed"
    checklist, so that no council publishes a notice without one; the page
    gives the sections their headings, and the right to complain to the ICO,
    in the family's language.
    """

    public_for_families = True

    controller = _privacy_section(
        _("who is responsible"),
        _("The data controller: the council's name and address."),
    )
    # Not "contact": staff search reads an attribute of that name as a Contact snippet.
    how_to_contact = _privacy_section(
        _("how to contact us"), _("An email address or phone number for questions.")
    )
    dpo = _privacy_section(
        _("data protection officer"), _("How to reach the council's data protection officer.")
    )
    purposes = _privacy_section(
        _("why we use it and our lawful basis"),
        _("What the answers are used for, and the lawful basis, e.g. public task (6(1)(e))."),
    )
    kept = _privacy_section(
        _("what we keep and for how long"),
        _("Every kind of information kept, and when each is deleted."),
    )
    recipients = _privacy_section(
        _("who sees it"), _("Which teams see the answers and the call-back details.")
    )
    rights = _privacy_section(
        _("your rights"),
        _("The rights of access, rectification, erasure and objection, and how to use them."),
    )
    body = _privacy_section(
        _("anything else"), _("Optional: anything the sections above do not cover."), blank=True
    )

    SECTIONS = ["controller", "how_to_contact", "dpo", "purposes", "kept", "recipients", "rights"]

    content_panels = [
        *BasePage.content_panels,
        *(FieldPanel(name) for name in SECTIONS),
        FieldPanel("body"),
    ]
    template = "forms_app/privacy_notice_page.html"
    parent_page_types = ["forms_app.FamilyFormPage"]
    subpage_types = []
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("privacy notice")

    @property
    def form_page(self):
        return self.get_parent().specific


class SourceTag(CouncilOwned):
    """A team or service that hands out form links, e.g. 'edge-of-care'.

    A link may carry ``?src=<slug>``; only slugs listed here are kept with a
    submission, so a tag never carries anything typed by a family.
    """

    slug = models.SlugField(
        _("tag"), max_length=50, help_text=_("Lower-case letters, digits and hyphens.")
    )
    name = models.CharField(_("team or service"), max_length=100)

    panels = [FieldPanel("slug"), FieldPanel("name")]

    class Meta:
        ordering = ["slug"]
        constraints = [
            models.UniqueConstraint(fields=["council", "slug"], name="source_tag_per_council")
        ]
        verbose_name = _("source tag")
        verbose_name_plural = _("source tags")

    def __str__(self):
        return f"{self.name} ({self.slug})"


@receiver(post_save, sender=SourceTag)
@receiver(post_delete, sender=SourceTag)
def _forget_source_tags(sender, instance, **kwargs):
    cache.delete(_source_tags_key(instance.council_id))


class FormVersion(models.Model):
    """The questions of a form as they were when answers arrived, in the source language.

    A new version is stored whenever a family answers a form whose questions,
    labels or options have changed since the last one; answers point at it.
    """

    form_key = models.UUIDField(_("form"), db_index=True)
    digest = models.CharField(max_length=64)
    questions = models.JSONField(_("questions"))
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["form_key", "digest"], name="unique_form_version")
        ]
        verbose_name = _("form version")

    def __str__(self):
        return f"{self.form_key} {self.created_at:%Y-%m-%d %H:%M}"

    @classmethod
    def for_questions(cls, form_key, questions, remembered=True):
        """The version of these questions; its id is remembered, keyed by what they say."""
        snapshot = [question.snapshot() for question in questions]
        digest = hashlib.sha256(
            json.dumps(snapshot, sort_keys=True, ensure_ascii=False).encode()
        ).hexdigest()
        key = f"forms:version:{form_key}:{digest}"
        pk = cache.get(key) if remembered else None
        if pk is not None:
            version = cls(pk=pk, form_key=form_key, digest=digest, questions=snapshot)
            version._state.adding = False
            return version
        version, _created = cls.objects.get_or_create(
            form_key=form_key, digest=digest, defaults={"questions": snapshot}
        )
        cache.set(key, version.pk, 24 * 60 * 60)
        return version

    def question(self, key):
        return next((q for q in self.questions if q["key"] == key), None)


class FiledSubmissions(CouncilManager):
    """The council's submissions that count: held ones stay out of every count and export."""

    def get_queryset(self):
        return super().get_queryset().filter(held_reason="")


class FamilySubmission(CouncilOwned):
    """One family's answers: anonymous, in the language they used, under stable keys.

    Nothing here identifies the family: no IP address, user agent, cookie or
    account. Contact details for a call back live in ``CallbackRequest``.

    A submission that flood control found suspicious (sent too fast, over a
    limit) is kept but *held*: ``objects`` leaves it out of everything until
    the Learning Academy releases it in the inbox (``all_objects`` sees it).
    """

    class Held(models.TextChoices):
        TOO_FAST = HoldReason.TOO_FAST, _("Sent faster than a person usually could")
        NO_TOKEN = HoldReason.NO_TOKEN, _("Sent without the form's own token")
        CLIENT_LIMIT = HoldReason.CLIENT_LIMIT, _("Over the limit for one connection")
        FORM_LIMIT = HoldReason.FORM_LIMIT, _("Over the limit for the form")

    form_key = models.UUIDField(_("form"), db_index=True)
    form_page = models.ForeignKey(
        FamilyFormPage,
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("form page"),
    )
    version = models.ForeignKey(FormVersion, on_delete=models.PROTECT, related_name="submissions")
    language = models.CharField(_("language"), max_length=8, choices=settings.LANGUAGES)
    source = models.CharField(_("source"), max_length=50, blank=True, db_index=True)
    answers = models.JSONField(_("answers"), default=dict)
    submit_time = models.DateTimeField(_("submitted at"), default=timezone.now, db_index=True)
    token_digest = models.CharField(max_length=64, unique=True, editable=False)
    held_reason = models.CharField(
        _("held because"), max_length=20, choices=Held.choices, blank=True, db_index=True
    )
    corrected_at = models.DateTimeField(_("corrected by the family at"), null=True, blank=True)

    objects = FiledSubmissions()
    # The council's submissions, held ones included: the held list, a repeat's lookup.
    all_objects = CouncilManager()  # noqa: DJ012 - after the default manager, on purpose

    class Meta:
        ordering = ["-submit_time"]
        verbose_name = _("family feedback submission")
        indexes = [models.Index(fields=["form_key", "language"])]

    def __str__(self):
        return f"{self.get_language_display()} {self.submit_time:%Y-%m-%d %H:%M}"

    def get_data(self):
        """The answers with option keys as the source-language labels, for listings."""
        data = {"submit_time": self.submit_time, "language": self.get_language_display()}
        data.update((question["key"], "") for question in self.version.questions)
        for key, value in self.answers.items():
            data[key] = self.label_for(key, value)
        return data

    def label_for(self, key, value):
        question = self.version.question(key) or {}
        labels = {option["key"]: option["label"] for option in question.get("options", [])}
        if isinstance(value, list):
            return ", ".join(labels.get(item, item) for item in value)
        if question.get("type") in ("yes_no", "callback"):
            return {"yes": "Yes", "no": "No"}.get(value, value)
        return labels.get(value, value) if isinstance(value, str) else value

    @property
    def form_data(self):
        return self.answers


def count_answers(form_key, key, queryset=None):
    """How many families gave each answer to a question, across every language."""
    counts = {}
    queryset = queryset if queryset is not None else FamilySubmission.objects.all()
    for answer in queryset.filter(form_key=form_key).values_list("answers", flat=True):
        value = answer.get(key)
        for item in value if isinstance(value, list) else [value]:
            if item is not None:
                counts[item] = counts.get(item, 0) + 1
    return counts


class CallbackRequest(CouncilOwned):
    """Contact details a family chose to give for a call back, kept apart from the answers.

    Only the Learning Academy may read these, and ``purge_callbacks`` deletes
    them after ``CALLBACK_RETENTION_DAYS``; the anonymous answers stay.
    """

    submission = models.OneToOneField(
        FamilySubmission, on_delete=models.CASCADE, related_name="callback"
    )
    name = models.CharField(_("name"), max_length=100)
    phone = models.CharField(_("phone number"), max_length=30)
    best_time = models.CharField(_("best time to call"), max_length=100, blank=True)
    created_at = models.DateTimeField(default=timezone.now, db_index=True)

    class Meta:
        ordering = ["created_at"]
        verbose_name = _("call-back request")
        verbose_name_plural = _("call-back requests")

    def __str__(self):
        return str(_("Call back requested %(date)s")) % {
            "date": timezone.localtime(self.created_at).strftime("%d %b %Y")
        }

    @classmethod
    def expired(cls, now=None):
        now = now or timezone.now()
        cutoff = now - timezone.timedelta(days=settings.CALLBACK_RETENTION_DAYS)
        return cls.objects.filter(created_at__lte=cutoff)


class OrganisationUpdate(CouncilOwned):
    """A member of staff's suggestion for the directory, waiting for the Learning Academy.

    ``proposed`` holds the Organisation snippet's fields as the member of staff
    left them; ``original`` holds the same fields as the listing was when the
    form was opened, so a reviewer sees what changed and whether the listing
    has changed since.
    """

    class Kind(models.TextChoices):
        NEW = "new", _("Suggest a new organisation")
        CHANGE = "change", _("Report a change")
        CLOSED = "closed", _("Report that it has closed")

    kind = models.CharField(_("kind"), max_length=10, choices=Kind.choices)
    organisation = models.ForeignKey(
        "resources.Organisation",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="update_suggestions",
        verbose_name=_("organisation"),
    )
    proposed = models.JSONField(_("proposed details"), default=dict)
    original = models.JSONField(_("details when the form was opened"), default=dict)
    note = models.TextField(_("note for the reviewer"), max_length=2000, blank=True)
    submitted_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        on_delete=models.SET_NULL,
        related_name="organisation_updates",
        verbose_name=_("submitted by"),
    )
    submit_time = models.DateTimeField(_("submitted at"), default=timezone.now, db_index=True)
    token_digest = models.CharField(max_length=64, unique=True, editable=False)

    class Meta:
        ordering = ["-submit_time"]
        verbose_name = _("organisation update")

    def __str__(self):
        name = self.proposed.get("name") or self.original.get("name") or ""
        return f"{self.get_kind_display()}: {name}"

    @property
    def changed_fields(self):
        """Field names whose proposed value differs from the listing when the form opened."""
        return [name for name, value in self.proposed.items() if self.original.get(name) != value]
