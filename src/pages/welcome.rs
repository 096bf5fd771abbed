//! The start screen: what the tool is and is not, and one start button.

use crate::components::save_choice::save_choice;
use crate::i18n::t;
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
                <p class="notice" role="status">{ t("welcome.started_again") }</p>
            }
            <h1 id="page-title" tabindex="-1">{ t("welcome.title") }</h1>
            <p class="lead">{ t("welcome.intro") }</p>
            <ul class="welcome-facts">
                <li>{ t("welcome.time") }</li>
                <li>{ t("welcome.private") }</li>
                <li>{ t("welcome.not_diagnosis") }</li>
            </ul>
            <p class="emergency-note">{ t("welcome.emergency") }</p>
            { save_choice(props.save, &props.on_save, None) }
            <button class="button primary start" onclick={on_click}>{ t("welcome.start") }</button>
        </section>
    }
}
