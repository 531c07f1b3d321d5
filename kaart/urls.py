"""Public routes of the social map outside the page tree. Included in the i18n patterns."""

from django.urls import path

from . import insluiten
from .views import controle, suggestie

urlpatterns = [
    path("kaart-suggestie/<int:page_id>/", suggestie.suggestie, name="kaart_suggestie"),
    path("kaart-suggestie/<int:page_id>/bedankt/", suggestie.bedankt, name="kaart_suggestie_bedankt"),
    path("kaart-controle/<str:token>/", controle.ja, name="kaart_controle_ja"),
    path("kaart-controle/<str:token>/aanpassen/", controle.aanpassen, name="kaart_controle_aanpassen"),
    # The only view that other websites may frame (see kaart/insluiten.py).
    path("insluiten/lijst/", insluiten.lijst, name="kaart_insluiten_lijst"),
]
