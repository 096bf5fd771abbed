//! A one-page summary for a clinician: the warning signs asked and their answers
//! first, then the advice given and why, the possible causes with the findings for and
//! against, the questionnaire scores, every other answer by section, and the
//! references. Written in the third person, in stacked rows that fit a phone, with the
//! date in the language's own format. Prints cleanly.

use crate::components::{
    answer_list::{answer_list, answer_text},
    instrument_scores::describe,
};
use crate::engine::json::decimal;
use crate::engine::knowledge::{Section, SourceId};
use crate::engine::{self, QuestionId};
use crate::i18n::{self, t, tf, ui};
use crate::pages::question::section_label;
use crate::pages::result::shown_conditions;
use crate::services::page;
use yew::prelude::*;

/// The clinician summary for `answers`, made now.
pub fn summary_page(answers: &engine::Answers, on_result: &Callback<()>) -> Html {
    let assessment = engine::assess(answers);
    let made = now();
    let triage = &assessment.triage;
    let mut cited: Vec<SourceId> = Vec::new();
    let mut cite = |s: SourceId| {
        if !cited.contains(&s) {
            cited.push(s);
        }
        s.get().id
    };
    let mut reasons: Vec<String> = Vec::new();
    for r in triage.fired.iter().map(|r| r.get()) {
        let mut line = i18n::text(r.reason).to_string();
        if r.level != triage.level {
            line = format!("{line} [{}]", i18n::text(r.level.text().title));
        }
        line = format!("{line} ({})", cite(r.source));
        if !reasons.contains(&line) {
            reasons.push(line);
        }
    }
    let causes = shown_conditions(&assessment).into_iter().map(|s| {
        let c = s.condition.get();
        let findings = |items: Vec<String>| {
            html! { <ul>{ for items.into_iter().map(|i| html! { <li>{ i }</li> }) }</ul> }
        };
        let supporting: Vec<String> = s
            .supporting()
            .map(|r| format!("{} (LR {})", i18n::text(r.text()), decimal(r.factor, 1)))
            .collect();
        let against: Vec<String> = s
            .against()
            .map(|r| format!("{} (LR {})", i18n::text(r.text()), decimal(r.factor, 2)))
            .collect();
        // A cause a warning sign points to needs checking, whatever the model's
        // figure from the few answers before the warning.
        let band = match s.flagged_by {
            Some(_) => t(ui::band::CHECK).to_string(),
            None => format!("{}%", decimal(s.probability * 100.0, 0)),
        };
        html! {
            <li class="summary-cause" data-condition={c.id}>
                <h3>{ i18n::text(c.name) }{ " — " }{ band }</h3>
                if !supporting.is_empty() {
                    <h4>{ t(ui::summary::FOR) }</h4>
                    { findings(supporting) }
                }
                if !against.is_empty() {
                    <h4>{ t(ui::summary::AGAINST) }</h4>
                    { findings(against) }
                }
            </li>
        }
    });
    let scores: Vec<Html> = assessment
        .facts
        .instruments()
        .iter()
        .map(|r| {
            let (score, meaning) = describe(r, assessment.is_complete());
            let source = cite(r.instrument.source);
            let said = match score {
                Some(score) => format!(": {score}. {meaning} ({source})"),
                None => format!(": {meaning} ({source})"),
            };
            html! { <li><strong>{ i18n::text(r.instrument.name) }</strong>{ said }</li> }
        })
        .collect();
    let references = cited.iter().map(|s| {
        let s = s.get();
        html! { <li><strong>{ s.id }</strong>{ ": " }{ s.reference }</li> }
    });
    let reports = synopsis(&assessment.facts);
    let answered = answered_by_section(&assessment.facts);
    let red_flags: Vec<QuestionId> = answered
        .iter()
        .filter(|(s, _)| *s == Section::RedFlags)
        .flat_map(|(_, qs)| qs.clone())
        .collect();
    let others = answered
        .iter()
        .filter(|(s, _)| *s != Section::RedFlags)
        .map(|(section, qs)| {
            html! {
                <>
                    <h3>{ section_label(*section) }</h3>
                    { answer_list(assessment.facts.answers(), qs, None) }
                </>
            }
        });
    html! {
        <section class="summary-page">
            <h1 id="page-title" tabindex="-1">{ t(ui::summary::TITLE) }</h1>
            <p class="made">{ tf(ui::summary::MADE, &[("time", &made)]) }</p>
            <p class="note">{ t(ui::summary::NOTE) }</p>
            if !reports.is_empty() {
                <p class="reports">{ tf(ui::summary::REPORTS, &[("facts", &reports)]) }</p>
            }
            <h2>{ t(ui::summary::RED_FLAGS) }</h2>
            { answer_list(assessment.facts.answers(), &red_flags, None) }
            <h2>{ t(ui::summary::TRIAGE) }</h2>
            <p><strong>{ i18n::text(triage.level.text().title) }</strong></p>
            if !reasons.is_empty() {
                <p>{ t(ui::summary::REASONS) }</p>
                <ul>{ for reasons.iter().map(|r| html! { <li>{ r }</li> }) }</ul>
            }
            <h2>{ t(ui::summary::CAUSES) }</h2>
            <p class="note">{ t(ui::summary::CAUSES_NOTE) }</p>
            <ol class="summary-causes">{ for causes }</ol>
            if !scores.is_empty() {
                <h2>{ t(ui::summary::SCORES) }</h2>
                <ul>{ for scores }</ul>
            }
            <h2>{ t(ui::summary::ANSWERS) }</h2>
            { for others }
            <h2>{ t(ui::summary::REFERENCES) }</h2>
            <ul class="references">{ for references }</ul>
            <div class="actions">
                <button class="button primary" onclick={Callback::from(|_: MouseEvent| page::print())}>{ t(ui::summary::PRINT) }</button>
                <button class="button secondary" onclick={on_result.reform(|_: MouseEvent| ())}>{ t(ui::summary::BACK) }</button>
            </div>
        </section>
    }
}

/// The questions a clinician reads first, in this order, for [`synopsis`].
const SYNOPSIS: [&str; 6] = ["age", "sex", "location", "duration", "onset", "severity"];

/// The patient's age, sex, where it hurts, for how long, how it started and how bad
/// it is, as answered, separated by semicolons.
fn synopsis(facts: &engine::Facts) -> String {
    SYNOPSIS
        .iter()
        .filter_map(|id| {
            let q = QuestionId::by_id(id)?;
            let answer = facts.answers().get(q)?;
            Some(match answer {
                engine::Answer::Number(n) => tf(ui::summary::AGE, &[("n", &n.to_string())]),
                _ => answer_text(q, answer),
            })
        })
        .collect::<Vec<_>>()
        .join("; ")
}

/// The questions answered, grouped by section in the questionnaire's order (the
/// knowledge compiler keeps the questions in the order of their sections).
fn answered_by_section(facts: &engine::Facts) -> Vec<(Section, Vec<QuestionId>)> {
    let mut groups: Vec<(Section, Vec<QuestionId>)> = Vec::new();
    for (q, _) in facts.answers().iter() {
        let section = q.get().section;
        match groups.last_mut() {
            Some((s, qs)) if *s == section => qs.push(q),
            _ => groups.push((section, vec![q])),
        }
    }
    groups
}

/// How a date is written in a language: the locale for `Intl`, and whether the month
/// is a word. English writes the month's name ("7 December 2026"), so that neither a
/// British nor an American reader can take the day for the month; Spanish writes the
/// day first in figures ("7/12/2026").
pub fn date_style(language: &str) -> (&'static str, &'static str) {
    match language {
        "es" => ("es-ES", "numeric"),
        _ => ("en-GB", "long"),
    }
}

/// The current date and time, written as [`date_style`] says for the language shown.
fn now() -> String {
    use js_sys::{Object, Reflect};
    use wasm_bindgen::JsValue;
    let (locale, month) = date_style(i18n::language());
    let options = Object::new();
    for (key, value) in [
        ("day", "numeric"),
        ("month", month),
        ("year", "numeric"),
        ("hour", "2-digit"),
        ("minute", "2-digit"),
    ] {
        let _ = Reflect::set(&options, &JsValue::from_str(key), &JsValue::from_str(value));
    }
    String::from(js_sys::Date::new_0().to_locale_string(locale, &options))
}
