"""The spider-web chart: six axes, the scores at the right distance, accessible, mirrored for RTL."""

import math
import xml.etree.ElementTree as ET

import pytest
from django.utils import translation

from kaart.zelfcheck.score import Score, getal, is_rtl
from kaart.zelfcheck.spinnenweb import MIDDEN_X, MIDDEN_Y, STRAAL, geometrie, svg

SVG = "{http://www.w3.org/2000/svg}"
SCORES = [Score("lichaam", "Lichaam", 7), Score("mentaal", "Gevoelens en gedachten", 5),
          Score("zingeving", "Zingeving", 10), Score("kwaliteit", "Kwaliteit van leven", 0),
          Score("meedoen", "Meedoen", 3), Score("dagelijks", "Dagelijks leven", 9)]


def parse(scores=SCORES, **kwargs):
    with translation.override("nl"):
        return ET.fromstring(str(svg(scores, **kwargs)))


def punten(root):
    polygon = root.find(f".//{SVG}polygon[@class='score']")
    return [tuple(map(float, p.split(","))) for p in polygon.get("points").split()]


def test_six_axes_from_the_centre_to_the_outer_ring():
    root = parse()
    assen = root.findall(f".//{SVG}line[@class='as']")
    assert len(assen) == 6
    for as_ in assen:
        assert (float(as_.get("x1")), float(as_.get("y1"))) == (MIDDEN_X, MIDDEN_Y)
        lengte = math.dist((MIDDEN_X, MIDDEN_Y), (float(as_.get("x2")), float(as_.get("y2"))))
        assert lengte == pytest.approx(STRAAL, abs=0.02)
    assert [a.get("data-dimensie") for a in assen] == [s.sleutel for s in SCORES]


def test_polygon_corners_lie_at_the_score_radius_on_their_axis():
    root = parse()
    hoeken = punten(root)
    assert len(hoeken) == 6
    for score, (x, y), as_ in zip(SCORES, hoeken, root.findall(f".//{SVG}line[@class='as']"), strict=True):
        assert math.dist((MIDDEN_X, MIDDEN_Y), (x, y)) == pytest.approx(STRAAL * score.waarde / 10, abs=0.02)
        if score.waarde:  # on the axis: same direction as the axis line
            ax, ay = float(as_.get("x2")) - MIDDEN_X, float(as_.get("y2")) - MIDDEN_Y
            assert math.atan2(y - MIDDEN_Y, x - MIDDEN_X) == pytest.approx(math.atan2(ay, ax), abs=1e-3)
    assert hoeken[0] == pytest.approx((MIDDEN_X, MIDDEN_Y - STRAAL * 0.7), abs=0.02)  # first axis points up
    assert hoeken[3] == (MIDDEN_X, MIDDEN_Y)  # a 0 sits in the centre


def test_rings_labels_and_accessible_name():
    root = parse()
    assert len(root.findall(f".//{SVG}polygon[@class='ring']")) == 5
    assert root.get("role") == "img"
    titel_id, uitleg_id = root.get("aria-labelledby").split()
    assert root.find(f"{SVG}title").get("id") == titel_id
    uitleg = root.find(f"{SVG}desc")
    assert uitleg.get("id") == uitleg_id
    assert "Meedoen: 3 van de 10" in uitleg.text
    labels = root.findall(f".//{SVG}text[@class='label']")
    assert ["".join(t.itertext()) for t in labels][:2] == ["Lichaam7", "Gevoelens en gedachten5"]


def test_names_are_escaped():
    root = parse([Score(s.sleutel, "<b>&", s.waarde) for s in SCORES])
    assert "".join(root.find(f".//{SVG}text").itertext()).startswith("<b>&")


def test_rtl_mirrors_positions_and_keeps_logical_anchors():
    ltr, rtl = geometrie(SCORES, rtl=False), geometrie(SCORES, rtl=True)
    for (lx, ly), (rx, ry) in zip(ltr.punten, rtl.punten, strict=True):
        assert rx == pytest.approx(2 * MIDDEN_X - lx, abs=0.02) and ry == ly
    # The second dimension sits on the right in Dutch and on the left in Arabic ...
    assert ltr.labels[1].x > MIDDEN_X > rtl.labels[1].x
    # ... and in both its text starts at the web and runs outwards ('start' in the text's direction).
    assert ltr.labels[1].anker == rtl.labels[1].anker == "start"
    assert ltr.labels[0].anker == "middle"
    root = parse(rtl=True)
    assert root.get("direction") == "rtl"


def test_numbers_in_the_readers_digits():
    assert getal(7, "nl") == "7"
    assert getal(10, "ar") == "١٠"
    with translation.override("ar"):
        assert is_rtl()
        root = ET.fromstring(str(svg(SCORES, rtl=True)))
        scores = [t.text for t in root.iter(f"{SVG}tspan") if t.get("class") == "label__score"]
        assert scores == ["٧", "٥", "١٠", "٠", "٣", "٩"]
    with translation.override("nl"):
        assert not is_rtl()
