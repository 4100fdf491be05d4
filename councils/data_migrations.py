"""What the data migrations that bring an existing install to councils share.

Each app's migration assigns its own records; each assignment only touches
records that have no council yet, so running it again changes nothing, and
each prints what it assigned.
"""

from django.utils.text import slugify

ROLE_BY_GROUP_NAME = {"Staff": "staff", "Editors": "editors", "Learning Academy": "academy"}


def report(message):
    print(f"  councils: {message}")  # noqa: T201 - a migration's report to the operator


def default_council(apps):
    Council = apps.get_model("home", "Council")
    council = Council.objects.filter(site__is_default_site=True).first()
    return council or Council.objects.order_by("pk").first()


def council_for_site_id(apps, site_id):
    Council = apps.get_model("home", "Council")
    return Council.objects.filter(site_id=site_id).first() if site_id else None


def councils_for_sites(apps, schema_editor):
    """One council for every site, named after the site's branding or its name."""
    Site = apps.get_model("wagtailcore", "Site")
    Council = apps.get_model("home", "Council")
    SiteBranding = apps.get_model("home", "SiteBranding")
    for site in Site.objects.order_by("-is_default_site", "pk"):
        if Council.objects.filter(site=site).exists():
            continue
        branding = SiteBranding.objects.filter(site=site).first()
        name = (branding and branding.council_name) or site.site_name or site.hostname
        base = slugify(site.hostname.split(".")[0] if site.hostname != "localhost" else name)
        slug, n = base[:50] or "council", 1
        while Council.objects.filter(slug=slug).exists():
            n += 1
            slug = f"{base[:46]}-{n}"
        while Council.objects.filter(name=name).exists():
            name = f"{name} ({site.hostname})"
        Council.objects.create(name=name, slug=slug, site=site)
        report(f"council {name!r} created for site {site.hostname}:{site.port}")


def people_to_default_council(apps, schema_editor):
    """Users and groups of a single-council install belong to its default council."""
    council = default_council(apps)
    if council is None:
        return
    User = apps.get_model("auth", "User")
    CouncilMember = apps.get_model("home", "CouncilMember")
    Group = apps.get_model("auth", "Group")
    CouncilGroup = apps.get_model("home", "CouncilGroup")
    users = User.objects.filter(is_superuser=False, council_member__isnull=True)
    count = 0
    for user in users.iterator():
        CouncilMember.objects.create(user=user, council=council)
        count += 1
    report(f"{count} users assigned to {council.name}")
    for group in Group.objects.filter(council_group__isnull=True):
        role = ROLE_BY_GROUP_NAME.get(group.name, "")
        if role and CouncilGroup.objects.filter(council=council, role=role).exists():
            role = ""
        CouncilGroup.objects.create(group=group, council=council, role=role)
        report(f"group {group.name!r} assigned to {council.name}")


def assign(apps, model_label, site_field=None):
    """Give every record of ``model_label`` without a council its site's council or the default."""
    model = apps.get_model(model_label)
    fallback = default_council(apps)
    if fallback is None:
        return
    unassigned = model._base_manager.filter(council__isnull=True)
    counts = {}
    for record in unassigned.iterator():
        council = None
        if site_field:
            council = council_for_site_id(apps, getattr(record, f"{site_field}_id"))
        council = council or fallback
        model._base_manager.filter(pk=record.pk).update(council=council)
        counts[council.name] = counts.get(council.name, 0) + 1
    for name, count in sorted(counts.items()):
        report(f"{count} {model._meta.verbose_name_plural} assigned to {name}")


def council_for_path(apps, path):
    """The council whose site tree holds the page at ``path``, or None."""
    Council = apps.get_model("home", "Council")
    for council in Council.objects.select_related("site__root_page"):
        if path and path.startswith(council.site.root_page.path):
            return council
    return None


def noop(apps, schema_editor):
    pass
