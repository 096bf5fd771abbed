//! One possible cause: its likelihood, why we think so and what doesn't fit.

use crate::engine::ConditionScore;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ConditionCardProps {
    pub score: ConditionScore,
}

#[component]
pub fn ConditionCard(props: &ConditionCardProps) -> Html {
    let score = &props.score;
    let condition = score.condition.get();
    let supporting = score.supporting().map(|r| html! { <li>{ r.text() }</li> });
    let against = score.against().map(|r| html! { <li>{ r.text() }</li> });
    html! {
        <li class="condition-card" data-condition={condition.id}>
            <h3>{ condition.name }<span class={classes!("band", score.band.id())}>{ score.band.label() }</span></h3>
            <p>{ condition.summary }</p>
            <h4>{ "Why we think so" }</h4>
            <ul>{ for supporting }</ul>
            <h4>{ "What doesn't fit" }</h4>
            <ul>{ for against }</ul>
        </li>
    }
}
