"""Admin for the articles on the editorial board (EditieArtikel), a Wagtail ModelViewSet.

Editors reach it from the board (Planning LEEF); every view is limited to articles of editions the
editor may edit, so one municipality's editors never see another's plans. After saving, the editor
returns to the board.
"""

from django.contrib.auth import get_user_model
from django.db.models import Q
from django.urls import reverse
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.panels import FieldPanel, FieldRowPanel, ObjectList
from wagtail.admin.views import generic
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.models import Locale

from .models import EditieArtikel


def edities_voor(user):
    from .views import bewerkbare_edities

    return bewerkbare_edities(user).filter(locale=Locale.get_default(), verschenen_op__isnull=True)


class EditieArtikelForm(WagtailAdminModelForm):
    def __init__(self, *args, for_user=None, **kwargs):
        super().__init__(*args, for_user=for_user, **kwargs)
        if for_user is not None and "editie" in self.fields:
            self.fields["editie"].queryset = edities_voor(for_user).order_by("jaar", "kwartaal")
        if "eigenaar" in self.fields:
            self.fields["eigenaar"].queryset = (
                get_user_model().objects.filter(is_active=True)
                .filter(Q(is_superuser=True) | Q(groups__name__startswith="Redacteuren")
                        | Q(groups__name="Beheerders")).distinct().order_by("first_name", "username"))


class AlleenEigenEdities:
    """Views on one article: only articles of editions this user may edit."""

    def get_queryset(self):
        return EditieArtikel.objects.filter(editie__in=edities_voor(self.request.user).values("pk"))

    def get_success_url(self):
        return reverse("publicatie_planning")


class ArtikelIndexView(generic.IndexView):
    def get_base_queryset(self):
        return super().get_base_queryset().filter(editie__in=edities_voor(self.request.user).values("pk"))


class ArtikelCreateView(generic.CreateView):
    def get_initial(self):
        initial = super().get_initial()
        editie = self.request.GET.get("editie", "")
        if editie.isdigit() and edities_voor(self.request.user).filter(pk=editie).exists():
            initial["editie"] = int(editie)
        initial.setdefault("eigenaar", self.request.user.pk)  # who adds an article usually guides it
        return initial

    def get_success_url(self):
        return reverse("publicatie_planning")


class ArtikelEditView(AlleenEigenEdities, generic.EditView):
    pass


class ArtikelDeleteView(AlleenEigenEdities, generic.DeleteView):
    pass


class EditieArtikelViewSet(ModelViewSet):
    model = EditieArtikel
    icon = "list-ul"
    add_to_admin_menu = False
    name = "publicatie_artikelen"
    url_prefix = "leef/artikelen"
    index_view_class = ArtikelIndexView
    add_view_class = ArtikelCreateView
    edit_view_class = ArtikelEditView
    delete_view_class = ArtikelDeleteView
    list_display = ["titel", "editie", "status", "partner", "kopij_deadline", "paginas"]
    list_filter = ["status"]
    inspect_view_enabled = False
    copy_view_enabled = False
    edit_handler = ObjectList([
        FieldPanel("editie"),
        FieldPanel("titel"),
        FieldRowPanel([FieldPanel("status"), FieldPanel("eigenaar")]),
        FieldRowPanel([FieldPanel("partner"), FieldPanel("partner_email")]),
        FieldRowPanel([FieldPanel("kopij_deadline"), FieldPanel("paginas")]),
        FieldPanel("notitie"),
    ], base_form_class=EditieArtikelForm)
