"""The base of every factory: users, and pages built the way an editor builds them.

An editor adds a page under its parent, fills in its fields and its taxonomy links (which live in the
page itself, so they are part of the revision) and publishes that revision. `PaginaFactory` does the
same, so a later publish of the latest revision never drops a link that a factory made.
"""

import factory
from django.contrib.auth import get_user_model
from django.utils.text import slugify


class UserFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = get_user_model()
        django_get_or_create = ("username",)

    username = factory.Sequence(lambda n: f"gebruiker{n}")
    email = factory.LazyAttribute(lambda u: f"{u.username}@example.org")
    password = factory.django.Password("Wachtwoord-voor-tests-1")


def gebruiker_in(naam, groep):
    """A user in one group (a partner's, an editors' group): how the role tests meet the admin."""
    user = UserFactory(username=naam)
    user.groups.add(groep)
    return user


def publiceer(parent, page):
    """Add `page` under `parent` and publish it; returns the refreshed page (for pages without a factory)."""
    parent.add_child(instance=page)
    page.save_revision().publish()
    page.refresh_from_db()
    return page


class PaginaFactory(factory.django.DjangoModelFactory):
    """A page under `parent`, published as a revision (or saved as a draft with `publiceren=False`).

    `_koppelingen` maps a keyword (say `dimensies`) to the page's child relation, the link model and the
    link's field: `AanbodFactory(parent=org, dimensies=["meedoen"])` puts the links in the page before
    its first revision, exactly as the edit form does.
    """

    class Meta:
        abstract = True

    parent = None
    publiceren = True
    slug = factory.LazyAttribute(lambda p: slugify(p.title))

    _koppelingen = {}

    @classmethod
    def _waarde(cls, veld, waarde):
        """A taxonomy value as given by a test: most link fields also take a key (a dimension's `sleutel`)."""
        return waarde

    @classmethod
    def _create(cls, model_class, *args, parent=None, publiceren=True, **velden):
        if parent is None:
            raise TypeError(f"{cls.__name__} needs parent=: a page lives under its parent")
        links = {naam: velden.pop(naam) for naam in list(velden) if naam in cls._koppelingen}
        page = model_class(*args, **velden)
        for naam, waarden in links.items():
            relatie, model, veld = cls._koppelingen[naam]
            setattr(page, relatie, [model(**{veld: cls._waarde(veld, w)}) for w in waarden or ()])
        if not publiceren:
            page.live = False
        parent.add_child(instance=page)
        revisie = page.save_revision()
        if publiceren:
            revisie.publish()
            page.refresh_from_db()
        return page
