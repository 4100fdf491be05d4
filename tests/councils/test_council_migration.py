"""An install from before councils is moved to councils, and moving it again changes nothing."""

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SCRIPT = "import django; django.setup(); from tests.councils.old_install import main; main()"


def test_an_old_install_is_moved_to_councils_by_site_and_moving_it_again_changes_nothing(
    tmp_path,
):
    environment = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "config.settings.test",
        "DATABASE_URL": f"sqlite:///{tmp_path / 'old.sqlite3'}",
    }
    environment.pop("REDIS_URL", None)
    done = subprocess.run(  # noqa: S603 - our own interpreter and script
        [sys.executable, "-c", SCRIPT],
        cwd=ROOT,
        env=environment,
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    moved = json.loads(done.stdout.strip().splitlines()[-1])

    first = moved["first"]
    assert first["councils"] == ["localhost", "newham"]
    assert first["organisations"] == {
        # A listing for every council belongs to the default one and is listed by the others.
        "Everywhere Trust": {
            "council": "localhost",
            "also listed by": ["newham"],
            "categories": [],
        },
        # A site's listing is its site's council's, and uses that council's copy of its terms.
        "Newham Hub": {
            "council": "newham",
            "also listed by": [],
            "categories": [["newham", "food"]],
        },
    }
    assert first["contacts"] == {"Front door": "localhost"}
    assert first["members"] == {"old-editor": "localhost"}
    assert first["groups"]["Editors"] == ["localhost", "editors"]
    for line in [
        "council 'newham.localhost' created for site newham.localhost:80",
        "1 users assigned to localhost",
        "1 organisations assigned to newham.localhost",
        "1 contacts assigned to localhost",
    ]:
        assert f"councils: {line}" in moved["report"]

    assert {"resources.0004_assign_councils", "review.0006_assign_councils"} <= set(
        moved["undone"]
    ) & set(moved["redone"])
    assert moved["second"] == first
    assert "assigned" not in moved["second_report"]
    assert "created" not in moved["second_report"]
