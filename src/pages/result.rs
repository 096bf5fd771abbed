//! The result: triage first (or the emergency screen), then the likely causes with
//! the self-care plan where self-care fits, the likely causes with their reasons, the
//! questionnaire results and when to seek help.

use crate::components::{
    clinic_card::clinic_card,
    condition_card::condition_card,
    emergency_number::emergency_number,
    export_buttons::export_buttons,
    instrument_scores::{self, instrument_scores},
    save_choice::save_choice,
    self_care_plan::self_care_plan,
    triage_banner::{triage_banner, with_number},
};
use crate::embed::Clinic;
use crate::engine::{self, Answers, Assessment, ConditionScore, Likelihood};
use crate::i18n::{self, t, tf, ui};
use yew::prelude::*;

pub struct ResultPageProps {
    pub answers: Answers,
    /// The emergency number to show, and a way to change it.
    pub number: &'static str,
    pub on_number: Callback<&'static str>,
    /// The embedding clinic's details (empty when not embedded).
    pub clinic: Clinic,
    /// Go on with the questions (when the result is from partial answers).
    pub on_continue: Callback<()>,
    /// How many daily-life questions are left to fit the plan (none once answered).
    pub extras: Option<usize>,
    pub on_more: Callback<()>,
    pub on_review: Callback<()>,
    pub on_summary: Callback<()>,
    pub on_back: Callback<()>,
    pub on_restart: Callback<()>,
    pub save: bool,
    pub on_save: Callback<bool>,
    pub on_delete: Callback<()>,
}

/// The causes worth showing: at least three, and any others that are not "less likely",
/// up to five.
pub fn shown_conditions(assessment: &Assessment) -> Vec<&ConditionScore> {
    assessment
        .conditions
        .iter()
        .enumerate()
        .take_while(|(i, s)| *i < 3 || s.band != Likelihood::LessLikely)
        .take(5)
        .map(|(_, s)| s)
        .collect()
}

/// The result screen for the answers so far.
pub fn result_page(props: &ResultPageProps) -> Html {
    let assessment = engine::assess(&props.answers);
    let number = props.number;
    let on_number = &props.on_number;
    let triage = &assessment.triage;
    let clinic = clinic_card(&props.clinic, triage.level);
    let click = |cb: &Callback<()>| cb.reform(|_: MouseEvent| ());
    let scores = instrument_scores::answered(assessment.facts.instruments());
    // At an emergency, only the causes a warning sign points to: the questionnaire
    // stopped after a few answers, and a harmless cause ranked from them ("it usually
    // gets better in a few weeks") would read as reassurance beside the warning.
    let shown = if triage.level.is_emergency() {
        assessment
            .conditions
            .iter()
            .filter(|s| s.flagged_by.is_some())
            .collect()
    } else {
        shown_conditions(&assessment)
    };
    let any_shown = !shown.is_empty();
    let causes = shown.into_iter().map(condition_card);
    let safety_net = with_number(i18n::text(triage.safety_net()), number);
    // Fitting the plan to daily life, only where there is a plan to fit.
    let extras = props.extras.filter(|_| assessment.shows_self_management());
    let keep = html! {
        <>
            { export_buttons(&props.answers, number) }
            { save_choice(props.save, &props.on_save, Some(&props.on_delete)) }
        </>
    };
    let actions = html! {
        <div class="actions">
            <button class="button secondary" onclick={click(&props.on_review)}>{ t(ui::result::REVIEW) }</button>
            <button class="button secondary" onclick={click(&props.on_summary)}>{ t(ui::result::SUMMARY) }</button>
            <button class="button secondary" onclick={click(&props.on_restart)}>{ t(ui::result::RESTART) }</button>
        </div>
    };

    if triage.level.is_emergency() {
        let text = triage.level.text();
        let reasons = triage
            .reasons()
            .map(|r| html! { <li>{ i18n::text(r.get().reason) }</li> });
        return html! {
            <section class="result-page emergency" data-level={triage.level.id()}>
                <div class={format!("emergency-banner level-{}", triage.level.id())} role="alert">
                    <h1 id="page-title" tabindex="-1">{ i18n::text(text.title) }</h1>
                    <p class="emergency-action">{ with_number(i18n::text(triage.action()), number) }</p>
                    <a class="button call" href={format!("tel:{number}")}>{ tf(ui::result::CALL, &[("number", number)]) }</a>
                </div>
                { emergency_number(number, on_number) }
                <h2>{ t(ui::result::WHY) }</h2>
                <ul class="triage-reasons">{ for reasons }</ul>
                <h2>{ t(ui::result::WHILE_YOU_WAIT) }</h2>
                <p>{ safety_net }</p>
                <p>{ t(ui::result::EMERGENCY_SUMMARY) }</p>
                <div class="actions">
                    <button class="button secondary" onclick={click(&props.on_back)}>{ t(ui::result::MISTAKE) }</button>
                    <button class="button secondary" onclick={click(&props.on_summary)}>{ t(ui::result::SUMMARY) }</button>
                </div>
                if any_shown {
                    <h2>{ t(ui::result::WHAT_MAY_CAUSE) }</h2>
                    <ol class="conditions">{ for causes }</ol>
                }
                { keep }
            </section>
        };
    }

    // Under 16 (out of scope): the advice and when to get help, with no causes or
    // self-care for adults.
    let out_of_scope = triage.out_of_scope;
    let title = if out_of_scope {
        ui::result::OUT_OF_SCOPE_TITLE
    } else {
        ui::result::TITLE
    };
    html! {
        <section class="result-page">
            <h1 id="page-title" tabindex="-1" aria-describedby="triage-title">{ t(title) }</h1>
            if !out_of_scope && !assessment.is_complete() {
                <div class="notice more-questions">
                    <p>{ t(ui::result::MORE_QUESTIONS) }</p>
                    <button class="button primary" onclick={click(&props.on_continue)}>{ t(ui::result::CONTINUE) }</button>
                </div>
            }
            { triage_banner(triage, number) }
            <h2>{ t(ui::result::WHEN_TO_SEEK_HELP) }</h2>
            <p class="safety-net">{ safety_net }</p>
            { emergency_number(number, on_number) }
            { clinic }
            if !out_of_scope {
                { self_care_plan(&assessment) }
                if let Some(n) = extras {
                    <div class="notice extras">
                        <h2>{ t(ui::result::EXTRAS_TITLE) }</h2>
                        <p>{ tf(ui::result::EXTRAS_TEXT, &[("n", &n.to_string())]) }</p>
                        <button class="button secondary" onclick={click(&props.on_more)}>{ tf(ui::result::EXTRAS_BUTTON, &[("n", &n.to_string())]) }</button>
                    </div>
                }
                <h2>{ t(ui::result::WHAT_MAY_CAUSE) }</h2>
                <p class="note">{ t(ui::result::NOT_DIAGNOSIS) }</p>
                <p class="note">{ t(ui::result::BANDS_EXPLAINED) }</p>
                <ol class="conditions">{ for causes }</ol>
                if assessment.shows_self_management() && !scores.is_empty() {
                    <h2>{ t(ui::result::SCORES) }</h2>
                    { instrument_scores(&scores) }
                }
                { keep }
            }
            { actions }
        </section>
    }
}
