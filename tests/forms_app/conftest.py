import re

import pytest

TOKEN = re.compile(r'name="form_token" value="([^"]+)"')


@pytest.fixture(autouse=True)
def _no_minimum_fill_time(settings):
    """Tests post at machine speed; the minimum fill time has its own tests."""
    settings.FAMILY_FORM_MIN_FILL_SECONDS = 0


def form_token(client, url):
    response = client.get(url)
    assert response.status_code == 200
    return TOKEN.search(response.content.decode()).group(1)


def answers(**overrides):
    data = {
        "how_helpful": "4",
        "listened_to": "mostly",
        "what_helped": ["practical_help", "family_meetings"],
        "know_next_steps": "yes",
        "went_well": "Someone listened.",
        "call_back": "no",
        "agree_to_use": "on",
    }
    data.update(overrides)
    return {key: value for key, value in data.items() if value is not None}


def submit(client, language="en", REMOTE_ADDR="127.0.0.1", **overrides):  # noqa: N803
    url = f"/{language}/feedback/"
    data = answers(**overrides)
    data.setdefault("form_token", form_token(client, url))
    return client.post(url, data, REMOTE_ADDR=REMOTE_ADDR, follow=True)


@pytest.fixture(autouse=True)
def _as_tower_hamlets(as_tower_hamlets):
    """These tests read and write Tower Hamlets' records, as its Learning Academy does."""
