"""Readability of Dutch text for editors who write at B1 level.

The Flesch–Douma score is the Dutch adaptation of Flesch reading ease:
    206.835 - 0.93 * (words / sentences) - 77 * (syllables / words)
Higher is easier. Texts for residents (B1) should score about 60 or higher. The syllable counter
is a rule of thumb (vowel groups, Dutch diphthongs as one sound, a trema starts a new syllable);
it is good enough to point editors at the sentences and words worth shortening.
"""

import html
import re
from dataclasses import dataclass, field

from django.utils.html import strip_tags
from django.utils.translation import gettext_lazy as _

LANGE_ZIN_WOORDEN = 20  # a sentence with more words than this is 'long'
LANG_WOORD_LETTERGREPEN = 4  # ... a word with more syllables than this is 'long'
LANG_WOORD_LETTERS = 13  # ... or with more letters than this
WOORDEN_PER_MINUUT = 180  # reading speed of an average B1 reader

# Longest first: 'aai' is one sound, not 'aa' + 'i'. A letter with a trema (ë, ï, ...) always
# starts a new syllable: ide-eën, ge-ïnteresseerd.
_KLANKEN = re.compile(
    r"aai|ooi|oei|eeu|ieu|eau|ij|ei|ou|au|ui|oe|eu|ie|aa|ee|oo|uu|[aeiouyàáâèéêìíîòóôùúû]|[äëïöü]"
)
_WOORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")
_ZINSEINDE = re.compile(r"(?<=[.!?…])[\"'”’)]*\s+|\n+")
_BLOK_EINDE = re.compile(r"</(p|h[1-6]|li|blockquote|div|figcaption|td|th)>|<br\s*/?>", re.IGNORECASE)


def lettergrepen(woord):
    """The number of syllables of a Dutch word (at least 1 for any word with letters)."""
    woord = woord.lower()
    if not any(teken.isalpha() for teken in woord):
        return 0
    return max(1, len(_KLANKEN.findall(woord)))


def is_lang_woord(woord):
    return lettergrepen(woord) > LANG_WOORD_LETTERGREPEN or len(woord) > LANG_WOORD_LETTERS


def platte_tekst(tekst):
    """Plain text from text that may contain HTML: block ends become line breaks (sentence ends)."""
    if not tekst:
        return ""
    tekst = _BLOK_EINDE.sub("\n", str(tekst))
    return html.unescape(strip_tags(tekst))


def zinnen(tekst):
    return [zin.strip() for zin in _ZINSEINDE.split(tekst) if zin and _WOORD.search(zin)]


def woorden(tekst):
    return _WOORD.findall(tekst)


@dataclass
class Leesbaarheid:
    score: float | None  # Flesch–Douma; None for a text without words
    woorden: int = 0
    zinnen: int = 0
    lettergrepen: int = 0
    gemiddelde_zinslengte: float = 0.0
    lange_zinnen: list = field(default_factory=list)
    lange_woorden: list = field(default_factory=list)

    @property
    def niveau(self):
        """'goed', 'redelijk' or 'moeilijk' (or 'leeg'): a key for styling and tests."""
        if self.score is None:
            return "leeg"
        if self.score >= 70:
            return "goed"
        if self.score >= 60:
            return "redelijk"
        return "moeilijk"

    @property
    def oordeel(self):
        return {
            "leeg": _("Er is nog geen tekst om te meten."),
            "goed": _("Goed leesbaar: past bij taalniveau B1."),
            "redelijk": _("Redelijk leesbaar. Maak een paar zinnen korter."),
            "moeilijk": _("Moeilijk leesbaar. Maak zinnen korter en kies eenvoudigere woorden."),
        }[self.niveau]

    @property
    def leestijd(self):
        """Reading time in whole minutes (at least 1 when there is text)."""
        if not self.woorden:
            return 0
        return max(1, round(self.woorden / WOORDEN_PER_MINUUT))


def meet(tekst):
    """Measure the readability of Dutch `tekst` (plain text or HTML)."""
    tekst = platte_tekst(tekst)
    alle_zinnen = zinnen(tekst)
    alle_woorden = woorden(tekst)
    if not alle_woorden:
        return Leesbaarheid(score=None)
    grepen = [lettergrepen(w) for w in alle_woorden]
    aantal_zinnen = max(1, len(alle_zinnen))
    woorden_per_zin = len(alle_woorden) / aantal_zinnen
    score = 206.835 - 0.93 * woorden_per_zin - 77 * (sum(grepen) / len(alle_woorden))
    # Each long word once, in lower case, in the order of the text.
    lange_woorden = list(dict.fromkeys(w.lower() for w in alle_woorden if is_lang_woord(w)))
    return Leesbaarheid(
        score=round(score, 1),
        woorden=len(alle_woorden),
        zinnen=aantal_zinnen,
        lettergrepen=sum(grepen),
        gemiddelde_zinslengte=round(woorden_per_zin, 1),
        lange_zinnen=[zin for zin in alle_zinnen if len(woorden(zin)) > LANGE_ZIN_WOORDEN],
        lange_woorden=lange_woorden,
    )
