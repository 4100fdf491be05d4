"""A family who follows a broken link sees a family page in their language, never staff scripts."""

import pytest

pytestmark = pytest.mark.django_db

HOSTS = ["localhost", "newham.localhost", "telford.localhost"]
NOT_FOUND = {"en": "Page not found", "bn": "পৃষ্ঠাটি পাওয়া যায়নি", "so": "Bogga lama helin"}


@pytest.mark.parametrize("host", HOSTS)
@pytest.mark.parametrize(
    ("path", "language"),
    [
        ("/en/feedback/no-such-page/", "en"),
        ("/en/feedback/privacy/no-such-page/", "en"),
        ("/bn/feedback/no-such-page/", "bn"),
        ("/so/no-such-page/", "so"),
        ("/bn/feedback/privacy/x/", "bn"),
        ("/forms/999999/languages/", "en"),
    ],
)
def test_a_family_address_that_is_not_found_gets_the_family_page(client, host, path, language):
    response = client.get(path, HTTP_HOST=host)
    content = response.content.decode()
    assert response.status_code == 404
    assert f'<html lang="{language}"' in content
    assert NOT_FOUND[language] in content
    assert "<script" not in content
    assert 'class="govuk-template__body family"' in content
    assert "govuk-frontend-family.min.css" in content


@pytest.mark.parametrize(
    "path", ["/en/no-such-page/", "/en/search/no-such/", "/en/share-the-form/no-such/"]
)
def test_a_staff_address_that_is_not_found_keeps_the_staff_page(staff_client, path):
    response = staff_client.get(path)
    content = response.content.decode()
    assert response.status_code == 404
    assert "Page not found" in content
    assert 'class="govuk-template__body family"' not in content
