"""A member of staff signs in through their council's own login page, in Chromium."""

import pytest

from accounts.models import OIDCIdentity, SignInGroupMapping
from councils.models import Council

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]


def test_staff_sign_in_through_the_providers_login_page(page, provider, sites, demo_users):
    council = Council.objects.get(site__is_default_site=True)
    SignInGroupMapping.all_councils.create(
        council=council, claim_value="th-editors", role="editors"
    )

    page.goto("/login/")
    page.get_by_role("button", name="Sign in with your council account").click()
    # The provider's own page, on its own origin.
    page.wait_for_url(f"{provider.issuer}/**")
    page.locator("input[name=login]").fill("alice-sub")
    page.locator("input[name=password]").fill("correct horse")
    page.locator("button[type=submit]").click()
    page.wait_for_url(lambda url: not url.startswith(provider.issuer) and "/oidc/" not in url)

    assert page.locator("h1").first.inner_text() == "Better Together"
    user = OIDCIdentity.objects.get(subject="alice-sub").user
    assert user.groups.filter(council_group__role="editors").exists()
