// Trunk post-build hook (see Trunk.toml), run on the finished build in Trunk's staging
// folder before it becomes dist/:
//  1. puts the stylesheets into index.html (a <style> in place of each Trunk <link>), so
//     the first paint waits for no other file, and adds the Content-Security-Policy to
//     index.html as a <meta http-equiv> at the top of <head>, allowing Trunk's inline
//     loader script and those stylesheets by their SHA-256 hashes, so the page needs no
//     'unsafe-inline' and no 'unsafe-eval';
//  2. writes the release's version (root Cargo.toml) and build date into version.json
//     and, for the About page and the exports, into index.html as
//     <meta name="backhip-build-date">;
//  3. fills in sw.js: the list of every file of the build for the offline copy and of
//     the language files it fetches later, and a version (a hash of the file names and
//     contents) that names the cache, so each release replaces the previous one;
//  0. before both, in a release build, runs wasm-opt on the WebAssembly (wasm-opt.mjs),
//     minifies the JavaScript (terser) and the CSS
//     (csso), updates the integrity hashes Trunk wrote for them in index.html, and
//     takes the comments out of index.html;
//  4. last, in a release build, writes a gzip copy of every text file beside it
//     (`<name>.gz`, by Zopfli, about 5 % smaller than gzip -9), which a server sends
//     in place of compressing the file itself (nginx's gzip_static, scripts/serve-dist.mjs).
// It can also be run by hand on a fresh build folder: node scripts/post-build.mjs <dir>
import { createHash } from "node:crypto";
import { readFileSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { dirname, join, relative, sep } from "node:path";
import { fileURLToPath } from "node:url";
import { minify as minifyCss } from "csso";
import { minify as minifyJs } from "terser";
import { gzipAsync } from "@gfx/zopfli";
import { optimise } from "./wasm-opt.mjs";

const dir = process.env.TRUNK_STAGING_DIR ?? process.argv[2];
if (!dir) {
  console.error("post-build: no build folder (TRUNK_STAGING_DIR is not set and none was given)");
  process.exit(1);
}
const fail = (message) => {
  console.error(`post-build: ${message}`);
  process.exit(1);
};
const sha256 = (data) => createHash("sha256").update(data);

// index.html, which the steps below change.
const htmlPath = join(dir, "index.html");
let html = readFileSync(htmlPath, "utf8");

// 0. The release's WebAssembly through wasm-opt (wasm-opt.mjs: Trunk's own step cannot
// be given its flags, so index.html turns it off), without the function names. Trunk
// named the file by what it had before, so it is named again by what it holds now:
// browsers keep a hashed name for a year.
if (process.env.TRUNK_PROFILE !== "debug") {
  for (const name of readdirSync(dir).filter((n) => /^app-[0-9a-f]+_bg\.wasm$/.test(n))) {
    const before = join(dir, name);
    // BACKHIP_KEEP_NAMES=1 keeps the function names, for a profile that names them.
    optimise(before, before, process.env.BACKHIP_KEEP_NAMES === "1" ? ["-g"] : ["--strip-debug", "--strip-producers"]);
    const renamed = `app-${sha256(readFileSync(before)).digest("hex").slice(0, 16)}_bg.wasm`;
    if (!html.includes(name)) fail(`index.html does not name ${name}`);
    renameSync(before, join(dir, renamed));
    html = html.replaceAll(name, renamed);
  }
  writeFileSync(htmlPath, html);
}

// `trunk serve` adds an inline live-reload script that it rewrites for every request,
// so no hash can allow it: the development server gets no policy and no offline copy.
const devServer = html.includes("{{__TRUNK_WS_BASE__}}");

// 0. Minify what Trunk leaves as written: the wasm-bindgen glue, boot.js and the CSS.
// Trunk's integrity hashes (sha384 of each file) are replaced by the new files' own.
const sha384 = (data) => `sha384-${createHash("sha384").update(data).digest("base64")}`;
async function minifyFile(name) {
  const path = join(dir, name);
  const before = readFileSync(path, "utf8");
  const after = name.endsWith(".css")
    ? minifyCss(before).css
    : (await minifyJs(before, { module: name.startsWith("app-"), compress: true, mangle: true })).code;
  if (!after) fail(`minifying ${name} gave nothing`);
  writeFileSync(path, after);
  html = html.replaceAll(sha384(before), sha384(after));
}
if (!devServer) {
  // index.html's comments are notes for whoever edits it, not for the browser.
  html = html.replace(/(<(script|style)\b[\s\S]*?<\/\2>)|<!--[\s\S]*?-->/gi, (comment, kept) => kept ?? "");
  const names = readdirSync(dir).filter((n) => /^(app-[0-9a-f]+\.js|[a-z-]+-[0-9a-f]+\.css|boot\.js)$/.test(n));
  for (const name of names) await minifyFile(name);
  writeFileSync(htmlPath, html);
}

// 1. The Content-Security-Policy.
// Anything inline other than scripts would need 'unsafe-inline': refuse to build it.
const inlineStyle = /<style[\s>]|\sstyle\s*=|\son[a-z]+\s*=/i.exec(html.replace(/<script\b[^>]*>[\s\S]*?<\/script>/gi, ""));
if (inlineStyle) fail(`index.html has an inline style or event handler (${inlineStyle[0].trim()}), which the CSP blocks`);

/** Replaces the first match of `tag` (its group 1 names a file of the build) with an
 * `element` holding that file's text, and deletes the file. */
function putInline(tag, element, what) {
  const found = tag.exec(html);
  if (!found) fail(`index.html has no ${what} to put inline`);
  const text = readFileSync(join(dir, found[1]), "utf8");
  if (text.toLowerCase().includes(`</${element}`)) fail(`${found[1]} contains "</${element}"`);
  html = html.replace(found[0], () => `<${element}>${text}</${element}>`);
  rmSync(join(dir, found[1]));
}
// The stylesheets and boot.js, inline: Trunk's <link> to each stylesheet becomes a <style>
// with its contents and boot.js's <script src> a <script> with its own, and the files
// go (nothing else names them). The policy allows exactly those texts. The app starts
// once the start screen is painted: Trunk's preloads go, and its loader first waits
// for boot.js's "painted" (the largest paint counted, or 300 ms at most), so the first
// paint shares the network with nothing and never waits for the app.
if (!devServer) {
  putInline(/<script src="(boot\.js)"><\/script>/, "script", '<script src="boot.js">');
  const preloads = [...html.matchAll(/<link rel="(?:modulepreload|preload)" href="\.\/app-[0-9a-f]+(?:_bg\.wasm|\.js)"[^>]*>/g)];
  if (preloads.length !== 2) fail(`expected Trunk's two preloads (the glue and the WebAssembly), found ${preloads.length}`);
  for (const [tag] of preloads) html = html.replace(tag, "");
  const loader = /import init, \* as bindings from '(\.\/app-[0-9a-f]+\.js)';\s*const wasm = await init\(\{ module_or_path: '(\.\/app-[0-9a-f]+_bg\.wasm)' \}\);/.exec(html);
  if (!loader) fail("index.html has no Trunk loader of the expected shape to start after the first paint");
  html = html.replace(
    loader[0],
    () =>
      `await new Promise((done) => (window.backhipPainted !== false ? done() : addEventListener("backhip:painted", done, { once: true })));\n` +
      // The WebAssembly's download starts with the glue's, not after it.
      `const module = fetch('${loader[2]}');\n` +
      `const bindings = await import('${loader[1]}');\nconst wasm = await bindings.default({ module_or_path: module });`,
  );
  // Every stylesheet (styles/*.css), each in its own <style>, in the page's order.
  const sheet = /<link rel="stylesheet" href="\.\/([a-z-]+-[0-9a-f]+\.css)"[^>]*>/;
  putInline(sheet, "style", "Trunk stylesheet link");
  while (sheet.test(html)) putInline(sheet, "style", "Trunk stylesheet link");
}

// Every inline script and style (none but ours: the check above refused any other
// style) is allowed by its hash.
const hashOf = (text) => `'sha256-${sha256(text).digest("base64")}'`;
const styleHashes = [...html.matchAll(/<style>([\s\S]*?)<\/style>/gi)].map(([, body]) => hashOf(body));
const hashes = [];
for (const [, attrs, body] of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
  if (/\ssrc\s*=/i.test(attrs)) continue;
  hashes.push(hashOf(body));
}
const policy = [
  "default-src 'self'",
  ["script-src 'self' 'wasm-unsafe-eval'", ...hashes].join(" "),
  ["style-src 'self'", ...styleHashes].join(" "),
  "img-src 'self' data:",
  "connect-src 'self'",
  "manifest-src 'self'",
  "worker-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join("; ");
if (/'unsafe-/.test(policy)) fail("the policy must not allow unsafe-inline or unsafe-eval");

if (devServer) {
  console.log("post-build: trunk serve adds an inline live-reload script: no CSP meta and no offline copy in this build");
} else {
  if (/http-equiv="Content-Security-Policy"/i.test(html)) fail("index.html already has a CSP meta (run this on a fresh build only)");
  const meta = `<meta http-equiv="Content-Security-Policy" content="${policy}">`;
  // Right after <meta charset>, before anything that loads, so it covers the whole page.
  // A minified page may leave out the optional <head> tag; <meta charset> is always there.
  const charset = /<meta\s+charset="?[\w-]+"?\s*\/?>/i.exec(html);
  const head = /<head\b[^>]*>/i.exec(html);
  const at = charset ?? head;
  if (!at) fail("index.html has no <meta charset> or <head>");
  const end = at.index + at[0].length;
  html = `${html.slice(0, end)}\n  ${meta}${html.slice(end)}`;
  writeFileSync(htmlPath, html);
}

// 2. The release: version.json, and the build date in index.html. SOURCE_DATE_EPOCH
// (seconds) gives a build a fixed date, as in reproducible builds.
const cargo = readFileSync(join(dirname(fileURLToPath(import.meta.url)), "..", "Cargo.toml"), "utf8");
const appVersion = /\[package\][^[]*?\nversion\s*=\s*"([^"]+)"/.exec(cargo)?.[1];
if (!appVersion) fail("no [package] version in Cargo.toml");
const epoch = process.env.SOURCE_DATE_EPOCH;
const built = (epoch ? new Date(Number(epoch) * 1000) : new Date()).toISOString().slice(0, 10);
if (/name="backhip-build-date"/.test(html)) fail("index.html already has a build date (run this on a fresh build only)");
// After the policy (which comes first of all), else after <meta charset>.
const dateAfter = /<meta http-equiv="Content-Security-Policy"[^>]*>/.exec(html) ?? /<meta\s+charset="?[\w-]+"?\s*\/?>/i.exec(html);
if (!dateAfter) fail("index.html has no <meta charset>");
const dateAt = dateAfter.index + dateAfter[0].length;
html = `${html.slice(0, dateAt)}\n  <meta name="backhip-build-date" content="${built}">${html.slice(dateAt)}`;
writeFileSync(htmlPath, html);
writeFileSync(join(dir, "version.json"), `${JSON.stringify({ name: "backhip", version: appVersion, built }, null, 2)}\n`);

// 3. The service worker's file list and version.
function files(folder) {
  return readdirSync(folder).flatMap((name) => {
    if (name.startsWith(".")) return [];
    const path = join(folder, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });
}
const swPath = join(dir, "sw.js");
const template = readFileSync(swPath, "utf8");
const all = files(dir)
  .map((path) => relative(dir, path).split(sep).join("/"))
  .filter((name) => name !== "sw.js")
  .sort();
// Language files are fetched when that language is chosen, or when the page is idle
// after the first visit, and cached then (sw.js), so a first visit does not wait for
// every language. They count towards the
// version all the same: a changed translation must not stay cached from before.
// embed.js runs on a clinic's own page, outside this worker's reach: the checker's
// pages never load it, so it is not part of their offline copy.
// A translation's manifest (manifest.<code>.webmanifest) is only needed to install the
// checker in that language: it goes with the language files.
const later = (name) => name.startsWith("i18n/") || /^manifest\.[a-z]+\.webmanifest$/.test(name);
const list = all.filter((name) => !later(name) && name !== "embed.js");
const version = sha256(template);
for (const name of all) version.update(`${name}\0`).update(sha256(readFileSync(join(dir, name))).digest());
const urls = devServer ? [] : ["./", ...list.map((name) => name.split("/").map(encodeURIComponent).join("/"))];

const languages = devServer ? [] : all.filter(later);

if (!['"{{VERSION}}"', '["{{FILES}}"]', '["{{LANGUAGES}}"]'].every((p) => template.includes(p))) {
  fail("sw.js has no {{VERSION}}/{{FILES}}/{{LANGUAGES}} placeholders (run this on a fresh build only)");
}
const sw = template
  .replace('"{{VERSION}}"', JSON.stringify(devServer ? "dev" : version.digest("hex").slice(0, 16)))
  .replace('["{{FILES}}"]', JSON.stringify(urls, null, 2))
  .replace('["{{LANGUAGES}}"]', JSON.stringify(languages));
writeFileSync(swPath, devServer ? sw : (await minifyJs(sw, { compress: true, mangle: true })).code);

if (!devServer) {
  console.log(`post-build: CSP added to index.html; sw.js caches ${urls.length} URLs as backhip-${JSON.parse(/const VERSION = (".*?");/.exec(sw)[1])}`);
}

// 4. The gzip copies, of the files as they are now. Only where smaller (not the PNGs).
if (!devServer) {
  let saved = 0;
  for (const path of files(dir).filter((p) => /\.(html|js|css|wasm|json|webmanifest|svg|txt)$/.test(p))) {
    const data = readFileSync(path);
    // No limit on the blocks Zopfli may split a file into (its default is 15): 0.8 KB
    // less of the WebAssembly, in about 5 s more (docs/performance.md).
    const gzipped = await gzipAsync(data, { numiterations: 15, blocksplittingmax: 0 });
    if (gzipped.length < data.length) {
      writeFileSync(`${path}.gz`, gzipped);
      saved += data.length - gzipped.length;
    }
  }
  console.log(`post-build: gzip copies beside the files (${(saved / 1000).toFixed(1)} KB less to send)`);
}
