"""Factories shared by the tests: build only what a test needs."""

import factory
import wagtail_factories
from django.contrib.auth import get_user_model

from councils.models import Council, CouncilMember
from resources import models as resources

DEFAULT_COUNCIL = "tower-hamlets"


def council(slug=DEFAULT_COUNCIL):
    """A demo council (built once per test database by ``django_db_setup``)."""
    return Council.objects.select_related("site__root_page").get(slug=slug)


class UserFactory(factory.django.DjangoModelFactory):
    """A person of Tower Hamlets unless ``council`` names another (None: of no council)."""

    username = factory.Sequence(lambda n: f"user{n}")
    email = factory.LazyAttribute(lambda user: f"{user.username}@example.org")
    password = factory.django.Password("better-together")

    class Meta:
        model = get_user_model()
        django_get_or_create = ("username",)
        skip_postgeneration_save = True

    @factory.post_generation
    def council(self, create, extracted, **kwargs):
        chosen = council() if extracted is None else extracted
        if create and chosen and not self.is_superuser:
            CouncilMember.objects.update_or_create(user=self, defaults={"council": chosen})


class CouncilOwnedFactory(factory.django.DjangoModelFactory):
    council = factory.LazyFunction(council)

    class Meta:
        abstract = True


# --- Practice framework (resources) -------------------------------------------------------


class ContactFactory(CouncilOwnedFactory):
    key = factory.Sequence(lambda n: f"team-{n}")
    name = factory.Sequence(lambda n: f"Team {n}")
    role = "Referrals and advice"
    email = factory.LazyAttribute(lambda contact: f"{contact.key}@example.org")
    phone = "020 7946 0000"
    hours = "Monday to Friday, 9am to 5pm"

    class Meta:
        model = resources.Contact


class CategoryFactory(CouncilOwnedFactory):
    code = factory.Sequence(lambda n: f"category-{n}")
    name = factory.Sequence(lambda n: f"Category {n}")

    class Meta:
        model = resources.Category
        django_get_or_create = ("council", "code")


class LanguageFactory(CouncilOwnedFactory):
    code = "so"
    name = "Somali"

    class Meta:
        model = resources.Language
        django_get_or_create = ("council", "code")


class OrganisationFactory(CouncilOwnedFactory):
    """A live, published organisation; pass ``categories`` and ``languages`` as lists."""

    name = factory.Sequence(lambda n: f"Community organisation {n}")
    description = "Practical help for families."
    email = "hello@example.org"
    status = resources.Organisation.Status.ACTIVE
    owner = factory.SubFactory(UserFactory)
    live = True

    class Meta:
        model = resources.Organisation
        skip_postgeneration_save = True

    @factory.post_generation
    def categories(self, create, extracted, **kwargs):
        if extracted:
            self.categories.set(extracted)
            if create:
                self.save()

    @factory.post_generation
    def languages(self, create, extracted, **kwargs):
        if extracted:
            self.languages.set(extracted)
            if create:
                self.save()


class ConsultationOfferFactory(CouncilOwnedFactory):
    title = factory.Sequence(lambda n: f"Consultation {n}")
    what = "Thinking space for a family you are worried about."
    who = "Social workers and family practitioners"
    when = "Fortnightly, Tuesdays"
    how_to_book = "Email the team mailbox."
    contact = factory.SubFactory(ContactFactory)

    class Meta:
        model = resources.ConsultationOffer


class ParticipationGroupFactory(CouncilOwnedFactory):
    name = factory.Sequence(lambda n: f"Participation group {n}")
    who_for = "Children in care"
    age_min = 11
    age_max = 18
    meets = "Monthly, after school"
    contact = factory.SubFactory(ContactFactory)

    class Meta:
        model = resources.ParticipationGroup


class FrameworkPageFactory(wagtail_factories.PageFactory):
    title = "Our framework"
    summary = "How we work with families."
    vision = "<p>Children safe and thriving in their families.</p>"

    class Meta:
        model = resources.FrameworkPage


class PracticeStandardPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Standard {n}")
    summary = "What this standard asks of us."

    class Meta:
        model = resources.PracticeStandardPage


class ResourceIndexPageFactory(wagtail_factories.PageFactory):
    title = "Tools and resources"

    class Meta:
        model = resources.ResourceIndexPage


class ResourcePageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Resource {n}")
    summary = "A tool for direct work."
    kind = resources.ResourcePage.Kind.TOOL

    class Meta:
        model = resources.ResourcePage


class InterventionIndexPageFactory(wagtail_factories.PageFactory):
    title = "Interventions"
    slug = "interventions"

    class Meta:
        model = resources.InterventionIndexPage


class InterventionPageFactory(wagtail_factories.PageFactory):
    """An intervention; pass ``service_areas``, ``delivery_modes`` and ``standards`` as lists."""

    title = factory.Sequence(lambda n: f"Intervention {n}")
    summary = "Support for families."
    who_for = "Families open to Early Help"
    how_to_refer = "<p>Email the team.</p>"

    class Meta:
        model = resources.InterventionPage


class OrganisationDirectoryPageFactory(wagtail_factories.PageFactory):
    title = "Community directory"
    slug = "community-directory"

    class Meta:
        model = resources.OrganisationDirectoryPage


def empty_service_details():
    """The admin form's empty inline rows for what a directory needs (cost, times, areas)."""
    return {
        f"{name}-{key}": value
        for name in ("cost_options", "schedules", "areas_served")
        for key, value in (
            ("TOTAL_FORMS", "0"),
            ("INITIAL_FORMS", "0"),
            ("MIN_NUM_FORMS", "0"),
            ("MAX_NUM_FORMS", "1000"),
        )
    }
