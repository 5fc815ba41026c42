// Hoe Werkt Mijn Stad — map building blocks shared by the map's custom elements (map.js): Leaflet loading,
// the base map, markers, clusters and popups.

const base = new URL(".", import.meta.url);
const REGION = { center: [52.37, 4.9], zoom: 10 };
const LAYER_TEXT = { sites: "Bedrijf of locatie", worksites: "Werkplek", schools: "School", trips: "Uitje", events: "Evenement" };

let leafletLoading;

export function loadLeaflet() {
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

export function createMap(L, element, options = {}, noTilesText = "De achtergrondkaart kan nu niet laden. De plekken en de lijst werken wel.") {
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

export function markerIcon(L, layer, name) {
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

export function clusterIcon(L) {
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
  // in an embed on a partner's site, the site's pages open in a new tab
  if (location.pathname.startsWith("/insluiten/")) {
    link.target = "_blank";
    link.rel = "noopener";
  }
  const title = document.createElement("strong");
  title.append(link);
  const meta = document.createElement("span");
  const when = properties.layer === "events" && properties.start ? new Date(`${properties.start}T12:00:00`).toLocaleDateString("nl-NL", { day: "numeric", month: "long" }) : null;
  meta.textContent = [properties.kindLabel, when, properties.partner !== properties.name ? properties.partner : null, properties.city]
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
export function drawFeatures(L, features, markers, areas) {
  const bounds = L.latLngBounds([]);
  for (const feature of features) {
    const p = feature.properties;
    if (!feature.geometry) continue; // an online event has no place
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
