// Screenshots of every screen at phone and desktop width, saved as test artifacts in
// tests/e2e/artifacts/ for people to look at.
import { test, expect } from "./fixtures.mjs";
import { Checker, NO_RED_FLAGS } from "./checker.mjs";

const widths = { phone: { width: 390, height: 844 }, desktop: { width: 1280, height: 900 } };

for (const [name, viewport] of Object.entries(widths)) {
  test(`every screen at ${name} width`, async ({ page }) => {
    await page.setViewportSize(viewport);
    const shot = (file) => page.screenshot({ path: `tests/e2e/artifacts/${name}/${file}.png`, fullPage: true });
    const checker = new Checker(page);
    await checker.open();
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
          await page.getByRole("checkbox", { name: "Buttock, left" }).first().click();
          await shot("04-body-map");
          await page.getByRole("checkbox", { name: "Buttock, left" }).first().click();
        }
        if (id === "age") await shot("03-number-question");
        if (id.startsWith("sbt_1")) await shot("05-startback-question");
        if (!seen.has("help") && (await page.getByText("What does this mean?").count()) > 0 && id !== "location") {
          seen.add("help");
          await page.getByText("What does this mean?").click();
          await shot("06-question-with-help");
        }
      },
    );
    await shot("07-result");
    await page.getByRole("button", { name: "Check or change my answers" }).click();
    await shot("08-review");
    await page.getByRole("button", { name: "See my result" }).click();
    await page.getByRole("button", { name: "Summary for a doctor" }).click();
    await expect(page.getByText(/^Made on /)).toBeVisible();
    await shot("09-summary");
    await page.emulateMedia({ media: "print" });
    await shot("10-summary-print");
    await page.emulateMedia({ media: "screen" });
    await page.getByRole("link", { name: "About this checker" }).click();
    await shot("11-about");
    await page.goto("./");
    await checker.ready();
    await checker.start();
    await checker.answer("saddle_numbness", "yes");
    await shot("12-emergency");
  });
}
