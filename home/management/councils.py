"""``--council SLUG``: the council a management command reads and writes for.

A command reads council data only inside a council's scope (``councils.tenancy``),
so it names the council it acts for. With one council installed the name may
be left out; ``all`` is offered only by operator commands that say they work
for every council, and they then run once per council, each in its own scope.
"""

from django.core.management.base import CommandError

ALL = "all"


def add_council_argument(parser, *, every_council=False):
    help_text = "The council to act for, by its slug (e.g. tower-hamlets)."
    if every_council:
        help_text += f" {ALL!r} acts for every council in turn."
    parser.add_argument("--council", metavar="SLUG", help=help_text)


def councils_named(slug, *, every_council=False):
    """The councils ``--council`` names, as a list; CommandError listing them when unclear."""
    from councils.models import Council

    councils = list(Council.objects.select_related("site").order_by("slug"))
    if not councils:
        raise CommandError("No council is set up yet: there is nothing to act for.")
    if slug is None and len(councils) == 1:
        return councils
    if slug == ALL and every_council:
        return councils
    chosen = [council for council in councils if council.slug == slug]
    if chosen:
        return chosen
    choices = ", ".join(council.slug for council in councils)
    if every_council:
        choices += f" or {ALL} (every council in turn)"
    if slug is None:
        raise CommandError(f"Name the council to act for with --council SLUG: {choices}.")
    raise CommandError(f"No council has the slug {slug!r}. Choose one of: {choices}.")


def across_councils_command(command_class, why):
    """``command_class`` (a Wagtail or package command) run across councils, as it needs.

    Such commands walk every record of every model (indexes, scheduled
    publishing) and never ask for a council; ``why`` says why that is right.
    """
    from councils.tenancy import across_councils

    class Command(command_class):
        help = f"{command_class.help} (Every council's records: {why})"

        def execute(self, *args, **options):
            with across_councils():
                return super().execute(*args, **options)

    return Command
