"""Media on S3-compatible storage: private objects, never overwritten, served by Wagtail.

Runs against the S3 API server that .ci/run starts on loopback (S3_TEST_ENDPOINT_URL),
or, without one, against moto's server started here in a thread.
"""

import json
import os
import uuid

import boto3
import pytest
from django.core.files.base import ContentFile
from django.test import override_settings
from wagtail.documents import get_document_model

from config import storages
from tests import factories

pytestmark = pytest.mark.s3
CREDENTIALS = {"access_key": "testing", "secret_key": "testing", "region_name": "eu-west-2"}


@pytest.fixture(scope="session")
def s3_endpoint():
    endpoint = os.environ.get("S3_TEST_ENDPOINT_URL")
    if endpoint:
        yield endpoint
        return
    from moto.server import ThreadedMotoServer

    server = ThreadedMotoServer(ip_address="127.0.0.1", port=0, verbose=False)
    server.start()
    host, port = server.get_host_and_port()
    yield f"http://{host}:{port}"
    server.stop()


@pytest.fixture
def bucket(s3_endpoint, settings):
    name = f"media-{uuid.uuid4().hex[:12]}"
    client = boto3.client(
        "s3",
        endpoint_url=s3_endpoint,
        aws_access_key_id=CREDENTIALS["access_key"],
        aws_secret_access_key=CREDENTIALS["secret_key"],
        region_name=CREDENTIALS["region_name"],
    )
    client.create_bucket(Bucket=name, CreateBucketConfiguration={"LocationConstraint": "eu-west-2"})
    storage = storages.s3(name, endpoint_url=s3_endpoint, **CREDENTIALS)
    with override_settings(STORAGES={**settings.STORAGES, "default": storage}):
        yield client, name


def upload(title, body=b"%PDF-1.4 family group conference leaflet", council="tower-hamlets"):
    document = get_document_model()(title=title, collection=factories.council(council).collection)
    document.file.save("leaflet.pdf", ContentFile(body), save=False)
    document.save()
    return document


@pytest.mark.django_db
def test_an_uploaded_document_is_a_private_object(bucket):
    client, name = bucket
    document = upload("FGC leaflet")
    key = f"media/{document.file.name}"
    grants = client.get_object_acl(Bucket=name, Key=key)["Grants"]
    grantees = {grant["Grantee"].get("URI") for grant in grants}
    assert "http://acs.amazonaws.com/groups/global/AllUsers" not in grantees
    assert [grant["Permission"] for grant in grants] == ["FULL_CONTROL"]


@pytest.mark.django_db
def test_a_second_file_with_the_same_name_does_not_overwrite_the_first(bucket):
    client, name = bucket
    first = upload("First", b"first")
    second = upload("Second", b"second")
    assert first.file.name != second.file.name
    body = client.get_object(Bucket=name, Key=f"media/{first.file.name}")["Body"].read()
    assert body == b"first"


@pytest.mark.django_db
def test_staff_download_documents_through_wagtail_and_anonymous_visitors_cannot(
    bucket, client, demo_users
):
    document = upload("FGC leaflet", b"%PDF-1.4 leaflet body")
    url = document.url
    assert url.startswith("/documents/")

    response = client.get(url)
    assert response.status_code == 302
    assert response["Location"].startswith("/login/")

    client.force_login(demo_users["staff"])
    response = client.get(url)
    assert response.status_code == 200
    assert b"".join(response.streaming_content) == b"%PDF-1.4 leaflet body"


@pytest.mark.django_db
def test_healthz_reports_s3_storage(bucket, client):
    body = json.loads(client.get("/healthz").content)
    assert body["checks"]["storage"] == "ok"


@pytest.mark.django_db
def test_healthz_reports_unreachable_s3_storage_with_503(client, settings):
    unreachable = storages.s3("missing", endpoint_url="http://127.0.0.1:9", **CREDENTIALS)
    with override_settings(STORAGES={**settings.STORAGES, "default": unreachable}):
        response = client.get("/healthz")
    assert response.status_code == 503
    assert json.loads(response.content)["checks"]["storage"] == "unavailable"


HOSTS = {"tower-hamlets": "localhost", "newham": "newham.localhost", "telford": "telford.localhost"}


@pytest.mark.django_db
@pytest.mark.parametrize("serve_method", ["serve_view", "redirect"])
@pytest.mark.parametrize("viewer", ["tower-hamlets", "telford"])
def test_another_councils_document_on_s3_is_not_found_and_no_signed_link_is_made(
    bucket, client, demo_users, settings, serve_method, viewer
):
    settings.WAGTAILDOCS_SERVE_METHOD = serve_method
    document = upload("Newham leaflet", b"%PDF-1.4 newham only", council="newham")
    for role in ("staff", "editor", "academy"):
        client.force_login(demo_users[role if viewer == "tower-hamlets" else f"{viewer}-{role}"])
        response = client.get(document.url, HTTP_HOST=HOSTS[viewer])
        assert response.status_code == 404
        assert "Location" not in response

    client.force_login(demo_users["newham-staff"])
    response = client.get(document.url, HTTP_HOST=HOSTS["newham"])
    if serve_method == "redirect":
        assert response.status_code == 302
        assert "X-Amz-Signature=" in response["Location"]
    else:
        assert b"".join(response.streaming_content) == b"%PDF-1.4 newham only"
