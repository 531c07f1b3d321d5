"""The magazine archive and its editions."""

import calendar
import datetime as dt

from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.http import Http404, HttpResponse
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminPageForm
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page

from leefmee.blocks import BODY_FEATURES
from leefmee.fotovelden import FotoVelden
from leefmee.vaste_rijen import ViewRestrictionsUitGeheugen

from ..blocks import EditieStreamBlock

SEIZOENEN = {1: _("winter"), 2: _("voorjaar"), 3: _("zomer"), 4: _("najaar")}

# The edition's status follows the Wagtail workflow "LEEF editie" (tasks with these names);
# 'planning' is before the workflow starts, 'verschenen' is set by the "mark as appeared" action.
STATUSSEN = [
    ("planning", _("Planning")),
    ("redactie", _("Redactie")),
    ("drukproef", _("Drukproef")),
    ("drukklaar", _("Drukklaar")),
    ("verschenen", _("Verschenen")),
]
WORKFLOW_TAKEN = ["redactie", "drukproef", "drukklaar"]


def seizoen(kwartaal):
    return str(SEIZOENEN.get(kwartaal, ""))


def magazine_naam(site):
    from leefmee.models import SiteInstellingen

    if site is None:
        return "LEEF"
    return SiteInstellingen.for_site(site).magazine_naam or "LEEF"


class LeefArchiefPage(ViewRestrictionsUitGeheugen, Page):
    """All editions of the magazine, newest first."""

    # The menu and footer name of an untranslated copy of this page in another language.
    menu_label = _("Magazine LEEF")

    intro = RichTextField(_("introductie"), features=BODY_FEATURES, blank=True)

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    parent_page_types = ["home.HomePage"]
    subpage_types = ["publicatie.EditiePage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("LEEF-archief")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["edities"] = (
            EditiePage.objects.child_of(self).live().filter(verschenen_op__isnull=False)
            .select_related("thema", "pdf", "foto").order_by("-jaar", "-kwartaal")
        )
        return context


class EditieForm(WagtailAdminPageForm):
    """Year and quarter are unique per site; the parent is only known to the form on create.

    Title and slug follow from year and quarter ('LEEF voorjaar 2027', 'voorjaar-2027'), so the
    editor does not have to type them; an editor may still choose another slug.
    """

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for naam in ("title", "slug"):
            if naam in self.fields:
                self.fields[naam].required = False

    def clean(self):
        jaar, kwartaal = self.cleaned_data.get("jaar"), self.cleaned_data.get("kwartaal")
        if jaar and kwartaal in SEIZOENEN:
            parent = self.parent_page or (self.instance.get_parent() if self.instance.path else None)
            site = parent.get_site() if parent is not None else None
            self.cleaned_data["title"] = f"{magazine_naam(site)} {seizoen(kwartaal)} {jaar}"
            if not self.cleaned_data.get("slug"):
                self.cleaned_data["slug"] = slugify(f"{seizoen(kwartaal)} {jaar}")
        for naam in ("title", "slug"):
            if naam in self.fields and not self.cleaned_data.get(naam) and naam not in self.errors:
                self.add_error(naam, _("Kies een jaar en een kwartaal; dan vullen wij dit in."))
        cleaned = super().clean()
        self._controleer_taal(cleaned.get("inhoud"))
        if jaar and kwartaal and self.parent_page is not None:
            dubbel = self.instance.dubbele_editie(self.parent_page, jaar, kwartaal)
            if dubbel:
                self.add_error("kwartaal", dubbel)
        return cleaned


    def _controleer_taal(self, inhoud):
        """Every chosen page in the edition's language: a QR code to /ar/kaart/… in a Dutch magazine
        sends readers to a page they cannot read."""
        locale_id = self.parent_page.locale_id if self.parent_page is not None else self.instance.locale_id
        if not inhoud or not locale_id:
            return
        verkeerd = []
        for pagina in gekozen_paginas(inhoud):
            if pagina.locale_id != locale_id and pagina.title not in verkeerd:
                verkeerd.append(pagina.title)
        if verkeerd:
            self.add_error("inhoud", _("Kies alleen pagina's in de taal van deze editie. In een andere taal: "
                                       "%(titels)s.") % {"titels": ", ".join(verkeerd)})


def gekozen_paginas(inhoud):
    """The pages chosen anywhere in the edition's sections (a StreamValue from the form)."""
    for blok in inhoud:
        waarde = blok.value
        kandidaten = []
        if blok.block_type == "verhaal":
            kandidaten = [waarde.get("verhaal")]
        elif blok.block_type == "aanbod":
            kandidaten = [waarde.get("pagina")]
        elif blok.block_type == "vacatures":
            kandidaten = list(waarde.get("vacatures") or [])
        elif blok.block_type == "agenda":
            kandidaten = list(waarde.get("uitsluiten") or [])
        yield from (p for p in kandidaten if p is not None)


class EditiePage(ViewRestrictionsUitGeheugen, FotoVelden, Page):
    """One quarterly edition of LEEF: planning data and the ordered sections it prints."""

    jaar = models.PositiveSmallIntegerField(_("jaar"), validators=[MinValueValidator(2000),
                                                                    MaxValueValidator(2100)])
    kwartaal = models.PositiveSmallIntegerField(
        _("kwartaal"), choices=[(k, f"{k} ({v})") for k, v in SEIZOENEN.items()],
        validators=[MinValueValidator(1), MaxValueValidator(4)],
    )
    thema = models.ForeignKey("kaart.Dimensie", verbose_name=_("thema (dimensie)"), null=True, blank=True,
                              on_delete=models.SET_NULL, related_name="+")
    kopij_deadline = models.DateField(_("deadline kopij"), null=True, blank=True)
    drukdatum = models.DateField(_("naar de drukker op"), null=True, blank=True)
    inleiding = RichTextField(_("inleiding van de redactie"), features=BODY_FEATURES, blank=True)
    inhoud = StreamField(EditieStreamBlock(), verbose_name=_("inhoud"), blank=True)
    verschenen_op = models.DateField(_("verschenen op"), null=True, blank=True, editable=False)
    pdf = models.ForeignKey("wagtaildocs.Document", verbose_name=_("PDF"), null=True, blank=True,
                            on_delete=models.SET_NULL, related_name="+")
    # Photographers and sources differ per edition, so the credit is the edition's, not a site setting.
    fotoverantwoording = models.CharField(
        _("fotoverantwoording"), max_length=255, blank=True,
        help_text=_("Van wie zijn de foto's in deze editie? Staat in het colofon. Bijvoorbeeld: "
                    "'Omslag: Unsplash (CC0). Portretten: Jan de Vries'."),
    )

    content_panels = [
        FieldPanel("title", help_text=_("Wordt automatisch ingevuld uit jaar en kwartaal, bijvoorbeeld "
                                        "'LEEF voorjaar 2027'.")),
        FieldRowPanel([FieldPanel("jaar"), FieldPanel("kwartaal")]),
        FieldPanel("thema"),
        MultiFieldPanel([FieldRowPanel([FieldPanel("kopij_deadline"), FieldPanel("drukdatum")])],
                        heading=_("Planning")),
        MultiFieldPanel([FieldPanel("foto", help_text=_("De foto op de omslag en bovenaan de pagina. Voor de "
                                                        "omslag minstens 2551 x 1535 pixels (300 ppi).")),
                         FieldPanel("foto_alt"), FieldPanel("fotoverantwoording")], heading=_("Foto's")),
        FieldPanel("inleiding"),
        FieldPanel("inhoud"),
        FieldPanel("pdf"),
    ]
    base_form_class = EditieForm
    parent_page_types = ["publicatie.LeefArchiefPage"]
    subpage_types = []
    preview_modes = [("", _("Webpagina")), ("drukproef", _("Drukproef (PDF)"))]

    class Meta:
        verbose_name = _("LEEF-editie")
        verbose_name_plural = _("LEEF-edities")

    # --- Naming and dates ------------------------------------------------------------------
    @property
    def seizoen(self):
        return seizoen(self.kwartaal)

    @property
    def kwartaal_naam(self):
        """'voorjaar 2027'."""
        return f"{self.seizoen} {self.jaar}"

    def afgeleide_titel(self, site=None):
        return f"{magazine_naam(site or self._site())} {self.kwartaal_naam}"

    @property
    def begin(self):
        return dt.date(self.jaar, 3 * (self.kwartaal - 1) + 1, 1)

    @property
    def eind(self):
        maand = 3 * self.kwartaal
        return dt.date(self.jaar, maand, calendar.monthrange(self.jaar, maand)[1])

    @property
    def deadline_verstreken(self):
        return bool(self.kopij_deadline and self.kopij_deadline < dt.date.today())

    def _site(self):
        try:
            return self.get_site() if self.path else None
        except Exception:  # a page outside any site
            return None

    # --- Validation ------------------------------------------------------------------------
    def dubbele_editie(self, parent, jaar, kwartaal):
        """A Dutch error message if the site of `parent` already has this year and quarter."""
        site = parent.get_site()
        wortel = site.root_page if site else parent.get_parent() or parent
        # Translations (and aliases) of the same edition share year and quarter.
        andere = (EditiePage.objects.descendant_of(wortel).filter(jaar=jaar, kwartaal=kwartaal)
                  .exclude(translation_key=self.translation_key))
        if andere.exists():
            return _("Er is al een editie voor %(naam)s op deze site. Kies een ander jaar of kwartaal.") % {
                "naam": f"{seizoen(kwartaal)} {jaar}"
            }
        return None

    def clean(self):
        super().clean()
        if self.jaar and self.kwartaal in SEIZOENEN:
            self.title = self.afgeleide_titel()
            if self.path:
                dubbel = self.dubbele_editie(self.get_parent(), self.jaar, self.kwartaal)
                if dubbel:
                    raise ValidationError({"kwartaal": dubbel})
        if self.kopij_deadline and self.drukdatum and self.drukdatum < self.kopij_deadline:
            raise ValidationError({"drukdatum": _("De drukdatum moet na de deadline voor kopij liggen.")})

    # --- Status ----------------------------------------------------------------------------
    def status_uit(self, workflow_state):
        """The status from this edition's current workflow state (prefetched by the caller)."""
        if self.verschenen_op:
            return "verschenen"
        if workflow_state is not None:
            if workflow_state.status == "in_progress" and workflow_state.current_task_state_id:
                naam = workflow_state.current_task_state.task.name.lower()
                if naam == "drukklaar":
                    return "drukproef"  # drukklaar only once a second editor approved the last step
                return naam if naam in WORKFLOW_TAKEN else "redactie"
            if workflow_state.status == "approved":
                return "drukklaar"
        return "planning"

    @property
    def status(self):
        from wagtail.models import WorkflowState

        state = (WorkflowState.objects.for_instance(self).select_related("current_task_state__task")
                 .order_by("-created_at").first())
        return self.status_uit(state)

    @property
    def status_label(self):
        return dict(STATUSSEN)[self.status]

    # --- Rendering -------------------------------------------------------------------------
    @property
    def is_verschenen(self):
        """Appeared: this edition, or the Dutch edition it translates (the date is set on the source)."""
        if self.verschenen_op is not None:
            return True
        return EditiePage.objects.filter(translation_key=self.translation_key,
                                         verschenen_op__isnull=False).exists()

    def serve(self, request, *args, **kwargs):
        # An edition is public only once it has appeared: before that its contents are the editors'
        # (who see it through the preview and the drukproef), whatever its page status in Wagtail.
        if not self.is_verschenen:
            raise Http404
        return super().serve(request, *args, **kwargs)

    def get_sitemap_urls(self, request=None):
        return super().get_sitemap_urls(request) if self.is_verschenen else []

    def get_context(self, request, *args, **kwargs):
        from ..inhoud import online_inhoud

        context = super().get_context(request, *args, **kwargs)
        context["items"] = online_inhoud(self, locale=self.locale)
        return context

    def serve_preview(self, request, mode_name):
        if mode_name == "drukproef":
            from ..pdf.bouwer import bouw_editie_pdf

            data, _resultaat = bouw_editie_pdf(self, request=request)
            response = HttpResponse(data, content_type="application/pdf")
            response["Content-Disposition"] = f'inline; filename="drukproef-{self.jaar}-{self.kwartaal}.pdf"'
            return response
        return super().serve_preview(request, mode_name)


def niet_verschenen_q():
    """A Q of the editions that have not appeared (nor has the Dutch edition they translate): not public
    yet, so no listing, sitemap or API shows them (registered in publicatie/apps.py)."""
    from django.db.models import Q

    verschenen = EditiePage.objects.filter(verschenen_op__isnull=False).values("translation_key")
    return Q(pk__in=EditiePage.objects.exclude(translation_key__in=verschenen).values("pk"))
