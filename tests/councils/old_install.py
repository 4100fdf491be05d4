"""An install from before councils, moved to councils twice; run by test_council_migration.

Run in its own process on an empty database (it migrates from nothing), it
prints one JSON object: what the move reported and assigned, and what running
the assigning migrations again (back to before them, then forward) changed.
"""

import contextlib
import io
import json

from django.db import connection
from django.db.migrations.executor import MigrationExecutor

BEFORE_HOME = [("home", "0004_councils")]
BEFORE_RECORDS = [
    ("home", "0005_assign_councils"),
    ("resources", "0003_council_owned"),
    ("forms_app", "0003_council_owned"),
    ("search", "0003_council_owned"),
    ("review", "0005_council_owned"),
]


def migrate(targets):
    executor = MigrationExecutor(connection)
    report = io.StringIO()
    with contextlib.redirect_stdout(report):
        executor.migrate(targets)
    return executor.loader.project_state(targets).apps, report.getvalue()


def plan(targets):
    executor = MigrationExecutor(connection)
    return [f"{m.app_label}.{m.name}" for m, _backwards in executor.migration_plan(targets)]


def latest():
    executor = MigrationExecutor(connection)
    return executor.loader.graph.leaf_nodes()


def old_sites_and_people(apps):
    """A single-council install that has just added a second site; its people and groups."""
    Site = apps.get_model("wagtailcore", "Site")
    User = apps.get_model("auth", "User")
    Group = apps.get_model("auth", "Group")
    default = Site.objects.get(is_default_site=True)
    Site.objects.create(hostname="newham.localhost", port=80, root_page_id=default.root_page_id)
    editor = User.objects.create(username="old-editor", email="old@example.org")
    editor.groups.add(Group.objects.get(name="Editors"))
    User.objects.create(username="old-operator", is_superuser=True)


def old_records(apps):
    """Its records: a listing for every council, one for the second site, a contact, a term."""
    Site = apps.get_model("wagtailcore", "Site")
    Organisation = apps.get_model("resources", "Organisation")
    Category = apps.get_model("resources", "Category")
    Contact = apps.get_model("resources", "Contact")
    newham = Site.objects.get(hostname="newham.localhost")
    Organisation.objects.create(name="Everywhere Trust", description="Help.", site=None)
    hub = Organisation.objects.create(name="Newham Hub", description="Help.", site=newham)
    food = Category.objects.create(code="food", name="Food")
    through(Organisation, "categories").objects.create(organisation_id=hub.pk, category_id=food.pk)
    Contact.objects.create(name="Front door", email="door@example.org")


def through(model, field):
    return model._meta.get_field(field).remote_field.through


def holdings(apps):
    Organisation = apps.get_model("resources", "Organisation")
    Contact = apps.get_model("resources", "Contact")
    Category = apps.get_model("resources", "Category")
    CouncilMember = apps.get_model("councils", "CouncilMember")
    CouncilGroup = apps.get_model("councils", "CouncilGroup")
    Council = apps.get_model("councils", "Council")
    slug = dict(Council.objects.values_list("pk", "slug"))
    return {
        "councils": sorted(slug.values()),
        "organisations": {
            o.name: {
                "council": slug[o.council_id],
                "also listed by": sorted(
                    slug[link.council_id]
                    for link in through(Organisation, "also_listed_by").objects.filter(
                        organisation_id=o.pk
                    )
                ),
                "categories": sorted(
                    [slug[term.council_id], term.code]
                    for term in Category.objects.filter(
                        pk__in=through(Organisation, "categories")
                        .objects.filter(organisation_id=o.pk)
                        .values("category_id")
                    )
                ),
            }
            for o in Organisation.objects.all()
        },
        "contacts": {c.name: slug[c.council_id] for c in Contact.objects.all()},
        "members": {m.user.username: slug[m.council_id] for m in CouncilMember.objects.all()},
        "groups": {g.group.name: [slug[g.council_id], g.role] for g in CouncilGroup.objects.all()},
    }


def main():
    apps, _report = migrate(BEFORE_HOME)
    old_sites_and_people(apps)

    apps, first_report = migrate(BEFORE_RECORDS)
    old_records(apps)
    apps, rest_report = migrate(latest())
    first = holdings(apps)

    # Again, as an operator would: back to before the assigning migrations, then forward.
    back_plan = plan(BEFORE_RECORDS)
    _apps, back_report = migrate(BEFORE_RECORDS)
    forward_plan = plan(latest())
    apps, second_report = migrate(latest())
    second = holdings(apps)
    print(  # noqa: T201 - the test reads this
        json.dumps(
            {
                "report": first_report + rest_report,
                "first": first,
                "second": second,
                "second_report": back_report + second_report,
                "undone": back_plan,
                "redone": forward_plan,
            }
        )
    )


if __name__ == "__main__":
    main()
