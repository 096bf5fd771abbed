//! A one-page summary for a clinician: result, scores, findings and answers, with the
//! time it was made. Prints cleanly.

use crate::components::{answer_list::answer_list, instrument_scores::describe};
use crate::engine::json::decimal;
use crate::engine::{self, QuestionId};
use crate::i18n::{self, t, tf};
use crate::pages::result::shown_conditions;
use crate::services::page;
use yew::prelude::*;

/// The clinician summary for `answers`, made now.
pub fn summary_page(answers: &engine::Answers, on_result: &Callback<()>) -> Html {
    let assessment = engine::assess(answers);
    let made = now();
    let triage = &assessment.triage;
    let reasons = triage.fired.iter().map(|r| {
        let rule = r.get();
        html! { <li>{ format!("{} — {} ({})", i18n::text(rule.level.text().title), i18n::text(rule.reason), rule.source.get().id) }</li> }
    });
    let causes = shown_conditions(&assessment).into_iter().map(|s| {
        let c = s.condition.get();
        let findings = |items: Vec<String>| items.join("; ");
        html! {
            <tr>
                <th scope="row">{ i18n::text(c.name) }</th>
                <td>{ format!("{}%", decimal(s.probability * 100.0, 0)) }</td>
                <td>{ findings(s.supporting().map(|r| format!("{} (×{})", i18n::text(r.text()), decimal(r.factor, 1))).collect()) }</td>
                <td>{ findings(s.against().map(|r| format!("{} (×{})", i18n::text(r.text()), decimal(r.factor, 2))).collect()) }</td>
            </tr>
        }
    });
    let scores = assessment.facts.instruments().iter().map(|r| {
        let (score, meaning) = describe(r);
        html! { <li><strong>{ i18n::text(r.instrument.name) }</strong>{ format!(": {score}. {meaning}") }</li> }
    });
    let answered: Vec<QuestionId> = assessment.facts.answers().iter().map(|(q, _)| q).collect();
    html! {
        <section class="summary-page">
            <h1 id="page-title" tabindex="-1">{ t("summary.title") }</h1>
            <p class="made">{ tf("summary.made", &[("time", &made)]) }</p>
            <p class="note">{ t("summary.note") }</p>
            <h2>{ t("summary.triage") }</h2>
            <p><strong>{ i18n::text(triage.level.text().title) }</strong></p>
            <ul>{ for reasons }</ul>
            <h2 id="summary-causes">{ t("summary.causes") }</h2>
            // On a narrow screen the table scrolls in its own box, which keyboards can
            // reach and screen readers announce by the heading's name.
            <div class="table-scroll" role="region" aria-labelledby="summary-causes" tabindex="0">
                <table class="summary-table" aria-labelledby="summary-causes">
                    <thead><tr>
                        <th scope="col">{ t("summary.cause") }</th>
                        <th scope="col">{ t("summary.probability") }</th>
                        <th scope="col">{ t("summary.for") }</th>
                        <th scope="col">{ t("summary.against") }</th>
                    </tr></thead>
                    <tbody>{ for causes }</tbody>
                </table>
            </div>
            if !assessment.facts.instruments().is_empty() {
                <h2>{ t("summary.scores") }</h2>
                <ul>{ for scores }</ul>
            }
            <h2>{ t("summary.answers") }</h2>
            { answer_list(assessment.facts.answers(), &answered, None) }
            <div class="actions">
                <button class="button primary" onclick={Callback::from(|_: MouseEvent| page::print())}>{ t("summary.print") }</button>
                <button class="button secondary" onclick={on_result.reform(|_: MouseEvent| ())}>{ t("summary.back") }</button>
            </div>
        </section>
    }
}

/// The current date and time in the browser's own format.
fn now() -> String {
    let date = js_sys::Date::new_0();
    String::from(date.to_locale_string(crate::i18n::language(), &wasm_bindgen::JsValue::UNDEFINED))
}
