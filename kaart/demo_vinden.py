"""Demo content of the finding side: the agenda page and the volunteer-work page under the home page.

Idempotent (zorg_voor_pagina). Runs after `kaart.demo` (the map's content), in natural B1 Dutch.
"""

from leefmee.demo import zorg_voor_pagina

from .models import AgendaPage, VacatureIndexPage, Zoekwoord

# The words residents type (from the search log of a real social map) and the words the offerings use.
ZOEKWOORDEN = {
    "eenzaam": "alleen, eenzaamheid, ontmoeten, ontmoeting, buurtmaatje",
    "geldzorgen": "schulden, schuldhulp, rondkomen, geldproblemen",
    "schulden": "geldzorgen, schuldhulp, rondkomen",
    "rolstoel": "rolstoeltoegankelijk, rolstoelen, scootmobiel, hulpmiddelen",
    "mantelzorg": "mantelzorger, mantelzorgers, respijtzorg",
    "armoede": "geldzorgen, voedselbank, rondkomen",
    "somber": "depressie, eenzaamheid, praten",
}


def laad(context):
    for woord, ook in ZOEKWOORDEN.items():
        Zoekwoord.objects.update_or_create(woord=woord, defaults={"ook": ook})
    home = context["home"]
    context["agenda"] = zorg_voor_pagina(
        home, AgendaPage, "agenda", title="Agenda", show_in_menus=True,
        intro="<p>Wat is er te doen in Duinwijk, Zeedorp, Polderveen en Bollenhoek? Kies een periode en "
              "wat je leuk vindt. Je kunt de lijst ook printen of in je eigen agenda zetten.</p>",
    )
    context["vrijwilligerswerk"] = zorg_voor_pagina(
        home, VacatureIndexPage, "vrijwilligerswerk", title="Vrijwilligerswerk", show_in_menus=True,
        intro="<p>Wil je iets doen voor een ander? Hier vind je vrijwilligerswerk bij clubs en organisaties "
              "in de buurt.</p>",
    )
