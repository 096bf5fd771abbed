// Writes the response headers a host should send for one build, in the forms common
// hosts read: a `_headers` file (Netlify, Cloudflare Pages), an nginx `location` block
// and an Apache `.htaccess`. Each carries that build's Content-Security-Policy (the
// hash of its loader script changes with every build) and the caching rules of README
// "Deploying"; release.sh puts them in the release archive, with check-config.sh to
// tell a configuration left from an earlier release.
//   node scripts/host-config.mjs <site folder> <output folder> [--base /tools/back-pain/]
import { mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from "node:fs";
import { join, relative, sep } from "node:path";
import { commandLine } from "./local-browser.mjs";
import { cacheControl, FOREVER, HASHED, metaPolicy, REVALIDATE } from "./site-headers.mjs";

const { option, positional } = commandLine();
const [site, out] = positional;
const base = option("--base") ?? "/";
if (!site || !out || !base.startsWith("/") || !base.endsWith("/")) {
  console.error("usage: node scripts/host-config.mjs <site folder> <output folder> [--base /sub/path/]");
  process.exit(1);
}

const policy = metaPolicy(readFileSync(join(site, "index.html"), "utf8"));
if (!policy) {
  console.error(`host-config: ${site}/index.html has no Content-Security-Policy (is it a release build?)`);
  process.exit(1);
}
const release = JSON.parse(readFileSync(join(site, "version.json"), "utf8"));
const title = `Back & Hip Pain Checker ${release.version}, built ${release.built}`;

const TYPES = { ".wasm": "application/wasm", ".webmanifest": "application/manifest+json" };
const typeOf = (name) => Object.entries(TYPES).find(([ext]) => name.endsWith(ext))?.[1];

function files(folder) {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    return statSync(path).isDirectory() ? files(path) : [relative(site, path).split(sep).join("/")];
  });
}

/** `_headers`: one rule per file, so that no two rules set the same header on a file
 * (both hosts join the values of overlapping rules into one header). */
function headersFile() {
  const rule = (path, headers) => [path, ...headers.map(([name, value]) => `  ${name}: ${value}`)].join("\n");
  const rules = [
    `# ${title}: response headers for Netlify and Cloudflare Pages, made for this build.`,
    "# Put this file at the root of the published folder. Paths start at the site's root.",
    rule(`${base}*`, [["X-Content-Type-Options", "nosniff"]]),
    rule(base, [["Content-Security-Policy", policy], ["Cache-Control", REVALIDATE]]),
  ];
  // The gzip copies are for servers that send them in place of the file (nginx); these
  // hosts compress by themselves.
  for (const name of files(site).filter((n) => !n.endsWith(".gz")).sort()) {
    const headers = [["Cache-Control", cacheControl(name)]];
    if (name === "index.html") headers.unshift(["Content-Security-Policy", policy]);
    const type = typeOf(name);
    if (type) headers.push(["Content-Type", type]);
    rules.push(rule(`${base}${name}`, headers));
  }
  return `${rules.join("\n\n")}\n`;
}

/** An nginx `location` block. An inner location's add_header replaces every outer one,
 * so each location names all of its headers. */
function nginxBlock() {
  const headers = (cache, extra = []) =>
    [...extra, `add_header Cache-Control "${cache}" always;`, 'add_header X-Content-Type-Options "nosniff" always;'];
  const location = (match, lines) => [`    location ${match} {`, ...lines.map((l) => `        ${l}`), "    }"].join("\n");
  return `# ${title}: an nginx location block made for this build.
# Include it in your server { } block, with the checker's files in the folder of the
# server's root that matches ${base} (change ${base} below to put it elsewhere).
location ^~ ${base} {
    index index.html;
    # The build's gzip copies (name.gz beside each text file, Zopfli: smaller than
    # nginx's own), else gzip made on the fly.
    gzip_static on;
    gzip_vary on;
    gzip on;
    gzip_types text/css text/javascript application/javascript application/wasm application/json application/manifest+json image/svg+xml text/plain;
${location('~ "-[0-9a-f]{12,16}_bg\\.wasm$"', ["types { }", "default_type application/wasm;", ...headers(FOREVER)])}
${location(`~ "${HASHED}"`, headers(FOREVER))}
${location('~ "\\.webmanifest$"', ["types { }", "default_type application/manifest+json;", ...headers(REVALIDATE)])}
${location('~ "(/|\\.html)$"', headers(REVALIDATE, [`add_header Content-Security-Policy "${policy}" always;`]))}
${headers(REVALIDATE).map((l) => `    ${l}`).join("\n")}
}
`;
}

/** An Apache `.htaccess` for the checker's folder (mod_headers and mod_mime; mod_deflate
 * compresses when it is there). */
function htaccess() {
  return `# ${title}: Apache settings made for this build.
# Put this file, named .htaccess, in the checker's folder (needs AllowOverride FileInfo
# Indexes, and mod_headers).
DirectoryIndex index.html
AddType application/wasm .wasm
AddType application/manifest+json .webmanifest
<IfModule mod_deflate.c>
  AddOutputFilterByType DEFLATE text/html text/css text/javascript application/javascript application/wasm application/json application/manifest+json image/svg+xml text/plain
</IfModule>
Header always set X-Content-Type-Options "nosniff"
Header set Cache-Control "${REVALIDATE}"
<FilesMatch "${HASHED}">
  Header set Cache-Control "${FOREVER}"
</FilesMatch>
<Files "index.html">
  Header set Content-Security-Policy "${policy}"
</Files>
`;
}

const outputs = {
  "netlify-cloudflare/_headers": headersFile(),
  "nginx/backhip.conf": nginxBlock(),
  "apache/.htaccess": htaccess(),
};
for (const [name, text] of Object.entries(outputs)) {
  const path = join(out, name);
  mkdirSync(join(path, ".."), { recursive: true });
  writeFileSync(path, text);
}
console.log(`host-config: ${Object.keys(outputs).join(", ")} in ${out} (${title}, base ${base})`);
