// Installable, offline and locked down: the release build runs under its strict
// Content-Security-Policy with no violation, keeps working offline after the first
// visit, works under any sub-path, and never asks another origin for anything.
import { spawn } from "node:child_process";
import { createHash } from "node:crypto";
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative, sep } from "node:path";
import { test, expect } from "./fixtures.mjs";
import { Checker, MUSCLE_STRAIN } from "./checker.mjs";
import { freePort } from "../../scripts/local-browser.mjs";


/** Every file of the build, as URLs relative to the app's folder. */
function distFiles(dir = "dist") {
  const walk = (d) => readdirSync(d).flatMap((n) => (n.startsWith(".") ? [] : statSync(join(d, n)).isDirectory() ? walk(join(d, n)) : [join(d, n)]));
  return walk(dir).map((p) => relative(dir, p).split(sep).join("/"));
}

/** Records the URL of every request of the browser context: its pages and workers. */
function recordRequests(context) {
  const urls = [];
  context.on("request", (r) => urls.push(r.url()));
  return urls;
}

function expectSameOrigin(urls, origin) {
  expect(urls.length).toBeGreaterThan(0);
  expect(urls.filter((u) => !u.startsWith(`${origin}/`)), "requests to other origins").toEqual([]);
}

/** Waits until the service worker is active and controls the page (reloading once if needed). */
async function waitForOfflineCopy(page) {
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
  const controlled = () => page.evaluate(() => navigator.serviceWorker.controller !== null);
  if (!(await controlled())) {
    try {
      await expect.poll(controlled, { timeout: 3_000 }).toBe(true);
    } catch {
      await page.reload();
    }
  }
  await expect.poll(controlled).toBe(true);
}

async function emergencyJourney(checker, page) {
  await checker.ready();
  await checker.start();
  await checker.calmUntil("saddle_numbness");
  await checker.answer("saddle_numbness", "yes");
  await expect(page).toHaveURL(/#\/result$/);
  await expect(page.getByRole("alert").getByRole("heading", { level: 1 })).toHaveText("Go to an emergency department now");
  expect(await checker.triageLevel()).toBe("emergency");
}

test("runs under the strict CSP with no violations", async ({ page, context }) => {
  await page.addInitScript(() => {
    window.__cspViolations = [];
    document.addEventListener("securitypolicyviolation", (e) => {
      window.__cspViolations.push({ directive: e.violatedDirective, blocked: e.blockedURI, sample: e.sample });
    });
  });
  const requests = recordRequests(context);
  const response = await page.goto("./");
  const checker = new Checker(page);
  await expect(page.getByRole("heading", { level: 1, name: "Check your back or hip pain" })).toBeVisible();

  // The policy is in the page, first thing in <head>, and sent as a header by serve-dist.
  const meta = page.locator('head > meta[http-equiv="Content-Security-Policy"]');
  await expect(meta).toHaveCount(1);
  const policy = await meta.getAttribute("content");
  expect(await page.evaluate(() => document.head.querySelector("script, link, style")?.compareDocumentPosition(
    document.querySelector('meta[http-equiv="Content-Security-Policy"]')) & Node.DOCUMENT_POSITION_PRECEDING)).toBeTruthy();
  expect(response.headers()["content-security-policy"]).toBe(policy);
  expect(policy).not.toMatch(/'unsafe-inline'|'unsafe-eval'/);
  expect(policy).not.toContain("frame-ancestors");
  const directives = Object.fromEntries(policy.split(/;\s*/).map((d) => [d.split(" ")[0], d.split(" ").slice(1).join(" ")]));
  expect(directives).toMatchObject({
    "default-src": "'self'", "img-src": "'self' data:", "connect-src": "'self'",
    "manifest-src": "'self'", "worker-src": "'self'", "object-src": "'none'", "base-uri": "'none'", "form-action": "'none'",
  });
  // The inline scripts, Trunk's loader (started after the first paint) and boot.js, are
  // allowed by their hashes and nothing else is; no script is a separate file.
  const inline = await page.locator("script:not([src])").evaluateAll((els) => els.map((e) => e.textContent));
  expect(inline).toHaveLength(2);
  expect(inline[0]).toContain("backhip:painted");
  expect(inline[1]).toContain("serviceWorker");
  const hashes = inline.map((text) => `'sha256-${createHash("sha256").update(text).digest("base64")}'`);
  expect(directives["script-src"]).toBe(`'self' 'wasm-unsafe-eval' ${hashes.join(" ")}`);
  expect(await page.locator("script[src]").count()).toBe(0);
  expect(await page.locator('link[rel="preload"], link[rel="modulepreload"]').count()).toBe(0);
  // The stylesheets (styles/main.css, styles/body-map.css) are in the page, so the first
  // paint waits for no other file; the policy allows those texts by their hashes, and
  // no stylesheet is linked.
  const styles = await page.locator("style").evaluateAll((els) => els.map((e) => e.textContent));
  expect(styles).toHaveLength(2);
  expect(styles[0]).toContain(".welcome");
  expect(styles[1]).toContain(".body-region");
  const styleHashes = styles.map((text) => `'sha256-${createHash("sha256").update(text).digest("base64")}'`);
  expect(directives["style-src"]).toBe(`'self' ${styleHashes.join(" ")}`);
  expect(await page.locator('link[rel="stylesheet"]').count()).toBe(0);

  // A journey, the service worker and the manifest all run inside the policy.
  await emergencyJourney(checker, page);
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
  // Linked a few seconds after the app has started (static/boot.js).
  await expect(page.locator('link[rel="manifest"]')).toHaveAttribute("href", "manifest.webmanifest", { timeout: 15_000 });
  const manifest = await page.evaluate(async () => (await fetch(document.querySelector('link[rel="manifest"]').href)).json());
  expect(manifest).toMatchObject({ name: "Back & Hip Pain Checker", short_name: "Back & Hip", start_url: "./", scope: "./", display: "standalone" });
  expect(manifest.icons.map((i) => i.purpose)).toContain("maskable");
  for (const icon of manifest.icons) {
    const size = await page.evaluate(async (src) => {
      const image = new Image();
      image.src = new URL(src, document.querySelector('link[rel="manifest"]').href).href;
      await image.decode();
      return `${image.naturalWidth}x${image.naturalHeight}`;
    }, icon.src);
    if (icon.sizes !== "any") expect(size, icon.src).toBe(icon.sizes);
  }

  expect(await page.evaluate(() => window.__cspViolations)).toEqual([]);
  expectSameOrigin(requests, new URL(page.url()).origin);
});

test("works offline after the first visit", async ({ page, context }) => {
  const requests = recordRequests(context);
  const checker = new Checker(page);
  await checker.open();
  await waitForOfflineCopy(page);
  const origin = new URL(page.url()).origin;

  // The first visit keeps every file of this build but the worker itself and the
  // language files; the next visit adds the language files when the page is idle. Then
  // the copy holds every file but the worker (and the translators' notes), and only them.
  await page.reload();
  await checker.ready();
  const copy = async () =>
    page.evaluate(async () => {
      const names = (await caches.keys()).filter((n) => n.startsWith("backhip-"));
      const urls = names.length ? (await (await caches.open(names[0])).keys()).map((r) => r.url) : [];
      return { names, urls: urls.sort() };
    });
  // embed.js runs on a clinic's page, which the worker never serves: not in the copy.
  // Not the gzip copies: they are the same files, sent in their place by a server.
  const kept = (f) => f !== "sw.js" && f !== "embed.js" && !f.endsWith(".gz");
  const expected = ["./", ...distFiles().filter(kept)].map((f) => new URL(f, `${origin}/`).href);
  await expect.poll(async () => (await copy()).urls).toEqual(expected.sort());
  expect((await copy()).names).toHaveLength(1);
  expect((await copy()).names[0]).toMatch(/^backhip-[0-9a-f]{16}$/);

  await context.setOffline(true);
  const offline = { network: [], fromWorker: [] };
  context.on("request", (r) => r.serviceWorker() && offline.network.push(r.url()));
  page.on("response", (r) => offline.fromWorker.push([r.url(), r.fromServiceWorker()]));
  await page.reload();
  await expect(page.getByRole("heading", { level: 1, name: "Check your back or hip pain" })).toBeVisible();
  await checker.start();
  await checker.complete(MUSCLE_STRAIN);
  expect(await checker.triageLevel()).toBe("self_care");
  expect((await checker.conditions())[0]).toBe("muscle_strain");
  await checker.fitPlan(MUSCLE_STRAIN);
  await expect(page.getByRole("heading", { name: "What you can change" })).toBeVisible();

  // Another language, never chosen while online, is there offline too.
  await page.getByLabel("Language").selectOption("es");
  const es = new Checker(page, "es");
  await expect(page.locator("html")).toHaveAttribute("lang", "es");
  await expect(page.getByLabel(es.text("language.label", "?"))).toBeVisible();
  await page.getByRole("link", { name: es.text("app.about", "?") }).click();
  await expect(page.getByRole("heading", { level: 1, name: es.text("about.title", "?") })).toBeVisible();
  await page.goto("./?lang=es");
  await es.ready();
  await expect(page.getByRole("heading", { level: 1, name: es.text("welcome.title", "?") })).toBeVisible();

  // Settings in the address (an embedded copy's ?lang=…) still load the one cached page.
  await page.goto("./?lang=en");
  await expect(page.getByRole("heading", { level: 1, name: "Check your back or hip pain" })).toBeVisible();

  // Everything came from the offline copy: nothing went to the network.
  expect(offline.fromWorker.length).toBeGreaterThan(0);
  expect(offline.fromWorker.filter(([, cached]) => !cached), "responses not from the offline copy").toEqual([]);
  expect(offline.network, "requests the worker sent to the network").toEqual([]);
  await context.setOffline(false);
  expectSameOrigin(requests, origin);
});

test("works under a sub-path", async ({ page, context }) => {
  const base = "http://127.0.0.1:8092/tools/back-pain/";
  const server = spawn("node", ["scripts/serve-dist.mjs", "dist", "8092", "--base", "/tools/back-pain/"], { stdio: "ignore" });
  try {
    await expect.poll(async () => (await fetch(base).catch(() => null))?.status, { timeout: 10_000 }).toBe(200);
    const requests = recordRequests(context);
    await page.goto(base);
    await expect(page.getByRole("heading", { level: 1, name: "Check your back or hip pain" })).toBeVisible();
    await emergencyJourney(new Checker(page), page);

    // The worker, its scope and the manifest stay inside the sub-path.
    const scope = await page.evaluate(async () => (await navigator.serviceWorker.ready).scope);
    expect(scope).toBe(base);
    const manifest = await page.evaluate(async () => (await fetch("manifest.webmanifest")).status);
    expect(manifest).toBe(200);
    expectSameOrigin(requests, "http://127.0.0.1:8092");
    expect(requests.filter((u) => !u.startsWith(base)), "requests outside the sub-path").toEqual([]);
  } finally {
    server.kill();
  }
});

test("a new release waits for the person: a quiet notice, then the whole new release on reload", async ({ page }) => {
  const folder = mkdtempSync(join(tmpdir(), "backhip-update-"));
  cpSync("dist", folder, { recursive: true });
  const port = await freePort();
  const server = spawn(process.execPath, ["scripts/serve-dist.mjs", folder, String(port)], { stdio: "ignore" });
  try {
    const address = `http://127.0.0.1:${port}/`;
    await expect.poll(async () => (await fetch(address).catch(() => null))?.status).toBe(200);
    const checker = new Checker(page);
    await checker.open(address);
    await waitForOfflineCopy(page);
    const cacheNames = () => page.evaluate(async () => (await caches.keys()).filter((n) => n.startsWith("backhip-")));
    const [current] = await cacheNames();
    await expect(page.getByText("A new version is ready.")).toHaveCount(0);

    // The next release is published: a service worker with another version.
    const next = "0123456789abcdef";
    const sw = readFileSync(join(folder, "sw.js"), "utf8");
    expect(sw).toContain(current.slice("backhip-".length));
    writeFileSync(join(folder, "sw.js"), sw.replace(current.slice("backhip-".length), next));
    await page.evaluate(async () => (await navigator.serviceWorker.getRegistration()).update());

    // The page keeps running the release it started with, and says a new one is ready.
    await expect(page.getByRole("status").filter({ hasText: "A new version is ready." })).toBeVisible();
    expect(await cacheNames()).toContain(current);
    await checker.start();
    await checker.answer("tearing_pain", "no");
    await Promise.all([page.waitForEvent("load"), page.getByRole("button", { name: "Reload" }).click()]);
    // The new release takes over as a whole: its copy alone, the person's place kept.
    await expect.poll(cacheNames).toEqual([`backhip-${next}`]);
    await checker.ready();
    await expect(page.getByText("A new version is ready.")).toHaveCount(0);
    await expect(page).toHaveURL(/#\/q\/faint$/);
  } finally {
    server.kill();
    rmSync(folder, { recursive: true, force: true });
  }
});
