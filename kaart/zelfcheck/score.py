"""A resident's six scores, and numbers written the way the reader's language writes them."""

from dataclasses import dataclass
from urllib.parse import urlencode

from django.utils import translation

from ..dimensies import ZES_DIMENSIES

MIN_SCORE, MAX_SCORE = 0, 10

# Languages whose readers expect Arabic-Indic digits (٠١٢٣...). The value sent by the form stays 0-10.
_ARABISCHE_CIJFERS = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")
_TALEN_MET_EIGEN_CIJFERS = {"ar": _ARABISCHE_CIJFERS}


def getal(n, taal=None):
    """`n` as text in the reader's digits: '7' in Dutch, '٧' in Arabic."""
    taal = (taal or translation.get_language() or "nl").split("-")[0]
    tekst = str(n)
    tabel = _TALEN_MET_EIGEN_CIJFERS.get(taal)
    return tekst.translate(tabel) if tabel else tekst


def is_rtl(taal=None):
    return translation.get_language_info((taal or translation.get_language() or "nl").split("-")[0])["bidi"]


@dataclass(frozen=True)
class Score:
    sleutel: str
    naam: str  # the dimension's name on the site, in the reader's language
    waarde: int
    kleur: str = "#1d5f8a"


@dataclass(frozen=True)
class Uitslag:
    scores: tuple  # six Score objects, in the dimensions' order

    @classmethod
    def uit_formulier(cls, cleaned_data, dimensies):
        """From a valid form's data; `dimensies` are the (localized) Dimensie rows by key."""
        scores = []
        for sleutel, _model, bewonersnaam, kleur, *_rest in ZES_DIMENSIES:
            dimensie = dimensies.get(sleutel)
            scores.append(Score(
                sleutel=sleutel,
                naam=dimensie.bewonersnaam if dimensie else bewonersnaam,
                waarde=cleaned_data[sleutel],
                kleur=dimensie.kleur if dimensie else kleur,
            ))
        return cls(tuple(scores))

    def querystring(self, keuzes=()):
        """The query string of the shareable link: only the scores (and the chosen subjects)."""
        paren = [(s.sleutel, s.waarde) for s in self.scores] + [("kies", k) for k in keuzes]
        return urlencode(paren)

    def waarde(self, sleutel):
        return next(s.waarde for s in self.scores if s.sleutel == sleutel)

    @property
    def laagste(self):
        """The keys of the lowest-scoring dimensions: a suggestion for 'Waar wil je iets aan doen?'."""
        minimum = min(s.waarde for s in self.scores)
        return [s.sleutel for s in self.scores if s.waarde == minimum]
