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
class HulpKader:
    """A story's 'wat hielp mij' box: what helped, each with its short link."""

    titel: str
    tekst: list = field(default_factory=list)  # paragraph markup
    links: list = field(default_factory=list)  # [(title, Link | None)]


@dataclass
class Verhaal:
    titel: str
    wie: str = ""
    citaat: str = ""
    intro: str = ""
    alineas: list = field(default_factory=list)  # paragraph markup, or ("citaat", text) pull quotes
    portret: Beeld | None = None
    onderschrift: str = ""
    link: Link | None = None
    hulp: list = field(default_factory=list)  # HulpKader


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
    wanneer: str  # 'di 6 apr 10.00-12.00' or 'elke dinsdag 10.00-12.00'
    titel: str
    plek: str = ""
    link: Link | None = None


@dataclass
class AgendaGroep:
    kop: str  # 'Week 15: 6 tot en met 12 april' or a place
    rijen: list = field(default_factory=list)


@dataclass
class Agenda:
    kop: str
    vast: list = field(default_factory=list)  # AgendaGroep per place: recurring activities
    weken: list = field(default_factory=list)  # AgendaGroep per week: one-off dates
    meer: str = ""  # where the rest is, when the editor capped the agenda


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
class Colofon:
    """Who makes the magazine and how to reach LEEF MEE: the last page, and the contact blocks."""

    redactie: str = ""
    telefoon: str = ""
    email: str = ""
    adres: str = ""
    website: str = ""  # public host, e.g. 'leefmee-duinwijk.nl'
    oplage: int | None = None
    drukker: str = ""
    fotos: str = ""  # photo credits of the edition: 'Omslag: Unsplash (CC0). Portretten: ...'
    zelfcheck: Link | None = None  # the 'Hoe gaat het met je?' self-check online
    dimensies: list = field(default_factory=list)  # [(name, explanation, '#colour')] of the six


@dataclass
class Editie:
    titel: str  # 'LEEF voorjaar 2027'
    magazine: str = "LEEF"
    thema: str = ""
    thema_uitleg: str = ""
    kleur: str = "#1d5f8a"
    inleiding: list = field(default_factory=list)
    secties: list = field(default_factory=list)
    partners: list = field(default_factory=list)  # organisation names of THIS municipality
    site_naam: str = "LEEF MEE"
    gemeente: str = ""
    omslag: Beeld | None = None
    colofon: Colofon = field(default_factory=Colofon)
