from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from wagtail.models import Collection, GroupCollectionPermission, GroupPagePermission, Page

DEMO_PASSWORD = "better-together"  # noqa: S105 - printed by `make run`; demo loader only

EDITORS = "Editors"
ACADEMY = "Learning Academy"
STAFF = "Staff"

DEMO_USERS = [
    # username, first name, last name, group
    ("editor", "Eden", "Editor", EDITORS),
    ("academy", "Ada", "Academy", ACADEMY),
    ("staff", "Sam", "Practitioner", STAFF),
]

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
    ],
}
# Documents and images are permitted per collection, the rest globally.
COLLECTION_APPS = {"wagtaildocs", "wagtailimages"}


def ensure_groups(extra_permissions=None):
    """Create the three groups with their admin and page permissions.

    ``extra_permissions`` maps a group name to ``app_label.codename`` strings
    that other apps' demo steps need (snippets, documents, reports).
    """
    extra_permissions = extra_permissions or {}
    root_collection = Collection.get_first_root_node()
    access_admin = Permission.objects.get(
        content_type__app_label="wagtailadmin", codename="access_admin"
    )
    root = Page.get_first_root_node()
    groups = {}
    for name in (EDITORS, ACADEMY, STAFF):
        group, _created = Group.objects.get_or_create(name=name)
        if name in ADMIN_GROUPS:
            group.permissions.add(access_admin)
        for codename in PAGE_PERMISSIONS.get(name, []):
            permission = Permission.objects.get(
                content_type__app_label="wagtailcore", codename=codename
            )
            GroupPagePermission.objects.get_or_create(group=group, page=root, permission=permission)
        collection_permissions = []
        for dotted in [*CONTENT_PERMISSIONS.get(name, []), *extra_permissions.get(name, [])]:
            app_label, codename = dotted.split(".")
            permission = Permission.objects.get(
                content_type__app_label=app_label, codename=codename
            )
            if app_label in COLLECTION_APPS:
                collection_permissions.append(permission)
                GroupCollectionPermission.objects.get_or_create(
                    group=group, collection=root_collection, permission=permission
                )
            else:
                group.permissions.add(permission)
        # Wagtail's install gives its own "Editors" group "change" on every file.
        GroupCollectionPermission.objects.filter(group=group, collection=root_collection).exclude(
            permission__in=collection_permissions
        ).delete()
        groups[name] = group
    return groups


def ensure_users(groups):
    User = get_user_model()
    users = {}
    for username, first_name, last_name, group_name in DEMO_USERS:
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
        user.groups.set([groups[group_name]])
        users[username] = user
    return users
