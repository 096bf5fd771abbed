//! How the checker works, its sources, the instruments' attributions and its limits.

use crate::engine::knowledge::{INSTRUMENTS, SOURCES};
use crate::i18n::{self, t};
use yew::prelude::*;

/// The about page; `on_home` goes back to the start.
pub fn about_page(on_home: &Callback<()>) -> Html {
    let sources = SOURCES.iter().map(|s| html! { <li>{ s.reference }</li> });
    let instruments = INSTRUMENTS.iter().map(|i| {
        html! { <li><strong>{ i18n::text(i.name) }</strong>{ ". " }{ i18n::text(i.attribution) }</li> }
    });
    html! {
        <section class="about-page">
            <h1 id="page-title" tabindex="-1">{ t("about.title") }</h1>
            <h2>{ t("about.how_title") }</h2>
            <p>{ t("about.how_1") }</p>
            <p>{ t("about.how_2") }</p>
            <p>{ t("about.how_3") }</p>
            <h2>{ t("about.privacy_title") }</h2>
            <p>{ t("about.privacy") }</p>
            <h2>{ t("about.limits_title") }</h2>
            <p>{ t("about.limits") }</p>
            <h2>{ t("about.instruments_title") }</h2>
            <ul>{ for instruments }</ul>
            <h2>{ t("about.sources_title") }</h2>
            <ul class="sources">{ for sources }</ul>
            <p class="version">{ crate::services::release::label() }</p>
            <button class="button secondary" onclick={on_home.reform(|_: MouseEvent| ())}>{ t("about.home") }</button>
        </section>
    }
}
