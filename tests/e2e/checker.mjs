// A page object for the checker: answers questions the way a person would, by
// clicking the visible answer text, and reads the result.
import { readFileSync } from "node:fs";
import { expect } from "@playwright/test";

// Every question and its answer texts, from `assess questions` (written by test.sh).
const catalogue = JSON.parse(readFileSync(new URL("../../target/questions.json", import.meta.url)));
const questions = new Map(catalogue.map((q) => [q.id, q]));

/** A translation file (flat `"key" = "text"` lines) as a Map. */
export function translations(lang) {
  const text = readFileSync(new URL(`../../i18n/${lang}.toml`, import.meta.url), "utf8");
  const map = new Map();
  for (const line of text.split("\n")) {
    const m = /^"([^"]+)"\s*=\s*(".*")\s*$/.exec(line.trim());
    if (m) map.set(m[1], JSON.parse(m[2]));
  }
  return map;
}

export class Checker {
  /** `page` is a Playwright Page, or the Frame the checker is embedded in; `lang` the
   * language the checker is shown in. */
  constructor(page, lang = "en") {
    this.page = page;
    this.texts = lang === "en" ? new Map() : translations(lang);
  }

  /** The text for `key` in this checker's language, or the English given. */
  text(key, english) {
    return this.texts.get(key) ?? english;
  }

  async waitForUrl(pattern) {
    await expect.poll(() => this.page.url()).toMatch(pattern);
  }

  /** Waits until the app itself is running: the start screen in the HTML shows before
   * the WebAssembly has loaded, and only the app draws the language menu. */
  async ready() {
    await expect(this.page.locator("#language")).toBeAttached();
  }

  async open(address = "./") {
    await this.page.goto(address);
    await this.ready();
    await expect(this.page.getByRole("heading", { level: 1, name: this.text("welcome.title", "Check your back or hip pain") })).toBeVisible();
  }

  async start() {
    await this.page.getByRole("button", { name: this.text("welcome.start", "Start") }).click();
    await this.waitForUrl(/#\/q\//);
  }

  /** The id of the question on screen, or null when not on a question. */
  currentQuestion() {
    const m = /#\/q\/([a-z0-9_]+)$/.exec(this.page.url());
    return m ? m[1] : null;
  }

  /** Answers the question on screen with answer id(s) or a number. */
  async answer(id, value) {
    const q = questions.get(id);
    const title = this.text(`question.${id}.text`, q.text);
    const answerText = (a) => this.text(`answer.${id}.${a}`, q.answers.find((o) => o.id === a).text);
    const next = this.text("question.continue", "Continue");
    const heading = this.page.getByRole("heading", { level: 1 });
    await expect(heading).toHaveText(title);
    if (q.kind === "number") {
      await this.page.getByLabel(this.text("question.number_label", "Your age in years")).fill(String(value));
      await this.page.getByRole("button", { name: next }).click();
    } else if (q.kind === "multi") {
      for (const a of [value].flat()) {
        await this.page.getByRole("checkbox", { name: answerText(a), exact: true }).first().check();
      }
      await this.page.getByRole("button", { name: next }).click();
    } else {
      await this.page.getByRole("button", { name: answerText(value), exact: true }).click();
    }
    // Wait until the screen has moved on, and the address bar with it (it follows
    // once the new screen is painted).
    await expect(heading).not.toHaveText(title);
    await expect.poll(() => this.page.url()).not.toMatch(new RegExp(`#/q/${id}$`));
  }

  /** The reassuring answer to `id`: "no", "none of these", "as usual" (else the first; 40 for a number). */
  calm(id) {
    const q = questions.get(id);
    if (q.kind === "number") return 40;
    const ids = q.answers.map((a) => a.id);
    const pick = ["no", "none", "normal", "disagree"].find((p) => ids.includes(p)) ?? ids[0];
    return q.kind === "multi" ? [pick] : pick;
  }

  /** Answers each question on screen with its reassuring answer until `id` is on screen. */
  async calmUntil(id) {
    for (let step = 0; step < 80; step++) {
      const current = this.currentQuestion();
      if (current === id) return;
      if (!current) throw new Error(`${id} was not asked`);
      await this.answer(current, this.calm(current));
    }
    throw new Error(`${id} was not reached`);
  }

  /** A default for questions a journey does not mention: "not sure", else "no"/"none". */
  fallback(id) {
    const q = questions.get(id);
    if (q.kind === "number") return 40;
    const ids = q.answers.map((a) => a.id);
    for (const pick of ["not_sure", "none", "no", "disagree"]) if (ids.includes(pick)) return q.kind === "multi" ? [pick] : pick;
    return q.kind === "multi" ? [ids[0]] : ids[0];
  }

  /** Answers every question until the result, from `answers` (id → answer). */
  async complete(answers, onScreen) {
    const asked = [];
    for (let step = 0; step < 80; step++) {
      const id = this.currentQuestion();
      if (!id) break;
      asked.push(id);
      if (onScreen) await onScreen(id);
      await this.answer(id, id in answers ? answers[id] : this.fallback(id));
    }
    await this.waitForUrl(/#\/result$/);
    return asked;
  }

  /**
   * On the result: opens the daily-life questions ("Answer 3 more questions"), answers
   * them from `answers` and returns to the result; returns the ids asked.
   */
  async fitPlan(answers) {
    await this.page.locator(".extras button").click();
    await this.waitForUrl(/#\/q\//);
    return this.complete(answers);
  }

  /** The triage level shown on the result screen. */
  async triageLevel() {
    return this.page.locator("[data-level]").first().getAttribute("data-level");
  }

  /** The condition ids shown, in order. */
  async conditions() {
    return this.page.locator("[data-condition]").evaluateAll((els) => els.map((e) => e.dataset.condition));
  }
}

export const NO_RED_FLAGS = {
  saddle_numbness: "no",
  bladder_bowel: ["none"],
  leg_weakness: "no",
  tearing_pain: "no",
  faint: "no",
  trauma: "no",
  fever: "no",
  cancer_history: "no",
  weight_loss: "no",
  medical_risks: ["none"],
  severity: "moderate",
  // Follow-ups asked only when they apply (hip pain, over 50, pregnant, pain on one
  // side of the back).
  weight_bearing: "normal",
  urine_symptoms: ["none"],
  girdle_stiffness: "no",
  pregnancy_signs: ["none"],
};

/** A recent ache after lifting, no warning signs. */
export const MUSCLE_STRAIN = {
  ...NO_RED_FLAGS, age: 29, sex: "male", location: ["lower_back_centre", "lower_back_right"],
  onset: "sudden", duration: "under_1_week", trigger: "lifting", previous_episodes: "no",
  character: "dull_ache", tingling: "no", cough_sneeze: "no", worse_bending: "yes",
  activity_pain: "worse_with_activity", morning_stiffness: "under_30_min", night_pain: "only_turning",
  other_joints: "no", curved_spine: "no", sbt_9_bothersome: "moderately",
  activity_level: "some", weight: "no", ergonomics: "yes",
};
