"""LEEF magazine: archive and edition pages, print settings, short links, appearances, export jobs."""

from .editie import EditiePage, LeefArchiefPage, niet_verschenen_q, seizoen
from .gegevens import ExportTaak, KorteLink, Verschijning
from .instellingen import DrukInstellingen
from .planning import EditieArtikel
from .taken import EditieTaak

__all__ = [
    "DrukInstellingen", "EditieArtikel", "EditiePage", "EditieTaak", "ExportTaak", "KorteLink", "LeefArchiefPage",
    "Verschijning", "niet_verschenen_q", "seizoen",
]
