// Parses Mermaid files with mermaid's own parser, headless: jsdom supplies the DOM mermaid expects.
// Run from a folder whose node_modules holds mermaid and jsdom, with this script on standard input:
//   node --input-type=module - FILE... < mermaid-parse.mjs
// Prints "OK file" or "FAIL file: message" per file; exits 1 when any file fails.
import { JSDOM } from "jsdom";
import { readFileSync } from "node:fs";

const dom = new JSDOM("<!doctype html><html><body></body></html>", { pretendToBeVisual: true });
globalThis.window = dom.window;
globalThis.document = dom.window.document;
for (const name of ["navigator", "Element", "HTMLElement", "SVGElement", "DOMParser", "Node"]) {
  if (!(name in globalThis)) {
    Object.defineProperty(globalThis, name, { value: dom.window[name], configurable: true, writable: true });
  }
}
const { default: mermaid } = await import("mermaid");
mermaid.initialize({ startOnLoad: false });

let failed = 0;
for (const file of process.argv.slice(2)) {
  try {
    await mermaid.parse(readFileSync(file, "utf8"));
    console.log("OK " + file);
  } catch (e) {
    failed++;
    console.log("FAIL " + file + ": " + String(e.message || e).split("\n").slice(0, 3).join(" | "));
  }
}
process.exit(failed ? 1 : 0);
