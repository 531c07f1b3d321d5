"""Partner-written text on its way into reportlab's paragraph markup.

reportlab reads `<img>`, `<a>`, `<font>` and friends in a Paragraph: text a partner typed must never
be read as markup (it could embed a server file, add a link or make the export fail). Everything
here escapes text and only ever emits the tags it creates itself, balanced.
"""

from html import escape
from html.parser import HTMLParser

# The only inline styling carried over from rich text into print.
_VET, _CURSIEF = {"b", "strong"}, {"i", "em"}
_BLOK_EINDE = {"p", "li", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "div"}


def esc(tekst):
    """Plain text as paragraph markup that prints literally."""
    return escape(str(tekst or ""), quote=False)


class _Alineas(HTMLParser):
    """Rich text (Wagtail's HTML) to paragraphs of markup with only <b> and <i>, always balanced."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.alineas, self.huidig, self.open = [], [], []

    def _zet(self, tag, aan):
        if aan and tag not in self.open:
            self.open.append(tag)
            self.huidig.append(f"<{tag}>")
        elif not aan and tag in self.open:
            # close in reverse order and reopen what was inside, so tags never cross
            binnen = self.open[self.open.index(tag) + 1:]
            for t in reversed(self.open[self.open.index(tag):]):
                self.huidig.append(f"</{t}>")
            self.open = self.open[:self.open.index(tag)]
            for t in binnen:
                self._zet(t, True)

    def _sluit_alinea(self):
        for t in reversed(self.open):
            self.huidig.append(f"</{t}>")
        tekst = "".join(self.huidig).strip()
        zonder_tags = tekst.replace("<b>", "").replace("</b>", "").replace("<i>", "").replace("</i>", "").strip()
        if zonder_tags:
            self.alineas.append(tekst)
        self.huidig, heropen, self.open = [], self.open, []
        for t in heropen:
            self._zet(t, True)

    def handle_starttag(self, tag, attrs):
        if tag in _VET:
            self._zet("b", True)
        elif tag in _CURSIEF:
            self._zet("i", True)
        elif tag == "br":
            self._sluit_alinea()

    def handle_endtag(self, tag):
        if tag in _VET:
            self._zet("b", False)
        elif tag in _CURSIEF:
            self._zet("i", False)
        elif tag in _BLOK_EINDE:
            self._sluit_alinea()

    def handle_data(self, data):
        self.huidig.append(esc(data))

    def klaar(self):
        self.close()
        self._sluit_alinea()  # closes what is still open; the reopened tags are dropped
        return self.alineas


def alineas_uit_html(html):
    """Paragraph markup per paragraph or list item of rich text, bold and italic kept."""
    if not html:
        return []
    parser = _Alineas()
    parser.feed(str(html))
    return parser.klaar()
