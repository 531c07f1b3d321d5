"""Import HSDS 3.0 (JSON with nested services, or the CSV tabular form) as DRAFTS for review.

Rules:
- Never publishes. New and changed pages get a draft revision and are submitted to the page's
  workflow when one is configured (and none is in progress yet).
- Matched by stable id: the HSDS `id` is the page's `translation_key` (what `export_hsds` writes).
- Each organisation with its services is one transaction: a bad service rolls back its organisation.
- Same input twice: the second run reports "unchanged" everywhere and writes no revision.
- Every record is reported: created / updated / unchanged / error, with its JSON path and the reason.
"""

import json
import uuid
from dataclasses import dataclass, field
from pathlib import Path

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import translation
from django.utils.text import slugify

from kaart.models import (
    AanbodPage,
    ActiviteitMoment,
    ActiviteitPage,
    Gebied,
    KaartPage,
    Openingstijd,
    OrganisatiePage,
)

from . import mapping as m
from . import tabel, validatie
from .omzetten import (
    LEGE_LOCATIE,
    ImportFout,
    _telefoon,
    _tijd,
    aanbod_velden,
    activiteit_velden,
    is_activiteit,
    locatie_velden,
    momenten,
    rich,
    splits_beschrijving,
    taxonomie_links,
)

CREATED, UPDATED, UNCHANGED, ERROR = "created", "updated", "unchanged", "error"
PAGE_VELDEN_NIET_VALIDEREN = [
    "path", "depth", "numchild", "url_path", "content_type", "draft_title", "live_revision", "latest_revision",
    "translation_key", "locale", "slug", "owner", "locked_by", "latest_revision_created_at",
]


@dataclass
class Regel:
    pad: str
    soort: str
    id: str
    naam: str
    status: str
    reden: str = ""

    def __str__(self):
        tekst = f"{self.status:9} {self.soort:11} {self.pad} {self.naam!s:.60}"
        return f"{tekst} — {self.reden}" if self.reden else tekst


@dataclass
class Rapport:
    regels: list = field(default_factory=list)

    def voeg_toe(self, *args, **kwargs):
        self.regels.append(Regel(*args, **kwargs))

    @property
    def fouten(self):
        return [r for r in self.regels if r.status == ERROR]

    def telling(self):
        result = {CREATED: 0, UPDATED: 0, UNCHANGED: 0, ERROR: 0}
        for regel in self.regels:
            result[regel.status] += 1
        return result


def _limiet():
    return getattr(settings, "OPENDATA_IMPORT_MAX_BYTES", 20 * 1024 * 1024)


# --- Reading ----------------------------------------------------------------------------------
def lees(pad):
    """The organisation records of a file or export directory: [(json path, dict)].
    Raises ImportFout for a file that cannot be used at all."""
    pad = Path(pad)
    if pad.is_dir():
        pad = pad / "organizations.json"
    if not pad.is_file():
        raise ImportFout(str(pad), "Dit bestand bestaat niet.")
    limiet = _limiet()
    grootte = pad.stat().st_size
    if grootte > limiet:
        raise ImportFout(str(pad), f"Het bestand is te groot: {grootte} bytes, de grens is {limiet} bytes "
                                   "(instelling OPENDATA_IMPORT_MAX_BYTES). Splits het bestand.")
    try:
        data = json.loads(pad.read_text(encoding="utf-8"))
    except UnicodeDecodeError:
        raise ImportFout(str(pad), "Het bestand is geen UTF-8-tekst.") from None
    except json.JSONDecodeError as exc:
        raise ImportFout(f"{pad}:{exc.lineno}:{exc.colno}",
                         f"Geen geldige JSON op regel {exc.lineno}, kolom {exc.colno}: {exc.msg}.") from None
    if isinstance(data, dict) and isinstance(data.get("contents"), list):
        return [(f"$.contents[{i}]", r) for i, r in enumerate(data["contents"])]
    if isinstance(data, dict) and isinstance(data.get("organizations"), list):
        return [(f"$.organizations[{i}]", r) for i, r in enumerate(data["organizations"])]
    if isinstance(data, list):
        return [(f"$[{i}]", r) for i, r in enumerate(data)]
    if isinstance(data, dict) and "id" in data:
        return [("$", data)]
    raise ImportFout("$", "Verwacht een lijst met organisaties (HSDS organization-objecten), "
                          "een object met 'contents' of één organisatie.")


# --- Writing ----------------------------------------------------------------------------------
RELATIES = {key: relatie for key, _m, relatie, _v, _n in m.TAXONOMIEEN}
FK = {key: veld for key, _m, _r, veld, _n in m.TAXONOMIEEN}


def snapshot(page, velden):
    data = {naam: getattr(page, naam) for naam in velden}
    for key, relatie in RELATIES.items():
        if hasattr(page, relatie):
            data[relatie] = sorted(getattr(r, f"{FK[key]}_id") for r in getattr(page, relatie).all())
    if hasattr(page, "momenten"):
        data["momenten"] = [(x.herhaling, x.datum, x.tot_en_met, x.begintijd, x.eindtijd) for x in page.momenten.all()]
    if hasattr(page, "openingstijden"):
        data["openingstijden"] = [(x.dag, x.open, x.dicht) for x in page.openingstijden.all()]
    return data


def pas_toe(page, velden, links, kinderen):
    for naam, waarde in velden.items():
        setattr(page, naam, waarde)
    for key, relatie in RELATIES.items():
        if hasattr(page, relatie):
            link_model = type(page)._meta.get_field(relatie).related_model
            setattr(page, relatie, [link_model(**{f"{FK[key]}_id": pk}) for pk in links.get(key, [])])
    for relatie, (model, rijen) in kinderen.items():
        setattr(page, relatie, [model(**rij) for rij in rijen])


def _valideer_velden(page, pad):
    try:
        page.clean_fields(exclude=PAGE_VELDEN_NIET_VALIDEREN)
        page.clean()
    except ValidationError as exc:
        details = "; ".join(f"{k}: {' '.join(map(str, v))}" for k, v in exc.message_dict.items()) \
            if hasattr(exc, "error_dict") else " ".join(exc.messages)
        raise ImportFout(pad, f"Ongeldige waarde — {details}") from None


def _unieke_slug(parent, naam):
    basis = slugify(naam)[:70] or "item"
    bestaand = set(parent.get_children().filter(slug__startswith=basis).values_list("slug", flat=True))
    slug, n = basis, 2
    while slug in bestaand:
        slug, n = f"{basis}-{n}", n + 1
    return slug


def schrijf(model, bestaand, parent, id, velden, links, kinderen, pad, user):
    """Create or update one page as a draft. Returns CREATED / UPDATED / UNCHANGED and the page."""
    namen = list(velden)
    if bestaand is not None:
        page = bestaand.get_latest_revision_as_object()
        voor = snapshot(page, namen)
        pas_toe(page, velden, links, kinderen)
        if snapshot(page, namen) == voor:
            return UNCHANGED, bestaand
        _valideer_velden(page, pad)
        status = UPDATED
    else:
        page = model(slug=_unieke_slug(parent, velden["title"]), locale=parent.locale, translation_key=id,
                     live=False)
        pas_toe(page, velden, links, kinderen)
        _valideer_velden(page, pad)
        parent.add_child(instance=page)
        status = CREATED
    try:
        page.save_revision(user=user, log_action=True)
    except ValidationError as exc:
        raise ImportFout(pad, f"Ongeldige waarde — {' '.join(exc.messages)}") from None
    workflow = page.get_workflow()
    if workflow is not None and not page.workflow_in_progress:
        workflow.start(page, user)
    return status, page


class Importeur:
    def __init__(self, user=None):
        self.user = user
        self.rapport = Rapport()
        self.termen = m.TermIndex()
        self.termen.by_naam_gebied = {
            g.naam.strip().lower(): g for g in Gebied.objects.filter(locale=m.default_locale())
        }

    def importeer(self, pad):
        bronnen = None
        try:
            if tabel.is_tabel(pad):
                records, bronnen = tabel.lees_tabel(pad, _limiet())
            else:
                records = lees(pad)
        except (ImportFout, tabel.TabelFout) as exc:
            self.rapport.voeg_toe(exc.pad, "bestand", "", str(pad), ERROR, exc.reden)
            return self.rapport
        kaart = KaartPage.objects.filter(locale=m.default_locale()).order_by("path").first()
        if kaart is None:
            self.rapport.voeg_toe("$", "bestand", "", str(pad), ERROR,
                                  "Er is geen kaartpagina (KaartPage) om organisaties onder te zetten. "
                                  "Maak die eerst aan.")
            return self.rapport
        dubbel = self._dubbele_ids(records)
        for rec_pad, record in records:
            self._organisatie(kaart, rec_pad, record, dubbel)
        if bronnen is not None:  # CSV: point at file and line
            for regel in self.rapport.regels:
                regel.pad = tabel.bron_van(records, regel.pad, bronnen)
        return self.rapport

    def _dubbele_ids(self, records):
        gezien, dubbel = set(), set()
        for _pad, org in records:
            if not isinstance(org, dict):
                continue
            objecten = [org, *[s for s in org.get("services") or [] if isinstance(s, dict)]]
            for obj in objecten:
                id = str(obj.get("id"))
                (dubbel if id in gezien else gezien).add(id)
        return dubbel

    def _organisatie(self, kaart, pad, org, dubbel):
        naam = org.get("name", "") if isinstance(org, dict) else ""
        id = org.get("id", "") if isinstance(org, dict) else ""
        if not isinstance(org, dict):
            self.rapport.voeg_toe(pad, "organisatie", "", "", ERROR, "Verwacht een object (organisatie).")
            return
        org = validatie.zonder_lege_waarden(org)
        fouten = validatie.fouten(org, "organization", pad)
        if fouten:
            self.rapport.voeg_toe(fouten[0][0], "organisatie", str(id), naam, ERROR,
                                  "; ".join(f"{p}: {r}" for p, r in fouten[:5]))
            return
        ids = [org["id"], *[s["id"] for s in org.get("services") or []]]
        dubbele = [i for i in ids if i in dubbel]
        if dubbele:
            self.rapport.voeg_toe(pad, "organisatie", id, naam, ERROR,
                                  f"Dubbele id in het bestand: {', '.join(dubbele)}. Elke id mag één keer voorkomen.")
            return
        regels = []
        try:
            with transaction.atomic():
                regels = self._schrijf_organisatie(kaart, pad, org)
        except ImportFout as exc:
            self.rapport.voeg_toe(exc.pad, "organisatie", id, naam, ERROR,
                                  f"{exc.reden} De hele organisatie is niet geïmporteerd.")
            return
        self.rapport.regels.extend(regels)

    def _bestaande(self, id, modellen, pad):
        for model in (OrganisatiePage, AanbodPage, ActiviteitPage):
            page = model.objects.filter(translation_key=id, locale=m.default_locale()).first()
            if page is not None:
                if model not in modellen:
                    raise ImportFout(pad, f"Id {id} hoort bij een {model._meta.verbose_name}, niet bij dit soort "
                                          "gegevens.")
                return page
        return None

    def _schrijf_organisatie(self, kaart, pad, org):
        regels = []
        id = str(uuid.UUID(org["id"]))
        locaties = org.get("locations") or []
        eigen_loc_id = m.organisatie_locatie_id(id)
        hoofd = next((loc for loc in locaties if loc.get("id") == eigen_loc_id), None) or next(
            (loc for loc in locaties if loc.get("addresses")), None)
        velden = {
            "title": org["name"],
            **dict(zip(("korte_beschrijving", "beschrijving"), splits_beschrijving(org["description"]), strict=True)),
            "email": org.get("email") or "", "website": org.get("website") or "", "telefoon": _telefoon(org),
            **(locatie_velden(hoofd, f"{pad}.locations", org["name"]) if hoofd else LEGE_LOCATIE),
            "openingstijden_toelichting": "",
        }
        velden["beschrijving"] = rich(velden["beschrijving"])
        soort = next((s for s in OrganisatiePage.Soort if str(s.label) == org.get("legal_status")), None)
        if soort is not None:
            velden["soort"] = soort.value
        tijden = []
        for i, sch in enumerate((hoofd or {}).get("schedules") or []):
            dag = sch.get("byday", "")
            if sch.get("freq") == "WEEKLY" and dag in m.DAGEN and sch.get("opens_at") and sch.get("closes_at"):
                p = f"{pad}.locations.schedules[{i}]"
                tijden.append({"dag": m.DAGEN.index(dag), "open": _tijd(sch["opens_at"], p),
                               "dicht": _tijd(sch["closes_at"], p), "sort_order": len(tijden)})
                velden["openingstijden_toelichting"] = (sch.get("notes") or "")[:200]
        links = taxonomie_links(org, pad, self.termen)
        bestaand = self._bestaande(id, (OrganisatiePage,), pad)
        status, org_page = schrijf(OrganisatiePage, bestaand, kaart, id, velden, links,
                                   {"openingstijden": (Openingstijd, tijden)}, pad, self.user)
        regels.append(Regel(pad, "organisatie", id, org["name"], status))
        for i, s in enumerate(org.get("services") or []):
            regels.append(self._dienst(org_page, f"{pad}.services[{i}]", s, id, locaties))
        return regels

    def _dienst(self, org_page, pad, s, org_id, locaties):
        id = str(uuid.UUID(s["id"]))
        bestaand = self._bestaande(id, (AanbodPage, ActiviteitPage), pad)
        model = type(bestaand) if bestaand else (ActiviteitPage if is_activiteit(s) else AanbodPage)
        links = taxonomie_links(s, pad, self.termen)
        if model is ActiviteitPage:
            velden = activiteit_velden(s, pad)
            rijen = [{**x, "sort_order": n} for n, x in enumerate(momenten(s, pad))]
            kinderen = {"momenten": (ActiviteitMoment, rijen)}
        else:
            velden = aanbod_velden(s, pad)
            kinderen = {}
        eigen = None
        for sal in s.get("service_at_locations") or []:
            loc_id = sal.get("location_id") or (sal.get("location") or {}).get("id")
            if loc_id and loc_id != m.organisatie_locatie_id(org_id):
                eigen = sal.get("location") or next((x for x in locaties if x.get("id") == loc_id), None)
                break
        heeft_eigen_adres = bool(eigen and eigen.get("addresses"))
        velden.update(locatie_velden(eigen, f"{pad}.service_at_locations", s["name"]) if heeft_eigen_adres
                      else LEGE_LOCATIE)
        if model is AanbodPage:
            toegang = (eigen or {}).get("accessibility") or []
            velden["toegankelijkheid"] = (toegang[0].get("description") or "")[:300] if toegang else ""
        parent = bestaand.get_parent() if bestaand else org_page
        status, _page = schrijf(model, bestaand, parent, id, velden, links, kinderen, pad, self.user)
        return Regel(pad, "dienst", id, s["name"], status)


def importeer(pad, user=None):
    """Import the HSDS JSON at `pad` (file or export directory); returns a Rapport."""
    with translation.override(settings.LANGUAGE_CODE):  # labels (kosten, soort) are matched in Dutch
        return Importeur(user).importeer(pad)
