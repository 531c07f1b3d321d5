"""The social map's models, split by responsibility."""

from .aanbod import AanbodPage
from .activiteit import ActiviteitMoment, ActiviteitPage
from .agenda import AgendaPage, VacatureIndexPage
from .basis import KaartItemPage, Kosten, LocatieVelden
from .controle import Controleverzoek
from .inzicht import ZoekTelling
from .kaart import KaartPage
from .koppelingen import (
    AanbodDimensie,
    AanbodDoelgroep,
    AanbodGebied,
    AanbodVraag,
    ActiviteitDimensie,
    ActiviteitDoelgroep,
    ActiviteitGebied,
    ActiviteitKenmerk,
    ActiviteitVraag,
    OrganisatieGebied,
    VacatureDimensie,
    VacatureGebied,
    VacatureKenmerk,
)
from .organisatie import Openingstijd, OrganisatiePage
from .suggestie import Wijzigingsvoorstel
from .taxonomie import Dimensie, Doelgroep, Gebied, Kenmerk, Levensvraag, vertaald
from .vacature import VacaturePage
from .zelfcheck import AspectVraag, ZelfcheckPage, ZelfcheckStelling
from .zoekwoord import Zoekwoord

__all__ = [
    "AanbodDimensie", "AanbodDoelgroep", "AanbodGebied", "AanbodPage", "AanbodVraag", "AgendaPage", "VacatureIndexPage",
    "ActiviteitDimensie", "ActiviteitDoelgroep", "ActiviteitGebied", "ActiviteitKenmerk", "ActiviteitMoment",
    "ActiviteitPage", "ActiviteitVraag", "Controleverzoek",
    "Dimensie", "Doelgroep", "Gebied", "KaartItemPage", "KaartPage",
    "Kenmerk", "Kosten", "Levensvraag", "LocatieVelden", "Openingstijd", "OrganisatieGebied", "OrganisatiePage",
    "VacatureDimensie", "VacatureGebied", "VacatureKenmerk", "VacaturePage", "vertaald", "Wijzigingsvoorstel",
    "AspectVraag", "ZelfcheckPage", "ZelfcheckStelling",
    "ZoekTelling", "Zoekwoord",
]
from .contact import Aanmelding, Contactverzoek  # noqa: E402,F401,I001  (personal data, not content)
