// Converts Natural Earth TopoJSON (npm package world-atlas) into assets/map/world.json:
// land rings and country borders as flat [lon, lat, lon, lat, ...] arrays, simplified.
// Usage: node convert.mjs <node_modules dir> > world.json   (see README.md)
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { createRequire } from "node:module";

const modules = process.argv[2];
const require = createRequire(join(modules, "noop.js"));
const topojson = require("topojson-client");
const atlas = (name) => JSON.parse(readFileSync(join(modules, "world-atlas", name), "utf8"));

const TOLERANCE = 0.05;  // degrees; about 5 km at the equator, invisible at world scale
const DIGITS = 2;        // 0.01 degree is about 1 km

function perpendicular(p, a, b) {
  const dx = b[0] - a[0], dy = b[1] - a[1];
  const len = Math.hypot(dx, dy);
  if (len === 0) return Math.hypot(p[0] - a[0], p[1] - a[1]);
  return Math.abs(dy * p[0] - dx * p[1] + b[0] * a[1] - b[1] * a[0]) / len;
}

// Douglas-Peucker, iterative so that long coastlines do not overflow the stack.
function simplify(points) {
  if (points.length <= 4) return points;
  const keep = new Uint8Array(points.length);
  keep[0] = keep[points.length - 1] = 1;
  const stack = [[0, points.length - 1]];
  while (stack.length) {
    const [first, last] = stack.pop();
    let worst = -1, index = -1;
    for (let i = first + 1; i < last; i++) {
      const d = perpendicular(points[i], points[first], points[last]);
      if (d > worst) { worst = d; index = i; }
    }
    if (worst > TOLERANCE) {
      keep[index] = 1;
      stack.push([first, index], [index, last]);
    }
  }
  return points.filter((_, i) => keep[i]);
}

// Makes longitudes continuous along a ring or line: a ring that crosses the antimeridian (Chukotka joins
// Eurasia, Wrangel Island) then runs past 180 instead of jumping across the map. A ring that winds around a
// pole (Antarctica) ends 360 degrees from where it starts; it is closed along the pole, as a map draws it.
function unwrap(points, closed) {
  const out = [points[0].slice()];
  for (let i = 1; i < points.length; i++) {
    let lon = points[i][0];
    const previous = out[i - 1][0];
    while (lon - previous > 180) lon -= 360;
    while (lon - previous < -180) lon += 360;
    out.push([lon, points[i][1]]);
  }
  // Whole turns so the shape starts (at its west edge) within [-180, 180): Eurasia runs on to 190, not from -377.
  const west = Math.min(...out.map((p) => p[0]));
  const turns = Math.floor((west + 180) / 360);
  for (const p of out) p[0] -= 360 * turns;
  if (closed) {
    const first = out[0], last = out[out.length - 1];
    if (Math.abs(last[0] - first[0]) > 180) {
      const pole = out.reduce((sum, p) => sum + p[1], 0) < 0 ? -90 : 90;
      out.push([last[0], pole], [first[0], pole], first.slice());
    }
  }
  return out;
}

const round = (v) => Number(v.toFixed(DIGITS));
const flat = (points) => points.flatMap(([lon, lat]) => [round(lon), round(lat)]);

const land50 = atlas("land-50m.json");
const land = [];
for (const feature of topojson.feature(land50, land50.objects.land).features) {
  const polygons = feature.geometry.type === "Polygon" ? [feature.geometry.coordinates] : feature.geometry.coordinates;
  for (const polygon of polygons) {
    for (const ring of polygon) {
      const simple = unwrap(simplify(ring), true);
      if (simple.length >= 4) land.push(flat(simple));  // drops islets that collapse to a sliver
    }
  }
}

const countries = atlas("countries-50m.json");
// Only borders shared by two countries: coastlines come from the land rings.
const mesh = topojson.mesh(countries, countries.objects.countries, (a, b) => a !== b);
const borders = mesh.coordinates.map((line) => unwrap(simplify(line), false)).filter((line) => line.length >= 2).map(flat);

process.stdout.write(JSON.stringify({
  source: "Natural Earth 1:50m land and admin-0 boundaries, via the npm package world-atlas",
  license: "Public domain (Natural Earth); world-atlas packaging ISC",
  land,
  borders,
}));
