// A small static server for the release build, used by the end-to-end tests and the
// page audit: serves a folder on 127.0.0.1 with correct types, gzip when the browser
// accepts it (the build's own `.gz` copy where there is one), and the response headers the README recommends for deployment: the
// Content-Security-Policy of each HTML page (read from its own <meta http-equiv>) as a
// header too, nosniff, and caching by file name.
//   node scripts/serve-dist.mjs [dir] [port] [--base /sub/path/]
import { createServer } from "node:http";
import { readFile, stat } from "node:fs/promises";
import { extname, join, normalize } from "node:path";
import { gzipSync } from "node:zlib";
import { cacheControl, metaPolicy } from "./site-headers.mjs";

const args = process.argv.slice(2);
const positional = args.filter((a, i) => !a.startsWith("--") && !args[i - 1]?.startsWith("--"));
const root = positional[0] ?? "dist";
const port = Number(positional[1] ?? 8090);
const baseAt = args.indexOf("--base");
const base = baseAt >= 0 ? args[baseAt + 1] : "/";

const types = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".wasm": "application/wasm",
  ".json": "application/json",
  ".webmanifest": "application/manifest+json",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".ico": "image/x-icon",
  ".txt": "text/plain; charset=utf-8",
};

createServer(async (req, res) => {
  const url = new URL(req.url, "http://localhost");
  if (!url.pathname.startsWith(base)) {
    res.writeHead(404).end("not found");
    return;
  }
  let rel;
  try {
    rel = decodeURIComponent(url.pathname.slice(base.length));
  } catch {
    // A malformed escape (`%E0%A4%A`): a bad request, not the end of the server.
    res.writeHead(400, { "Content-Type": "text/plain" }).end("bad request");
    return;
  }
  if (rel === "" || rel.endsWith("/")) rel += "index.html";
  const path = normalize(join(root, rel));
  if (!path.startsWith(normalize(root))) {
    res.writeHead(403).end("forbidden");
    return;
  }
  try {
    if (!(await stat(path)).isFile()) throw new Error("not a file");
    let body = await readFile(path);
    const type = types[extname(path)] ?? "application/octet-stream";
    const headers = { "Content-Type": type, "X-Content-Type-Options": "nosniff" };
    // Hashed file names never change: cache them for a year; everything else revalidates.
    headers["Cache-Control"] = cacheControl(rel);
    if (type.startsWith("text/html")) {
      const policy = metaPolicy(body.toString("utf8"));
      if (policy) headers["Content-Security-Policy"] = policy;
    }
    if (/gzip/.test(req.headers["accept-encoding"] ?? "") && /text|javascript|json|wasm|svg|manifest/.test(type)) {
      // The build's own gzip copy when it has one (as nginx's gzip_static sends it),
      // unless the file was changed after it was made.
      const copy = await stat(`${path}.gz`).catch(() => null);
      const fresh = copy && copy.mtimeMs >= (await stat(path)).mtimeMs;
      body = fresh ? await readFile(`${path}.gz`) : gzipSync(body, { level: 9 });
      headers["Content-Encoding"] = "gzip";
      headers["Vary"] = "Accept-Encoding";
    }
    res.writeHead(200, headers).end(body);
  } catch {
    res.writeHead(404, { "Content-Type": "text/plain" }).end("not found");
  }
}).listen(port, "127.0.0.1", () => {
  console.log(`serving ${root} at http://127.0.0.1:${port}${base}`);
});
