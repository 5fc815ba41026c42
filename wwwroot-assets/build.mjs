// Copies the front-end sources and the pinned Leaflet files into the site's wwwroot/assets.
// No bundler: the map module is a plain ES module and Leaflet ships ready-made files. The styles are kept per
// feature in src/styles/ and joined in name order into one site.css (one request, no @import chain).
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const out = join(here, "..", "src", "HoeWerktMijnStad.Web", "wwwroot", "assets");
const modules = join(here, "node_modules");

rmSync(out, { recursive: true, force: true });
mkdirSync(join(out, "leaflet"), { recursive: true });

const styles = join(here, "src", "styles");
const copies = [
  [join(here, "src"), out, (from) => !from.startsWith(styles)],
  [join(modules, "leaflet", "dist", "leaflet.js"), join(out, "leaflet", "leaflet.js")],
  [join(modules, "leaflet", "dist", "leaflet.css"), join(out, "leaflet", "leaflet.css")],
  [join(modules, "leaflet", "dist", "images"), join(out, "leaflet", "images")],
  [join(modules, "leaflet.markercluster", "dist", "leaflet.markercluster.js"), join(out, "leaflet", "leaflet.markercluster.js")],
  [join(modules, "leaflet.markercluster", "dist", "MarkerCluster.css"), join(out, "leaflet", "MarkerCluster.css")],
];
for (const [from, to, filter] of copies) {
  cpSync(from, to, { recursive: true, filter });
}

const sheets = readdirSync(styles).filter((name) => name.endsWith(".css")).sort();
writeFileSync(join(out, "site.css"), sheets.map((name) => `/* ${name} */\n${readFileSync(join(styles, name), "utf8")}`).join("\n"));
// the map's symbols alone, for the embedded map on partners' sites (which does not load site.css)
writeFileSync(join(out, "map-symbols.css"), readFileSync(join(styles, "21-map-symbols.css"), "utf8"));
console.log(`front-end assets written to ${out}`);
