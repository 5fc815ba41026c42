// Hoe Werkt Mijn Stad — the map island.
// Custom elements enhance server-rendered pages: <hwms-map-explorer> (the map page: filters, map, list) and
// <hwms-mini-map> (a few places on a partner, worksite or school page). The list and the filter form work
// without this module; it adds the map and updates the results without a full reload.

const base = new URL(".", import.meta.url);
const REGION = { center: [52.37, 4.9], zoom: 10 };
const LAYER_TEXT = { sites: "Bedrijf of locatie", worksites: "Werkplek", schools: "School" };

let leafletLoading;

function loadLeaflet() {
  leafletLoading ??= (async () => {
    for (const css of ["leaflet/leaflet.css", "leaflet/MarkerCluster.css"]) {
      const link = document.createElement("link");
      link.rel = "stylesheet";
      link.href = new URL(css, base).href;
      document.head.append(link);
    }
    await loadScript("leaflet/leaflet.js");
    await loadScript("leaflet/leaflet.markercluster.js");
    return window.L;
  })();
  return leafletLoading;
}

function loadScript(path) {
  return new Promise((resolve, reject) => {
    const script = document.createElement("script");
    script.src = new URL(path, base).href;
    script.onload = resolve;
    script.onerror = () => reject(new Error(`${path} kon niet laden`));
    document.head.append(script);
  });
}

function createMap(L, element, options = {}, noTilesText = "De achtergrondkaart kan nu niet laden. De plekken en de lijst werken wel.") {
  element.textContent = "";
  const map = L.map(element, {
    center: REGION.center,
    zoom: REGION.zoom,
    zoomControl: false,
    ...options,
  });
  L.control.zoom({ zoomInTitle: "Inzoomen", zoomOutTitle: "Uitzoomen" }).addTo(map);
  map.attributionControl.setPrefix('<a href="https://leafletjs.com">Leaflet</a>');

  const tileUrl = element.dataset.tileUrl;
  if (tileUrl) {
    const tiles = L.tileLayer(tileUrl, {
      attribution: element.dataset.tileAttribution ?? "",
      maxZoom: Number(element.dataset.maxZoom ?? 19),
    });
    let warned = false;
    tiles.on("tileerror", () => {
      if (warned) return;
      warned = true;
      const notice = document.createElement("p");
      notice.className = "map-notice";
      notice.textContent = noTilesText;
      element.append(notice);
    });
    tiles.addTo(map);
  }

  // Leaflet's popup close button speaks English; ours speaks Dutch.
  map.on("popupopen", (e) => e.popup.getElement()?.querySelector(".leaflet-popup-close-button")?.setAttribute("aria-label", "Sluiten"));
  return map;
}

function markerIcon(L, layer, name) {
  const label = document.createElement("span");
  label.className = "visually-hidden";
  label.textContent = `${LAYER_TEXT[layer] ?? ""}: ${name}`;
  return L.divIcon({
    className: `map-marker map-marker--${layer}`,
    html: `<span class="map-symbol map-symbol--${layer}" aria-hidden="true"></span>${label.outerHTML}`,
    iconSize: [24, 24],
    iconAnchor: [12, 12],
    popupAnchor: [0, -10],
  });
}

function clusterIcon(L) {
  return (cluster) => {
    const count = cluster.getChildCount();
    const size = count < 10 ? 34 : count < 100 ? 40 : 48;
    return L.divIcon({
      className: "map-cluster",
      html: `<span aria-hidden="true">${count}</span><span class="visually-hidden">Groep van ${count} plekken, druk Enter om in te zoomen</span>`,
      iconSize: [size, size],
    });
  };
}

function formatDistance(meters) {
  const nl = (n, digits) => n.toLocaleString("nl-NL", { minimumFractionDigits: digits, maximumFractionDigits: digits });
  if (meters < 950) return `${nl(Math.round(meters / 10) * 10, 0)} m`;
  if (meters < 9950) return `${nl(meters / 1000, 1)} km`;
  return `${nl(meters / 1000, 0)} km`;
}

function popupContent(properties) {
  const box = document.createElement("div");
  box.className = "map-popup";
  const link = document.createElement("a");
  link.href = properties.url;
  link.textContent = properties.name;
  const title = document.createElement("strong");
  title.append(link);
  const meta = document.createElement("span");
  meta.textContent = [properties.kindLabel, properties.partner !== properties.name ? properties.partner : null, properties.city]
    .filter(Boolean)
    .join(" · ");
  box.append(title, meta);
  if (properties.distance_m !== undefined) {
    const distance = document.createElement("span");
    distance.textContent = `${formatDistance(properties.distance_m)} hiervandaan`;
    box.append(distance);
  }
  return box;
}

/** Adds GeoJSON features to a marker group (and worksite areas to an area group); returns their bounds. */
function drawFeatures(L, features, markers, areas) {
  const bounds = L.latLngBounds([]);
  for (const feature of features) {
    const p = feature.properties;
    const [lon, lat] = feature.geometry.type === "Point" ? feature.geometry.coordinates : p.marker;
    if (feature.geometry.type !== "Point") {
      const area = L.geoJSON(feature, { style: { color: "#b85400", weight: 2, fillOpacity: 0.15 }, interactive: false });
      areas.addLayer(area);
      bounds.extend(area.getBounds());
    }
    const marker = L.marker([lat, lon], { icon: markerIcon(L, p.layer, p.name), title: p.name, keyboard: true });
    marker.bindPopup(() => popupContent(p));
    markers.addLayer(marker);
    bounds.extend([lat, lon]);
  }
  return bounds;
}

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
    const features = JSON.parse(this.dataset.geojson ?? '{"features":[]}').features;
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
    this.map.on("click", (e) => {
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

customElements.define("hwms-map-explorer", MapExplorer);
customElements.define("hwms-point-picker", PointPicker);
customElements.define("hwms-mini-map", MiniMap);
