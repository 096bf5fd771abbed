// The release a webmaster deploys: the archive from scripts/release.sh, unpacked under a
// sub-path as README "Put it on your website" says, served by Debian's nginx with the
// configuration generated for that build, and by the project's own server. A journey
// runs with zero Content-Security-Policy violations; a configuration left from an
// earlier release is caught by the archive's check script.
import { execFileSync, spawn, spawnSync } from "node:child_process";
import { chmodSync, cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { test, expect } from "./fixtures.mjs";
import { Checker } from "./checker.mjs";
import { freePort } from "../../scripts/local-browser.mjs";
import { startNginx } from "./nginx.mjs";

const BASE = "/tools/back-pain/";
let work;
let release;

test.beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), "backhip-release-"));
  chmodSync(work, 0o755);
  const said = execFileSync("bash", ["scripts/release.sh", "--dist", "dist", "--out", work], { encoding: "utf8" });
  const archive = /release: (.*\.zip)/.exec(said)[1];
  const version = JSON.parse(readFileSync("dist/version.json", "utf8"));
  expect(archive).toBe(join(work, `backhip-${version.version}-${version.built.replaceAll("-", "")}.zip`));
  // Step 1: unpack. Step 2: the site folder goes where the checker's address points.
  execFileSync("unzip", ["-q", archive, "-d", join(work, "unpacked")]);
  const [folder] = readdirSync(join(work, "unpacked"));
  release = join(work, "unpacked", folder);
  mkdirSync(join(work, "www", "tools"), { recursive: true });
  cpSync(join(release, "site"), join(work, "www", BASE), { recursive: true });
});

test.afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Runs the archive's check script on a configuration: its exit status and output. */
function checkConfig(config) {
  const run = spawnSync("sh", [join(release, "check-config.sh"), config], { encoding: "utf8" });
  return { status: run.status, output: run.stdout + run.stderr };
}

/** The nginx block of the archive, for the sub-path (step 3 of the README). */
function nginxBlock(text = readFileSync(join(release, "config/nginx/backhip.conf"), "utf8")) {
  expect(text).toContain("location ^~ / {");
  const file = join(work, "backhip.conf");
  writeFileSync(file, text.replace("location ^~ / {", `location ^~ ${BASE} {`));
  return file;
}

/** A journey under the policy: the page and its worker, no violation at all. */
async function journey(page, address) {
  await page.addInitScript(() => {
    window.__cspViolations = [];
    document.addEventListener("securitypolicyviolation", (e) => window.__cspViolations.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  const response = await page.goto(address);
  const checker = new Checker(page);
  await checker.ready();
  await checker.start();
  await checker.calmUntil("saddle_numbness");
  await checker.answer("saddle_numbness", "yes");
  await expect(page).toHaveURL(/#\/result$/);
  expect(await checker.triageLevel()).toBe("emergency");
  await page.getByRole("link", { name: "About this checker" }).click();
  await expect(page.getByText(/^Version \d+\.\d+\.\d+, built on \d{4}-\d{2}-\d{2}$/)).toBeVisible();
  const scope = await page.evaluate(async () => (await navigator.serviceWorker.ready).scope);
  expect(scope).toBe(address);
  expect(await page.evaluate(() => window.__cspViolations)).toEqual([]);
  return response;
}

test("the archive holds the site, checksums that match, and configurations for this build", async () => {
  const sums = readFileSync(join(release, "SHA256SUMS"), "utf8");
  expect(sums).toMatch(/ site\/index\.html\n/);
  expect(sums).toMatch(/ config\/nginx\/backhip\.conf\n/);
  const check = spawnSync("sha256sum", ["--check", "--quiet", "SHA256SUMS"], { cwd: release, encoding: "utf8" });
  expect(check.status, check.stdout + check.stderr).toBe(0);
  for (const config of ["netlify-cloudflare/_headers", "nginx/backhip.conf", "apache/.htaccess"]) {
    const result = checkConfig(join(release, "config", config));
    expect(result.status, result.output).toBe(0);
  }
  const headers = readFileSync(join(release, "config/netlify-cloudflare/_headers"), "utf8");
  const wasm = readdirSync(join(release, "site")).find((n) => n.endsWith("_bg.wasm"));
  expect(headers).toContain(`/${wasm}\n  Cache-Control: public, max-age=31536000, immutable\n  Content-Type: application/wasm`);
  expect(headers).toContain("/sw.js\n  Cache-Control: no-cache");
});

test("served by nginx with its generated configuration under a sub-path: a journey with zero CSP violations", async ({ page }) => {
  const port = await freePort();
  const nginx = await startNginx({ root: join(work, "www"), locationFile: nginxBlock(), port, path: BASE });
  try {
    const address = `http://127.0.0.1:${port}${BASE}`;
    const response = await journey(page, address);
    // The headers README "Deploying" asks for, from nginx itself.
    const policy = readFileSync(join(work, "www", BASE, "index.html"), "utf8").match(/http-equiv="Content-Security-Policy" content="([^"]*)"/)[1];
    expect(response.headers()["content-security-policy"]).toBe(policy);
    expect(response.headers()["cache-control"]).toBe("no-cache");
    expect(response.headers()["x-content-type-options"]).toBe("nosniff");
    const wasm = readdirSync(join(work, "www", BASE)).find((n) => n.endsWith("_bg.wasm"));
    const asset = await fetch(`${address}${wasm}`, { headers: { "Accept-Encoding": "gzip" } });
    expect(asset.headers.get("content-type")).toBe("application/wasm");
    expect(asset.headers.get("cache-control")).toBe("public, max-age=31536000, immutable");
    expect(asset.headers.get("x-content-type-options")).toBe("nosniff");
    expect(asset.headers.get("content-encoding")).toBe("gzip");
    // The build's own gzip copy (gzip_static), not one nginx makes: its length is what
    // is sent, and it unpacks to the module itself.
    const folder = join(work, "www", BASE);
    expect(Number(asset.headers.get("content-length"))).toBe(statSync(join(folder, `${wasm}.gz`)).size);
    expect(Buffer.from(await asset.arrayBuffer()).equals(readFileSync(join(folder, wasm)))).toBe(true);
    const manifest = await fetch(`${address}manifest.webmanifest`);
    expect(manifest.headers.get("content-type")).toBe("application/manifest+json");
    expect(manifest.headers.get("cache-control")).toBe("no-cache");
    expect(nginx.log()).not.toMatch(/\[(error|crit|emerg)\]/);
  } finally {
    await nginx.stop();
  }
});

test("served by the project's own server under a sub-path: a journey with zero CSP violations", async ({ page }) => {
  const port = await freePort();
  const server = spawn(process.execPath, ["scripts/serve-dist.mjs", join(release, "site"), String(port), "--base", BASE], { stdio: "ignore" });
  try {
    const address = `http://127.0.0.1:${port}${BASE}`;
    await expect.poll(async () => (await fetch(address).catch(() => null))?.status).toBe(200);
    await journey(page, address);
  } finally {
    server.kill();
  }
});

test("a configuration from an earlier release is caught by the check script", async () => {
  const current = readFileSync(join(release, "config/nginx/backhip.conf"), "utf8");
  const [hash] = current.match(/'sha256-[A-Za-z0-9+/=]+'/);
  // An earlier release: the same file, with that build's loader hash.
  const earlier = join(work, "earlier.conf");
  writeFileSync(earlier, current.replaceAll(hash, "'sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU='"));
  const result = checkConfig(earlier);
  expect(result.status).toBe(1);
  expect(result.output).toContain("is not for this build");
  expect(result.output).toContain(hash);
  // A configuration with no policy at all is refused as well.
  const none = join(work, "none.conf");
  writeFileSync(none, current.split("\n").filter((l) => !l.includes("Content-Security-Policy")).join("\n"));
  expect(checkConfig(none).status).toBe(1);
});

test("under a stale configuration the browser blocks the app: what the check script prevents", async ({ browser }) => {
  const current = readFileSync(join(release, "config/nginx/backhip.conf"), "utf8");
  const [hash] = current.match(/'sha256-[A-Za-z0-9+/=]+'/);
  const port = await freePort();
  const nginx = await startNginx({
    root: join(work, "www"),
    locationFile: nginxBlock(current.replaceAll(hash, "'sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU='")),
    port,
    path: BASE,
  });
  // A plain page (not the fixture): the blocked loader is the expected console error.
  const page = await browser.newPage();
  try {
    await page.addInitScript(() => {
      window.__cspViolations = [];
      document.addEventListener("securitypolicyviolation", (e) => window.__cspViolations.push(e.violatedDirective));
    });
    await page.goto(`http://127.0.0.1:${port}${BASE}`);
    await expect.poll(() => page.evaluate(() => window.__cspViolations)).toContain("script-src-elem");
    await expect(page.locator("#language")).toHaveCount(0);
  } finally {
    await page.close();
    await nginx.stop();
  }
});
