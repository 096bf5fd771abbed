//! The self-care plan for the most likely cause: exercises with a drawing, how often
//! and when to stop; ways to ease the pain; what the person can change (only the risk
//! factors their answers show); and when to come back. Shown open, and printed alone
//! on one page from the result screen.

use crate::components::exercise_picture::exercise_picture;
use crate::engine::knowledge::{QuestionId, TriageLevel};
use crate::engine::{Answer, Assessment};
use crate::i18n::{self, t, tf};
use crate::services::page;
use yew::prelude::*;

/// The plan, or nothing where the result does not allow self-care.
pub fn self_care_plan(assessment: &Assessment) -> Html {
    let Some(leading) = assessment.conditions.first() else {
        return Html::default();
    };
    if !assessment.shows_self_management() {
        return Html::default();
    }
    let cause = leading.condition.get();
    let exercises = assessment.exercises(leading.condition).into_iter().map(|x| {
        html! {
            <li class="exercise" data-exercise={x.id}>
                { exercise_picture(x.id) }
                <div>
                    <h4>{ i18n::text(x.name) }</h4>
                    <p>{ i18n::text(x.how) }</p>
                    <p><strong>{ t("plan.how_often") }</strong>{ " " }{ i18n::text(x.how_often) }</p>
                    <p><strong>{ t("plan.stop_if") }</strong>{ " " }{ i18n::text(x.stop_if) }</p>
                </div>
            </li>
        }
    });
    let advice = assessment
        .self_care(cause)
        .into_iter()
        .map(|a| html! { <li>{ i18n::text(a.text) }</li> });
    let changes = assessment.risk_factors.iter().map(|r| {
        html! { <li><strong>{ i18n::text(r.name) }</strong>{ ". " }{ i18n::text(r.advice) }</li> }
    });
    html! {
        <section class="self-care-plan" aria-labelledby="plan-title">
            <h2 id="plan-title">{ t("plan.title") }</h2>
            <p>{ tf("plan.intro", &[("cause", i18n::text(cause.name))]) }</p>
            if !assessment.exercises(leading.condition).is_empty() {
                <h3>{ t("plan.exercises") }</h3>
                <ul class="exercises" role="list">{ for exercises }</ul>
            }
            <h3>{ t("plan.ease") }</h3>
            <ul>{ for advice }</ul>
            if !assessment.risk_factors.is_empty() {
                <h3>{ t("plan.change") }</h3>
                <ul class="risk-factors">{ for changes }</ul>
            }
            <h3>{ t("plan.come_back") }</h3>
            <p class="come-back">{ t(come_back_key(assessment)) }</p>
            <button class="button secondary print-plan" onclick={Callback::from(|_: MouseEvent| page::print())}>
                { t("plan.print") }
            </button>
        </section>
    }
}

/// When to come back, in the words of the person's situation: waiting for an
/// appointment, pain of a few weeks, or pain that has lasted longer.
fn come_back_key(assessment: &Assessment) -> &'static str {
    if assessment.triage.level == TriageLevel::Consultation {
        return "plan.come_back.appointment";
    }
    let longer = QuestionId::by_id("duration").is_some_and(|q| {
        let question = q.get();
        matches!(assessment.facts.answers().get(q), Some(Answer::Choice(i))
            if ["6_weeks_to_3_months", "over_3_months"].contains(&question.options[i].id))
    });
    if longer {
        "plan.come_back.longer"
    } else {
        "plan.come_back.recent"
    }
}
