from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from wagtail.models import Collection, GroupCollectionPermission, GroupPagePermission, Page

from councils.models import CouncilGroup, CouncilMember

DEMO_PASSWORD = "better-together"  # noqa: S105 - printed by `make run`; demo loader only

EDITORS = CouncilGroup.Role.EDITORS
ACADEMY = CouncilGroup.Role.ACADEMY
STAFF = CouncilGroup.Role.STAFF

DEMO_USERS = [
    # username, first name, last name, council, role
    ("editor", "Eden", "Editor", "tower-hamlets", EDITORS),
    ("academy", "Ada", "Academy", "tower-hamlets", ACADEMY),
    ("staff", "Sam", "Practitioner", "tower-hamlets", STAFF),
    ("newham-editor", "Nia", "Editor", "newham", EDITORS),
    ("newham-academy", "Noor", "Academy", "newham", ACADEMY),
    ("newham-staff", "Nadia", "Practitioner", "newham", STAFF),
    ("telford-editor", "Tom", "Editor", "telford", EDITORS),
    ("telford-academy", "Tara", "Academy", "telford", ACADEMY),
    ("telford-staff", "Theo", "Practitioner", "telford", STAFF),
]


def group_name(council, role):
    return f"{council.name} · {CouncilGroup.Role(role).label}"


def groups_with_role(role):
    """Every council's group for ``role``, for demo steps that grant it more rights."""
    return Group.objects.filter(council_group__role=role)


PAGE_PERMISSIONS = {
    EDITORS: ["add_page", "change_page", "view_page"],
    ACADEMY: ["add_page", "change_page", "publish_page", "lock_page", "unlock_page", "view_page"],
}
ADMIN_GROUPS = {EDITORS, ACADEMY}

# Snippets, documents, images and reports; README.md "Who can do what" says the same.
_SHARED_SNIPPETS = ["contact", "consultationoffer", "participationgroup", "category", "language"]
# Adding lets a group upload and edit its own files; "change" covers everyone's.
_MEDIA = [
    *(f"wagtaildocs.{action}_document" for action in ("add", "choose")),
    *(f"wagtailimages.{action}_image" for action in ("add", "choose")),
]
# Editors keep staff search's shorthand and promoted results, and read its reports.
_SEARCH = [
    *(f"search.{action}_synonym" for action in ("add", "change", "delete")),
    *(
        f"wagtailsearchpromotions.{action}_searchpromotion"
        for action in ("add", "change", "delete")
    ),
    "search.view_zeroresultsearch",
]
CONTENT_PERMISSIONS = {
    EDITORS: [
        *_SEARCH,
        "resources.add_organisation",
        "resources.change_organisation",
        *(
            f"resources.{action}_{model}"
            for model in _SHARED_SNIPPETS
            for action in ("add", "change")
        ),
        *_MEDIA,
        "resources.view_review_report",
        # Every council's editors send pages for translation (into drafts, then approval).
        "wagtail_localize.submit_translation",
    ],
    ACADEMY: [
        *_SEARCH,
        *(
            f"resources.{action}_organisation"
            for action in ("add", "change", "delete", "publish", "lock", "unlock")
        ),
        *(
            f"resources.{action}_{model}"
            for model in [*_SHARED_SNIPPETS, "servicearea", "deliverymode"]
            for action in ("add", "change", "delete")
        ),
        *_MEDIA,
        "wagtaildocs.change_document",
        "wagtaildocs.delete_document",
        "wagtailimages.change_image",
        "wagtailimages.delete_image",
        "resources.view_review_report",
        "wagtail_localize.submit_translation",
    ],
}
# Documents and images are permitted per collection, the rest globally.
COLLECTION_APPS = {"wagtaildocs", "wagtailimages"}


def ensure_groups(extra_permissions=None):
    """Create each council's three groups with their admin, page and file permissions.

    ``extra_permissions`` maps a role to ``app_label.codename`` strings that
    other apps' demo steps need (snippets, documents, reports). Page rights
    are given on the council's own home page and file rights on its own
    collection, so Wagtail's explorer and choosers show a group its council only.
    """
    from home.demo.sites import councils

    extra_permissions = extra_permissions or {}
    access_admin = Permission.objects.get(
        content_type__app_label="wagtailadmin", codename="access_admin"
    )
    root_collection = Collection.get_first_root_node()
    groups = {}
    for council in councils().values():
        collection = _council_collection(root_collection, council)
        for role in (EDITORS, ACADEMY, STAFF):
            link = CouncilGroup.objects.filter(council=council, role=role).first()
            group = link.group if link else Group.objects.create(name=group_name(council, role))
            if link is None:
                CouncilGroup.objects.create(group=group, council=council, role=role)
            elif group.name != group_name(council, role):
                # Wagtail's install names its group plain "Editors"; say whose it is.
                group.name = group_name(council, role)
                group.save(update_fields=["name"])
            # Rights on another tree (Wagtail gives its groups the root) reach other councils.
            GroupPagePermission.objects.filter(group=group).exclude(
                page__path__in=council.root_paths()
            ).delete()
            if role in ADMIN_GROUPS:
                group.permissions.add(access_admin)
            for codename in PAGE_PERMISSIONS.get(role, []):
                permission = Permission.objects.get(
                    content_type__app_label="wagtailcore", codename=codename
                )
                for root in Page.objects.filter(path__in=council.root_paths()):
                    GroupPagePermission.objects.get_or_create(
                        group=group, page=root, permission=permission
                    )
            collection_permissions = []
            for dotted in [*CONTENT_PERMISSIONS.get(role, []), *extra_permissions.get(role, [])]:
                app_label, codename = dotted.split(".")
                permission = Permission.objects.get(
                    content_type__app_label=app_label, codename=codename
                )
                if app_label in COLLECTION_APPS:
                    collection_permissions.append(permission)
                    GroupCollectionPermission.objects.get_or_create(
                        group=group, collection=collection, permission=permission
                    )
                else:
                    group.permissions.add(permission)
            GroupCollectionPermission.objects.filter(group=group).exclude(
                collection=collection, permission__in=collection_permissions
            ).delete()
            groups[(council.slug, role)] = group
    return groups


def _council_collection(root_collection, council):
    """Each council's documents and images live in a collection of its own."""
    if council.collection is None:
        existing = root_collection.get_children().filter(name=council.name).first()
        council.collection = existing or root_collection.add_child(name=council.name)
        council.save(update_fields=["collection"])
    return council.collection


def ensure_users(groups):
    from home.demo.sites import councils

    by_slug = councils()
    User = get_user_model()
    users = {}
    for username, first_name, last_name, council_slug, role in DEMO_USERS:
        council = by_slug[council_slug]
        user, created = User.objects.get_or_create(
            username=username,
            defaults={
                "first_name": first_name,
                "last_name": last_name,
                "email": f"{username}@example.org",
            },
        )
        if created or not user.check_password(DEMO_PASSWORD):
            user.set_password(DEMO_PASSWORD)
            user.save()
        CouncilMember.objects.update_or_create(user=user, defaults={"council": council})
        user.groups.set([groups[(council_slug, role)]])
        users[username] = user
    return users
