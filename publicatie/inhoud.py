"""From an EditiePage's sections to what is printed and shown online.

Chosen pages are loaded in one go (ids from the raw StreamField data, then `.specific()`), so the
number of queries does not grow with the number of sections.
"""

import html
import re
from dataclasses import dataclass

from django.utils.translation import gettext as _
from wagtail.models import Page

from leefmee.zichtbaarheid import is_zichtbaar, zichtbaar

from .drukbeelden import beeld_van, scherp_genoeg
from .pdf import onderdelen as o
from .pdf.opmaak import alineas_uit_html, esc
from .pdf.pagina import Geometrie

PAGINA_VELDEN = {"verhaal": "verhaal", "aanbod": "pagina"}


def gekozen_ids(editie):
    """Ids of every page chosen in the edition's sections, in order (no queries)."""
    ids = []
    for blok in editie.inhoud.raw_data:
        waarde = blok.get("value") or {}
        veld = PAGINA_VELDEN.get(blok.get("type"))
        if veld and waarde.get(veld):
            ids.append(waarde[veld])
        if blok.get("type") == "vacatures":
            ids += [v.get("value") if isinstance(v, dict) else v for v in waarde.get("vacatures") or []]
    return [i for i in ids if i]


def laad_paginas(ids):
    return {p.pk: p for p in Page.objects.filter(pk__in=ids).specific()}


def drukbaar(p):
    """Whether a chosen page may be printed and listed: the one rule of leefmee.zichtbaarheid
    (live, not behind a login, password or group restriction)."""
    return p is not None and is_zichtbaar(p)


def platte_tekst(bron):
    return html.unescape(re.sub(r"<[^>]+>", "", " ".join(alineas_uit_html(bron))))


def geometrie(site):
    from .models import DrukInstellingen

    if site is None:
        return Geometrie()
    d = DrukInstellingen.for_site(site)
    return Geometrie.uit_mm(d.breedte_mm, d.hoogte_mm, d.afloop_mm, d.snijtekens_mm, d.max_dpi, d.min_dpi)


def korte_url_basis(site, request=None):
    """The public host printed in every URL and QR code: the print setting, else the site's host."""
    from .models import DrukInstellingen

    basis = DrukInstellingen.for_site(site).korte_url_basis if site else ""
    if not basis and site:
        basis = site.hostname if site.port in (80, 443) else f"{site.hostname}:{site.port}"
    basis = (basis or "localhost").strip().rstrip("/")
    return re.sub(r"^https?://", "", basis)


def is_lokaal_adres(basis):
    """True for a host nobody outside this machine can open (localhost, an IP, a name without a dot)."""
    host = basis.split("/")[0].split(":")[0].lower()
    return (host in ("", "localhost") or host.endswith((".localhost", ".local", ".internal", ".test"))
            or re.fullmatch(r"[\d.]+", host) is not None or "." not in host)


@dataclass
class Item:
    """One section resolved: its block type, the raw value, the chosen page (if any)."""

    soort: str
    waarde: object
    pagina: object = None


def _van_deze_site(qs, editie):
    """Only pages of the edition's own municipality (its site's tree), in its language."""
    site = editie.get_site()
    qs = qs.filter(locale_id=editie.locale_id)
    if site is None:
        return qs
    root = site.root_page
    if root.locale_id != editie.locale_id:
        root = root.get_translation_or_none(editie.locale) or root
    return qs.descendant_of(root, inclusive=True)


def activiteiten(editie, uitsluiten=()):
    """This municipality's live activities in the edition's language, with their moments."""
    from kaart.models import ActiviteitPage, OrganisatiePage

    acts = list(_van_deze_site(zichtbaar(ActiviteitPage.objects.all()), editie).exclude(pk__in=list(uitsluiten))
                .prefetch_related("momenten"))
    # An activity without its own place is held at its organisation's: one query for all parents.
    ouders = {p: (naam, plaats) for p, naam, plaats in OrganisatiePage.objects.filter(
        path__in={a.path[:-a.steplen] for a in acts}).values_list("path", "locatie_naam", "plaats")}
    for act in acts:
        if not (act.locatie_naam or act.plaats):
            act.plek_van_organisatie = ", ".join(x for x in ouders.get(act.path[:-act.steplen], ()) if x)
    return acts


def vacatures_auto(editie, maximaal):
    from kaart.models import VacaturePage

    vacatures = _van_deze_site(zichtbaar(VacaturePage.objects.all()), editie)
    return list(vacatures.order_by("-first_published_at")[:maximaal])


def items(editie):
    """The sections with their chosen pages (stories, offerings, vacancies) resolved."""
    paginas = laad_paginas(gekozen_ids(editie))
    uit = []
    for blok in editie.inhoud.raw_data:
        soort, waarde = blok.get("type"), blok.get("value") or {}
        veld = PAGINA_VELDEN.get(soort)
        if veld:
            uit.append(Item(soort, waarde, paginas.get(waarde.get(veld))))
        elif soort == "vacatures":
            ids = [v.get("value") if isinstance(v, dict) else v for v in waarde.get("vacatures") or []]
            ids = [i for i in ids if i]  # an empty chooser row is not a choice: then automatic
            gekozen = [paginas[i] for i in ids if i in paginas]
            if not ids:
                gekozen = vacatures_auto(editie, waarde.get("maximaal") or 6)
            uit.append(Item(soort, waarde, gekozen))
        else:
            uit.append(Item(soort, waarde))
    return uit


def online_inhoud(editie, locale=None):
    """What was in the edition, for the public page: published pages with their links.

    The magazine prints Dutch; online, a reader of the edition in another language (`locale`) is
    sent to each page in that language when it exists there (a translation, or the page in that
    language's tree with the Dutch text and a notice), else to the Dutch page. One extra query.
    """
    result = []
    for item in items(editie):
        paginas = item.pagina if isinstance(item.pagina, list) else [item.pagina]
        for p in paginas:
            if drukbaar(p):
                result.append(p)
    if locale is None or not result or all(p.locale_id == locale.pk for p in result):
        return result
    vertaald = {p.translation_key: p for p in zichtbaar(Page.objects.filter(
        locale=locale, translation_key__in={p.translation_key for p in result})).specific()}
    return [vertaald.get(p.translation_key, p) for p in result]


def _contact(p):
    regels = []
    org = p.get_parent().specific if p.__class__.__name__ != "OrganisatiePage" else p
    telefoon = getattr(p, "telefoon", "") or getattr(org, "telefoon", "")
    email = getattr(p, "email", "") or getattr(org, "email", "")
    if telefoon:
        regels.append(f"Bel {telefoon}")
    if email:
        regels.append(f"Mail {email}")
    adres = getattr(p, "adres_regel", "") or getattr(org, "adres_regel", "")
    if adres:
        regels.append(adres)
    return regels, (org.title if org is not p else "")


def _link(p, links, basis):
    link = links.get(p.pk)
    if not link:
        return None
    return o.Link(url=f"https://{basis}/l/{link.code}/", tekst=f"{basis}/l/{link.code}", code=link.code)


def _verhaal_body(p, links, basis, hulp_paginas):
    """A story's text: paragraphs, headings, pull quotes; its 'wat hielp mij' boxes apart."""
    body, kaders = [], []
    for blok in getattr(getattr(p, "body", None), "raw_data", []) or []:
        soort, v = blok.get("type"), blok.get("value")
        if soort == "alinea":
            body += alineas_uit_html(v)
        elif soort == "kop":
            body.append(f"<b>{esc(v)}</b>")
        elif soort == "citaat" and (v or {}).get("tekst"):
            body.append(("citaat", platte_tekst(v["tekst"])))
        elif soort in ("kader", "wat_hielp_mij"):
            v = v or {}
            gelinkt = [hulp_paginas.get(i.get("value") if isinstance(i, dict) else i) for i in v.get("links") or []]
            kaders.append(o.HulpKader(titel=v.get("titel") or "", tekst=alineas_uit_html(v.get("tekst")),
                                      links=[(x.title, _link(x, links, basis)) for x in gelinkt
                                             if drukbaar(x)]))
    return body, kaders


def _hulp_ids(paginas):
    ids = []
    for p in paginas:
        for blok in getattr(getattr(p, "body", None), "raw_data", []) or []:
            if blok.get("type") == "wat_hielp_mij":
                links = (blok.get("value") or {}).get("links") or []
                ids += [i.get("value") if isinstance(i, dict) else i for i in links]
    return ids


def _partners(editie):
    """Organisations of this municipality only: (name, phone or place) for the partners page."""
    from kaart.models import OrganisatiePage

    rijen = _van_deze_site(zichtbaar(OrganisatiePage.objects.all()), editie).order_by("title").values_list(
        "title", "telefoon", "plaats")
    gezien, uit = set(), []
    for titel, telefoon, plaats in rijen:
        if titel not in gezien:
            gezien.add(titel)
            uit.append((titel, " · ".join(x for x in (telefoon, plaats) if x)))
    return uit


def _zelfcheck_pagina(editie):
    from kaart.models import ZelfcheckPage

    return _van_deze_site(zichtbaar(ZelfcheckPage.objects.all()), editie).first()


def pdf_editie(editie, request=None):
    """(onderdelen.Editie, Geometrie, meldingen) for an EditiePage."""
    from wagtail.images import get_image_model

    from kaart.models import Dimensie
    from leefmee.models import SiteInstellingen

    from .inhoud_agenda import agenda_regels, agenda_sectie
    from .models import DrukInstellingen, KorteLink

    site = editie.get_site()
    instellingen = SiteInstellingen.for_site(site) if site else None
    druk = DrukInstellingen.for_site(site) if site else None
    basis = korte_url_basis(site, request)
    meldingen = []
    if is_lokaal_adres(basis):
        meldingen.append(f"Links en QR-codes wijzen naar '{basis}', dat buiten deze computer niet werkt. "
                         "Vul in Drukinstellingen het openbare webadres in.")
    g = geometrie(site)
    alle = items(editie)
    agenda_per_blok, linkbaar = {}, []
    verhalen = [i.pagina for i in alle if i.soort == "verhaal" and i.pagina is not None]
    hulp_paginas = laad_paginas(_hulp_ids(verhalen))
    zelfcheck = _zelfcheck_pagina(editie)
    for i, item in enumerate(alle):
        if item.soort == "agenda":
            w = item.waarde
            acts = activiteiten(editie, [u.get("value") if isinstance(u, dict) else u
                                         for u in w.get("uitsluiten") or []])
            agenda_per_blok[i] = agenda_regels(editie, acts, w.get("maximaal") or 40)
            linkbaar += agenda_per_blok[i].activiteiten
        elif isinstance(item.pagina, list):
            linkbaar += item.pagina
        elif item.pagina is not None:
            linkbaar.append(item.pagina)
    linkbaar += [p for p in hulp_paginas.values()] + ([zelfcheck] if zelfcheck else [])
    links = KorteLink.voor_paginas([p for p in linkbaar if drukbaar(p)])
    thema = editie.thema.localized if editie.thema else None
    kleur = thema.kleur if thema else (instellingen.kleur_primair if instellingen else "#1d5f8a")
    dimensies = {}  # the cover: the editors' cover photo, else the first photo sharp enough for it
    omslag = beeld_van(editie.foto, editie.foto_alt_tekst, g.omslag_foto[2:], g.max_dpi, vullen=True)
    secties = []
    for i, item in enumerate(alle):
        w, p = item.waarde, item.pagina
        if item.soort in ("verhaal", "aanbod") and not drukbaar(p):
            meldingen.append(f"Sectie {i + 1}: de gekozen pagina is niet gepubliceerd, afgeschermd of bestaat "
                             "niet meer; weggelaten.")
            continue
        if item.soort == "verhaal":
            portret = getattr(p, "portret", None)
            alt = getattr(p, "portret_alt_tekst", "") if portret else ""
            body, kaders = _verhaal_body(p, links, basis, hulp_paginas)
            beeld = beeld_van(portret, alt, g.portret_maat, g.max_dpi, vullen=True) if portret else None
            if portret is not None and omslag is None and scherp_genoeg(portret, g.omslag_foto[2:], g.max_dpi):
                omslag = beeld_van(portret, alt, g.omslag_foto[2:], g.max_dpi, vullen=True)
            secties.append(o.Verhaal(titel=p.title, wie=getattr(p, "wie", ""), citaat=getattr(p, "citaat", ""),
                                     intro=getattr(p, "intro", ""), alineas=body, portret=beeld, onderschrift=alt,
                                     link=_link(p, links, basis), hulp=kaders))
        elif item.soort == "aanbod":
            contact, org = _contact(p)
            secties.append(o.Kaartje(titel=p.title, soort=str(p._meta.verbose_name), organisatie=org,
                                     tekst=getattr(p, "korte_beschrijving", ""), contact=contact,
                                     link=_link(p, links, basis)))
        elif item.soort == "vacatures":
            kaartjes = []
            for v in item.pagina:
                if not drukbaar(v):
                    meldingen.append(f"Vacature '{v.title}' is niet gepubliceerd of afgeschermd; weggelaten.")
                    continue
                contact, org = _contact(v)
                kaartjes.append(o.Kaartje(titel=v.title, soort=_("Vrijwilligerswerk"), organisatie=org,
                                          tekst=f"{v.korte_beschrijving} {v.tijd}".strip(), contact=contact,
                                          link=_link(v, links, basis)))
            secties.append(o.Vacatures(kop=w.get("kop") or _("Vrijwilliger worden?"), kaartjes=kaartjes))
        elif item.soort == "agenda":
            secties.append(agenda_sectie(w.get("kop") or _("Agenda"), agenda_per_blok[i], w.get("maximaal") or 40,
                                         lambda act: _link(act, links, basis), basis))
            if agenda_per_blok[i].totaal > (w.get("maximaal") or 40):
                meldingen.append(f"Sectie {i + 1}: de agenda is ingekort tot {w.get('maximaal') or 40} regels.")
        elif item.soort == "tekst":
            secties.append(o.Tekst(kop=w.get("kop", ""), alineas=alineas_uit_html(w.get("tekst")),
                                   auteur=w.get("auteur", "")))
        elif item.soort == "dimensie":
            dimensies[i] = w.get("dimensie")
            secties.append(("dimensie", w))
        elif item.soort == "beeld":
            secties.append(("beeld", w))
    # Snippets and images of the remaining sections, in bulk.
    dim_map = {d.pk: d.localized for d in Dimensie.objects.filter(pk__in=[d for d in dimensies.values() if d])}
    beeld_ids = [w.get("afbeelding", {}).get("image") for s, w in (x for x in secties if isinstance(x, tuple))
                 if s == "beeld"]
    img_map = {im.pk: im for im in get_image_model().objects.filter(pk__in=[b for b in beeld_ids if b])}
    klaar = []
    for sectie in secties:
        if not isinstance(sectie, tuple):
            klaar.append(sectie)
            continue
        soort, w = sectie
        if soort == "dimensie":
            d = dim_map.get(w.get("dimensie"))
            if d is None:
                meldingen.append("Een dimensie-sectie heeft geen dimensie; weggelaten.")
                continue
            klaar.append(o.Dimensie(kop=w.get("kop") or d.bewonersnaam, naam=d.bewonersnaam, uitleg=d.uitleg,
                                    alineas=alineas_uit_html(w.get("tekst")), kleur=d.kleur))
        else:
            a = w.get("afbeelding") or {}
            im = img_map.get(a.get("image"))
            if im is None:
                b = o.Beeld(None, naam="(verwijderd)")
            elif w.get("paginabreed"):
                b = beeld_van(im, a.get("alt_text"), g.afloop_maat, g.max_dpi, vullen=True)
                if omslag is None and scherp_genoeg(im, g.omslag_foto[2:], g.max_dpi):
                    omslag = b
            else:
                b = beeld_van(im, a.get("alt_text"), (g.tekstvlak[2], g.tekstvlak[3] * 0.55), g.max_dpi)
            klaar.append(o.BeeldSectie(beeld=b, onderschrift=w.get("onderschrift", ""),
                                       paginabreed=bool(w.get("paginabreed"))))
    zes = [(d.bewonersnaam, d.uitleg, d.kleur) for d in Dimensie.objects.filter(locale_id=editie.locale_id)
           .order_by("volgorde", "pk")][:6]
    gemeente = instellingen.gemeente_naam if instellingen else ""
    site_naam = instellingen.site_naam if instellingen else "LEEF MEE"
    colofon = o.Colofon(
        redactie=_("Redactie %(site)s") % {"site": f"{site_naam} {gemeente}".strip()},
        telefoon=instellingen.telefoon if instellingen else "", email=instellingen.email if instellingen else "",
        adres=instellingen.adres if instellingen else "", website=basis,
        oplage=getattr(druk, "oplage", None), drukker=getattr(druk, "drukker", ""), fotos=editie.fotoverantwoording,
        zelfcheck=_link(zelfcheck, links, basis) if zelfcheck else None, dimensies=zes)
    editie_data = o.Editie(
        titel=editie.title, magazine=instellingen.magazine_naam if instellingen else "LEEF",
        thema=thema.bewonersnaam if thema else "", thema_uitleg=thema.uitleg if thema else "", kleur=kleur,
        inleiding=alineas_uit_html(editie.inleiding), secties=klaar, partners=_partners(editie) if site else [],
        site_naam=site_naam, gemeente=gemeente, omslag=omslag, colofon=colofon,
    )
    return editie_data, g, meldingen
