"""Areas (Gebied snippets) per municipality in the admin (issue 20).

An area belongs to one municipality's site (`gemeente_site`, empty: the default site). A municipal
editor ("Redacteuren <gemeente>") lists, edits, copies and deletes only the areas of its own sites,
and chooses only those. Whoever manages the whole tree (administrators, "Redacteuren") sees all.

Users who may not manage areas at all (partners) keep choosing every area: the areas are public and
a regional organisation serves areas of several municipalities.
"""

from django.db.models import Q
from django.http import Http404
from wagtail import hooks
from wagtail.snippets.views import chooser, snippets

from leefmee.toegang import ALLES, beheerde_paden, sites_van

BEHEER_PERMISSIES = ("kaart.add_gebied", "kaart.change_gebied", "kaart.delete_gebied")


def beperkt_tot_eigen_sites(user):
    """Whether the user manages areas but not the whole tree: then only its own sites' areas count."""
    if beheerde_paden(user) is ALLES:
        return False
    return any(user.has_perm(perm) for perm in BEHEER_PERMISSIES)


def gebieden_q(user):
    """A Q for the areas of the sites the user answers for (the default site includes unassigned areas)."""
    sites = sites_van(user)
    q = Q(gemeente_site__in=[site.pk for site in sites])
    if any(site.is_default_site for site in sites):
        q |= Q(gemeente_site__isnull=True)
    return q


def beperk_gebieden(queryset, user):
    """`queryset` of areas narrowed to what `user` may see in the admin."""
    if not beperkt_tot_eigen_sites(user):
        return queryset
    return queryset.filter(gebieden_q(user))


def mag_gebied(user, gebied):
    return beperk_gebieden(type(gebied)._default_manager.filter(pk=gebied.pk), user).exists()


class EigenGebiedMixin:
    """Refuses (404, as for an area that does not exist) an area of another municipality."""

    def get_object(self, queryset=None):
        obj = super().get_object(queryset)
        if obj is not None and not mag_gebied(self.request.user, obj):
            raise Http404
        return obj


class EigenSiteKeuzeMixin:
    """The municipality field offers only the user's own sites, so a crafted POST cannot move an area
    to another municipality (Django's "choose a valid option" message). Empty means the default site:
    only allowed when that is one of the user's sites."""

    def get_form(self, form_class=None):
        form = super().get_form(form_class)
        user = self.request.user
        veld = form.fields.get("gemeente_site")
        if veld is not None and beperkt_tot_eigen_sites(user):
            sites = sites_van(user)
            veld.queryset = veld.queryset.filter(pk__in=[site.pk for site in sites])
            veld.required = not any(site.is_default_site for site in sites)
        return form


class GebiedCreateView(EigenSiteKeuzeMixin, snippets.CreateView):
    pass


class GebiedEditView(EigenSiteKeuzeMixin, EigenGebiedMixin, snippets.EditView):
    pass


class GebiedCopyView(EigenSiteKeuzeMixin, EigenGebiedMixin, snippets.CopyView):
    pass


class GebiedDeleteView(EigenGebiedMixin, snippets.DeleteView):
    pass


class GebiedUsageView(EigenGebiedMixin, snippets.UsageView):
    pass


class GebiedHistoryView(EigenGebiedMixin, snippets.HistoryView):
    pass


class GebiedInspectView(EigenGebiedMixin, snippets.InspectView):
    pass


class EigenGebiedenLijstMixin:
    def get_object_list(self):
        return beperk_gebieden(super().get_object_list(), self.request.user)


class GebiedChooseView(EigenGebiedenLijstMixin, chooser.ChooseView):
    pass


class GebiedChooseResultsView(EigenGebiedenLijstMixin, chooser.ChooseResultsView):
    pass


class GebiedChosenView(chooser.SnippetChosenView):
    def get_object(self, pk):
        gebied = super().get_object(pk)
        if not mag_gebied(self.request.user, gebied):
            raise Http404
        return gebied


class GebiedChosenMultipleView(chooser.SnippetChosenMultipleView):
    def get_objects(self, pks):
        return beperk_gebieden(super().get_objects(pks), self.request.user)


class GebiedChooserViewSet(chooser.SnippetChooserViewSet):
    choose_view_class = GebiedChooseView
    choose_results_view_class = GebiedChooseResultsView
    chosen_view_class = GebiedChosenView
    chosen_multiple_view_class = GebiedChosenMultipleView


@hooks.register("before_bulk_action")
def geen_bulkactie_op_andermans_gebied(request, action_type, objects, action_class_instance):
    """Bulk delete works on ids from the URL: refuse the whole action if one area is not the user's."""
    from django.core.exceptions import PermissionDenied

    from .models import Gebied

    if getattr(action_class_instance, "model", None) is not Gebied:
        return None
    if any(not mag_gebied(request.user, gebied) for gebied in objects):
        raise PermissionDenied
    return None
