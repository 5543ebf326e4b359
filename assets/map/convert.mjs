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

const round = (v) => Number(v.toFixed(DIGITS));
const flat = (points) => points.flatMap(([lon, lat]) => [round(lon), round(lat)]);

const land50 = atlas("land-50m.json");
const land = [];
for (const feature of topojson.feature(land50, land50.objects.land).features) {
  const polygons = feature.geometry.type === "Polygon" ? [feature.geometry.coordinates] : feature.geometry.coordinates;
  for (const polygon of polygons) {
    for (const ring of polygon) {
      const simple = simplify(ring);
      if (simple.length >= 4) land.push(flat(simple));  // drops islets that collapse to a sliver
    }
  }
}

const countries = atlas("countries-50m.json");
// Only borders shared by two countries: coastlines come from the land rings.
const mesh = topojson.mesh(countries, countries.objects.countries, (a, b) => a !== b);
const borders = mesh.coordinates.map(simplify).filter((line) => line.length >= 2).map(flat);

process.stdout.write(JSON.stringify({
  source: "Natural Earth 1:50m land and admin-0 boundaries, via the npm package world-atlas",
  license: "Public domain (Natural Earth); world-atlas packaging ISC",
  land,
  borders,
}));
