/* The map on /kaart/op-de-kaart/: one toggleable layer per dimension, markers from the GeoJSON endpoint.
   Without JavaScript the page is a plain list; the map is only shown when this script runs. */
(function () {
  "use strict";
  var el = document.getElementById("kaart");
  if (!el || !window.L) { return; }
  el.hidden = false;
  // Leaflet's own controls speak English: give them the page's words (data-* from the template).
  var kaart = L.map(el, { zoomControl: false }).setView([52.24, 4.44], 12);
  L.control.zoom({ zoomInTitle: el.dataset.inzoomen, zoomOutTitle: el.dataset.uitzoomen }).addTo(kaart);
  kaart.on("popupopen", function (e) {
    var sluit = e.popup.getElement() && e.popup.getElement().querySelector(".leaflet-popup-close-button");
    if (sluit) { sluit.setAttribute("aria-label", el.dataset.sluiten); sluit.title = el.dataset.sluiten; }
  });
  L.tileLayer(el.dataset.tegels, { attribution: el.dataset.attributie, maxZoom: 19 }).addTo(kaart);
  var lagen = {}, overlays = {};
  function tekst(s) { var d = document.createElement("div"); d.textContent = s; return d.innerHTML; }
  JSON.parse(document.getElementById("kaart-lagen").textContent).forEach(function (d) {
    lagen[d.sleutel] = { groep: L.layerGroup().addTo(kaart), kleur: d.kleur };
    overlays['<img src="' + tekst(d.icoon) + '" alt="" width="16" height="16"> ' + tekst(d.naam)] = lagen[d.sleutel].groep;
  });
  lagen._organisaties = { groep: L.layerGroup().addTo(kaart), kleur: "#333333" };
  overlays[tekst(el.dataset.organisaties)] = lagen._organisaties.groep;
  // On a phone the open list of layers would cover most of the map and its popups: fold it up there.
  var smal = window.matchMedia && window.matchMedia("(max-width: 40rem)").matches;
  L.control.layers(null, overlays, { collapsed: smal }).addTo(kaart);

  function popup(p) {
    var div = document.createElement("div"), a = document.createElement("a"), tekst = document.createElement("p");
    a.href = p.url; a.textContent = p.titel; tekst.textContent = p.beschrijving || "";
    div.appendChild(a); div.appendChild(tekst);
    return div;
  }
  fetch(el.dataset.geojson, { headers: { Accept: "application/json" } })
    .then(function (r) { return r.json(); })
    .then(function (data) {
      var grenzen = [];
      (data.features || []).forEach(function (f) {
        var ll = [f.geometry.coordinates[1], f.geometry.coordinates[0]];
        var sleutels = f.properties.dimensies.length ? f.properties.dimensies : ["_organisaties"];
        sleutels.forEach(function (s) {
          var laag = lagen[s] || lagen._organisaties;
          L.circleMarker(ll, { radius: 8, color: "#000", weight: 1, fillColor: laag.kleur, fillOpacity: 0.9 })
            .bindPopup(popup(f.properties)).addTo(laag.groep);
        });
        grenzen.push(ll);
      });
      if (grenzen.length) { kaart.fitBounds(grenzen, { padding: [20, 20], maxZoom: 15 }); }
    });
})();
