//! The triage level as a banner: what to do, how soon, and why.

use crate::engine::Triage;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct TriageBannerProps {
    pub triage: Triage,
}

#[component]
pub fn TriageBanner(props: &TriageBannerProps) -> Html {
    let triage = &props.triage;
    let text = triage.level.text();
    let reasons = triage
        .reasons()
        .map(|r| html! { <li>{ r.get().reason }</li> });
    html! {
        <div class={classes!("triage-banner", format!("level-{}", triage.level.id()))}
            role="status" data-level={triage.level.id()}>
            <h2 class="triage-title">{ text.title }</h2>
            <p class="triage-action">{ text.action.replace("{emergency_number}", "your local emergency number") }</p>
            <ul class="triage-reasons">{ for reasons }</ul>
            <p class="safety-net">{ text.safety_net.replace("{emergency_number}", "your local emergency number") }</p>
        </div>
    }
}
