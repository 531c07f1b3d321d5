"""Wagtail's preview may be framed by the admin; public pages keep `frame-ancestors 'none'`."""

import re

import pytest

pytestmark = pytest.mark.django_db


def frame_ancestors(response):
    return re.search(r"frame-ancestors ([^;]+)", response["Content-Security-Policy"]).group(1)


def test_the_preview_of_a_page_may_be_framed_by_the_admin_but_the_public_page_not(home_page, client):
    # Wagtail sends a dummy request for the page's public URL through the middleware for a preview.
    voorvertoning = home_page.make_preview_request(preview_mode=home_page.default_preview_mode)
    assert voorvertoning.status_code == 200
    assert frame_ancestors(voorvertoning) == "'self'"
    assert frame_ancestors(client.get(home_page.url)) == "'none'"
