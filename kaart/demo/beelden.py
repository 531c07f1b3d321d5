"""Pictures of the demo offerings: drawings made for this demo in the colours of the six dimensions
(kaart/demo_beelden/, sources as SVG, CC0; see CREDITS.md there). One drawing serves several
offerings that are about the same thing; an offering without one shows no picture."""

from pathlib import Path

from leefmee.demo import zorg_voor_afbeelding

MAP = Path(__file__).resolve().parent.parent / "demo_beelden"

# file: (title, alt text in B1 Dutch: what can you see?)
TEKENINGEN = {
    "koffie": ("Tekening: koffie in de buurtkamer",
               "Tekening van een tafel met een theepot, twee bekers koffie en koekjes. Door het raam zie je de duinen."),
    "wandelen": ("Tekening: wandelen in de duinen",
                 "Tekening van twee mensen en een hond die samen over een pad door de duinen lopen."),
    "tuin": ("Tekening: de buurttuin",
             "Tekening van een buurttuin met bakken vol groente, een gieter en een schep."),
    "geld": ("Tekening: de administratie op orde",
             "Tekening van een tafel met een map vol papieren, een rekenmachine, een brief en een kop koffie."),
    "praten": ("Tekening: samen praten",
               "Tekening van twee mensen die in een stoel tegenover elkaar zitten en praten, met koffie tussen hen in."),
    "boeken": ("Tekening: lezen, leren en de computer",
               "Tekening van een boekenkast, een open boek, een leesbril en een tablet op tafel."),
}

PER_AANBOD = {
    "koffie": ["buurtmaatje", "inloop", "buurtkamer", "bezoekwerk", "taalmaatje", "even-vrij"],
    "wandelen": ["start-met-wandelen", "fit-na-65", "aangepast-sporten", "leefstijlcoach"],
    "tuin": ["buurttuin", "klusgroep", "vrijwillige-hulp-thuis"],
    "geld": ["formulierenhulp", "thuisadministratie", "schuldhulpmaatje", "cursus-rondkomen", "belastinghulp",
             "geld-en-jongeren"],
    "praten": ["sociaal-werker-spreken", "verder-na-verlies", "praktijkondersteuner-ggz", "herstelgroep",
               "luisterlijn-duinwijk", "mantelzorgconsulent", "ouderenadviseur", "praten-met-jongerenwerker"],
    "boeken": ["klik-en-tik", "informatiepunt-digitale-overheid", "taalhuis", "boek-aan-huis", "huiswerkbegeleiding",
               "begeleiding-nieuwkomers"],
}


def tekeningen_per_aanbod():
    """{offering slug: Wagtail image}, the images made once."""
    uit = {}
    for naam, slugs in PER_AANBOD.items():
        titel, alt = TEKENINGEN[naam]
        beeld = zorg_voor_afbeelding(titel, MAP / f"{naam}.jpg", alt)
        uit.update({slug: beeld for slug in slugs})
    return uit
