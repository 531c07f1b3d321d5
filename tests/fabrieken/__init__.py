"""The one set of factories every test builds its data with (factory_boy).

Pages are built the way an editor builds them (`basis.PaginaFactory`): under their parent, with their
taxonomy links inside the page, published as a revision. One module per app or theme:

    from tests.fabrieken import AanbodFactory, OrganisatieFactory, KaartFactory
    kaart = KaartFactory(parent=home_page)
    org = OrganisatieFactory(parent=kaart, title="Buurthuis", gebieden=[zeedorp])
    AanbodFactory(parent=org, title="Koffie-ochtend", dimensies=["meedoen"], publiceren=False)

Scenario modules (`opendata`, `regio`) build a small world from these for one group of tests.
"""

from .basis import PaginaFactory, UserFactory, gebruiker_in, publiceer
from .beeld import afbeelding, jpeg
from .kaart import (
    AanbodFactory,
    ActiviteitFactory,
    AgendaFactory,
    KaartFactory,
    OrganisatieFactory,
    VacatureFactory,
    VacatureIndexFactory,
    moment,
)
from .publicatie import EditieFactory, LeefArchiefFactory, gemengde_inhoud, kleine_kaart, openbaar_webadres
from .taxonomie import DoelgroepFactory, GebiedFactory, KenmerkFactory, LevensvraagFactory, dimensie, vertaling
from .verhalen import (
    ArtikelFactory,
    BlogFactory,
    InformatieIndexFactory,
    VerhaalFactory,
    VerhalenIndexFactory,
    alinea,
    wat_hielp_mij,
)
from .zelfcheck import GELDIGE_SCORES, ZelfcheckFactory, ZelfcheckStellingFactory

__all__ = [
    "GELDIGE_SCORES", "AanbodFactory", "ActiviteitFactory", "AgendaFactory", "ArtikelFactory", "BlogFactory",
    "DoelgroepFactory", "EditieFactory", "GebiedFactory", "InformatieIndexFactory", "KaartFactory",
    "KenmerkFactory", "LeefArchiefFactory", "LevensvraagFactory", "OrganisatieFactory", "PaginaFactory",
    "UserFactory", "VacatureFactory", "VacatureIndexFactory", "VerhaalFactory", "VerhalenIndexFactory",
    "ZelfcheckFactory", "ZelfcheckStellingFactory", "afbeelding", "alinea", "dimensie", "gebruiker_in",
    "gemengde_inhoud", "jpeg",
    "kleine_kaart", "moment", "openbaar_webadres", "publiceer", "vertaling", "wat_hielp_mij",
]
