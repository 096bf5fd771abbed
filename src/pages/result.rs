//! The result: triage first, then the likely causes with their reasons.

use crate::components::{condition_card::ConditionCard, triage_banner::TriageBanner};
use crate::engine::{self, Answers, Likelihood};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ResultPageProps {
    pub answers: Answers,
    pub on_back: Callback<()>,
    pub on_restart: Callback<()>,
}

#[component]
pub fn ResultPage(props: &ResultPageProps) -> Html {
    let assessment = engine::assess(&props.answers);
    let shown = assessment
        .conditions
        .iter()
        .enumerate()
        .take_while(|(i, s)| *i < 3 || s.band != Likelihood::LessLikely)
        .take(5)
        .map(|(_, s)| html! { <ConditionCard score={s.clone()} /> });
    html! {
        <section class="result-page">
            <h1 id="page-title" tabindex="-1">{ "Your result" }</h1>
            <TriageBanner triage={assessment.triage.clone()} />
            if !assessment.triage.out_of_scope {
                <h2>{ "What may be causing your pain" }</h2>
                <ol class="conditions">{ for shown }</ol>
            }
            <div class="actions">
                <button class="button secondary" onclick={props.on_back.reform(|_: MouseEvent| ())}>{ "Change my answers" }</button>
                <button class="button secondary" onclick={props.on_restart.reform(|_: MouseEvent| ())}>{ "Start again" }</button>
            </div>
        </section>
    }
}
