// Languages: the browser's preference, the embed setting, switching mid-questionnaire
// without losing answers, and a whole journey with its summary in Spanish.
import { test, expect } from "./fixtures.mjs";
import { Checker, MUSCLE_STRAIN, translations } from "./checker.mjs";

const es = translations("es");

test.describe("with a Spanish-speaking browser", () => {
  test.use({ locale: "es-ES" });

  test("the checker follows the browser's language", async ({ page }) => {
    await page.goto("./");
    await expect(page.getByRole("heading", { level: 1, name: es.get("welcome.title") })).toBeVisible();
    await expect(page.locator("html")).toHaveAttribute("lang", "es");
  });

  test("a whole journey, the result and the summary are in Spanish", async ({ page }) => {
    const checker = new Checker(page, "es");
    await checker.open();
    await checker.start();
    await checker.complete(MUSCLE_STRAIN);
    expect(await checker.triageLevel()).toBe("self_care");
    await expect(page.getByRole("heading", { level: 1, name: es.get("result.title") })).toBeVisible();
    await expect(page.getByRole("heading", { name: es.get("condition.muscle_strain.name") })).toBeVisible();
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
