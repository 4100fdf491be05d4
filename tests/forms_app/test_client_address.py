"""Behind a proxy each family has its own count; a forged X-Forwarded-For changes nothing."""

import pytest
from django.test import RequestFactory

from config import env
from forms_app.models import FamilySubmission
from forms_app.protection import client_address, client_key
from tests.forms_app.conftest import answers, form_token


def address(remote, forwarded=None):
    extra = {"HTTP_X_FORWARDED_FOR": forwarded} if forwarded is not None else {}
    return client_address(RequestFactory().get("/", REMOTE_ADDR=remote, **extra))


def test_with_no_trusted_proxy_the_header_is_ignored(settings):
    settings.TRUSTED_PROXIES = []
    assert address("203.0.113.5", "198.51.100.1") == "203.0.113.5"


def test_a_trusted_proxy_names_the_family(settings):
    settings.TRUSTED_PROXIES = ["10.0.0.0/8", "127.0.0.1"]
    assert address("10.1.2.3", "198.51.100.1") == "198.51.100.1"
    assert address("127.0.0.1", "[2001:db8::7]:4431") == "2001:db8::7"


def test_a_forged_header_from_an_untrusted_client_is_ignored(settings):
    settings.TRUSTED_PROXIES = ["10.0.0.0/8"]
    assert address("203.0.113.5", "198.51.100.1") == "203.0.113.5"


def test_a_family_writing_the_header_themselves_through_the_proxy_is_not_believed(settings):
    settings.TRUSTED_PROXIES = ["10.0.0.0/8"]
    # The proxy appends the address it saw; what the client wrote stays on the left.
    assert address("10.0.0.2", "1.1.1.1, 198.51.100.1") == "198.51.100.1"


def test_a_chain_of_trusted_proxies_is_walked_from_the_right(settings):
    settings.TRUSTED_PROXIES = ["10.0.0.0/8", "172.16.0.0/12"]
    assert address("10.0.0.2", "1.1.1.1, 198.51.100.1, 172.16.5.5") == "198.51.100.1"


def test_a_trusted_proxy_without_a_header_is_itself_the_client(settings):
    settings.TRUSTED_PROXIES = ["10.0.0.0/8"]
    assert address("10.0.0.2") == "10.0.0.2"
    assert address("10.0.0.2", "not an address") == "10.0.0.2"


def test_one_household_on_ipv6_is_one_bucket(settings):
    settings.TRUSTED_PROXIES = []
    factory = RequestFactory()
    first = factory.get("/", REMOTE_ADDR="2001:db8:1:2::10")
    second = factory.get("/", REMOTE_ADDR="2001:db8:1:2::99")
    other = factory.get("/", REMOTE_ADDR="2001:db8:1:3::10")
    assert client_key(first, "x") == client_key(second, "x") != client_key(other, "x")


def test_trusted_proxies_must_be_addresses_or_ranges(monkeypatch):
    monkeypatch.setenv("TRUSTED_PROXIES", "10.0.0.0/8, 127.0.0.1")
    assert env.get_networks("TRUSTED_PROXIES") == ["10.0.0.0/8", "127.0.0.1/32"]
    monkeypatch.setenv("TRUSTED_PROXIES", "10.0.0.0/8, proxy.internal")
    with pytest.raises(env.EnvError, match="TRUSTED_PROXIES"):
        env.get_networks("TRUSTED_PROXIES")


@pytest.mark.django_db
def test_32_families_behind_one_proxy_are_all_counted(client, feedback_pages, settings):
    settings.TRUSTED_PROXIES = ["127.0.0.1"]
    settings.FAMILY_FORM_LIMIT_PER_ADDRESS = 1
    for number in range(32):
        token = form_token(client, "/en/feedback/")
        response = client.post(
            "/en/feedback/",
            {**answers(), "form_token": token},
            HTTP_X_FORWARDED_FOR=f"198.51.100.{number}",
        )
        assert response.status_code == 303
    assert FamilySubmission.objects.count() == 32
    assert not FamilySubmission.all_objects.exclude(held_reason="").exists()


@pytest.mark.django_db
def test_forged_addresses_from_one_untrusted_client_share_its_limit(
    client, feedback_pages, settings
):
    settings.TRUSTED_PROXIES = []
    settings.FAMILY_FORM_LIMIT_PER_ADDRESS = 1
    for number in range(3):
        token = form_token(client, "/en/feedback/")
        client.post(
            "/en/feedback/",
            {**answers(), "form_token": token},
            HTTP_X_FORWARDED_FOR=f"198.51.100.{number}",
        )
    assert FamilySubmission.objects.count() == 1
    assert FamilySubmission.all_objects.filter(held_reason="client_limit").count() == 2
