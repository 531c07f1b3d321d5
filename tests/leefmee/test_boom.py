"""Bulk-inserted pages get the tree paths Wagtail itself would give them (leefmee/boom.py)."""

import pytest
from wagtail.models import Page

from home.models import StandardPage
from leefmee.boom import kindpad

pytestmark = pytest.mark.django_db


def test_the_same_paths_as_wagtails_add_child(home_page):
    eerste = home_page.add_child(instance=StandardPage(title="Een", slug="een"))
    tweede = home_page.add_child(instance=StandardPage(title="Twee", slug="twee"))
    assert eerste.path == kindpad(home_page.path, 1)
    assert tweede.path == kindpad(home_page.path, 2)


def test_positions_beyond_one_digit():
    # The position after the last one-digit position carries over, like any number written in a base.
    assert kindpad("0001", len(Page.alphabet)) == "0001" + "10".rjust(Page.steplen, Page.alphabet[0])
    assert len(kindpad("0001", 10_000)) == 4 + Page.steplen
    with pytest.raises(ValueError):
        kindpad("0001", 0)
