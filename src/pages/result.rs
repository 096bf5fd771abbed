//! The result: triage first (or the emergency screen), then the likely causes with
//! their reasons, the questionnaire scores, risk factors and when to seek help.

use crate::components::{
    condition_card::ConditionCard,
    emergency_number::EmergencyNumber,
    instrument_scores::InstrumentScores,
    triage_banner::{with_number, TriageBanner},
};
use crate::engine::{self, Answers, Assessment, ConditionScore, Likelihood, TriageLevel};
use crate::i18n::{t, tf};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ResultPageProps {
    pub answers: Answers,
    /// Go on with the questions (when the result is from partial answers).
    pub on_continue: Callback<()>,
    pub on_review: Callback<()>,
    pub on_summary: Callback<()>,
    pub on_back: Callback<()>,
    pub on_restart: Callback<()>,
}

/// The causes worth showing: at least three, and any others that are not "less likely",
/// up to five.
pub fn shown_conditions(assessment: &Assessment) -> Vec<ConditionScore> {
    assessment
        .conditions
        .iter()
        .enumerate()
        .take_while(|(i, s)| *i < 3 || s.band != Likelihood::LessLikely)
        .take(5)
        .map(|(_, s)| s.clone())
        .collect()
}

#[component]
pub fn ResultPage(props: &ResultPageProps) -> Html {
    let assessment = use_memo(props.answers.clone(), engine::assess);
    let number = use_state(crate::services::region::default_number);
    let on_number = {
        let number = number.clone();
        Callback::from(move |n: &'static str| number.set(n))
    };
    let triage = &assessment.triage;
    let click = |cb: &Callback<()>| cb.reform(|_: MouseEvent| ());
    let self_care = triage.level >= TriageLevel::Consultation;
    let causes = shown_conditions(&assessment)
        .into_iter()
        .map(|s| html! { <ConditionCard score={s} {self_care} /> });
    let actions = html! {
        <div class="actions">
            <button class="button secondary" onclick={click(&props.on_review)}>{ t("result.review") }</button>
            <button class="button secondary" onclick={click(&props.on_summary)}>{ t("result.summary") }</button>
            <button class="button secondary" onclick={click(&props.on_restart)}>{ t("result.restart") }</button>
        </div>
    };

    if triage.level.is_emergency() {
        let text = triage.level.text();
        let reasons = triage
            .reasons()
            .map(|r| html! { <li>{ r.get().reason }</li> });
        return html! {
            <section class="result-page emergency" data-level={triage.level.id()}>
                <div class={classes!("emergency-banner", format!("level-{}", triage.level.id()))} role="alert">
                    <h1 id="page-title" tabindex="-1">{ text.title }</h1>
                    <p class="emergency-action">{ with_number(text.action, &number) }</p>
                    <a class="button call" href={format!("tel:{}", *number)}>{ tf("result.call", &[("number", &number)]) }</a>
                </div>
                <EmergencyNumber number={*number} on_change={on_number} />
                <h2>{ t("result.why") }</h2>
                <ul class="triage-reasons">{ for reasons }</ul>
                <h2>{ t("result.while_you_wait") }</h2>
                <p>{ with_number(text.safety_net, &number) }</p>
                <p>{ t("result.emergency_summary") }</p>
                <div class="actions">
                    <button class="button secondary" onclick={click(&props.on_back)}>{ t("result.mistake") }</button>
                    <button class="button secondary" onclick={click(&props.on_summary)}>{ t("result.summary") }</button>
                </div>
                <h2>{ t("result.what_may_cause") }</h2>
                <ol class="conditions">{ for causes }</ol>
            </section>
        };
    }

    if triage.out_of_scope {
        return html! {
            <section class="result-page">
                <h1 id="page-title" tabindex="-1">{ t("result.out_of_scope_title") }</h1>
                <TriageBanner triage={triage.clone()} number={*number} />
                { actions }
            </section>
        };
    }

    let risk_factors = assessment.risk_factors.iter().map(|r| {
        html! { <li><strong>{ r.name }</strong>{ ": " }{ r.advice }</li> }
    });
    html! {
        <section class="result-page">
            <h1 id="page-title" tabindex="-1">{ t("result.title") }</h1>
            if !assessment.is_complete() {
                <div class="notice more-questions">
                    <p>{ t("result.more_questions") }</p>
                    <button class="button primary" onclick={click(&props.on_continue)}>{ t("result.continue") }</button>
                </div>
            }
            <TriageBanner triage={triage.clone()} number={*number} />
            <h2>{ t("result.what_may_cause") }</h2>
            <p class="note">{ t("result.not_diagnosis") }</p>
            <ol class="conditions">{ for causes }</ol>
            if !assessment.facts.instruments().is_empty() {
                <h2>{ t("result.scores") }</h2>
                <InstrumentScores results={assessment.facts.instruments().to_vec()} />
            }
            if !assessment.risk_factors.is_empty() {
                <h2>{ t("result.risk_factors") }</h2>
                <ul class="risk-factors">{ for risk_factors }</ul>
            }
            <h2>{ t("result.when_to_seek_help") }</h2>
            <p class="safety-net">{ with_number(triage.level.text().safety_net, &number) }</p>
            <EmergencyNumber number={*number} on_change={on_number} />
            { actions }
        </section>
    }
}
