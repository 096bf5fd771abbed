// The privacy promise, proven: no request to any other origin and none after start-up,
// nothing stored without consent, saved data deletable, bad saved data handled, exports
// made on the device, and an embedding page that learns nothing but our height.
import { spawn } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { test, expect } from "./fixtures.mjs";
import { Checker, NO_RED_FLAGS } from "./checker.mjs";
import { freePort } from "../../scripts/local-browser.mjs";

const SCIATICA = {
  ...NO_RED_FLAGS, age: 38, sex: "male",
  location: ["lower_back_left", "buttock_left", "thigh_back_left", "below_knee_left", "foot_left"],
  onset: "sudden", duration: "1_to_6_weeks", trigger: "lifting", leg_vs_back: "leg_worse",
  tingling: "yes", cough_sneeze: "yes", worse_sitting: "yes",
};

/** Everything the app stored in this browser, apart from the offline copy of its own files. */
async function stored(page) {
  return page.evaluate(async () => ({
    local: Object.keys(localStorage),
    session: Object.keys(sessionStorage),
    cookies: document.cookie,
    databases: indexedDB.databases ? (await indexedDB.databases()).map((d) => d.name) : [],
  }));
}

test("no request leaves for another origin, and none at all after start-up", async ({ page, context }) => {
  const requests = [];
  context.on("request", (r) => requests.push({ url: r.url(), at: Date.now() }));
  const checker = new Checker(page);
  await checker.open();
  // Start-up is over once the app is on screen and any service worker has installed.
  await page.evaluate(async () => {
    if ("serviceWorker" in navigator && navigator.serviceWorker.getRegistrations) {
      const registrations = await navigator.serviceWorker.getRegistrations();
      if (registrations.length) await navigator.serviceWorker.ready;
    }
  });
  await page.waitForLoadState("networkidle");
  const started = Date.now();
  const origin = new URL(page.url()).origin;

  await checker.start();
  await checker.complete(SCIATICA);
  await page.getByRole("button", { name: "Check or change my answers" }).click();
  await page.getByRole("button", { name: "See my result" }).click();
  await page.getByRole("button", { name: "Summary for a doctor" }).click();
  await page.getByRole("link", { name: "About this checker" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "About this checker" })).toBeVisible();

  const foreign = requests.filter((r) => !r.url.startsWith(origin));
  expect(foreign, "requests to other origins").toEqual([]);
  const late = requests.filter((r) => r.at > started);
  expect(late.map((r) => r.url), "requests after start-up").toEqual([]);
  expect(requests.length).toBeGreaterThan(0);
});

test("nothing is stored unless the person opts in", async ({ page }) => {
  const checker = new Checker(page);
  await checker.open();
  await expect(page.getByRole("checkbox", { name: "Save my answers on this device" })).not.toBeChecked();
  await checker.start();
  await checker.complete(SCIATICA);
  expect(await stored(page)).toEqual({ local: [], session: [], cookies: "", databases: [] });
});

test("a reload on any question screen keeps every answer and the place, with nothing stored", async ({ page }) => {
  const checker = new Checker(page);
  await checker.open();
  await checker.start();
  const place = async () => ({ url: page.url(), heading: await page.getByRole("heading", { level: 1 }).textContent() });
  let reloads = 0;
  await checker.complete(SCIATICA, async () => {
    const before = await place();
    await page.reload();
    await checker.ready();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(before.heading);
    expect(await place()).toEqual(before);
    reloads += 1;
  });
  expect(reloads).toBeGreaterThan(15);
  // Back and forward in the tab, then a reload there: still every answer.
  await page.goBack();
  await expect(page).toHaveURL(/#\/q\//);
  await page.reload();
  await checker.ready();
  await page.goForward();
  await expect(page).toHaveURL(/#\/result$/);
  await page.reload();
  await checker.ready();
  expect(await checker.triageLevel()).toBe("consultation");
  // Every answer is still there: the export holds them all.
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: "Download my answers and result" }).click(),
  ]);
  const answers = JSON.parse(readFileSync(await download.path(), "utf8")).answers;
  for (const [id, value] of Object.entries(SCIATICA)) {
    if (id in answers) expect(answers[id], id).toEqual(value);
  }
  expect(answers.age).toBe(38);
  expect(await stored(page)).toEqual({ local: [], session: [], cookies: "", databases: [] });
});

test("saved answers resume after a reload, and 'Delete my answers' removes everything", async ({ page }) => {
  const checker = new Checker(page);
  await checker.open();
  await page.getByRole("checkbox", { name: "Save my answers on this device" }).check();
  await checker.start();
  for (const [id, value] of Object.entries({ tearing_pain: "no", faint: "no", trauma: "no" })) {
    await checker.answer(id, value);
  }
  expect((await stored(page)).local).toEqual(["backhip.session"]);
  await page.reload();
  await expect(page.getByText("We found the answers you saved")).toBeVisible();
  await expect(page).toHaveURL(/#\/q\/saddle_numbness$/);
  await checker.complete(SCIATICA);
  await page.getByRole("button", { name: "Delete my answers" }).click();
  await expect(page.getByText("Your saved answers have been deleted")).toBeVisible();
  expect(await stored(page)).toEqual({ local: [], session: [], cookies: "", databases: [] });
  await page.reload();
  await expect(page.getByRole("heading", { level: 1, name: "Check your back or hip pain" })).toBeVisible();
  await expect(page.getByText("We found the answers you saved")).toHaveCount(0);
  // Nor do the tab's earlier history entries hold a copy: leaving the checker, then
  // picking an entry of the journey from the back button's list, brings nothing back
  // (before, it resumed at that question with every answer).
  await page.goto("about:blank");
  await page.evaluate(() => history.go(-5));
  await checker.ready();
  await expect(page.getByRole("heading", { level: 1, name: "Check your back or hip pain" })).toBeVisible();
  expect(await page.evaluate(() => history.state)).toBeNull();
});

for (const [name, saved] of [
  ["corrupted", "{not json"],
  ["from an older version", "backhip-session 0\nhistory fever\nanswer fever no"],
  ["with an impossible answer", "backhip-session 1\nhistory fever\nanswer fever purple"],
  ["without its place in the questionnaire", "backhip-session 1\nhistory\nanswer tearing_pain no\nanswer faint yes"],
]) {
  test(`saved data ${name} is discarded with a notice, not a crash`, async ({ page }) => {
    await page.goto("./");
    await new Checker(page).ready();
    await page.evaluate((text) => localStorage.setItem("backhip.session", text), saved);
    await page.reload();
    await expect(page.getByText("could not be read, so they were deleted")).toBeVisible();
    await expect(page.getByRole("button", { name: "Start" })).toBeVisible();
    expect((await stored(page)).local).toEqual([]);
  });
}

test("exports are made on the device: JSON and a FHIR QuestionnaireResponse that round-trips", async ({ page }) => {
  const checker = new Checker(page);
  await checker.open();
  await checker.start();
  await checker.complete(SCIATICA);
  const read = async (button) => {
    const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: button }).click()]);
    return { name: download.suggestedFilename(), body: JSON.parse(readFileSync(await download.path(), "utf8")) };
  };
  const json = await read("Download my answers and result");
  expect(json.name).toBe("back-hip-answers.json");
  expect(json.body.answers.age).toBe(38);
  expect(json.body.answers.location).toEqual(SCIATICA.location);
  expect(json.body.result.triage.level).toBe("consultation");
  expect(json.body.language).toBe("en");
  // The release that made it: the version and build date of version.json.
  const release = JSON.parse(readFileSync("dist/version.json", "utf8"));
  expect(json.body.app).toEqual({ version: release.version, built: release.built });
  expect(release.version).toBe(/\nversion = "([^"]+)"/.exec(readFileSync("Cargo.toml", "utf8"))[1]);
  await page.getByRole("link", { name: "About this checker" }).click();
  await expect(page.getByText(`Version ${release.version}, built on ${release.built}`)).toBeVisible();
  await page.goBack();
  expect(JSON.stringify(json.body)).not.toContain("{emergency_number}");

  const fhir = await read("Download for a clinic's record system (FHIR)");
  expect(fhir.name).toMatch(/\.fhir\.json$/);
  const response = fhir.body;
  expect(response.resourceType).toBe("QuestionnaireResponse");
  expect(response.status).toBe("completed");
  expect(response.questionnaire).toMatch(/^urn:backhip:questionnaire\|/);
  expect(Date.parse(response.authored)).not.toBeNaN();
  // Every item is a question of the Questionnaire in the repo, with a valid answer.
  const questionnaire = JSON.parse(readFileSync("fhir/Questionnaire.json", "utf8"));
  const items = new Map(questionnaire.item.map((i) => [i.linkId, i]));
  const roundTrip = {};
  for (const item of response.item) {
    const question = items.get(item.linkId);
    expect(question, item.linkId).toBeTruthy();
    const values = item.answer.map((a) => {
      if (question.type === "integer") return a.valueInteger;
      expect(question.answerOption.map((o) => o.valueCoding.code)).toContain(a.valueCoding.code);
      return a.valueCoding.code;
    });
    roundTrip[item.linkId] = question.repeats ? values : values[0];
  }
  expect(roundTrip).toEqual(json.body.answers);
});

const APP = "http://127.0.0.1:8090/";

/** Serves `folder` on another origin than the checker's (another port), with every
 * message its pages receive recorded in `window.__messages`. */
async function hostSite(page, folder) {
  const port = await freePort();
  const server = spawn(process.execPath, ["scripts/serve-dist.mjs", folder, String(port)], { stdio: "ignore" });
  const origin = `http://127.0.0.1:${port}`;
  await expect.poll(async () => (await fetch(`${origin}/`).catch(() => null)) !== null).toBe(true);
  await page.addInitScript(() => {
    window.__messages = [];
    addEventListener("message", (e) => window.__messages.push({ origin: e.origin, data: e.data }));
  });
  return { origin, stop: () => server.kill() };
}

/** A folder holding one page, index.html, with `body` in it. */
function pageWith(body) {
  const folder = mkdtempSync(join(tmpdir(), "backhip-host-"));
  writeFileSync(
    join(folder, "index.html"),
    `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>Another site</title></head><body>${body}</body></html>`,
  );
  return folder;
}

/** The checker's frame inside the host page, once it is there. */
async function appFrame(page) {
  const find = () => page.frames().find((f) => f.url().startsWith(APP));
  await expect.poll(() => Boolean(find())).toBe(true);
  return find();
}

/** Waits until the iframe is as tall as the checker's content (within 2 px) and
 * returns that height. The content is measured on its own: where its last element ends. */
async function expectFitted(page) {
  let height = 0;
  await expect
    .poll(async () => {
      const content = await (await appFrame(page)).evaluate(() =>
        Math.max(...[...document.body.children].map((e) => e.getBoundingClientRect().bottom + scrollY)),
      );
      height = await page.locator("iframe").evaluate((f) => f.getBoundingClientRect().height);
      return Math.abs(height - content);
    })
    .toBeLessThanOrEqual(2);
  return height;
}

test("embedded with embed.js on a clinic's page: its details show, the height follows the content both ways, and the host learns only our height", async ({ page }) => {
  await page.setViewportSize({ width: 1000, height: 700 });
  // embed/demo.html: the one embed line on an example clinic page, on another origin.
  const clinic = await hostSite(page, "embed");
  try {
    await embeddedJourney(page, clinic.origin);
  } finally {
    clinic.stop();
  }
});

async function embeddedJourney(page, clinic) {
  await page.goto(`${clinic}/demo.html`);
  const frame = page.frameLocator("iframe");
  await expect(frame.getByRole("heading", { level: 1, name: "Check your back or hip pain" })).toBeVisible();
  await expect(page.locator("iframe")).toHaveAttribute("title", "Back & Hip Pain Checker");
  expect(new URL((await appFrame(page)).url()).searchParams.get("host")).toBe(clinic);
  // Compact mode: no name of our own, but the About link stays.
  await expect(frame.getByText("Back & Hip Pain Checker")).toHaveCount(0);
  await expect(frame.getByRole("link", { name: "About this checker" })).toBeVisible();

  const checker = new Checker(await appFrame(page));
  await checker.ready();
  const heights = { start: await expectFitted(page) };
  await checker.start();
  await checker.complete(SCIATICA, async () => {
    await expectFitted(page);
  });
  await expect(frame.getByRole("heading", { name: "Riverside Physio can help" })).toBeVisible();
  await expect(frame.getByRole("link", { name: "+44 161 496 0000" })).toHaveAttribute("href", "tel:+441614960000");
  await expect(frame.getByRole("link", { name: "Book an appointment" })).toHaveAttribute("href", "https://riverside-physio.test/book");
  heights.result = await expectFitted(page);
  // The emergency number is the one the clinic set, whatever the browser's region.
  await expect(frame.locator("#emergency-number")).toHaveValue("999");

  // Shrinking: "Start again" brings back the short start screen, and the frame with it.
  await frame.getByRole("button", { name: "Start again" }).click();
  await expect(frame.getByRole("heading", { level: 1, name: "Check your back or hip pain" })).toBeVisible();
  heights.again = await expectFitted(page);
  expect(heights.result).toBeGreaterThan(heights.start + 200);
  expect(Math.abs(heights.again - heights.start)).toBeLessThanOrEqual(2);
  // A narrow phone: taller content, and the frame follows it there too.
  await page.setViewportSize({ width: 360, height: 740 });
  heights.phone = await expectFitted(page);
  expect(heights.phone).toBeGreaterThan(heights.again);
  await frame.getByRole("link", { name: "About this checker" }).click();
  await expect(frame.getByRole("heading", { level: 1, name: "About this checker" })).toBeVisible();
  await expectFitted(page);

  // Every message came from the checker's origin, and held the height alone.
  const messages = await page.evaluate(() => window.__messages);
  expect(messages.length).toBeGreaterThan(3);
  for (const m of messages) {
    expect(m.origin).toBe(new URL(APP).origin);
    expect(Object.keys(m.data).sort()).toEqual(["height", "type"]);
    expect(m.data.type).toBe("backhip:height");
    expect(typeof m.data.height).toBe("number");
  }
  // Nothing about the person reached the host page.
  const hostSide = await page.evaluate(() => JSON.stringify({ m: window.__messages, s: { ...localStorage }, c: document.cookie }));
  for (const word of ["sciatica", "Sciatica", "buttock", "lower_back"]) expect(hostSide).not.toContain(word);
}

test("embed.js with bad settings still puts the checker on the page: an over-long value is left out, an unknown language titles the frame in English", async ({ page }) => {
  const long = "R".repeat(20000);
  const site = await hostSite(
    page,
    pageWith(`<script src="${APP}embed.js" data-clinic="${long}" data-lang="constructor" data-number="999"></script>`),
  );
  try {
    const warnings = [];
    page.on("console", (m) => m.type() === "warning" && warnings.push(m.text()));
    await page.goto(`${site.origin}/`);
    // Before, "function Object() { [native code] }", read by screen readers.
    await expect(page.locator("iframe")).toHaveAttribute("title", "Back & Hip Pain Checker");
    const frameUrl = new URL(await page.locator("iframe").getAttribute("src"));
    expect(frameUrl.searchParams.get("clinic")).toBeNull();
    expect(frameUrl.searchParams.get("number")).toBe("999");
    // Before, a 20,000-character address the server refused: an error page in the frame.
    const checker = new Checker(await appFrame(page));
    await checker.ready();
    expect(warnings.some((w) => w.includes("data-clinic is too long"))).toBe(true);
  } finally {
    site.stop();
  }
});

test("the height goes only to the origin the clinic declared: any other embedding page gets no message", async ({ page }) => {
  // Another site copies the clinic's frame address (host=https://clinic.example), or
  // leaves the host out.
  const clinic = encodeURIComponent("https://clinic.example");
  const other = await hostSite(
    page,
    pageWith(`<iframe title="copied" src="${APP}?clinic=Riverside%20Physio&host=${clinic}"></iframe>
      <iframe title="no host" src="${APP}?compact=1"></iframe>`),
  );
  try {
    await page.goto(`${other.origin}/`);
    await expect.poll(() => page.frames().filter((f) => f.url().startsWith(APP)).length).toBe(2);
    for (const frame of page.frames().filter((f) => f.url().startsWith(APP))) {
      const checker = new Checker(frame);
      await checker.ready();
      await checker.start();
      await checker.answer("tearing_pain", "yes");
    }
    // Give any message time to arrive, then count them: none.
    await page.evaluate(() => new Promise((done) => setTimeout(done, 500)));
    expect(await page.evaluate(() => window.__messages)).toEqual([]);
  } finally {
    other.stop();
  }
});

test("the plain iframe, for sites that allow no scripts, works with the same settings", async ({ page }) => {
  const site = await hostSite(
    page,
    pageWith(`<iframe title="Back &amp; Hip Pain Checker" style="width:100%;border:0;height:900px"
      src="${APP}?clinic=Riverside%20Physio&number=999&compact=1"></iframe>`),
  );
  try {
    await page.goto(`${site.origin}/`);
    const checker = new Checker(await appFrame(page));
    await checker.ready();
    await expect(page.frameLocator("iframe").getByRole("link", { name: "About this checker" })).toBeVisible();
    await checker.start();
    await checker.complete(SCIATICA);
    await expect(page.frameLocator("iframe").getByRole("heading", { name: "Riverside Physio can help" })).toBeVisible();
  } finally {
    site.stop();
  }
});

test("bad embed settings fall back to defaults with a console warning", async ({ page }) => {
  const warnings = [];
  page.on("console", (m) => m.type() === "warning" && warnings.push(m.text()));
  await page.goto("./?accent=javascript:alert(1)&clinic=%3Cimg%20src%3Dx%3E&lang=xx&booking=http://insecure.test&zoom=9");
  // The start screen in index.html shows first: the settings are read once the app runs.
  await new Checker(page).ready();
  await expect(page.getByRole("heading", { level: 1, name: "Check your back or hip pain" })).toBeVisible();
  for (const key of ["accent", "clinic", "lang", "booking", "zoom"]) {
    expect(warnings.some((w) => w.includes(`\`${key}\``)), key).toBe(true);
  }
  await expect(page.locator("img")).toHaveCount(0);
});
