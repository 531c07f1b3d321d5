"""Our directory pages -> Open Referral HSDS 3.0 objects (plain dicts, ready for JSON).

Stable ids: an organisation's or service's HSDS `id` is its page's `translation_key` (a UUID that
Wagtail keeps for the life of the page and that import writes back), a taxonomy term's id is the
`translation_key` of its Dutch row. Ids of sub-objects (phones, schedules, locations, ...) are
uuid5's of their parent id and position, so every export of the same data gives the same ids.

Only the default (Dutch) locale is published: translations share the translation_key.
Personal data never goes out: no `contactpersoon_*`, no vacancy contact names, no contact requests.
The loaders use a fixed number of queries, whatever the number of pages.
"""

import datetime as dt
import functools
import html
import re

from django.conf import settings
from django.db.models import Q
from django.utils import timezone, translation
from django.utils.html import strip_tags
from wagtail.models import Page

from kaart.facetindex import AMSTERDAM
from kaart.herhaling import omschrijving
from kaart.models import (
    AanbodPage,
    ActiviteitPage,
    Kosten,
    OrganisatiePage,
)

from .taxonomie import (  # noqa: F401 (export.py, api.py and importeren.py use them as mapping.*)
    TAXONOMIEEN,
    TermIndex,
    _zonder_leeg,
    attributen,
    default_locale,
    koppelingen,
    sub_id,
    taxonomie_id,
    taxonomieen,
)

HSDS_VERSION = "3.0"
STEPLEN = Page.steplen

SERVICE_MODELS = (AanbodPage, ActiviteitPage)

DAGEN = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"]
TAAL_CODES = {
    "nederlands": "nl", "engels": "en", "duits": "de", "frans": "fr", "spaans": "es", "arabisch": "ar",
    "turks": "tr", "pools": "pl", "oekraïens": "uk", "russisch": "ru", "tigrinya": "ti", "somalisch": "so",
    "berbers": "ber", "papiaments": "pap", "portugees": "pt", "farsi": "fa", "perzisch": "fa",
}


def in_het_nederlands(fn):
    """Open data is published in the source language (Dutch), whatever the request's language."""

    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        with translation.override(settings.LANGUAGE_CODE):
            return fn(*args, **kwargs)

    return wrapper


def tekst(rich_text):
    """Rich text (HTML) -> plain text, paragraphs separated by a blank line."""
    if not rich_text:
        return ""
    value = re.sub(r"</(p|h[1-6]|li)>", "\n\n", str(rich_text))
    value = re.sub(r"<br\s*/?>", "\n", value)
    value = html.unescape(strip_tags(value))
    return re.sub(r"\n{3,}", "\n\n", "\n".join(line.strip() for line in value.splitlines())).strip()


def beschrijving(kort, lang_html):
    lang = tekst(lang_html)
    return f"{kort}\n\n{lang}" if lang else kort


# --- Taxonomy terms: kaart/opendata/taxonomie.py ----------------------------------------------
def termen():
    """The TermIndex for the API's responses, from process memory (leefmee.versiecache): five
    queries saved per request, fresh after any change to the taxonomy. Read-only."""
    from leefmee.versiecache import bewaard, gedeeld

    return bewaard("hsds_termen", None, TermIndex, kopieer=gedeeld)


def provincie(page):
    """The province of the page's municipality (site setting): HSDS requires `state_province`.

    All sites' provinces in one query per content version; the page's site from Wagtail's cached root
    paths (Page.get_site() would cost a query per address)."""
    from leefmee.models import SiteInstellingen
    from leefmee.versiecache import bewaard

    per_site = bewaard("provincies", None, lambda: dict(SiteInstellingen.objects.values_list("site_id", "provincie")))
    delen = page.get_url_parts()
    return per_site.get(delen[0], "") if delen else ""


def tijd(moment, datum=None):
    """'09:30:00+01:00': HSDS asks for a time with seconds and the UTC offset. The offset is Amsterdam's
    on `datum` (the schedule's date), or today's for weekly opening hours, which have no date."""
    datum = datum or timezone.localdate()
    return dt.datetime.combine(datum, moment, tzinfo=AMSTERDAM).isoformat()[11:]


# --- Locations --------------------------------------------------------------------------------
def locatie(page, location_id, organization_id, schedules=()):
    heeft_adres = page.heeft_adres
    data = {
        "id": location_id,
        "location_type": "physical" if heeft_adres else "virtual",
        "organization_id": organization_id,
        "name": page.locatie_naam or page.title,
        "latitude": float(page.breedtegraad) if page.breedtegraad is not None else None,
        "longitude": float(page.lengtegraad) if page.lengtegraad is not None else None,
        "schedules": list(schedules),
    }
    if heeft_adres:
        data["addresses"] = [{
            "id": sub_id(location_id, "address"), "location_id": location_id,
            "address_1": page.straat, "city": page.plaats, "state_province": provincie(page),
            "postal_code": page.postcode, "country": "NL", "address_type": "physical",
        }]
    if getattr(page, "toegankelijkheid", ""):
        data["accessibility"] = [{"id": sub_id(location_id, "accessibility"), "location_id": location_id,
                                  "description": page.toegankelijkheid}]
    return _zonder_leeg(data)


def organisatie_locatie_id(org_id):
    return sub_id(org_id, "location")


def openingstijden(org, location_id):
    return [
        _zonder_leeg({
            "id": sub_id(location_id, "schedule", i), "location_id": location_id, "freq": "WEEKLY",
            "byday": DAGEN[rij.dag], "wkst": "MO", "opens_at": tijd(rij.open),
            "closes_at": tijd(rij.dicht), "notes": org.openingstijden_toelichting,
        })
        for i, rij in enumerate(org.openingstijden.all())
    ]


def telefoon(nummer, owner_key, owner_id):
    if not nummer:
        return []
    return [{"id": sub_id(owner_id, "phone", 0), owner_key: owner_id, "number": nummer, "type": "voice"}]


def _url(page, request):
    try:
        return page.get_full_url(request=request)
    except Exception:  # a page outside any site has no URL; that is not an error in open data
        return None


# --- Organisations ----------------------------------------------------------------------------
@in_het_nederlands
def organisatie(org, termen, request=None, diensten=None, sal_locaties=()):
    org_id = str(org.translation_key)
    location_id = organisatie_locatie_id(org_id)
    locaties = [locatie(org, location_id, org_id, openingstijden(org, location_id)), *sal_locaties]
    data = {
        "id": org_id,
        "name": org.title,
        "description": beschrijving(org.korte_beschrijving, org.beschrijving),
        "email": org.email,
        "website": org.website,
        "uri": _url(org, request),
        "logo": org.logo.file.url if org.logo_id and org.logo else None,
        "legal_status": str(org.get_soort_display()),
        "phones": telefoon(org.telefoon, "organization_id", org_id),
        "locations": locaties,
        "attributes": attributen(org, org_id, "organization", termen),
    }
    if diensten is not None:
        data["services"] = diensten
    return _zonder_leeg(data)


ORGANISATIE_PREFETCH = ("openingstijden", "gebied_koppelingen")


def organisaties_queryset():
    return OrganisatiePage.objects.filter(locale=default_locale()).select_related("logo").prefetch_related(
        *ORGANISATIE_PREFETCH
    )


# --- Services ---------------------------------------------------------------------------------
def _schedule_van_moment(moment, service_id, i):
    data = {
        "id": sub_id(service_id, "schedule", i), "service_id": service_id,
        "dtstart": moment.datum.isoformat(), "valid_from": moment.datum.isoformat(),
        "opens_at": tijd(moment.begintijd, moment.datum),
        "closes_at": tijd(moment.eindtijd, moment.datum) if moment.eindtijd else None,
        "description": str(omschrijving(moment)), "wkst": "MO",
    }
    dag = DAGEN[moment.datum.weekday()]
    if moment.herhaling == "eenmalig":
        data["valid_to"] = moment.datum.isoformat()
    elif moment.herhaling in ("wekelijks", "tweewekelijks"):
        data.update(freq="WEEKLY", interval=1 if moment.herhaling == "wekelijks" else 2, byday=dag)
    else:
        data.update(freq="MONTHLY", interval=1, byday=f"{(moment.datum.day - 1) // 7 + 1}{dag}")
    if moment.tot_en_met and moment.herhaling != "eenmalig":
        data["until"] = moment.tot_en_met.isoformat()
        data["valid_to"] = moment.tot_en_met.isoformat()
    return _zonder_leeg(data)


def _talen(service_id, talen):
    result = []
    for i, naam in enumerate(t.strip() for t in (talen or "").split(",")):
        if naam:
            result.append(_zonder_leeg({"id": sub_id(service_id, "language", i), "service_id": service_id,
                                        "name": naam, "code": TAAL_CODES.get(naam.lower())}))
    return result


def kosten_optie(service_id, page):
    data = {"id": sub_id(service_id, "cost_option"), "service_id": service_id,
            "option": str(Kosten(page.kosten).label), "currency": "EUR",
            "amount_description": page.kosten_toelichting}
    if page.kosten == Kosten.GRATIS:
        data["amount"] = 0
    return _zonder_leeg(data)


@in_het_nederlands
def dienst(page, org, termen, request=None):
    """An AanbodPage or ActiviteitPage as an HSDS service. `org` is its (prefetched) organisation."""
    service_id = str(page.translation_key)
    org_id = str(org.translation_key)
    is_activiteit = isinstance(page, ActiviteitPage)
    location_id = dienst_locatie_id(page, org)
    data = {
        "id": service_id,
        "organization_id": org_id,
        "name": page.title,
        "description": beschrijving(page.korte_beschrijving, page.beschrijving if is_activiteit else page.wat_is_het),
        "url": _url(page, request),
        "email": page.email,
        "status": "active" if page.live else "inactive",
        "fees_description": " ".join(filter(None, [f"{Kosten(page.kosten).label}.", page.kosten_toelichting])),
        "cost_options": [kosten_optie(service_id, page)],
        "last_modified": page.last_published_at.isoformat() if page.last_published_at else None,
        "phones": telefoon(page.telefoon, "service_id", service_id),
        "attributes": attributen(page, service_id, "service", termen),
        "service_areas": [
            _zonder_leeg({"id": sub_id(service_id, "service_area", t.id), "service_id": service_id,
                          "name": t.name, "uri": None})
            for t in (termen.by_pk.get((m, pk)) for key, m, pk in koppelingen(page) if key == "gebieden") if t
        ],
        "service_at_locations": [sal(service_id, location_id, page if page.heeft_adres else org, org_id)],
        "organization": _zonder_leeg({"id": org_id, "name": org.title,
                                      "description": org.korte_beschrijving, "website": org.website}),
    }
    if is_activiteit:
        data["application_process"] = " ".join(filter(None, [f"{page.get_aanmelden_display()}.", page.aanmeld_url]))
        data["schedules"] = [_schedule_van_moment(m, service_id, i) for i, m in enumerate(page.momenten.all())]
    else:
        data["application_process"] = tekst(page.aanmelden)
        verwijzing = ""
        if page.verwijzing_nodig:
            verwijzing = " ".join(filter(None, ["Je hebt een verwijzing nodig.", page.verwijzing_waar]))
        data["eligibility_description"] = "\n\n".join(filter(None, [tekst(page.voor_wie), verwijzing]))
        data["languages"] = _talen(service_id, page.talen)
    return _zonder_leeg(data)


def dienst_locatie_id(page, org):
    if page.heeft_adres:
        return sub_id(page.translation_key, "location")
    return organisatie_locatie_id(str(org.translation_key))


def sal(service_id, location_id, plek, org_id):
    return {"id": sub_id(service_id, "service_at_location", location_id), "service_id": service_id,
            "location_id": location_id, "location": locatie(plek, location_id, org_id)}


DIENST_PREFETCH = {
    AanbodPage: ("dimensie_koppelingen", "vraag_koppelingen", "doelgroep_koppelingen", "gebied_koppelingen"),
    ActiviteitPage: ("dimensie_koppelingen", "vraag_koppelingen", "doelgroep_koppelingen", "gebied_koppelingen",
                     "kenmerk_koppelingen", "momenten"),
}


def laad_diensten(pks):
    """Specific service pages for `pks` (in that order) and their organisations: a fixed number of queries."""
    pages = {}
    for model in SERVICE_MODELS:
        for page in model.objects.filter(pk__in=pks).prefetch_related(*DIENST_PREFETCH[model]):
            pages[page.pk] = page
    ordered = [pages[pk] for pk in pks if pk in pages]
    parent_paths = {p.path[:-STEPLEN] for p in ordered}
    orgs = {o.path: o for o in organisaties_queryset().filter(path__in=parent_paths)}
    return [(p, orgs[p.path[:-STEPLEN]]) for p in ordered if p.path[:-STEPLEN] in orgs]


def diensten_queryset(live=True):
    qs = Page.objects.type(*SERVICE_MODELS).filter(locale=default_locale())
    return qs.live().public() if live else qs


def link_filter(page_models, model, pk):
    """Q matching pages of `page_models` linked to taxonomy row (model, pk)."""
    q = Q(pk__in=[])
    for page_model in page_models:
        for _sleutel, tax_model, relatie, veld, _naam in TAXONOMIEEN:
            if tax_model is model and hasattr(page_model, relatie):
                link_model = page_model._meta.get_field(relatie).related_model
                q |= Q(pk__in=link_model.objects.filter(**{f"{veld}_id": pk}).values("page_id"))
    return q
