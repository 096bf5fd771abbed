// The privacy promise, proven: no request to any other origin and none after start-up,
// nothing stored without consent, saved data deletable, bad saved data handled, exports
// made on the device, and an embedding page that learns nothing but our height.
import { spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import { test, expect } from "./fixtures.mjs";
import { Checker, NO_RED_FLAGS } from "./checker.mjs";

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

test("saved answers resume after a reload, and 'Delete my answers' removes everything", async ({ page }) => {
  const checker = new Checker(page);
  await checker.open();
  await page.getByRole("checkbox", { name: "Save my answers on this device" }).check();
  await checker.start();
  for (const [id, value] of Object.entries({ saddle_numbness: "no", bladder_bowel: ["none"], leg_weakness: "no" })) {
    await checker.answer(id, value);
  }
  expect((await stored(page)).local).toEqual(["backhip.session"]);
  await page.reload();
  await expect(page.getByText("We found the answers you saved")).toBeVisible();
  await expect(page).toHaveURL(/#\/q\/tearing_pain$/);
  await checker.complete(SCIATICA);
  await page.getByRole("button", { name: "Delete my answers" }).click();
  await expect(page.getByText("Your saved answers have been deleted")).toBeVisible();
  expect(await stored(page)).toEqual({ local: [], session: [], cookies: "", databases: [] });
  await page.reload();
  await expect(page.getByRole("heading", { level: 1, name: "Check your back or hip pain" })).toBeVisible();
  await expect(page.getByText("We found the answers you saved")).toHaveCount(0);
});

for (const [name, saved] of [
  ["corrupted", "{not json"],
  ["from an older version", "backhip-session 0\nhistory fever\nanswer fever no"],
  ["with an impossible answer", "backhip-session 1\nhistory fever\nanswer fever purple"],
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
  const json = await read("Download answers and result (JSON)");
  expect(json.name).toBe("back-hip-answers.json");
  expect(json.body.answers.age).toBe(38);
  expect(json.body.answers.location).toEqual(SCIATICA.location);
  expect(json.body.result.triage.level).toBe("consultation");
  expect(json.body.language).toBe("en");
  expect(JSON.stringify(json.body)).not.toContain("{emergency_number}");

  const fhir = await read("Download for health records (FHIR)");
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

test("embedded on a clinic's page: its details show, and the host learns only our height", async ({ page }) => {
  const host = spawn("node", ["scripts/serve-dist.mjs", "embed", "8093"], { stdio: "ignore" });
  try {
    await expect.poll(async () => (await fetch("http://127.0.0.1:8093/demo.html").catch(() => null))?.status).toBe(200);
    await page.goto("http://127.0.0.1:8093/demo.html?app=http://127.0.0.1:8090/");
    const frame = page.frameLocator("#back-hip-checker");
    await expect(frame.getByRole("heading", { level: 1, name: "Check your back or hip pain" })).toBeVisible();
    // Compact mode: no header of our own.
    await expect(frame.getByText("About this checker")).toHaveCount(0);
    const checker = new Checker(page.frame({ url: /^http:\/\/127\.0\.0\.1:8090\// }));
    await checker.ready();
    await checker.start();
    await checker.complete(SCIATICA);
    await expect(frame.getByRole("heading", { name: "Riverside Physio can help" })).toBeVisible();
    await expect(frame.getByRole("link", { name: "+44 161 496 0000" })).toHaveAttribute("href", "tel:+441614960000");
    await expect(frame.getByRole("link", { name: "Book an appointment" })).toHaveAttribute("href", "https://riverside-physio.test/book");

    const messages = await page.evaluate(() => window.__messages);
    expect(messages.length).toBeGreaterThan(0);
    for (const m of messages) {
      expect(Object.keys(m).sort()).toEqual(["height", "type"]);
      expect(m.type).toBe("backhip:height");
      expect(typeof m.height).toBe("number");
    }
    // The iframe was fitted to the checker's height.
    const height = await page.locator("#back-hip-checker").evaluate((f) => f.getBoundingClientRect().height);
    expect(height).toBeGreaterThan(480);
    // Nothing about the person reached the host page.
    const hostSide = await page.evaluate(() => JSON.stringify({ m: window.__messages, s: { ...localStorage }, c: document.cookie }));
    for (const word of ["sciatica", "Sciatica", "buttock", "lower_back"]) expect(hostSide).not.toContain(word);
  } finally {
    host.kill();
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
