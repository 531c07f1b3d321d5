"""The shared protection for public forms: honeypot, per-IP rate limit, error summary."""

import pytest
from django import forms
from django.template.loader import render_to_string

from leefmee.formulieren import PerIpLimiet, VeiligFormulierMixin


class VoorbeeldForm(VeiligFormulierMixin, forms.Form):
    limiet = PerIpLimiet("voorbeeld", aantal=2, periode=60)
    naam = forms.CharField(label="Naam", max_length=100)


def verzoek(rf, ip="192.0.2.1"):
    return rf.post("/", REMOTE_ADDR=ip)


@pytest.mark.django_db  # the limit's counter lives in the database (leefmee/limieten.py)
def test_a_normal_submission_is_valid(rf):
    form = VoorbeeldForm({"naam": "Anna", "website": ""}, request=verzoek(rf))
    assert form.is_valid()


def test_a_filled_honeypot_makes_the_form_invalid_with_a_message(rf):
    form = VoorbeeldForm({"naam": "Anna", "website": "https://spam.example"}, request=verzoek(rf))
    assert not form.is_valid()
    assert "Laat het verborgen veld leeg" in form.non_field_errors()[0]


@pytest.mark.django_db
def test_the_rate_limit_counts_successful_submissions_per_address(rf):
    for _keer in range(2):
        form = VoorbeeldForm({"naam": "Anna"}, request=verzoek(rf))
        assert form.is_valid()
        form.geslaagd()
    form = VoorbeeldForm({"naam": "Anna"}, request=verzoek(rf))
    assert not form.is_valid()
    assert "te vaak verstuurd" in form.non_field_errors()[0]
    # Someone else (another address) can still send the form.
    assert VoorbeeldForm({"naam": "Bram"}, request=verzoek(rf, ip="198.51.100.9")).is_valid()


def test_the_cache_key_does_not_contain_the_ip_address(rf):
    sleutel = PerIpLimiet("voorbeeld").sleutel(verzoek(rf, ip="203.0.113.77"))
    assert "203.0.113.77" not in sleutel


def test_the_error_summary_links_to_the_fields(rf):
    form = VoorbeeldForm({"naam": "", "website": "x"}, request=verzoek(rf))
    assert not form.is_valid()
    html = render_to_string("includes/foutoverzicht.html", {"form": form})
    assert 'role="alert"' in html
    assert f'href="#{form["naam"].id_for_label}"' in html
    assert "Laat het verborgen veld leeg" in html
    assert "website" not in [veld.name for veld in form.visible_fields()]
    honingpot = render_to_string("includes/honingpot.html", {"form": form})
    assert 'class="honingpot"' in honingpot and 'name="website"' in honingpot
