from io import StringIO

import pytest
from django.core.management import call_command

from kaart.dimensies import DIMENSIE_SLEUTELS
from kaart.models import Dimensie


@pytest.mark.django_db
def test_no_model_changes_without_a_migration():
    out = StringIO()
    try:
        call_command("makemigrations", "--check", "--dry-run", stdout=out, stderr=out)
    except SystemExit as exc:  # makemigrations --check exits 1 when a migration is missing
        pytest.fail(f"Missing migrations:\n{out.getvalue()}", pytrace=False)
        raise AssertionError from exc


@pytest.mark.django_db
def test_the_six_dimensions_exist_after_migrating():
    dimensies = Dimensie.objects.filter(locale__language_code="nl").order_by("volgorde")
    assert [d.sleutel for d in dimensies] == DIMENSIE_SLEUTELS
    meedoen = dimensies.get(sleutel="meedoen")
    assert meedoen.bewonersnaam == "Meedoen"
    assert dimensies.get(sleutel="mentaal").bewonersnaam == "Gevoelens en gedachten"
    assert all(d.kleur.startswith("#") and d.uitleg for d in dimensies)
