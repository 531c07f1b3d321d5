"""LEEF magazine: archive and edition pages, print settings, short links, appearances, export jobs."""

from .editie import EditiePage, LeefArchiefPage, seizoen
from .gegevens import ExportTaak, KorteLink, Verschijning
from .instellingen import DrukInstellingen

__all__ = ["DrukInstellingen", "EditiePage", "ExportTaak", "KorteLink", "LeefArchiefPage", "Verschijning", "seizoen"]
