// Whole journeys, clicked through as a person would, against the release build.
import { test, expect } from "./fixtures.mjs";
import { Checker, MUSCLE_STRAIN, NO_RED_FLAGS } from "./checker.mjs";

test("the start screen says what the tool is and starts the questions", async ({ page }) => {
  const checker = new Checker(page);
  await checker.open();
  await expect(page.getByText("Nothing you enter leaves this device.")).toBeVisible();
  await checker.start();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("tearing or ripping pain");
  await expect(page.getByText("Warning signs")).toBeVisible();
});

test("emergency: saddle numbness stops the questions and shows what to do now", async ({ page }) => {
  const checker = new Checker(page);
  await checker.open();
  await checker.start();
  await checker.calmUntil("saddle_numbness");
  await checker.answer("saddle_numbness", "yes");
  await expect(page).toHaveURL(/#\/result$/);
  const alert = page.getByRole("alert");
  await expect(alert.getByRole("heading", { level: 1 })).toHaveText("Go to an emergency department now");
  await expect(alert.getByRole("link", { name: /^Call \d+$/ })).toBeVisible();
  await expect(page.getByText("cauda equina syndrome").first()).toBeVisible();
  expect(await checker.triageLevel()).toBe("emergency");
  expect((await checker.conditions())[0]).toBe("cauda_equina");
});

test("sciatica: leg pain below the knee with tingling", async ({ page }) => {
  const checker = new Checker(page);
  await checker.open();
  await checker.start();
  const asked = await checker.complete({
    ...NO_RED_FLAGS, age: 38, sex: "male",
    location: ["lower_back_left", "buttock_left", "thigh_back_left", "below_knee_left", "foot_left"],
    finger_point: "no", onset: "sudden", duration: "1_to_6_weeks", trigger: "lifting",
    character: "sharp_shooting", leg_vs_back: "leg_worse", tingling: "yes", cough_sneeze: "yes",
    worse_sitting: "yes", walking_leg_pain: "no", worse_bending: "yes", activity_pain: "worse_with_activity",
    sbt_1_leg: "agree", sbt_9_bothersome: "very_much", activity_level: "very_active", weight: "no", ergonomics: "yes",
  });
  expect(asked.length).toBeGreaterThanOrEqual(15);
  expect(await checker.triageLevel()).toBe("consultation");
  expect(["sciatica", "herniated_disc"]).toContain((await checker.conditions())[0]);
  await expect(page.getByRole("heading", { name: "Why we think so" }).first()).toBeVisible();
  // A doctor's check is already advised, so STarT Back could not change the level: its
  // questions were not asked, and the result does not list it.
  expect(asked.filter((id) => id.startsWith("sbt_"))).toEqual([]);
  await expect(page.getByRole("heading", { name: "Keele STarT Back Screening Tool" })).toHaveCount(0);
  // The clinician summary says why it was not asked, not that answers are missing.
  await page.getByRole("button", { name: "Summary for a doctor" }).click();
  await expect(page.locator("li", { hasText: "Keele STarT Back Screening Tool:" })).toContainText(
    "Not asked: with the other answers, its result could not change the advice.",
  );
});

test("hip osteoarthritis: groin pain, stiff hip, a limp, over 45", async ({ page }) => {
  const checker = new Checker(page);
  await checker.open();
  await checker.start();
  await checker.complete({
    ...NO_RED_FLAGS, age: 68, sex: "female",
    location: ["groin_right", "thigh_front_right"], onset: "gradual", duration: "over_3_months",
    trigger: "nothing", character: "dull_ache", socks_shoes: "yes", limp: "yes", stairs_chair: "yes",
    activity_pain: "worse_with_activity", morning_stiffness: "under_30_min", clicking_locking: "no",
    pivoting_pain: "no", worse_lying_side: "no", night_pain: "only_turning", other_joints: "no",
    tingling: "no", walking_leg_pain: "no", activity_level: "some", weight: "yes", ergonomics: "no",
  });
  expect(await checker.triageLevel()).toBe("consultation");
  expect((await checker.conditions())[0]).toBe("hip_osteoarthritis");
  await expect(page.locator('[data-instrument="nice_oa"]')).toContainText("osteoarthritis");
});

test("muscle strain: a recent ache after lifting, no warning signs", async ({ page }) => {
  const checker = new Checker(page);
  await checker.open();
  await checker.start();
  const asked = await checker.complete(MUSCLE_STRAIN);
  expect(await checker.triageLevel()).toBe("self_care");
  expect((await checker.conditions())[0]).toBe("muscle_strain");
  // The daily-life questions are not asked on the way to the result; the result offers
  // them, and with them the plan says what the person can change.
  expect(asked).not.toContain("activity_level");
  await expect(page.getByRole("heading", { name: "Fit your plan to your daily life" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Answer 3 more questions" })).toBeVisible();
  await page.getByRole("button", { name: "Answer 3 more questions" }).click();
  // Counted as a set of their own, not as the end of the questionnaire.
  await expect(page.locator("#progress-label")).toHaveText("Question 1 of 3");
  await checker.waitForUrl(/#\/q\/activity_level$/);
  expect(await checker.complete(MUSCLE_STRAIN)).toEqual(["activity_level", "weight", "ergonomics"]);
  expect(await checker.triageLevel()).toBe("self_care");
  await expect(page.getByRole("heading", { name: "What you can change" })).toBeVisible();
  await expect(page.getByText("Long hours at a desk or driving, or heavy lifting at work")).toBeVisible();
  await expect(page.getByRole("button", { name: "Answer 3 more questions" })).toHaveCount(0);
  // Self-care so far: STarT Back is asked until its group is decided (six items without
  // a point decide "low"), and its result is shown.
  expect(asked.filter((id) => id.startsWith("sbt_")).length).toBe(6);
  await expect(page.getByRole("heading", { name: "Keele STarT Back Screening Tool" })).toBeVisible();
});

test("lateral hip pain: sore outer hip, worse lying on it", async ({ page }) => {
  const checker = new Checker(page);
  await checker.open();
  await checker.start();
  await checker.complete({
    ...NO_RED_FLAGS, age: 52, sex: "female", pregnant: "no",
    location: ["outer_hip_left", "thigh_outer_left"], onset: "gradual", duration: "6_weeks_to_3_months",
    trigger: "overuse", character: "dull_ache", worse_lying_side: "yes", stairs_chair: "yes",
    socks_shoes: "no", limp: "no", clicking_locking: "no", morning_stiffness: "none",
    activity_pain: "worse_with_activity", night_pain: "only_turning", tingling: "no",
    activity_level: "some", weight: "yes", ergonomics: "no",
  });
  expect((await checker.conditions())[0]).toBe("hip_bursitis");
  expect(await checker.triageLevel()).toBe("consultation");
});

test("changing an answer with the back button and the review list updates the result", async ({ page }) => {
  const checker = new Checker(page);
  await checker.open();
  await checker.start();
  // Answer the first two warning signs, go back with the browser, and the answer is kept.
  await checker.answer("tearing_pain", "no");
  await page.goBack();
  await expect(page).toHaveURL(/#\/q\/tearing_pain$/);
  await expect(page.getByRole("button", { name: "No", exact: true })).toHaveAttribute("aria-pressed", "true");
  await checker.answer("tearing_pain", "no");
  await checker.complete({
    ...NO_RED_FLAGS, age: 29, sex: "male", location: ["lower_back_centre"], onset: "sudden",
    duration: "under_1_week", trigger: "lifting",
  });
  expect(await checker.triageLevel()).toBe("self_care");

  // Now say there is a fever: its follow-up, a warning sign too, is asked first, then
  // the result has changed.
  await page.getByRole("button", { name: "Check or change my answers" }).click();
  await page.getByRole("button", { name: /^Change: Do you have a fever/ }).click();
  await checker.answer("fever", "yes");
  await expect(page).toHaveURL(/#\/q\/fever_context$/);
  await checker.answer("fever_context", "no");
  await expect(page).toHaveURL(/#\/result$/);
  expect(await checker.triageLevel()).toBe("urgent");
  await expect(page.getByRole("status")).toContainText("fever");
});

test("an address from an earlier visit, in a new tab with nothing saved, starts again with a notice", async ({ page, context }) => {
  const checker = new Checker(page);
  await checker.open();
  await checker.start();
  await checker.answer("tearing_pain", "no");
  // The same address in another tab: the answers lived in the first tab only.
  const other = await context.newPage();
  await other.goto(page.url());
  await expect(other.getByText("your answers were not saved")).toBeVisible();
  await expect(other.getByRole("heading", { level: 1, name: "Check your back or hip pain" })).toBeVisible();
  await other.close();
});
