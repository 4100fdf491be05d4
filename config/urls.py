from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.contrib.auth.decorators import login_not_required
from django.urls import include, path, re_path
from django.views.generic import RedirectView
from wagtail import views as wagtail_views
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from accounts import oidc_views, signin
from home import views as home_views
from home.page_cache import cached_page

urlpatterns = [
    path("healthz", home_views.healthz, name="healthz"),
    path("branding.css", home_views.branding_css, name="branding_css"),
    path("login/", oidc_views.SignInView.as_view(), name="login"),
    path("logout/", oidc_views.SignOutView.as_view(), name="logout"),
    # Signing in with the council's account (OpenID Connect).
    path(
        "oidc/authenticate/", oidc_views.AuthenticateView.as_view(), name="oidc_authentication_init"
    ),
    path("oidc/callback/", oidc_views.CallbackView.as_view(), name="oidc_authentication_callback"),
    path("password_reset/", signin.PasswordResetView.as_view(), name="password_reset"),
    path("", include("django.contrib.auth.urls")),
    # Wagtail's own page-privacy views: the password form of a restricted page,
    # and the sign-in address Wagtail reverses when it cannot use ours.
    path(
        "_util/authenticate_with_password/<int:page_view_restriction_id>/<int:page_id>/",
        login_not_required(wagtail_views.authenticate_with_password),
        name="wagtailcore_authenticate_with_password",
    ),
    path(
        "_util/login/",
        login_not_required(RedirectView.as_view(url=settings.LOGIN_URL, query_string=True)),
        name="wagtailcore_login",
    ),
    # One sign-in page for staff: Wagtail's own would be a second public door.
    path(
        "admin/login/",
        login_not_required(RedirectView.as_view(url=settings.LOGIN_URL, query_string=True)),
    ),
    # Wagtail screens that would show every council's pages, settings or history.
    path("admin/", include("councils.admin_urls")),
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    # The public "choose your language" link of each family form.
    path("forms/", include("forms_app.urls")),
    # Each council's public Open Referral UK feed, on its own host (views are login_not_required).
    path("openreferral/", include("openreferral.urls")),
]

if settings.DEBUG:
    from django.conf.urls.static import static

    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

# Wagtail serves every page; the before_serve_page hook in home.wagtail_hooks
# decides per page type whether signing in is needed.
urlpatterns += i18n_patterns(
    path("search/", include("search.urls")),
    # Any signed-in member of staff hands families the form's link, QR code and poster.
    path("share-the-form/", include("forms_app.staff_urls")),
    re_path(
        r"^((?:[\w\-]+/)*)$",
        login_not_required(cached_page(wagtail_views.serve)),
        name="wagtail_serve",
    ),
    prefix_default_language=True,
)

handler400 = "home.errors.bad_request"
handler403 = "home.errors.permission_denied"
handler404 = "home.errors.page_not_found"
handler500 = "home.errors.server_error"
