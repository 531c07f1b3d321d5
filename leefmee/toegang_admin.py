"""A ModelViewSet whose every view keeps to the user's municipality (leefmee.toegang).

Wagtail's generic model views check model permissions only ("may view contact requests"), not
*which* rows. `PerGemeenteViewSet` narrows the listing and refuses (404, as for a row that does
not exist) the inspect, edit, delete, history and usage views of a row outside the user's subtrees.
"""

from django.http import Http404
from wagtail.admin.views import generic
from wagtail.admin.views.generic import history, usage
from wagtail.admin.viewsets.model import ModelViewSet

from .toegang import beperk


class GemeenteLijstMixin:
    gemeente_velden = ()

    def get_base_queryset(self):
        return beperk(super().get_base_queryset(), self.request.user, *self.gemeente_velden)


class GemeenteObjectMixin:
    gemeente_velden = ()

    def get_object(self, queryset=None):
        obj = super().get_object(queryset) if queryset is not None else super().get_object()
        if obj is not None:
            rijen = beperk(type(obj)._default_manager.filter(pk=obj.pk), self.request.user, *self.gemeente_velden)
            if not rijen.exists():
                raise Http404
        return obj


class GemeenteIndexView(GemeenteLijstMixin, generic.IndexView):
    pass


class GemeenteInspectView(GemeenteObjectMixin, generic.InspectView):
    pass


class GemeenteEditView(GemeenteObjectMixin, generic.EditView):
    pass


class GemeenteDeleteView(GemeenteObjectMixin, generic.DeleteView):
    pass


class GemeenteHistoryView(GemeenteObjectMixin, history.HistoryView):
    pass


class GemeenteUsageView(GemeenteObjectMixin, usage.UsageView):
    pass


class PerGemeenteViewSet(ModelViewSet):
    """Set `gemeente_velden`: the foreign keys to a page that place a row in the tree, the first one
    that is set deciding (e.g. ("organisatie", "pagina")). A custom view class must include the
    matching mixin above."""

    gemeente_velden = ()
    index_view_class = GemeenteIndexView
    inspect_view_class = GemeenteInspectView
    edit_view_class = GemeenteEditView
    delete_view_class = GemeenteDeleteView
    history_view_class = GemeenteHistoryView
    usage_view_class = GemeenteUsageView

    def _met_velden(self, view_kwargs):
        return {**view_kwargs, "gemeente_velden": tuple(self.gemeente_velden)}

    def get_index_view_kwargs(self, **kwargs):
        return self._met_velden(super().get_index_view_kwargs(**kwargs))

    def get_inspect_view_kwargs(self, **kwargs):
        return self._met_velden(super().get_inspect_view_kwargs(**kwargs))

    def get_edit_view_kwargs(self, **kwargs):
        return self._met_velden(super().get_edit_view_kwargs(**kwargs))

    def get_delete_view_kwargs(self, **kwargs):
        return self._met_velden(super().get_delete_view_kwargs(**kwargs))

    def get_history_view_kwargs(self, **kwargs):
        return self._met_velden(super().get_history_view_kwargs(**kwargs))

    def get_usage_view_kwargs(self, **kwargs):
        return self._met_velden(super().get_usage_view_kwargs(**kwargs))
