"""RSS and Atom feeds of the stories and blogs under a VerhalenIndexPage."""

import datetime
import uuid

from django.contrib.syndication.views import Feed
from django.utils import timezone
from django.utils.feedgenerator import Atom1Feed

FEED_ITEMS = 20


def entry_id(page):
    """A permanent IRI for a story in one language (RFC 4287 §4.2.6): `urn:uuid:…`, derived from the
    page's translation key and language, so it is the same on every host, port and after a move."""
    from leefmee.api import taalcodes

    taal = taalcodes().get(page.locale_id) or page.locale.language_code
    return f"urn:uuid:{uuid.uuid5(page.translation_key, taal)}"


class VerhalenRssFeed(Feed):
    def __init__(self, index):
        super().__init__()
        self.index = index

    def title(self):
        return self.index.title

    def link(self):
        return self.index.url or "/"

    def description(self):
        return self.index.search_description or self.index.title

    def items(self):
        return self.index.specifiek(self.index.verhalen()[:FEED_ITEMS])

    def item_title(self, item):
        return item.title

    def item_description(self, item):
        return item.intro

    def item_link(self, item):
        return item.url

    def item_guid(self, item):
        return entry_id(item)

    item_guid_is_permalink = False

    def item_pubdate(self, item):
        # The story's own date (what the reader sees), at a fixed hour in the site's time zone.
        return timezone.make_aware(datetime.datetime.combine(item.datum, datetime.time(9, 0)))

    def item_updateddate(self, item):
        return item.last_published_at

    def item_author_name(self, item):
        return getattr(item, "auteur_naam", "") or getattr(item, "voornaam", "") or None


class VerhalenAtomFeed(VerhalenRssFeed):
    feed_type = Atom1Feed

    def subtitle(self):
        return self.description()
