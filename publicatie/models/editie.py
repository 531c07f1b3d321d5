"""The magazine archive and its editions."""

import calendar
import datetime as dt

from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.http import Http404, HttpResponse
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminPageForm
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page

from leefmee.blocks import BODY_FEATURES

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


class LeefArchiefPage(Page):
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
            .select_related("thema", "pdf").order_by("-jaar", "-kwartaal")
        )
        return context


class EditieForm(WagtailAdminPageForm):
    """Year and quarter are unique per site; the parent is only known to the form on create."""

    def clean(self):
        cleaned = super().clean()
        jaar, kwartaal = cleaned.get("jaar"), cleaned.get("kwartaal")
        if jaar and kwartaal and self.parent_page is not None:
            dubbel = self.instance.dubbele_editie(self.parent_page, jaar, kwartaal)
            if dubbel:
                self.add_error("kwartaal", dubbel)
        return cleaned


class EditiePage(Page):
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

    content_panels = [
        FieldPanel("title", help_text=_("Wordt automatisch ingevuld, bijvoorbeeld 'LEEF voorjaar 2027'.")),
        FieldRowPanel([FieldPanel("jaar"), FieldPanel("kwartaal")]),
        FieldPanel("thema"),
        MultiFieldPanel([FieldRowPanel([FieldPanel("kopij_deadline"), FieldPanel("drukdatum")])],
                        heading=_("Planning")),
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
