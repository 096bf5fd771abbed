// Safety journeys, clicked through as a patient would (docs/safety.md): "not sure" on
// a cauda equina sign is followed up and ends at the emergency department; "not sure"
// about feeling faint is never reassurance; a person
// who has had cancer is told to contact their cancer team and is not shown
// reassurance beside the warning; an emergency shown on a clinic's site carries no
// booking card.
import { spawn } from "node:child_process";
import { test, expect } from "./fixtures.mjs";
import { Checker, MUSCLE_STRAIN, NO_RED_FLAGS } from "./checker.mjs";

const SCIATICA_MAN = {
  ...NO_RED_FLAGS, age: 44, sex: "male",
  location: ["lower_back_left", "buttock_left", "thigh_back_left", "below_knee_left"],
  onset: "gradual", duration: "1_to_6_weeks", trigger: "nothing", tingling: "yes",
};

test("not sure whether peeing is normal: the follow-ups are asked and the result is an emergency", async ({ page }) => {
  const checker = new Checker(page);
  await checker.open();
  await checker.start();
  const asked = await checker.complete({
    ...SCIATICA_MAN,
    saddle_numbness: "no",
    bladder_bowel: ["not_sure"],
    pee_strain: "no",
    pee_feeling: "not_sure",
  });
  const from = asked.indexOf("saddle_numbness");
  expect(asked.slice(from, from + 4)).toEqual(["saddle_numbness", "bladder_bowel", "pee_strain", "pee_feeling"]);
  expect(await checker.triageLevel()).toBe("emergency");
  const alert = page.getByRole("alert");
  await expect(alert.getByRole("heading", { level: 1 })).toHaveText("Go to an emergency department now");
  await expect(page.getByText("we could not rule it out")).toBeVisible();
  // Only the cause the warning sign points to: no harmless cause ranked from a few
  // answers ("it usually gets better in a few weeks") beside the warning.
  expect(await checker.conditions()).toEqual(["cauda_equina"]);
  // The summary for a doctor: the cause marked as needing checking, not with the
  // model's low figure from the few answers before the warning ("— 0%" before).
  await page.getByRole("button", { name: "Summary for a doctor" }).click();
  const cause = page.locator('.summary-cause[data-condition="cauda_equina"]');
  await expect(cause.getByRole("heading", { level: 3 })).toHaveText(/ — Needs checking$/);
});

test("a double click answers only the question on screen: its second click answers nothing on the next", async ({ page }) => {
  // The second click lands on the next screen, on whatever is now under the pointer:
  // before, a double click on Start answered the first warning sign "not sure", and
  // one on "No" answered the next warning sign unseen.
  const checker = new Checker(page);
  await checker.open();
  const chosen = page.locator(".choices button[aria-pressed=true]");
  await page.getByRole("button", { name: "Start" }).dblclick();
  await checker.waitForUrl(/#\/q\/tearing_pain$/);
  await page.waitForTimeout(250);
  await expect(page).toHaveURL(/#\/q\/tearing_pain$/);
  await expect(chosen).toHaveCount(0);
  await page.getByRole("button", { name: "No", exact: true }).dblclick();
  await checker.waitForUrl(/#\/q\/faint$/);
  await page.waitForTimeout(250);
  await expect(page).toHaveURL(/#\/q\/faint$/);
  await expect(chosen).toHaveCount(0);
  // The first click's answer is kept.
  await page.getByRole("button", { name: "Back" }).click();
  await checker.waitForUrl(/#\/q\/tearing_pain$/);
  await expect(chosen).toHaveText("No");
});

test("no result before every warning sign is asked: asking for it opens the next warning sign", async ({ page }) => {
  const checker = new Checker(page);
  await checker.open();
  await checker.start();
  await checker.answer("tearing_pain", "no");
  // The result's address typed in, or reached with the browser's Forward.
  await page.evaluate(() => { location.hash = "#/result"; });
  await checker.waitForUrl(/#\/q\/faint$/);
  await expect(page.getByRole("heading", { level: 1, name: /^Since the pain started, have you fainted/ })).toBeVisible();
  await expect(page.getByText("You can look after this at home")).toHaveCount(0);
  // Nor the summary for a doctor, which repeats the result's advice.
  await page.evaluate(() => { location.hash = "#/summary"; });
  await expect(page).toHaveURL(/#\/q\/faint$/);
  await expect(page.getByRole("heading", { level: 1, name: /^Since the pain started, have you fainted/ })).toBeVisible();
  // Once every warning sign is answered, a result from the answers so far is shown,
  // saying more questions could change it.
  const warningSigns = new Set(Object.keys(NO_RED_FLAGS));
  while (warningSigns.has(checker.currentQuestion())) {
    const id = checker.currentQuestion();
    await checker.answer(id, NO_RED_FLAGS[id]);
  }
  expect(checker.currentQuestion(), "on a question after the first warning signs").toBe("age");
  // The later warning signs hang on the age and where it hurts (pain down both legs at
  // rest, urine symptoms with pain on one side): still no result.
  await page.evaluate(() => { location.hash = "#/result"; });
  await checker.waitForUrl(/#\/q\/age$/);
  await expect(page.getByText("You can look after this at home")).toHaveCount(0);
  // Answered up to tingling in the legs, which decides whether walking is asked about
  // (and with it the urgent need to pee when walking), the result from the answers so
  // far is shown, saying more questions could change it.
  const calm = {
    age: 40, sex: "male", location: ["lower_back_centre"], onset: "sudden", duration: "under_1_week",
    trigger: "lifting", urine_symptoms: ["none"],
  };
  for (let step = 0; step < 30; step++) {
    const id = checker.currentQuestion();
    await checker.answer(id, id in calm ? calm[id] : checker.calm(id));
    if (id === "tingling") break;
  }
  await page.evaluate(() => { location.hash = "#/result"; });
  await checker.waitForUrl(/#\/result$/);
  await expect(page.getByText("There are more questions that could change this result.")).toBeVisible();
});

test("not sure about saddle numbness, but wiping feels normal: a doctor today, not reassurance", async ({ page }) => {
  const checker = new Checker(page);
  await checker.open();
  await checker.start();
  await checker.calmUntil("saddle_numbness");
  await checker.answer("saddle_numbness", "not_sure");
  await checker.answer("saddle_wipe", "no");
  // The questionnaire goes on, and the result is never below "within 24 hours".
  await checker.complete(SCIATICA_MAN);
  expect(["urgent", "emergency", "ambulance"]).toContain(await checker.triageLevel());
  await expect(page.locator("h4", { hasText: "What you can do" })).toHaveCount(0);
});

test("not sure about feeling faint, with a strain's answers otherwise: a doctor today, saying why", async ({ page }) => {
  const checker = new Checker(page);
  await checker.open();
  await checker.start();
  // Every other answer is a simple strain's, which on its own is looked after at home.
  await checker.complete({ ...MUSCLE_STRAIN, faint: "not_sure" });
  expect(await checker.triageLevel()).toBe("urgent");
  await expect(page.getByRole("status").getByRole("heading", { level: 2 })).toHaveText("See a doctor within 24 hours");
  await expect(page.getByText("You were not sure whether you had a sudden tearing pain, or felt faint or dizzy.")).toBeVisible();
  await expect(page.getByText("if you get a sudden, very bad pain in your back or tummy, or you faint.")).toBeVisible();
  await expect(page.getByText("You can look after this at home")).toHaveCount(0);
});

test("after a serious fall, whether the person can stand is asked before the result: if not, an ambulance", async ({ page }) => {
  const checker = new Checker(page);
  await checker.open();
  await checker.start();
  // The signs that would mean an ambulance come first.
  await checker.answer("tearing_pain", "no");
  await checker.answer("faint", "no");
  // A serious accident alone means an emergency department, but not being able to
  // stand on the leg after it means an ambulance: that is asked first, not the result.
  await checker.answer("trauma", "major");
  await checker.waitForUrl(/#\/q\/weight_bearing$/);
  await checker.answer("weight_bearing", "cannot");
  await checker.waitForUrl(/#\/result$/);
  expect(await checker.triageLevel()).toBe("ambulance");
  const alert = page.getByRole("alert");
  await expect(alert.getByRole("heading", { level: 1 })).toHaveText("Call an ambulance now");
  await expect(alert).toContainText("Do not drive yourself.");
});

test("a child with pain below both knees is asked whether it is there at rest: yes is an emergency", async ({ page }) => {
  const checker = new Checker(page);
  await checker.open();
  await checker.start();
  const asked = await checker.complete({
    ...NO_RED_FLAGS, age: 12, child_signs: ["none"],
    location: ["lower_back_centre", "below_knee_left", "below_knee_right"], both_legs_at_rest: "yes",
  });
  // The child's questions, then the later warning signs, as for an adult.
  expect(asked.slice(asked.indexOf("age"))).toEqual(["age", "child_signs", "location", "both_legs_at_rest"]);
  expect(await checker.triageLevel()).toBe("emergency");
  await expect(page.getByRole("alert").getByRole("heading", { level: 1 })).toHaveText("Go to an emergency department now");
});

test("a cancer history with night pain names the cancer team and shows no reassurance", async ({ page }) => {
  const checker = new Checker(page);
  await checker.open();
  await checker.start();
  await checker.complete({
    ...NO_RED_FLAGS, cancer_history: "yes", cancer_status: "past", age: 58, sex: "female",
    location: ["lower_back_centre"], onset: "gradual", duration: "1_to_6_weeks", trigger: "nothing",
    night_pain: "constant", tingling: "no", sbt_9_bothersome: "slightly",
  });
  expect(await checker.triageLevel()).toBe("urgent");
  await expect(page.locator(".triage-action")).toContainText("cancer team");
  // No questionnaire score or lifestyle tips beside a warning about cancer, nor an
  // offer to fit a self-care plan to daily life.
  await expect(page.getByRole("heading", { name: "Keele STarT Back Screening Tool" })).toHaveCount(0);
  await expect(page.getByText("meditation")).toHaveCount(0);
  await expect(page.locator(".extras")).toHaveCount(0);
  // The reasons say which of their signs were there, not all of them: no weight loss here.
  await expect(page.locator(".triage-reasons")).toContainText("you told us at least one of these");
  await expect(page.locator(".triage-reasons")).not.toContainText("You also have weight loss");
});

test("a child with a limp is told to see a doctor today, and when to go to hospital at once", async ({ page }) => {
  const checker = new Checker(page);
  await checker.open();
  await checker.start();
  await checker.complete({ ...NO_RED_FLAGS, age: 11, child_signs: ["limp"] });
  expect(await checker.triageLevel()).toBe("urgent");
  await expect(page.locator(".safety-net")).toContainText("if the child gets a fever or cannot stand or walk on the leg");
  await expect(page.locator("#emergency-number")).toBeVisible();
});

test("embedded on a clinic's page, an emergency result shows no booking card", async ({ page }) => {
  const host = spawn("node", ["scripts/serve-dist.mjs", "embed", "8094"], { stdio: "ignore" });
  try {
    await expect.poll(async () => (await fetch("http://127.0.0.1:8094/demo.html").catch(() => null))?.status).toBe(200);
    // demo.html embeds the checker at 127.0.0.1:8090 with embed.js.
    await page.goto("http://127.0.0.1:8094/demo.html");
    const frame = page.frameLocator("iframe.back-hip-checker");
    await expect(frame.getByRole("heading", { level: 1, name: "Check your back or hip pain" })).toBeVisible();
    await expect.poll(() => Boolean(page.frame({ url: /^http:\/\/127\.0\.0\.1:8090\// }))).toBe(true);
    const checker = new Checker(page.frame({ url: /^http:\/\/127\.0\.0\.1:8090\// }));
    await checker.ready();
    await checker.start();
    await checker.calmUntil("saddle_numbness");
    await checker.answer("saddle_numbness", "yes");
    await checker.waitForUrl(/#\/result$/);
    await expect(frame.getByRole("alert").getByRole("heading", { level: 1 })).toHaveText("Go to an emergency department now");
    await expect(frame.getByRole("link", { name: "Book an appointment" })).toHaveCount(0);
    await expect(frame.getByRole("heading", { name: "Riverside Physio can help" })).toHaveCount(0);
  } finally {
    host.kill();
  }
});
