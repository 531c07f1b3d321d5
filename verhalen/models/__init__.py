"""Stories, partner blogs and B1 information articles, split by responsibility."""

from .artikel import ArtikelPage
from .basis import VerhalenBasisPage
from .index import InformatieIndexPage, VerhalenIndexPage
from .koppelingen import (
    ArtikelAanbod,
    ArtikelDimensie,
    ArtikelVraag,
    BlogDimensie,
    BlogVraag,
    VerhaalDimensie,
    VerhaalOrganisatie,
    VerhaalVraag,
)
from .verhaal import BlogPage, VerhaalPage

__all__ = [
    "ArtikelAanbod", "ArtikelDimensie", "ArtikelPage", "ArtikelVraag", "BlogDimensie", "BlogPage", "BlogVraag",
    "InformatieIndexPage", "VerhaalDimensie", "VerhaalOrganisatie", "VerhaalPage", "VerhaalVraag",
    "VerhalenBasisPage", "VerhalenIndexPage",
]
