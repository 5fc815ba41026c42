// Hoe Werkt Mijn Stad — <hwms-point-picker>: placing a site's pin, or drawing a worksite's area corner by corner,
// in the partner self-service. The coordinate fields work without this module.

import { createMap, loadLeaflet, markerIcon } from "./map-core.js";

/** A map to place one pin: a click moves the pin and fills the longitude and latitude fields; typing in the
 * fields moves the pin. The fields work without JavaScript. */
class PointPicker extends HTMLElement {
  async connectedCallback() {
    if (this.map) return;
    const lon = this.querySelector("[data-point-lon]");
    const lat = this.querySelector("[data-point-lat]");
    const canvas = this.querySelector("[data-point-map]");
    if (!lon || !lat || !canvas) return;
    const L = await loadLeaflet();
    for (const [key, value] of Object.entries(this.dataset)) canvas.dataset[key] = value;
    this.map = createMap(L, canvas, {}, "Achtergrondkaart niet beschikbaar; vul de coördinaten in.");
    const read = () => {
      const x = Number(lon.value.replace(",", "."));
      const y = Number(lat.value.replace(",", "."));
      return lon.value && lat.value && Number.isFinite(x) && Number.isFinite(y) ? [y, x] : null;
    };
    let pin;
    const place = (latlng, pan) => {
      pin ??= L.marker(latlng, { icon: markerIcon(L, "sites", "Gekozen locatie"), keyboard: false }).addTo(this.map);
      pin.setLatLng(latlng);
      if (pan) this.map.setView(latlng, Math.max(this.map.getZoom(), 15));
    };
    const start = read();
    if (start) place(start, true);
    const area = this.querySelector("[data-area-corners]") ? new AreaDrawing(L, this.map, this) : null;
    this.map.on("click", (e) => {
      if (area?.drawing()) {
        area.add(e.latlng);
        return;
      }
      lon.value = e.latlng.lng.toFixed(6);
      lat.value = e.latlng.lat.toFixed(6);
      place(e.latlng, false);
    });
    for (const input of [lon, lat]) {
      input.addEventListener("change", () => {
        const point = read();
        if (point) place(point, true);
      });
    }
  }

  disconnectedCallback() {
    this.map?.remove();
    this.map = undefined;
  }
}

/** The area of a worksite: in "area" mode a click adds a corner. The corners live in a textarea, one
 * "longitude latitude" per line, so the area can also be typed; the map redraws when the text changes. */
class AreaDrawing {
  constructor(L, map, root) {
    this.text = root.querySelector("[data-area-corners]");
    this.modes = root.querySelector("[data-area-mode]");
    this.modes.hidden = false;
    this.shape = L.polygon([], { color: "#b45309", weight: 2, fillOpacity: 0.2 }).addTo(map);
    this.corners = L.layerGroup().addTo(map);
    this.L = L;
    this.modes.querySelector("[data-area-undo]").addEventListener("click", () => this.write(this.read().slice(0, -1)));
    this.modes.querySelector("[data-area-clear]").addEventListener("click", () => this.write([]));
    this.text.addEventListener("change", () => this.redraw());
    this.redraw();
    const points = this.read();
    if (points.length > 2) map.fitBounds(this.shape.getBounds(), { padding: [20, 20], maxZoom: 17 });
  }

  drawing() {
    return this.modes.querySelector("input[value=area]").checked;
  }

  read() {
    return this.text.value
      .split("\n")
      .map((line) => line.trim().split(/[\s;]+/).map((n) => Number(n.replace(",", "."))))
      .filter((p) => p.length === 2 && p.every(Number.isFinite))
      .map(([lng, lat]) => [lat, lng]);
  }

  write(points) {
    this.text.value = points.map(([lat, lng]) => `${lng.toFixed(6)} ${lat.toFixed(6)}`).join("\n");
    this.redraw();
  }

  add(latlng) {
    this.write([...this.read(), [latlng.lat, latlng.lng]]);
  }

  redraw() {
    const points = this.read();
    this.shape.setLatLngs(points);
    this.corners.clearLayers();
    for (const point of points) this.L.circleMarker(point, { radius: 4, color: "#b45309", interactive: false }).addTo(this.corners);
  }
}

customElements.define("hwms-point-picker", PointPicker);
