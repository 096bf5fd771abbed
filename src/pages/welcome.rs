//! The start screen: what the tool is and is not, and one start button.

use crate::components::save_choice::save_choice;
use crate::i18n::{t, ui};
use crate::state::Notice;
use yew::prelude::*;

pub struct WelcomeProps {
    pub on_start: Callback<()>,
    pub notice: Option<Notice>,
    pub save: bool,
    pub on_save: Callback<bool>,
}

pub fn welcome_page(props: &WelcomeProps) -> Html {
    let on_click = props.on_start.reform(|_: MouseEvent| ());
    html! {
        <section class="welcome" aria-labelledby="page-title">
            if props.notice == Some(Notice::StartedAgain) {
                <p class="notice" role="status">{ t(ui::welcome::STARTED_AGAIN) }</p>
            }
            <h1 id="page-title" tabindex="-1">{ t(ui::welcome::TITLE) }</h1>
            <p class="lead">{ t(ui::welcome::INTRO) }</p>
            <ul class="welcome-facts">
                <li>{ t(ui::welcome::TIME) }</li>
                <li>{ t(ui::welcome::PRIVATE) }</li>
                <li>{ t(ui::welcome::NOT_DIAGNOSIS) }</li>
            </ul>
            <p class="emergency-note">{ t(ui::welcome::EMERGENCY) }</p>
            { save_choice(props.save, &props.on_save, None) }
            <button class="button primary start" onclick={on_click}>{ t(ui::welcome::START) }</button>
        </section>
    }
}
