// Screenshots of every screen at phone and desktop width, in every language, saved as
// test artifacts in tests/e2e/artifacts/<language>/<width>/ for people to look at.
import { test, expect, screenshotWhole } from "./fixtures.mjs";
import { Checker, MUSCLE_STRAIN, NO_RED_FLAGS } from "./checker.mjs";

const widths = { phone: { width: 390, height: 844 }, desktop: { width: 1280, height: 900 } };

for (const lang of ["en", "es"]) {
  for (const [name, viewport] of Object.entries(widths)) {
    test(`every screen at ${name} width [${lang}]`, async ({ page }) => {
      await page.setViewportSize(viewport);
      const shot = (file) => screenshotWhole(page, `tests/e2e/artifacts/${lang}/${name}/${file}.png`);
      const checker = new Checker(page, lang);
      const text = (key, english) => checker.text(key, english);
      await checker.open(lang === "en" ? "./" : `./?lang=${lang}`);
      await shot("01-welcome");
      await checker.start();
      await shot("02-warning-sign-question");
      const seen = new Set();
      await checker.complete(
        {
          ...NO_RED_FLAGS, age: 38, sex: "male",
          location: ["lower_back_left", "buttock_left", "thigh_back_left", "below_knee_left"],
          onset: "sudden", duration: "1_to_6_weeks", trigger: "lifting", tingling: "yes", leg_vs_back: "leg_worse",
        },
        async (id) => {
          if (id === "location") {
            const buttock = page.getByRole("checkbox", { name: text("answer.location.buttock_left", "Buttock, left") }).first();
            await buttock.click();
            await shot("04-body-map");
            await buttock.click();
          }
          if (id === "age") await shot("03-number-question");
          const help = page.getByText(text("question.what_does_this_mean", "What does this mean?"));
          if (!seen.has("help") && (await help.count()) > 0 && id !== "location") {
            seen.add("help");
            await help.click();
            await shot("06-question-with-help");
          }
        },
      );
      await shot("07-result");
      await page.getByRole("button", { name: text("result.review", "Check or change my answers") }).click();
      await shot("08-review");
      await page.getByRole("button", { name: text("review.see_result", "See my result") }).click();
      await page.getByRole("button", { name: text("result.summary", "Summary for a doctor") }).click();
      await expect(page.getByText(text("summary.made", "Made on {time}").split("{time}")[0].trim())).toBeVisible();
      await shot("09-summary");
      await page.emulateMedia({ media: "print" });
      await shot("10-summary-print");
      await page.emulateMedia({ media: "screen" });
      await page.getByRole("link", { name: text("app.about", "About this checker") }).click();
      await shot("11-about");
      await checker.open(lang === "en" ? "./" : `./?lang=${lang}`);
      await checker.start();
      await checker.calmUntil("saddle_numbness");
      await checker.answer("saddle_numbness", "yes");
      await shot("12-emergency");

      // A recent strain, self-care so far: the STarT Back questions, the self-care result
      // and the daily-life questions it offers.
      const taken = [];
      await checker.open(lang === "en" ? "./" : `./?lang=${lang}`);
      await checker.start();
      await checker.complete(MUSCLE_STRAIN, async (id) => {
        if (id === "sbt_1_leg") taken.push(await shot("05-startback-question"));
      });
      await shot("13-result-self-care");
      await page.locator(".extras button").click();
      await checker.waitForUrl(/#\/q\/activity_level$/);
      await shot("14-daily-life-question");
      await checker.complete(MUSCLE_STRAIN);
      expect(taken, "the STarT Back question was on screen").toHaveLength(1);
    });
  }
}
