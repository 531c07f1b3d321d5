"""The content of a printed edition as plain data: what `bouwer` prints, independent of Django."""

from dataclasses import dataclass, field


@dataclass
class Beeld:
    bron: object  # a file path, bytes, or None when missing
    px_breed: int = 0
    px_hoog: int = 0
    alt: str = ""
    naam: str = ""


@dataclass
class Link:
    url: str  # full URL encoded in the QR code
    tekst: str  # short readable URL printed next to it, e.g. 'leefmee.nl/l/7kq2m'
    code: str = ""


@dataclass
class Dimensie:
    kop: str
    naam: str
    uitleg: str = ""
    alineas: list = field(default_factory=list)
    kleur: str = "#1d5f8a"


@dataclass
class Verhaal:
    titel: str
    wie: str = ""
    citaat: str = ""
    intro: str = ""
    alineas: list = field(default_factory=list)
    portret: Beeld | None = None
    link: Link | None = None


@dataclass
class Kaartje:
    """An offering, organisation or volunteer vacancy as a card with contact details."""

    titel: str
    soort: str = ""
    organisatie: str = ""
    tekst: str = ""
    contact: list = field(default_factory=list)
    link: Link | None = None


@dataclass
class Vacatures:
    kop: str
    kaartjes: list = field(default_factory=list)


@dataclass
class AgendaRij:
    datum: str
    tijd: str
    titel: str
    plek: str = ""
    link: Link | None = None


@dataclass
class Agenda:
    kop: str
    rijen: list = field(default_factory=list)


@dataclass
class Tekst:
    kop: str
    alineas: list = field(default_factory=list)
    auteur: str = ""


@dataclass
class BeeldSectie:
    beeld: Beeld
    onderschrift: str = ""
    paginabreed: bool = False


@dataclass
class Editie:
    titel: str  # 'LEEF voorjaar 2027'
    magazine: str = "LEEF"
    thema: str = ""
    thema_uitleg: str = ""
    kleur: str = "#1d5f8a"
    inleiding: list = field(default_factory=list)
    secties: list = field(default_factory=list)
    partners: list = field(default_factory=list)  # names for the filler page
    site_naam: str = "LEEF MEE"
