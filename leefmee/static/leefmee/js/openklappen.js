/* On a wide screen the menu and the filters are always shown (site.css, kaart.css). Without this
   script that already works; with it, the disclosures are also marked open, so screen readers and
   the keyboard meet them in the state they see. On a phone they stay closed until tapped. */
(function () {
  "use strict";
  if (!window.matchMedia) { return; }
  [["details.hoofdmenu", "(min-width: 48rem)"], ["details.facetten-blok", "(min-width: 50rem)"]].forEach(function (p) {
    if (window.matchMedia(p[1]).matches) {
      document.querySelectorAll(p[0]).forEach(function (d) { d.open = true; });
    }
  });
}());
