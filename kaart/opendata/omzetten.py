"""HSDS 3.0 records -> the field values of our pages (kaart/opendata/importeren.py writes them).

Every value is checked; a bad one raises ImportFout with its JSON path and a Dutch reason.
"""

import datetime as dt
import re
from decimal import Decimal, InvalidOperation

from django.utils.html import escape

from kaart.models import ActiviteitPage, Kosten


class ImportFout(Exception):
    def __init__(self, pad, reden):
        super().__init__(f"{pad}: {reden}")
        self.pad = pad
        self.reden = reden


# --- Converting -------------------------------------------------------------------------------
def rich(text):
    """Plain text -> rich text paragraphs (the inverse of mapping.tekst)."""
    alinea = [a.strip() for a in re.split(r"\n\s*\n", text or "") if a.strip()]
    return "".join(f"<p>{escape(a).replace(chr(10), '<br/>')}</p>" for a in alinea)


def splits_beschrijving(description):
    """HSDS description -> (korte_beschrijving, long text), the inverse of mapping.beschrijving."""
    description = (description or "").strip()
    kort, _, rest = description.partition("\n\n")
    if len(kort) <= 300 and kort:
        return kort, rest.strip()
    kort = description[:297].rsplit(" ", 1)[0] + "…"
    return kort, description


def _tijd(waarde, pad):
    try:
        # HSDS writes an offset ('09:30:00+01:00'); we keep the wall-clock time in Amsterdam.
        return dt.time.fromisoformat(str(waarde)).replace(tzinfo=None)
    except ValueError:
        raise ImportFout(pad, f"'{waarde}' is geen tijd (verwacht bijvoorbeeld 09:30).") from None


def _datum(waarde, pad):
    try:
        return dt.date.fromisoformat(str(waarde)[:10])
    except ValueError:
        raise ImportFout(pad, f"'{waarde}' is geen datum (verwacht bijvoorbeeld 2026-03-31).") from None


def _decimaal(waarde, pad):
    if waarde is None:
        return None
    try:
        return Decimal(str(waarde)).quantize(Decimal("0.000001"))
    except InvalidOperation:
        raise ImportFout(pad, f"'{waarde}' is geen getal.") from None


def _telefoon(obj):
    for phone in obj.get("phones") or []:
        if phone.get("number"):
            return str(phone["number"])
    return ""


def _adres(locatie):
    adressen = locatie.get("addresses") or []
    adres = next((a for a in adressen if a.get("address_type") != "postal"), adressen[0] if adressen else {})
    return adres


def locatie_velden(locatie, pad, titel):
    adres = _adres(locatie)
    naam = locatie.get("name") or ""
    return {
        "locatie_naam": "" if naam == titel else naam,
        "straat": " ".join(filter(None, [adres.get("address_1"), adres.get("address_2")])),
        "postcode": adres.get("postal_code") or "",
        "plaats": adres.get("city") or "",
        "breedtegraad": _decimaal(locatie.get("latitude"), f"{pad}.latitude"),
        "lengtegraad": _decimaal(locatie.get("longitude"), f"{pad}.longitude"),
    }


LEGE_LOCATIE = {"locatie_naam": "", "straat": "", "postcode": "", "plaats": "", "breedtegraad": None,
                "lengtegraad": None}


def taxonomie_links(obj, pad, termen):
    """{taxonomy key: [snippet pks]} from `attributes` (by term id, or by taxonomy + code)."""
    links = {}
    for i, attr in enumerate(obj.get("attributes") or []):
        term_id = attr.get("taxonomy_term_id") or (attr.get("taxonomy_term") or {}).get("id")
        term = termen.by_id.get(str(term_id)) if term_id else None
        if term is None:
            nested = attr.get("taxonomy_term") or {}
            term = termen.by_code.get((nested.get("taxonomy"), nested.get("code")))
        if term is None:
            raise ImportFout(f"{pad}.attributes[{i}]", f"Onbekende taxonomieterm '{term_id}'. Gebruik de id's uit "
                                                       "/api/hsds/taxonomy_terms.")
        links.setdefault(term.taxonomy, [])
        if term.row.pk not in links[term.taxonomy]:
            links[term.taxonomy].append(term.row.pk)
    for area in obj.get("service_areas") or []:
        gebied = termen.by_naam_gebied.get((area.get("name") or "").strip().lower())
        if gebied is not None:
            links.setdefault("gebieden", [])
            if gebied.pk not in links["gebieden"]:
                links["gebieden"].append(gebied.pk)
    return links


def _kosten(obj):
    opties = obj.get("cost_options") or []
    if not opties:
        return {"kosten": Kosten.GRATIS, "kosten_toelichting": ""}
    optie = opties[0]
    tekst = (optie.get("option") or "").strip().lower()
    kosten = next((k for k in Kosten if tekst in (k.value, str(k.label).lower())), None)
    if kosten is None:
        kosten = Kosten.GRATIS if optie.get("amount") == 0 else Kosten.BETAALD
    return {"kosten": kosten.value, "kosten_toelichting": (optie.get("amount_description") or "")[:200]}


VERWIJZING = "Je hebt een verwijzing nodig."


def aanbod_velden(s, pad):
    kort, lang = splits_beschrijving(s.get("description") or s["name"])
    alinea = [a for a in re.split(r"\n\s*\n", s.get("eligibility_description") or "") if a.strip()]
    verwijzing_nodig, verwijzing_waar = False, ""
    if alinea and alinea[-1].startswith(VERWIJZING):
        verwijzing_nodig, verwijzing_waar = True, alinea.pop()[len(VERWIJZING):].strip()
    talen = ", ".join(t.get("name") or t.get("code") or "" for t in s.get("languages") or [] if t)
    return {
        "title": s["name"], "korte_beschrijving": kort, "wat_is_het": rich(lang or kort),
        "voor_wie": rich("\n\n".join(alinea)), "aanmelden": rich(s.get("application_process") or ""),
        "verwijzing_nodig": verwijzing_nodig, "verwijzing_waar": verwijzing_waar,
        "email": s.get("email") or "", "telefoon": _telefoon(s), "talen": talen, **_kosten(s),
    }


def activiteit_velden(s, pad):
    kort, lang = splits_beschrijving(s.get("description") or s["name"])
    proces = s.get("application_process") or ""
    aanmelden = next((k for k in ActiviteitPage.Aanmelden if proces.startswith(str(k.label))),
                     ActiviteitPage.Aanmelden.NIET_NODIG)
    url = re.search(r"https?://\S+", proces)
    return {
        "title": s["name"], "korte_beschrijving": kort, "beschrijving": rich(lang),
        "aanmelden": aanmelden.value, "aanmeld_url": url.group(0) if url else "",
        "email": s.get("email") or "", "telefoon": _telefoon(s), **_kosten(s),
    }


def momenten(s, pad):
    result = []
    for i, sch in enumerate(s.get("schedules") or []):
        p = f"{pad}.schedules[{i}]"
        if not sch.get("dtstart"):
            continue
        if not sch.get("opens_at"):
            raise ImportFout(p, "Een activiteit heeft een begintijd nodig ('opens_at').")
        freq, interval = sch.get("freq"), int(sch.get("interval") or 1)
        herhaling = {None: "eenmalig", "MONTHLY": "maandelijks"}.get(freq)
        if freq == "WEEKLY":
            herhaling = "wekelijks" if interval == 1 else "tweewekelijks"
        result.append({
            "herhaling": herhaling, "datum": _datum(sch["dtstart"], f"{p}.dtstart"),
            "tot_en_met": _datum(sch["until"], f"{p}.until") if sch.get("until") else None,
            "begintijd": _tijd(sch["opens_at"], f"{p}.opens_at"),
            "eindtijd": _tijd(sch["closes_at"], f"{p}.closes_at") if sch.get("closes_at") else None,
        })
    return result


def is_activiteit(s):
    return any(sch.get("dtstart") for sch in s.get("schedules") or [])
