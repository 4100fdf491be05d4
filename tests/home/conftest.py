import pytest
from wagtail.models import Page


@pytest.fixture
def fresh_routes(monkeypatch):
    """The addresses Wagtail routed afresh (not from a remembered route)."""
    original = Page.route_for_request
    routed = []

    def spy(request, path):
        if not hasattr(request, "_wagtail_route_for_request"):
            routed.append(request.path)
        return original(request, path)

    monkeypatch.setattr(Page, "route_for_request", staticmethod(spy))
    return routed
