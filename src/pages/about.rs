//! How the checker works, its limits, and its references: the questionnaires with
//! their attributions, the guidelines and studies, and the articles for the public the
//! self-care advice is drawn from, each labelled for what it is.

use crate::engine::knowledge::{Source, INSTRUMENTS, SOURCES};
use crate::i18n::{self, t, ui};
use yew::prelude::*;

/// Whether a source goes in the reference list under `kind`: guidelines and studies
/// together, the articles for the public (`seed`) apart; an `estimate` is not a
/// reference ("How it works" explains it).
fn listed_as(source: &Source, kind: &str) -> bool {
    match kind {
        "seed" => source.kind == "seed",
        _ => source.kind == "guideline" || source.kind == "study",
    }
}

/// The about page; `on_home` goes back to the start.
pub fn about_page(on_home: &Callback<()>) -> Html {
    let list = |kind: &str| {
        let items = SOURCES
            .iter()
            .filter(|s| listed_as(s, kind))
            .map(|s| html! { <li>{ s.reference }</li> });
        html! { <ul class="references">{ for items }</ul> }
    };
    let instruments = INSTRUMENTS.iter().map(|i| {
        html! { <li><strong>{ i18n::text(i.name) }</strong>{ ". " }{ i18n::text(i.attribution) }</li> }
    });
    html! {
        <section class="about-page">
            <h1 id="page-title" tabindex="-1">{ t(ui::about::TITLE) }</h1>
            <h2>{ t(ui::about::HOW_TITLE) }</h2>
            <p>{ t(ui::about::HOW_1) }</p>
            <p>{ t(ui::about::HOW_2) }</p>
            <p>{ t(ui::about::HOW_3) }</p>
            <h2>{ t(ui::about::PRIVACY_TITLE) }</h2>
            <p>{ t(ui::about::PRIVACY) }</p>
            <h2>{ t(ui::about::LIMITS_TITLE) }</h2>
            <p>{ t(ui::about::LIMITS) }</p>
            <h2>{ t(ui::about::SOURCES_TITLE) }</h2>
            <h3>{ t(ui::about::INSTRUMENTS_TITLE) }</h3>
            <ul class="references">{ for instruments }</ul>
            <h3>{ t(ui::about::CLINICAL_TITLE) }</h3>
            { list("guideline") }
            <h3>{ t(ui::about::ARTICLES_TITLE) }</h3>
            <p>{ t(ui::about::ARTICLES) }</p>
            { list("seed") }
            <p class="version">{ crate::services::release::label() }</p>
            <button class="button secondary" onclick={on_home.reform(|_: MouseEvent| ())}>{ t(ui::about::HOME) }</button>
        </section>
    }
}
