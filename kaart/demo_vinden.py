"""Demo content of the finding side: the agenda page and the volunteer-work page under the home page.

Idempotent (zorg_voor_pagina). Runs after `kaart.demo` (the map's content), in natural B1 Dutch.
"""

from leefmee.demo import zorg_voor_pagina

from .models import AgendaPage, VacatureIndexPage


def laad(context):
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
