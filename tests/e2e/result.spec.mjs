// The result a patient can act on, in English and Spanish: the self-care plan shows
// without a click, with illustrated exercises that fit the cause and the place it
// hurts, and prints on one page; no screen a patient reads shows a guideline code or a
// source id; the clinician summary fits a 360 px phone, is dated in the language's
// format, starts with the warning signs and repeats no line; saved answers resume at
// the question the person was on, and "I chose an answer by mistake" after a change
// returns to the changed question. Screenshots of the result and the summary at phone
// width go to tests/e2e/artifacts/<language>/phone-360/.
import { readFileSync } from "node:fs";
import { test, expect, screenshotWhole } from "./fixtures.mjs";
import { Checker, NO_RED_FLAGS, MUSCLE_STRAIN } from "./checker.mjs";

/** The exercises of knowledge/advice.toml: id → the condition ids it fits. */
const EXERCISES = new Map(
  readFileSync(new URL("../../knowledge/advice.toml", import.meta.url), "utf8")
    .split("\n[[exercise]]\n")
    .slice(1)
    .map((block) => [
      /^id = "([a-z_]+)"/m.exec(block)[1],
      JSON.parse(/^conditions = (\[.*\])$/m.exec(block)[1]),
    ]),
);

const QUESTIONS = JSON.parse(readFileSync(new URL("../../target/questions.json", import.meta.url)));
const RED_FLAG_QUESTIONS = new Set(QUESTIONS.filter((q) => q.section === "red_flags").map((q) => q.id));

/** Sore outer hip, worse lying on it: no back pain at all. */
const OUTER_HIP = {
  ...NO_RED_FLAGS, age: 52, sex: "female", pregnant: "no",
  location: ["outer_hip_left", "thigh_outer_left"], onset: "gradual", duration: "6_weeks_to_3_months",
  trigger: "overuse", previous_episodes: "no", character: "dull_ache", worse_lying_side: "yes",
  activity_pain: "worse_with_activity", morning_stiffness: "none", night_pain: "only_turning",
  other_joints: "no", tingling: "no", clicking_locking: "no", pivoting_pain: "no",
  activity_level: "some", weight: "no", ergonomics: "no",
};

/** What no patient screen may show: guideline codes, source ids, internal labels, raw scores. */
const CODES = [
  /\bNG\s?\d{2,3}\b/,
  /\b(nice|seed|nogg|girft|bsr)-[a-z0-9-]+/i,
  /clinical-notes/i,
  /source article/i,
  /Estimate: a figure/i,
  /\b\d+\s*\/\s*\d+\b/,
  /\b(part|parte) \d/i,
];

/** The text a patient reads on the page: everything but the About page's reference lists. */
async function patientText(page) {
  return page.evaluate(() => {
    const main = document.querySelector("main") ?? document.body;
    const copy = main.cloneNode(true);
    copy.querySelectorAll(".references, [hidden], .visually-hidden[aria-hidden='true']").forEach((e) => e.remove());
    return copy.innerText;
  });
}

async function expectNoCodes(page, screen) {
  const text = await patientText(page);
  const found = CODES.map((re) => re.exec(text)?.[0]).filter(Boolean);
  expect(found, `${screen} shows codes`).toEqual([]);
}

const start = async (page, lang) => {
  const checker = new Checker(page, lang);
  await checker.open(lang === "en" ? "./" : `./?lang=${lang}`);
  await checker.start();
  return checker;
};

for (const lang of ["en", "es"]) {
  test.describe(`[${lang}]`, () => {
    test("a self-care result shows its plan at once, with illustrated exercises that fit, and prints on one page", async ({ page }) => {
      await page.setViewportSize({ width: 360, height: 800 });
      const checker = await start(page, lang);
      await checker.complete(MUSCLE_STRAIN);
      expect(await checker.triageLevel()).toBe("self_care");
      const cause = (await checker.conditions())[0];
      const plan = page.locator(".self-care-plan");
      await expect(plan).toBeVisible();
      await expect(plan.getByRole("heading", { level: 2, name: checker.text("plan.title", "Your self-care plan") })).toBeVisible();
      // Nothing of the plan is folded away.
      expect(await plan.locator("details").count()).toBe(0);
      const exercises = plan.locator(".exercise");
      expect(await exercises.count()).toBeGreaterThanOrEqual(3);
      for (const exercise of await exercises.all()) {
        const id = await exercise.getAttribute("data-exercise");
        expect(EXERCISES.get(id), `${id} fits ${cause}`).toContain(cause);
        await expect(exercise.locator("svg.exercise-picture")).toBeVisible();
        await expect(exercise).toContainText(checker.text("plan.how_often", "How often:"));
        await expect(exercise).toContainText(checker.text("plan.stop_if", "When to stop:"));
      }
      // The changes their answers show (desk work, from the daily-life questions the
      // result offers), and when to come back for pain of a few days.
      await checker.fitPlan(MUSCLE_STRAIN);
      await expect(plan).toContainText(checker.text("risk.poor_ergonomics.name", "Long hours at a desk or driving, or heavy lifting at work"));
      await expect(plan).toContainText(checker.text("plan.come_back.recent", "Your pain started not long ago.").slice(0, 30));
      // Pain relief as NICE NG59 puts it: an anti-inflammatory rather than paracetamol alone.
      await expect(plan).toContainText(lang === "en" ? "ibuprofen" : "ibuprofeno");
      await expectNoCodes(page, "result");
      await screenshotWhole(page, `tests/e2e/artifacts/${lang}/phone-360/result.png`);

      await page.emulateMedia({ media: "print" });
      await screenshotWhole(page, `tests/e2e/artifacts/${lang}/phone-360/result-print.png`);
      const pdf = (await page.pdf({ format: "A4", printBackground: false })).toString("latin1");
      const pages = (pdf.match(/\/Type\s*\/Page[^s]/g) ?? []).length;
      expect(pages, "the printed plan's pages").toBe(1);
    });

    test("an outer-hip problem gets hip exercises and no back advice", async ({ page }) => {
      const checker = await start(page, lang);
      await checker.complete(OUTER_HIP);
      expect((await checker.conditions())[0]).toBe("hip_bursitis");
      const plan = page.locator(".self-care-plan");
      await expect(plan).toBeVisible();
      const ids = await plan.locator(".exercise").evaluateAll((els) => els.map((e) => e.dataset.exercise));
      expect(ids.length).toBeGreaterThanOrEqual(3);
      for (const id of ids) expect(EXERCISES.get(id), id).toContain("hip_bursitis");
      expect(ids).not.toContain("knee_to_chest");
      expect(ids).not.toContain("pelvic_tilt");
      expect(ids).not.toContain("cat_cow");
      await expect(plan).not.toContainText(lang === "en" ? "back pain" : "dolor de espalda");
      // An appointment is advised: the plan is for the wait.
      expect(await checker.triageLevel()).toBe("consultation");
      await expect(plan).toContainText(checker.text("plan.come_back.appointment", "You still need the appointment above.").slice(0, 30));
    });

    test("no screen a patient reads shows a guideline code or a source id", async ({ page }) => {
      const checker = new Checker(page, lang);
      await checker.open(lang === "en" ? "./" : `./?lang=${lang}`);
      await expectNoCodes(page, "welcome");
      await checker.start();
      const asked = await checker.complete(
        { ...MUSCLE_STRAIN, location: ["lower_back_left", "buttock_left", "outer_hip_left", "groin_left"], other_joints: "painful" },
        async (id) => expectNoCodes(page, `question ${id}`),
      );
      expect(asked.length).toBeGreaterThan(10);
      await expectNoCodes(page, "result");
      // Every cause's details opened too.
      for (const more of await page.locator(".condition-card summary").all()) await more.click();
      await expectNoCodes(page, "result with details open");
      await page.getByRole("button", { name: checker.text("result.review", "Check or change my answers") }).click();
      await expectNoCodes(page, "review");
      await page.getByRole("link", { name: checker.text("app.about", "About this checker") }).click();
      await expect(page).toHaveURL(/#\/about$/);
      await expectNoCodes(page, "about (outside its reference lists)");
      // The About page labels the articles for the public for what they are.
      await expect(page.getByRole("heading", { name: checker.text("about.articles_title", "Articles for the public") })).toBeVisible();
      await checker.open(lang === "en" ? "./" : `./?lang=${lang}`);
      await checker.start();
      await checker.calmUntil("saddle_numbness");
      await checker.answer("saddle_numbness", "yes");
      await expect(page).toHaveURL(/#\/result$/);
      await expectNoCodes(page, "emergency");
    });

    test("the clinician summary fits a 360 px phone, is dated in the language's format, and starts with the warning signs", async ({ page }) => {
      await page.setViewportSize({ width: 360, height: 800 });
      const checker = await start(page, lang);
      await checker.complete(MUSCLE_STRAIN);
      await page.getByRole("button", { name: checker.text("result.summary", "Summary for a doctor") }).click();
      const summary = page.locator(".summary-page");
      await expect(summary.locator(".made")).toBeVisible();
      const { scrollWidth, clientWidth } = await page.evaluate(() => ({
        scrollWidth: document.documentElement.scrollWidth,
        clientWidth: document.documentElement.clientWidth,
      }));
      expect(scrollWidth, "the summary scrolls sideways").toBeLessThanOrEqual(clientWidth);
      expect(await summary.locator("table").count()).toBe(0);

      const today = await page.evaluate(() => {
        const d = new Date();
        return { day: d.getDate(), month: d.getMonth(), year: d.getFullYear() };
      });
      const made = await summary.locator(".made").innerText();
      if (lang === "es") {
        expect(made).toContain(`${today.day}/${today.month + 1}/${today.year}`);
      } else {
        const month = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"][today.month];
        expect(made).toContain(`${today.day} ${month} ${today.year}`);
      }

      // Third person, for a clinician.
      await expect(summary.locator(".note").first()).toContainText(lang === "en" ? "The patient" : "El paciente");
      // The first answers listed are the warning signs asked.
      const firstRows = await summary.locator(".answer-list").first().locator("[data-question]").evaluateAll((rows) => rows.map((r) => r.dataset.question));
      expect(firstRows.length).toBeGreaterThan(5);
      for (const id of firstRows) expect(RED_FLAG_QUESTIONS.has(id), `${id} is a warning sign`).toBe(true);
      // No line twice in a list, and no "Book an appointment — Book an appointment".
      const repeated = await summary.locator("ul, ol, dl").evaluateAll((lists) =>
        lists.flatMap((list) => {
          const lines = [...list.children].map((e) => e.innerText.trim());
          return lines.filter((l, i) => lines.indexOf(l) !== i);
        }),
      );
      expect(repeated).toEqual([]);
      expect(await summary.innerText()).not.toMatch(/(.{8,}) — \1/);
      await screenshotWhole(page, `tests/e2e/artifacts/${lang}/phone-360/summary.png`);
    });

    test("saved answers resume at the question the person was on", async ({ page }) => {
      const checker = new Checker(page, lang);
      await checker.open(lang === "en" ? "./" : `./?lang=${lang}`);
      await page.getByRole("checkbox", { name: checker.text("save.label", "Save my answers on this device") }).check();
      await checker.start();
      for (const [id, value] of Object.entries({ tearing_pain: "no", faint: "no", trauma: "no" })) {
        await checker.answer(id, value);
      }
      const where = checker.currentQuestion();
      await page.reload();
      await checker.ready();
      await expect(page.getByText(checker.text("notice.restored", "We found the answers you saved").slice(0, 20))).toBeVisible();
      await expect(page).toHaveURL(new RegExp(`#/q/${where}$`));
      await checker.complete(MUSCLE_STRAIN);
      expect(await checker.triageLevel()).toBe("self_care");
    });

    test("'I chose an answer by mistake' after a change returns to the changed question", async ({ page }) => {
      const checker = await start(page, lang);
      await checker.complete(MUSCLE_STRAIN);
      await page.getByRole("button", { name: checker.text("result.review", "Check or change my answers") }).click();
      await page.locator('[data-question="saddle_numbness"]').getByRole("button").click();
      await expect(page).toHaveURL(/#\/q\/saddle_numbness$/);
      await checker.answer("saddle_numbness", "yes");
      await expect(page).toHaveURL(/#\/result$/);
      expect(await checker.triageLevel()).toMatch(/^(ambulance|emergency)$/);
      await page.getByRole("button", { name: checker.text("result.mistake", "I chose an answer by mistake") }).click();
      await expect(page).toHaveURL(/#\/q\/saddle_numbness$/);
      await checker.answer("saddle_numbness", "no");
      await expect(page).toHaveURL(/#\/result$/);
      expect(await checker.triageLevel()).toBe("self_care");
    });
  });
}
