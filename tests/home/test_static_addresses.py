"""Static file addresses on every page: the manifest's, worked out once in the process."""

import json

import pytest
from whitenoise.storage import CompressedManifestStaticFilesStorage

from config.storages import StaticFiles


@pytest.fixture
def storage(tmp_path, settings):
    settings.DEBUG = False
    manifest = {"paths": {"css/site.css": "css/site.0123abcd.css"}, "version": "1.1"}
    (tmp_path / "staticfiles.json").write_text(json.dumps(manifest))
    return StaticFiles(location=tmp_path, base_url="/static/")


def test_a_static_address_is_the_manifests_hashed_name(storage):
    assert storage.url("css/site.css") == "/static/css/site.0123abcd.css"


def test_a_static_address_is_worked_out_once(storage, monkeypatch):
    asked = []
    stored_name = CompressedManifestStaticFilesStorage.stored_name

    def spy(self, name):
        asked.append(name)
        return stored_name(self, name)

    monkeypatch.setattr(CompressedManifestStaticFilesStorage, "stored_name", spy)
    for _ in range(3):
        assert storage.url("css/site.css") == "/static/css/site.0123abcd.css"
    assert asked == ["css/site.css"]


def test_a_file_missing_from_the_manifest_is_still_an_error_every_time(storage):
    for _ in range(2):
        with pytest.raises(ValueError, match="Missing staticfiles manifest entry"):
            storage.url("css/missing.css")
