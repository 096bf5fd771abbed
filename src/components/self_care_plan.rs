//! The self-care plan for the most likely cause: exercises with a drawing, how often
//! and when to stop; ways to ease the pain; what the person can change (only the risk
//! factors their answers show); and when to come back. Shown open, and printed alone
//! on one page from the result screen.

use crate::components::exercise_picture::exercise_picture;
use crate::engine::knowledge::{QuestionId, TriageLevel};
use crate::engine::texts::Text;
use crate::engine::{Answer, Assessment};
use crate::i18n::{self, t, tf, ui};
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
                    <p><strong>{ t(ui::plan::HOW_OFTEN) }</strong>{ " " }{ i18n::text(x.how_often) }</p>
                    <p><strong>{ t(ui::plan::STOP_IF) }</strong>{ " " }{ i18n::text(x.stop_if) }</p>
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
            <h2 id="plan-title">{ t(ui::plan::TITLE) }</h2>
            <p>{ tf(ui::plan::INTRO, &[("cause", i18n::text(cause.name))]) }</p>
            if !assessment.exercises(leading.condition).is_empty() {
                <h3>{ t(ui::plan::EXERCISES) }</h3>
                <ul class="exercises" role="list">{ for exercises }</ul>
            }
            <h3>{ t(ui::plan::EASE) }</h3>
            <ul>{ for advice }</ul>
            if !assessment.risk_factors.is_empty() {
                <h3>{ t(ui::plan::CHANGE) }</h3>
                <ul class="risk-factors">{ for changes }</ul>
            }
            <h3>{ t(ui::plan::COME_BACK) }</h3>
            <p class="come-back">{ t(come_back_key(assessment)) }</p>
            <button class="button secondary print-plan" onclick={Callback::from(|_: MouseEvent| page::print())}>
                { t(ui::plan::PRINT) }
            </button>
        </section>
    }
}

/// When to come back, in the words of the person's situation: waiting for an
/// appointment, pain of a few weeks, or pain that has lasted longer.
fn come_back_key(assessment: &Assessment) -> Text {
    if assessment.triage.level == TriageLevel::Consultation {
        return ui::plan::COME_BACK_APPOINTMENT;
    }
    let longer = QuestionId::by_id("duration").is_some_and(|q| {
        let question = q.get();
        matches!(assessment.facts.answers().get(q), Some(Answer::Choice(i))
            if ["6_weeks_to_3_months", "over_3_months"].contains(&question.options[i].id))
    });
    if longer {
        ui::plan::COME_BACK_LONGER
    } else {
        ui::plan::COME_BACK_RECENT
    }
}
