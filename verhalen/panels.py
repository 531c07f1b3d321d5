"""Editor panel: the readability (B1) of the text being edited."""

from wagtail.admin.panels import Panel


class LeesbaarheidPanel(Panel):
    """Shows the Flesch–Douma score, the average sentence length and the long sentences and words
    of the page's current revision (the edit view's instance is the latest revision)."""

    class BoundPanel(Panel.BoundPanel):
        template_name = "verhalen/admin/leesbaarheid_panel.html"

        def get_context_data(self, parent_context=None):
            context = super().get_context_data(parent_context)
            meting = getattr(self.instance, "leesbaarheid", None)
            context["meting"] = meting
            return context
