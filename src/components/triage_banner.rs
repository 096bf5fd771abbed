//! The triage level as a banner: what to do, how soon, and why. Announced to screen
//! readers when it appears.

use crate::engine::Triage;
use crate::i18n::{self, t, ui};
use yew::prelude::*;

/// A level text with the emergency number filled in.
pub fn with_number(text: &str, number: &str) -> String {
    text.replace("{emergency_number}", number)
}

/// The banner for `triage`, with `number` as the emergency number.
pub fn triage_banner(triage: &Triage, number: &str) -> Html {
    let text = triage.level.text();
    let reasons = triage
        .reasons()
        .map(|r| html! { <li>{ i18n::text(r.get().reason) }</li> });
    html! {
        <div class={format!("triage-banner level-{}", triage.level.id())}
            role="status" data-level={triage.level.id()}>
            <h2 id="triage-title" class="triage-title">{ i18n::text(text.title) }</h2>
            <p class="triage-action">{ with_number(i18n::text(triage.action()), number) }</p>
            if triage.reasons().next().is_some() {
                <h3>{ t(ui::result::WHY_THIS_ADVICE) }</h3>
                <ul class="triage-reasons">{ for reasons }</ul>
            } else {
                <p>{ t(ui::result::NO_WARNING_SIGNS) }</p>
            }
        </div>
    }
}
