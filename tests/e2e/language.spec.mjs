// Languages: the browser's preference, the embed setting, switching mid-questionnaire
// without losing answers, a whole journey with its summary in Spanish, and a translation
// of another release refused.
import { readFileSync } from "node:fs";
import { test, expect } from "./fixtures.mjs";
import { Checker, MUSCLE_STRAIN, translations } from "./checker.mjs";

const es = translations("es");

test.describe("with a Spanish-speaking browser", () => {
  test.use({ locale: "es-ES" });

  test("the checker follows the browser's language", async ({ page }) => {
    await page.goto("./");
    await expect(page.getByRole("heading", { level: 1, name: es.get("welcome.title") })).toBeVisible();
    await expect(page.locator("html")).toHaveAttribute("lang", "es");
    // An installed checker is named in Spanish too (the link comes a few seconds after
    // the app has started).
    await expect(page.locator('link[rel="manifest"]')).toHaveAttribute("href", "manifest.es.webmanifest", { timeout: 15_000 });
    const manifest = await page.evaluate(async () => (await fetch(document.querySelector('link[rel="manifest"]').href)).json());
    expect(manifest).toMatchObject({ name: es.get("app.name"), lang: "es", start_url: "./" });
  });

  test("a whole journey, the result and the summary are in Spanish", async ({ page }) => {
    const checker = new Checker(page, "es");
    await checker.open();
    await checker.start();
    await checker.complete(MUSCLE_STRAIN);
    expect(await checker.triageLevel()).toBe("self_care");
    await expect(page.getByRole("heading", { level: 1, name: es.get("result.title") })).toBeVisible();
    await expect(page.getByRole("heading", { name: es.get("condition.muscle_strain.name") })).toBeVisible();

    // The downloads are in Spanish too, with the emergency number filled in.
    const read = async (button) => {
      const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: es.get(button) }).click()]);
      return JSON.parse(readFileSync(await download.path(), "utf8"));
    };
    const file = await read("export.json");
    expect(file.language).toBe("es");
    expect(file.result.triage.title).toBe(es.get("level.self_care.title"));
    expect(file.result.conditions[0].name).toBe(es.get("condition.muscle_strain.name"));
    expect(JSON.stringify(file)).not.toContain("{emergency_number}");
    const fhir = await read("export.fhir");
    expect(fhir.language).toBe("es");
    const saddle = fhir.item.find((i) => i.linkId === "saddle_numbness");
    expect(saddle.text).toBe(es.get("question.saddle_numbness.text"));
    expect(saddle.answer[0].valueCoding).toMatchObject({ code: "no", display: es.get("answer.saddle_numbness.no") });

    await page.getByRole("button", { name: es.get("result.summary") }).click();
    await expect(page.getByRole("heading", { level: 1, name: es.get("summary.title") })).toBeVisible();
    await expect(page.getByText(es.get("question.saddle_numbness.text"))).toBeVisible();
  });
});

test("the embed setting chooses the language", async ({ page }) => {
  await page.goto("./?lang=es");
  await expect(page.getByRole("heading", { level: 1, name: es.get("welcome.title") })).toBeVisible();
});

test("switching language mid-questionnaire keeps the answers", async ({ page }) => {
  const checker = new Checker(page);
  await checker.open();
  await checker.start();
  await checker.calmUntil("saddle_numbness");
  await checker.answer("saddle_numbness", "no");
  await checker.answer("bladder_bowel", ["none"]);
  await page.getByLabel("Language").selectOption("es");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(es.get("question.leg_weakness.text"));
  await page.getByRole("button", { name: es.get("question.back") }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(es.get("question.bladder_bowel.text"));
  await expect(page.getByRole("checkbox", { name: es.get("answer.bladder_bowel.none") })).toBeChecked();
  await page.getByLabel(es.get("language.label")).selectOption("en");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(/^Since your pain started/);
  await expect(page.getByRole("checkbox", { name: "None of these" })).toBeChecked();
});

// A translation file of another release (kept by a cache, or deployed apart from the
// app) would put its texts in the wrong places: a warning sign under another question's
// words. The app refuses it and stays in English (docs/safety.md, H13).
test.describe("a translation made for another release", () => {
  const changes = {
    "another release's fingerprint": (file) => `0123456789abcdef${file.slice(16)}`,
    "one text fewer": (file) => file.split("\u001f").filter((_, i) => i !== 2).join("\u001f"),
  };
  for (const [name, change] of Object.entries(changes)) {
    test(`is refused (${name}): English stays, with a notice, and the answers are kept`, async ({ page, context }) => {
      // On the context, so the request is changed whether the page or its offline copy
      // (the service worker) makes it.
      await context.route("**/i18n/es.txt", async (route) => {
        const response = await route.fetch();
        await route.fulfill({ response, body: change(await response.text()) });
      });
      const checker = new Checker(page);
      await checker.open();
      await checker.start();
      await checker.calmUntil("saddle_numbness");
      await checker.answer("saddle_numbness", "no");
      await page.getByLabel("Language").selectOption("es");
      await expect(page.getByText("The translation could not be loaded. Showing English.")).toBeVisible();
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(/^Since your pain started/);
      await expect(page.locator("html")).toHaveAttribute("lang", "en");
      await page.getByRole("button", { name: "Back" }).click();
      await expect(page.getByRole("button", { name: "No", exact: true })).toHaveAttribute("aria-pressed", "true");
    });
  }
});
