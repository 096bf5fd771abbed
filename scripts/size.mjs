// Prints the size of every file of a build (raw; gzip -9, as a server compressing it
// itself would send it; the build's own gzip copy, `name.gz` by Zopfli, which nginx
// sends in its place; brotli), what is in its WebAssembly (scripts/wasm-contents.mjs),
// and the total that a first visit downloads as gzip (each file's copy where it has
// one), and fails when that total is over the budget.
//   node scripts/size.mjs [dist] [--budget-kb 180]
import { existsSync, readFileSync, readdirSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { gzipSync, brotliCompressSync, constants } from "node:zlib";
import { printContents } from "./wasm-contents.mjs";

const args = process.argv.slice(2);
const dist = args.find((a) => !a.startsWith("--")) ?? "dist";
const budgetAt = args.indexOf("--budget-kb");
const budgetKb = budgetAt >= 0 ? Number(args[budgetAt + 1]) : 180;

function files(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });
}

const kb = (n) => (n / 1000).toFixed(1).padStart(8);
const rows = files(dist)
  .filter((path) => !path.endsWith(".gz"))
  .sort()
  .map((path) => {
    const data = readFileSync(path);
    const gzip9 = gzipSync(data, { level: 9 }).length;
    return {
      name: relative(dist, path),
      raw: data.length,
      gzip9,
      // What is sent: the build's copy where it made one, else gzip -9 or the file as
      // it is, whichever is smaller (a PNG is sent as it is).
      gzip: existsSync(`${path}.gz`) ? statSync(`${path}.gz`).size : Math.min(gzip9, data.length),
      brotli: brotliCompressSync(data, {
        params: { [constants.BROTLI_PARAM_QUALITY]: 11 },
      }).length,
    };
  });

// A first visit loads index.html and every local file it names (scripts, styles,
// the preloaded wasm, the manifest), plus the service worker that it or one of its
// scripts (boot.js) registers, and every file that worker keeps for offline use.
const text = (name) => readFileSync(join(dist, name), "utf8");
const local = (ref) => ref.replace(/^\.?\//, "");
const html = text("index.html");
const named = new Set(["index.html"]);
for (const m of html.matchAll(/(?:href|src)="([^"#?]+)"/g)) {
  if (!/^[a-z]+:/.test(m[1])) named.add(local(m[1]));
}
const scripts = [html, ...[...named].filter((n) => n.endsWith(".js") && rows.some((r) => r.name === n)).map(text)];
for (const script of scripts) {
  for (const m of script.matchAll(/register\(["']([^"']+)["']/g)) {
    const worker = local(m[1]);
    named.add(worker);
    // The worker's list of files (FILES = [...], filled in by post-build.mjs, minified).
    const list = /\bFILES\s*=\s*(\[[^\]]*\])/.exec(text(worker));
    for (const file of list ? JSON.parse(list[1]) : []) named.add(file === "./" ? "index.html" : decodeURIComponent(file));
  }
}
const firstVisit = rows.filter((r) => named.has(r.name));

const columns = (r) => `${kb(r.raw)}${kb(r.gzip9)} ${kb(r.gzip)} ${kb(r.brotli)}`;
console.log(`${"file".padEnd(48)}${"raw KB".padStart(8)}${"gzip -9".padStart(9)}${".gz KB".padStart(9)}${"br KB".padStart(9)}  first visit`);
for (const r of rows) console.log(`${r.name.padEnd(48)}${columns(r)}  ${named.has(r.name) ? "yes" : ""}`);
const sum = (list) => Object.fromEntries(["raw", "gzip9", "gzip", "brotli"].map((k) => [k, list.reduce((n, r) => n + r[k], 0)]));
console.log(`${"all files".padEnd(48)}${columns(sum(rows))}`);
const total = sum(firstVisit).gzip;
console.log(`${"first visit".padEnd(48)}${columns(sum(firstVisit))}`);
console.log(`first-visit budget: ${(total / 1000).toFixed(1)} KB gzip of ${budgetKb} KB (the build's .gz copies; ${(sum(firstVisit).gzip9 / 1000).toFixed(1)} KB from a server compressing at gzip -9 itself)`);
// The WebAssembly's largest contributors, from the build's copy that keeps the names:
// the checker's (target/wasm-bindgen), so only for a build of the checker, not for
// another app's such as perf/counter's.
if (rows.some((r) => /^app-[0-9a-f]+_bg\.wasm$/.test(r.name))) printContents();
if (total > budgetKb * 1000) {
  console.error(`size: the first visit downloads ${(total / 1000).toFixed(1)} KB gzip, over the ${budgetKb} KB budget`);
  process.exit(1);
}
