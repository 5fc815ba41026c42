// Hoe Werkt Mijn Stad — the map island.
// Custom elements enhance server-rendered pages: <hwms-map-explorer> (the map page: filters, map, list) and
// <hwms-mini-map> (a few places on a partner, worksite or school page) and <hwms-demand-map> (open requests per
// district, for partners and the programme leader); <hwms-point-picker> (placing a site in the partner
// self-service) comes from point-picker.js, which pages that load this module get too. The list and the filter
// form work without this module; it adds the map and updates the results without a full reload.

import { clusterIcon, createMap, drawFeatures, loadLeaflet } from "./map-core.js";
import "./point-picker.js";

class MapExplorer extends HTMLElement {
  async connectedCallback() {
    this.form = this.querySelector("form[data-map-filters]");
    this.canvas = this.querySelector("[data-map-canvas]");
    this.status = this.querySelector("[data-map-status]");
    if (!this.canvas || this.map) return;

    const L = await loadLeaflet();
    this.L = L;
    this.map = createMap(L, this.canvas);
    this.markers = L.markerClusterGroup({ iconCreateFunction: clusterIcon(L), showCoverageOnHover: false, maxClusterRadius: 50 });
    this.areas = L.layerGroup();
    this.nearLayer = L.layerGroup();
    this.map.addLayer(this.areas).addLayer(this.markers).addLayer(this.nearLayer);
    this.map.on("click", (e) => this.chooseNear(e.latlng));
    this.map.on("moveend", () => this.bboxMode && this.loadFeatures(false));

    this.form?.addEventListener("submit", (e) => {
      e.preventDefault();
      this.update();
    });
    this.form?.addEventListener("change", (e) => {
      if (e.target.name === "school" && e.target.value) this.nearInput().disabled = true;
      this.update();
    });
    const locate = this.form?.querySelector("[data-locate]");
    if (locate && navigator.geolocation) {
      locate.hidden = false;
      locate.addEventListener("click", () => this.locate(locate));
    }
    window.addEventListener("popstate", () => window.location.reload());
    await this.loadFeatures(true);
  }

  disconnectedCallback() {
    this.map?.remove();
    this.map = undefined;
  }

  nearInput() {
    return this.form.querySelector("[data-near-input]");
  }

  results() {
    return this.querySelector("#resultaten");
  }

  chooseNear(latlng) {
    const near = this.nearInput();
    if (!near) return;
    near.disabled = false;
    near.value = `${latlng.lng.toFixed(6)},${latlng.lat.toFixed(6)}`;
    const school = this.form.querySelector("select[name=school]");
    if (school) school.value = "";
    this.update();
  }

  /** The visitor's own place as the "near" point, rounded to about 100 m: it goes into the address. */
  locate(button) {
    // aria-disabled, not disabled: a disabled button would drop the keyboard's focus to the top of the page
    if (button.getAttribute("aria-disabled") === "true") return;
    button.setAttribute("aria-disabled", "true");
    this.say("Je locatie wordt opgezocht…");
    navigator.geolocation.getCurrentPosition(
      (position) => {
        button.removeAttribute("aria-disabled");
        const round = (value) => Math.round(value * 1000) / 1000;
        this.chooseNear({ lat: round(position.coords.latitude), lng: round(position.coords.longitude) });
      },
      () => {
        button.removeAttribute("aria-disabled");
        this.say("Je locatie kon niet worden bepaald. Kies een school of klik op de kaart.");
      },
      { enableHighAccuracy: false, timeout: 10000, maximumAge: 300000 });
  }

  /** Fetches the page for the form's filters, swaps in its list, and redraws the map from the same filter. */
  async update() {
    const params = new URLSearchParams();
    for (const [key, value] of new FormData(this.form)) {
      if (value !== "") params.append(key, value);
    }
    const url = `${this.form.action}?${params}`;
    history.pushState(null, "", url);
    this.setBusy(true);
    try {
      const response = await fetch(url, { headers: { Accept: "text/html" } });
      const page = new DOMParser().parseFromString(await response.text(), "text/html");
      const fresh = page.querySelector("#resultaten");
      if (fresh) this.results().replaceWith(document.adoptNode(fresh));
      const errors = page.querySelector(".form-errors");
      this.form.querySelector(".form-errors")?.remove();
      if (errors) this.form.querySelector("h2").after(document.adoptNode(errors));
      await this.loadFeatures(true);
    } catch {
      this.say("De resultaten konden niet worden geladen. Probeer het opnieuw.");
    } finally {
      this.setBusy(false);
    }
  }

  setBusy(busy) {
    this.toggleAttribute("aria-busy", busy);
    this.classList.toggle("is-loading", busy);
    if (busy) this.say("Resultaten laden…");
  }

  say(text) {
    if (this.status) this.status.textContent = text;
  }

  async loadFeatures(fit) {
    const L = this.L;
    const url = new URL(this.results().dataset.featuresUrl, window.location.origin);
    if (this.bboxMode && !fit) url.searchParams.set("bbox", this.map.getBounds().toBBoxString());
    const response = await fetch(url, { headers: { Accept: "application/geo+json" } });
    if (!response.ok) {
      this.say("De kaart kon de plekken niet laden; de lijst hieronder is wel bijgewerkt.");
      return;
    }
    const data = await response.json();
    this.markers.clearLayers();
    this.areas.clearLayers();
    const bounds = drawFeatures(L, data.features, this.markers, this.areas);
    this.drawNear(url);
    this.bboxMode = data.truncated;
    const count = data.features.length;
    this.say(
      data.truncated
        ? `Meer dan ${count.toLocaleString("nl-NL")} plekken: de kaart toont er ${count.toLocaleString("nl-NL")}. Zoom in om de rest te zien.`
        : `${count === 1 ? "1 plek" : `${count.toLocaleString("nl-NL")} plekken`} op de kaart.`,
    );
    if (fit) {
      const circle = this.nearLayer.getLayers().find((l) => l.getBounds);
      if (circle) this.map.fitBounds(circle.getBounds(), { padding: [10, 10] });
      else if (bounds.isValid() && count > 0) this.map.fitBounds(bounds, { padding: [30, 30], maxZoom: 15 });
    }
  }

  drawNear(url) {
    const L = this.L;
    this.nearLayer.clearLayers();
    const near = url.searchParams.get("near");
    if (!near) return;
    const [lon, lat] = near.split(",").map(Number);
    const radius = Number(url.searchParams.get("radius") ?? 5000);
    L.circle([lat, lon], { radius, color: "#0b5cad", weight: 1, fillOpacity: 0.05, interactive: false }).addTo(this.nearLayer);
    L.circleMarker([lat, lon], { radius: 6, color: "#0b5cad", fillOpacity: 1, interactive: false }).addTo(this.nearLayer);
  }
}

class MiniMap extends HTMLElement {
  async connectedCallback() {
    if (this.map) return;
    const L = await loadLeaflet();
    this.map = createMap(L, this, { scrollWheelZoom: false }, "Achtergrondkaart niet beschikbaar.");
    // an embedded map (Features/Embeds) reads its places from the map API; a page's mini map has them inline
    const features = this.dataset.featuresUrl
      ? (await (await fetch(this.dataset.featuresUrl, { headers: { Accept: "application/geo+json" } })).json()).features
      : JSON.parse(this.dataset.geojson ?? '{"features":[]}').features;
    const markers = L.layerGroup().addTo(this.map);
    const areas = L.layerGroup().addTo(this.map);
    const bounds = drawFeatures(L, features, markers, areas);
    if (bounds.isValid()) this.map.fitBounds(bounds, { padding: [30, 30], maxZoom: 15 });
  }

  disconnectedCallback() {
    this.map?.remove();
    this.map = undefined;
  }
}

/** The demand map (partners and the programme leader): open requests per school district as a circle with its
 * count, at the middle of the district's schools. Never a school; the table under it holds the same numbers. */
class DemandMap extends HTMLElement {
  async connectedCallback() {
    if (this.map) return;
    const districts = JSON.parse(this.dataset.districts ?? "[]");
    const L = await loadLeaflet();
    this.map = createMap(L, this, { scrollWheelZoom: false }, "Achtergrondkaart niet beschikbaar; de tabel hieronder heeft dezelfde cijfers.");
    const bounds = L.latLngBounds([]);
    for (const district of districts) {
      const text = `${district.name}: ${district.requests === 1 ? "1 open vraag" : `${district.requests} open vragen`}`;
      L.circleMarker([district.lat, district.lon], {
        radius: 12 + 5 * Math.sqrt(district.requests),
        color: "#083f78",
        weight: 2,
        fillColor: "#0b5cad",
        fillOpacity: 0.6,
      })
        .bindTooltip(String(district.requests), { permanent: true, direction: "center", className: "demand-count" })
        // a text node, never HTML: the district name is whatever a school's district field says
        .bindPopup(() => {
          const popup = document.createElement("p");
          popup.textContent = text;
          return popup;
        })
        .addTo(this.map);
      bounds.extend([district.lat, district.lon]);
    }
    if (bounds.isValid()) this.map.fitBounds(bounds, { padding: [40, 40], maxZoom: 13 });
  }

  disconnectedCallback() {
    this.map?.remove();
    this.map = undefined;
  }
}

customElements.define("hwms-map-explorer", MapExplorer);
customElements.define("hwms-demand-map", DemandMap);
customElements.define("hwms-mini-map", MiniMap);
