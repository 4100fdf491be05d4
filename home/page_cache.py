"""A cache of rendered pages that knows who is asking.

A page's body is kept per council, host, language, address, allowed query
parameters and *role variant*: anonymous, or the exact set of groups a
signed-in person is in (with their staff flag). Everything a page shows
differently to different people here follows from those groups (edit links,
the admin bar, "Edit the site", group-restricted pages), so two people with
the same groups in the same council see the same page. Anyone whose rights
are not fully given by their groups (superusers, direct permissions) is
served uncached, and so is any request that has messages waiting, a
password-restricted page, anything but a 200 page render, a response that
sets a cookie, or a view that wrote to the session.

Per-request tokens are never kept: the CSRF token is rendered as a
placeholder (``csrf_placeholder`` context processor) and apps register
others (the family form's signed token); each is filled in on every answer.

Invalidation is by generation, not by finding keys: every key contains the
council's generation and a site-wide one. A change that any page may show
(a page published, moved or deleted, a restriction, a snippet, a group, a
council, its branding) bumps the generation of its council, or the
site-wide one when the council is not clear, and every page of that council
is then rendered afresh on its next request. Tracking which pages show
which snippet (menus, contacts, offers) would be easy to get wrong, and a
stale page is a bug; a council's pages re-render in a few milliseconds each.
Old entries are never read again and expire. Generations are random, so a
generation lost from the cache never brings back old entries.

What a publish does not change is kept under versions of its own, so the
first request after an edit does not start from nothing: routes under the
council's *structure* version (moved only when pages are added, moved,
deleted, renamed, unpublished or published after being unpublished, or any
privacy setting changes), branding under the branding version, and a
person's permissions with their groups under the site-wide generation.

Shared fragments of a page (breadcrumbs, the language links, the family
form's questions) are kept as HTML by ``fragment`` under the version of what
they show: the council's *navigation* version (its structure, or any page's
title or place in menus), branding, the council's content generation, or
nothing but their own key when the key names all they show. A page rendered
after a publish then puts together kept fragments instead of reading and
rendering them again.
"""

import hashlib
import logging
import pickle
import secrets
import time
from dataclasses import dataclass
from functools import wraps

from django.conf import settings
from django.contrib.messages import get_messages
from django.core.cache import cache
from django.db import transaction
from django.db.models.signals import m2m_changed, post_delete, post_save, pre_save
from django.http import HttpResponse
from django.middleware.csrf import get_token
from django.utils import translation
from wagtail import hooks

logger = logging.getLogger(__name__)

CSRF_PLACEHOLDER = "pagecache-csrf-7b1f0c2e"
ALL = "all"
KEY_PREFIX = "pagecache"
# Apps whose records pages show; their saves and deletions bump a generation.
CONTENT_APPS = {
    "auth",
    "councils",
    "accounts",
    "home",
    "resources",
    "forms_app",
    "review",
    "wagtailcore",
    "wagtaildocs",
    "wagtailimages",
    "wagtailredirects",
    "taggit",
    "wagtailusers",  # the admin language the admin bar is shown in
}
# Records written while serving or counting, which no page shows as it is cached.
NOT_SHOWN = {
    "auth.user",  # what a page may show of a person is their groups, which are in the key
    "wagtailcore.revision",
    "wagtailcore.pagelogentry",
    "wagtailcore.modellogentry",
    "wagtailcore.pagesubscription",
    "wagtailcore.commentreply",
    "wagtailcore.comment",
    "wagtailcore.pagelock",
    "wagtailcore.taskstate",
    "wagtailcore.workflowstate",
    "wagtailcore.uploadedfile",
    "wagtailcore.referenceindex",
    "wagtailimages.rendition",  # made while a page renders an image the first time
    # Signing in: the sign-in page is not a cached page, and groups a sign-in changes bump.
    "accounts.signedinsession",
    "accounts.oidcidentity",
    "accounts.signinsettings",
    "accounts.signingroupmapping",
    "forms_app.familysubmission",
    "forms_app.callbackrequest",
    "forms_app.formversion",
    "forms_app.organisationupdate",
    "review.review",
    "review.exportrecord",
    "review.updatereview",
}


def seconds():
    return getattr(settings, "PAGE_CACHE_SECONDS", 0)


# Per-request tokens ----------------------------------------------------------------------


@dataclass(frozen=True)
class Token:
    """A value each answer needs fresh: found in a render, filled into every answer."""

    placeholder: str
    found_in: object  # response -> the value rendered, or None
    fresh: object  # request -> a new value


_tokens = []


def register_token(placeholder, found_in, fresh):
    _tokens.append(Token(placeholder, found_in, fresh))


def csrf_placeholder(request):
    """Context processor: while a page may be cached, its CSRF token is a placeholder."""
    if getattr(request, "_page_cache_key", None):
        return {"csrf_token": CSRF_PLACEHOLDER}
    return {}


def _fill(body, request):
    if CSRF_PLACEHOLDER in body:
        # get_token also has CsrfViewMiddleware set the cookie, as rendering would.
        body = body.replace(CSRF_PLACEHOLDER, get_token(request))
    for token in _tokens:
        if token.placeholder in body:
            body = body.replace(token.placeholder, token.fresh(request))
    return body


# Generations -----------------------------------------------------------------------------


def _generation_key(council_id):
    return f"{KEY_PREFIX}:generation:{council_id}"


def _groups_key(user):
    return f"{KEY_PREFIX}:groups2:{user.pk}"


def _structure_key(council_id):
    return f"{KEY_PREFIX}:structure:{council_id}"


def _navigation_key(council_id):
    return f"{KEY_PREFIX}:navigation:{council_id}"


BRANDING_KEY = f"{KEY_PREFIX}:branding"


def _ensure(found, key):
    if key not in found:
        cache.add(key, secrets.token_hex(8), None)
        value = cache.get(key)
        if value is None:
            return False
        found[key] = value
    return True


def bump(council_ids=None):
    """Forget every cached page of these councils (of every council when None)."""
    keys = [_generation_key(pk) for pk in (council_ids or [ALL])]
    cache.set_many({key: secrets.token_hex(8) for key in keys}, None)


def bump_now_and_on_commit(council_ids=None):
    # Again once committed: a page rendered meanwhile read the old content.
    bump(council_ids)
    transaction.on_commit(lambda: bump(council_ids), robust=True)


def _bump_keys(keys):
    def move():
        cache.set_many({key: secrets.token_hex(8) for key in keys}, None)

    move()
    transaction.on_commit(move, robust=True)


def bump_structure(council_ids=None):
    """Forget the remembered routes and navigation of these councils (every council's when None)."""
    ids = council_ids or [ALL]
    _bump_keys([_structure_key(pk) for pk in ids] + [_navigation_key(pk) for pk in ids])


def bump_navigation(council_ids=None):
    """Forget the kept navigation fragments (titles, menus) of these councils (every when None)."""
    _bump_keys([_navigation_key(pk) for pk in (council_ids or [ALL])])


def clear():
    bump(None)
    _bump_keys([_structure_key(ALL), _navigation_key(ALL), BRANDING_KEY])


def kept_site_wide(key, make, timeout):
    """``make()``, kept under ``key`` until the site-wide generation moves on.

    Any change of a site, a council, a group, a membership or a permission
    moves it (``relation_changed``, ``record_changed``), so what only those
    decide needs no signal of its own. One round trip when kept.
    """
    site_key = _generation_key(ALL)
    found = cache.get_many([site_key, key])
    remembered = found.get(key)
    if remembered is not None and site_key in found and remembered[0] == found[site_key]:
        return remembered[1]
    value = make()
    if _ensure(found, site_key):
        cache.set(key, (found[site_key], value), timeout)
    return value


# The council of a request -----------------------------------------------------------------


def council_for_request(request):
    """The council of the request's site, as ``Council.for_site``, without a query when cached.

    Every request needs it, cached page or not, and it costs two queries; it
    is kept per host until the site-wide generation changes, which any change
    of a site or a council bumps.
    """
    from wagtail.models import Site

    from councils.models import Council

    def find():
        return Council.for_site(Site.find_for_request(request))

    if not seconds():
        return find()
    host_key = f"{KEY_PREFIX}:council-for:{request.get_host()}:{request.get_port()}"
    council = kept_site_wide(host_key, find, seconds())
    if council is not None:
        request._wagtail_site = council.site  # what Site.find_for_request would find again
    return council


# Keys ------------------------------------------------------------------------------------


def _groups(user, site_generation, remembered):
    """The person's groups as a string, or None when they have rights of their own.

    Remembered until the site-wide generation changes, which any change of
    groups, memberships or permissions bumps. Their groups' permissions are
    remembered with them and given to the user object, so that the admin bar
    and "Edit the site" do not read them again on every page rendered.
    """
    if remembered is not None and remembered[0] == site_generation:
        found, group_ids, permissions = remembered[1:]
    else:
        group_ids = tuple(sorted(user.groups.values_list("pk", flat=True)))
        mine = not group_ids or user.user_permissions.exists()
        found = None if mine else ",".join(map(str, group_ids))
        permissions = None
        if found:
            from django.contrib.auth.backends import ModelBackend

            permissions = frozenset(ModelBackend().get_group_permissions(user))
            if len(settings.WAGTAILADMIN_PERMITTED_LANGUAGES) > 1:
                from wagtail.users.models import UserProfile

                # The admin bar speaks the person's admin language.
                found += ":" + UserProfile.get_for_user(user).get_preferred_language()
        remembered = (site_generation, found, group_ids, permissions)
        cache.set(_groups_key(user), remembered, seconds())
    user._page_cache_group_ids = group_ids
    if found and user.is_active and not hasattr(user, "_perm_cache"):
        # As ModelBackend caches them on the user; the person has no permissions of their own.
        user._user_perm_cache = set()
        user._group_perm_cache = set(permissions)
        user._perm_cache = set(permissions)
    return found


def _query(request):
    allowed = set(getattr(settings, "PAGE_CACHE_QUERY_PARAMETERS", ()))
    items = sorted(request.GET.lists())
    if any(name not in allowed for name, _values in items) or len(request.GET.urlencode()) > 200:
        return None
    return repr(items)


def cache_key(request, query=None, versions=()):
    """The key of this request's page, or None when it must be rendered for the asker.

    ``query`` stands for the query string when a view names what its answer
    depends on itself (staff search); ``versions`` are more cache keys whose
    values the answer depends on, read in the same round trip.
    """
    if request.method != "GET" or not seconds():
        return None
    council = getattr(request, "council", None)
    query = _query(request) if query is None else query
    if council is None or query is None or len(get_messages(request)):
        return None
    user = request.user
    if user.is_superuser:
        return None
    keys = [_generation_key(ALL), _generation_key(council.pk), *versions]
    stable = [
        _structure_key(ALL),
        _structure_key(council.pk),
        _navigation_key(ALL),
        _navigation_key(council.pk),
        BRANDING_KEY,
    ]
    wanted = [*keys, *stable, _groups_key(user)] if user.is_authenticated else [*keys, *stable]
    found = cache.get_many(wanted)
    if not all(_ensure(found, key) for key in keys):
        return None  # the cache is not answering
    request._page_cache_generations = (found[keys[0]], found[keys[1]])
    request._page_cache_versions = found
    if user.is_authenticated:
        groups = _groups(user, found[keys[0]], found.get(_groups_key(user)))
        if groups is None:
            return None
        variant = f"{'staff' if user.is_staff else 'member'}:{groups}"
    else:
        variant = "public"
    request._page_cache_variant = variant
    parts = [
        *(str(found[key]) for key in keys),
        str(council.pk),
        request.scheme,
        request.get_host(),
        translation.get_language() or "",
        request.path,
        query,
        variant,
    ]
    digest = hashlib.sha256("\n".join(parts).encode()).hexdigest()
    return f"{KEY_PREFIX}:page:{digest}"


def versions_read(request):
    """The version keys ``cache_key`` read for this request, by key (after a key was made)."""
    return request._page_cache_versions


# Remembered until a council's content changes --------------------------------------------


def _generations(council_id, request=None):
    """The site-wide and the council's generation, or None when the cache is not answering."""
    found = getattr(request, "_page_cache_generations", None)
    if found is not None:
        return found
    keys = [_generation_key(ALL), _generation_key(council_id)]
    fetched = cache.get_many(keys)
    if not all(_ensure(fetched, key) for key in keys):
        return None
    found = (fetched[keys[0]], fetched[keys[1]])
    if request is not None:
        request._page_cache_generations = found
    return found


# What was remembered, kept in this process too. Its key holds every version it depends
# on, as read from the cache for this request, so the copy here is as current as the
# cache's; a request reads it without a round trip. Pickled, so no caller can change
# what the next one reads. Bounded in bytes and kept a minute at most.
_near = {}
_near_size = [0]
NEAR_BYTES = 16 * 1024 * 1024
NEAR_SECONDS = 60


def _near_get(key, now):
    found = _near.get(key)
    if found is None or found[0] < now:
        return None
    return pickle.loads(found[1])  # noqa: S301 - what this process pickled itself


def _near_keep(key, value, now):
    data = pickle.dumps(value, pickle.HIGHEST_PROTOCOL)
    if _near_size[0] + len(data) > NEAR_BYTES:
        _near.clear()
        _near_size[0] = 0
    _near[key] = (now + NEAR_SECONDS, data)
    _near_size[0] += len(data)


def _keep_computed(parts, compute):
    key = f"{KEY_PREFIX}:remembered:{hashlib.sha256(chr(10).join(parts).encode()).hexdigest()}"
    now = time.monotonic()
    value = _near_get(key, now)
    if value is not None:
        return value
    value = cache.get(key)
    if value is None:
        value = compute()
        if value is not None:
            cache.set(key, value, seconds())
    if value is not None:
        _near_keep(key, value, now)
    return value


def remember(council_id, name, compute, request=None):
    """``compute()``, kept until anything of the council's (or any site or group) changes.

    For what serving reads on every request and a content change may alter;
    computed afresh whenever the cache is off or not answering. None is never
    kept (so addresses that lead nowhere do not fill the cache).
    """
    generations = _generations(council_id, request) if seconds() and council_id else None
    if generations is None:
        return compute()
    return _keep_computed([*generations, str(council_id), name], compute)


def _versions(keys, request=None):
    """The values of version keys (made when missing), or None when the cache is not answering."""
    found = dict(getattr(request, "_page_cache_versions", None) or {})
    missing = [key for key in keys if key not in found]
    if missing:
        found.update(cache.get_many(missing))
    if not all(_ensure(found, key) for key in keys):
        return None
    return [str(found[key]) for key in keys]


def remember_stable(name, compute, versions, request=None):
    """``compute()``, kept while the site-wide generation and the given version keys stand.

    For what a publish does not change (a route, branding): its own versions
    move when what it depends on changes. As ``remember``, never None kept.
    """
    found = _versions([_generation_key(ALL), *versions], request) if seconds() else None
    if found is None:
        return compute()
    return _keep_computed(["stable", *found, name], compute)


def branding_settings(site, compute, request=None):
    """A site's branding settings, kept until any branding or logo changes."""
    return remember_stable(f"branding\n{site.pk}", compute, [BRANDING_KEY], request)


# Fragments --------------------------------------------------------------------------------


def _fragment_versions(kind, council_id):
    if kind == "navigation":
        return [_navigation_key(ALL), _navigation_key(council_id)]
    if kind == "branding":
        return [BRANDING_KEY]
    if kind == "fixed":
        return []
    if kind == "content":
        return None
    raise ValueError(f"Unknown fragment kind {kind!r}")


def fragment(request, name, kind, vary, render):
    """``render()``'s HTML, kept for pages rendered into the page cache, or rendered afresh.

    ``kind`` says what the fragment shows and so when it is forgotten:
    ``navigation`` (page titles, addresses and places in the tree: the
    council's navigation version), ``branding``, ``content`` (anything of the
    council's: its generation) or ``fixed`` (nothing beyond ``vary``, which
    then names all it shows, such as a digest of a form's questions). The key
    also holds the council, scheme, host, language and role variant of the
    page being rendered, so a fragment is never shared between councils,
    languages or people who may see different things. Kept only while the
    page itself is rendered for the page cache (its CSRF token a placeholder
    and its role variant known); a fragment holding a CSRF token is never kept.
    """
    council = getattr(request, "council", None)
    variant = getattr(request, "_page_cache_variant", None)
    if not (seconds() and council and variant and getattr(request, "_page_cache_key", None)):
        return render()
    kept = []

    def compute():
        html = "".join((render(),))  # a plain string, never a lazy or safe-string object
        kept.append(html)
        return None if CSRF_PLACEHOLDER in html else html

    parts = [
        "fragment",
        name,
        str(council.pk),
        request.scheme,
        request.get_host(),
        translation.get_language() or "",
        variant,
        *(str(value) for value in vary),
    ]
    versions = _fragment_versions(kind, council.pk)
    if versions is None:
        found = remember(council.pk, "\n".join(parts), compute, request)
    else:
        found = remember_stable("\n".join(parts), compute, versions, request)
    return found if found is not None else kept[-1]


def _plain(value):
    if isinstance(value, (list, tuple)):
        return all(_plain(item) for item in value)
    if isinstance(value, dict):
        return all(isinstance(k, str) and _plain(v) for k, v in value.items())
    return value is None or isinstance(value, (str, int, bool))


def _route(request, path):
    """Wagtail's route for the request, found with one query while the council's tree stands.

    Routing reads the site, the locale and each page down the path, and the
    privacy check reads the restrictions on the page and above it; what they
    found is remembered as the page's id, type, place and address and whether
    any restriction applies, under the council's structure version, so a
    publish that moves nothing keeps it. The page is then read in one query
    (live, at the same place and address, so never one unpublished, moved or
    renamed meanwhile). A restricted page has its restrictions read again on
    every request.
    """
    from django.contrib.contenttypes.models import ContentType
    from wagtail.models import Page
    from wagtail.url_routing import RouteResult

    council = getattr(request, "council", None)
    if council is None or not seconds() or hasattr(request, "_wagtail_route_for_request"):
        return
    name = (
        f"route\n{council.pk}\n{request.get_host()}\n{translation.get_language()}\n{request.path}"
    )

    def find():
        result = Page.route_for_request(request, path)
        if result is None or not (_plain(result.args) and _plain(result.kwargs)):
            return None
        page = result.page
        # Read as the privacy checks will read them next, on this same page object.
        read = getattr(page, "restrictions_while_serving", None)
        open_to_all = not (read() if read else page.get_view_restrictions().exists())
        return (
            page.content_type_id,
            page.pk,
            page.path,
            page.url_path,
            list(result.args),
            dict(result.kwargs),
            open_to_all,
        )

    versions = [_structure_key(ALL), _structure_key(council.pk)]
    found = remember_stable(name, find, versions, request=request)
    if found and not hasattr(request, "_wagtail_route_for_request"):
        content_type, pk, path_in_tree, url_path, args, kwargs, open_to_all = found
        model = ContentType.objects.get_for_id(content_type).model_class()
        # The page where and as it was: moved (even to another council) or renamed, it is
        # routed afresh, whatever a missed signal left in the structure version.
        pages = (
            model.objects.filter(pk=pk, live=True, path=path_in_tree, url_path=url_path)
            if model
            else None
        )
        page = pages.first() if pages is not None else None
        if page is not None:
            if open_to_all:
                # Any restriction's change forgets every council's routes (an alias in
                # one council takes its original's restrictions in another).
                page._restrictions_while_serving = []
            request._wagtail_route_for_request = RouteResult(page, args, kwargs)


# Serving ---------------------------------------------------------------------------------


def _may_keep(request, response, session_was_modified):
    page = (getattr(response, "context_data", None) or {}).get("page")
    if response.status_code != 200 or page is None or response.cookies:
        return False
    if not session_was_modified and getattr(request.session, "modified", False):
        return False
    if len(get_messages(request)):
        return False
    if not getattr(page, "cache_page_body", True):
        return False
    # A password form is per session; group and sign-in restrictions are in the variant.
    return not any(r.restriction_type == r.PASSWORD for r in page.get_view_restrictions())


def _store(response, body, key, timeout, **extra):
    template = body
    # Tokens are found in a page's context; a plain view renders none of them.
    for token in _tokens if hasattr(response, "context_data") else ():
        value = token.found_in(response)
        if value:
            template = template.replace(value, token.placeholder)
    headers = {k: v for k, v in response.items() if k.lower() != "content-length"}
    cache.set(key, {"body": template, "headers": headers, **extra}, timeout)
    response["X-Page-Cache"] = "miss"


def _keep(request, response, key, session_was_modified):
    body = response.content.decode(response.charset)
    if _may_keep(request, response, session_was_modified):
        page = response.context_data["page"]
        timeout = getattr(page, "page_cache_seconds", lambda: seconds())()
        if timeout:
            _store(response, body, key, timeout, page=page.pk)
    response.content = _fill(body, request)
    return response


def _answer(request, entry):
    response = HttpResponse(_fill(entry["body"], request), headers=entry["headers"])
    response["X-Page-Cache"] = "hit"
    return response


def cached_view(request, key, render, timeout, also=()):
    """A view's answer kept like a page under ``key`` (from ``cache_key``): (response, extra, read).

    ``render()`` returns the response and something small and plain to keep
    beside it (what a hit still needs, such as a count); ``extra`` is that,
    from the render or from the cache. Kept only as a page would be: a 200
    that sets no cookie, writes nothing to the session and has no messages.
    ``also`` are keys the view will read anyway, read in the same round trip:
    ``read`` has those found.
    """
    read = cache.get_many([key, *also])
    entry = read.pop(key, None)
    if entry is not None:
        return _answer(request, entry), entry.get("extra"), read
    session_was_modified = getattr(request.session, "modified", False)
    request._page_cache_key = key
    try:
        response, extra = render()
    finally:
        del request._page_cache_key
    body = response.content.decode(response.charset)
    keep = (
        response.status_code == 200
        and not response.cookies
        and (session_was_modified or not getattr(request.session, "modified", False))
        and not len(get_messages(request))
    )
    if keep:
        _store(response, body, key, timeout, extra=extra)
    response.content = _fill(body, request)
    return response, extra, read


def cached_page(view):
    """Wrap Wagtail's serve view with the page cache."""

    @wraps(view)
    def serve(request, path=""):
        key = cache_key(request)
        if key is None:
            _route(request, path)
            return view(request, path)
        entry = cache.get(key)
        if entry is not None:
            response = _answer(request, entry)
            for hook in hooks.get_hooks("after_serve_cached_page"):
                hook(entry["page"], request)
            return response
        session_was_modified = getattr(request.session, "modified", False)
        request._page_cache_key = key
        _route(request, path)
        try:
            response = view(request, path)
        except BaseException:
            # The error page is rendered outside: with a real CSRF token.
            del request._page_cache_key
            raise
        if getattr(response, "streaming", False):
            return response
        if hasattr(response, "add_post_render_callback") and not response.is_rendered:
            response.add_post_render_callback(
                lambda rendered: _keep(request, rendered, key, session_was_modified)
            )
            return response
        response.content = _fill(response.content.decode(response.charset), request)
        return response

    return serve


# Invalidation ----------------------------------------------------------------------------


def _councils_of(instance):
    """The councils a changed record shows in, or None for every council."""
    from wagtail.models import BaseViewRestriction, Page

    from councils.models import Council

    council_id = getattr(instance, "council_id", None)
    if council_id is not None:
        return [council_id]
    if isinstance(instance, Council):
        return None  # which host is which council's is remembered site-wide
    if isinstance(instance, BaseViewRestriction):
        # An alias takes its original's restrictions, and may stand in another council.
        return None
    page = getattr(instance, "page", None)  # view restrictions, inline panels
    if isinstance(page, Page):
        instance = page
    if isinstance(instance, Page):
        council = Council.for_page(instance) if instance.depth and instance.depth >= 2 else None
        return [council.pk] if council is not None else None
    site = getattr(instance, "site_id", None)
    if site is not None:
        found = list(Council.objects.filter(site_id=site).values_list("pk", flat=True))
        return found or None
    return None


def _shown(model):
    meta = model._meta
    return meta.app_label in CONTENT_APPS and meta.label_lower not in NOT_SHOWN


# What a page's address and who may open it follow from; the rest is content.
ROUTED_FIELDS = ("slug", "live", "path", "url_path")
# What menus, breadcrumbs and language links show of a page besides its address.
NAVIGATION_FIELDS = ("title", "show_in_menus")


def _structural(instance, created, signal):
    from wagtail.models import BaseViewRestriction, Page

    if isinstance(instance, BaseViewRestriction):
        return True
    if not isinstance(instance, Page):
        return False
    return created or signal is post_delete or getattr(instance, "_page_cache_rerouted", False)


def record_changed(sender, instance, raw=False, created=False, **kwargs):
    if raw or not _shown(type(instance)):
        return
    if created and instance._meta.label_lower == "wagtailusers.userprofile":
        return  # made with the defaults the first time the admin bar is shown
    try:
        councils = _councils_of(instance)
    except Exception:  # Never stop a save: forget every council's pages instead.
        logger.exception("Could not tell whose pages show %s", type(instance).__name__)
        councils = None
    bump_now_and_on_commit(councils)
    if _structural(instance, created, kwargs.get("signal")):
        bump_structure(councils)
    elif getattr(instance, "_page_cache_renamed", False):
        bump_navigation(councils)
    if instance._meta.label_lower in ("home.sitebranding", "home.councilimage"):
        _bump_keys([BRANDING_KEY])


def page_saving(sender, instance, raw=False, update_fields=None, **kwargs):
    """Notes whether a save changes where a page is or whether it is served at all.

    Read before the save, on the write path, so that serving never has to ask.
    """
    from wagtail.models import Page

    if raw or not isinstance(instance, Page):
        return
    fields = ROUTED_FIELDS + NAVIGATION_FIELDS
    if update_fields is not None and not set(fields) & set(update_fields):
        # Not what an earlier save of this same object noted.
        instance._page_cache_rerouted = instance._page_cache_renamed = False
        return
    stored = Page.objects.filter(pk=instance.pk).values(*fields).first() if instance.pk else None
    mine = {name: getattr(instance, name) for name in fields}
    instance._page_cache_rerouted = stored is None or any(
        stored[name] != mine[name] for name in ROUTED_FIELDS
    )
    instance._page_cache_renamed = stored is None or stored != mine


def page_event(sender, instance, **kwargs):
    record_changed(sender, instance)
    # Unpublishing and moving change what an address leads to.
    try:
        councils = _councils_of(instance)
    except Exception:
        logger.exception("Could not tell whose routes lead to %s", type(instance).__name__)
        councils = None
    bump_structure(councils)


def relation_changed(sender, instance, action, **kwargs):
    if not (action.startswith("post_") or action == "pre_clear") or not _shown(sender):
        return
    # Groups and permissions: whose rights changed is not worth working out.
    if sender._meta.app_label == "auth":
        bump_now_and_on_commit(None)
    else:
        record_changed(sender, instance)


def connect():
    from wagtail.signals import page_published, page_unpublished, post_page_move, pre_page_move

    pre_save.connect(page_saving, dispatch_uid="page-cache-saving")
    post_save.connect(record_changed, dispatch_uid="page-cache-saved")
    post_delete.connect(record_changed, dispatch_uid="page-cache-deleted")
    m2m_changed.connect(relation_changed, dispatch_uid="page-cache-relation")
    # A publish is content; a first publish, or one that renames, was noted as it saved.
    page_published.connect(record_changed, dispatch_uid="page-cache-published")
    page_unpublished.connect(page_event, dispatch_uid="page-cache-unpublished")
    # Before, for the council it leaves (the move may be to another council); after, for the one
    # it joins.
    pre_page_move.connect(page_event, dispatch_uid="page-cache-moving")
    post_page_move.connect(page_event, dispatch_uid="page-cache-moved")
