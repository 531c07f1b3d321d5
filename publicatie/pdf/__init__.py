"""Print-ready PDF of a LEEF edition with reportlab.

onderdelen.py  plain data the builder prints (no Django: the bench and tests build it directly)
pagina.py      page geometry: trim, bleed, slug, boxes, crop marks, running footer
stijlen.py     embedded fonts and paragraph styles (CMYK colours)
beelden.py     images at print size as CMYK JPEGs, downsampled to the maximum dpi; placeholders for broken ones
cmyk.py        RGB to CMYK through the shipped FOGRA39 print profile (publicatie/icc)
secties.py     flowables per section (story, card, agenda, text, image, spotlight, filler)
vakken.py      light boxes for cards, headers and the agenda (cheaper than platypus Table)
qr.py          QR codes as vector paths (reportlab's encoder, one path per code)
alinea.py      plain paragraphs set like a Paragraph but measured once
ttf.py         the shipped TrueType fonts loaded with bulk reads (same attributes as reportlab)
bouwer.py      the document template and the build; Django adapter for an EditiePage
"""
