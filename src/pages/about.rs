//! How the checker works, its limits, and its references: the questionnaires with
//! their attributions, the guidelines and studies, and the articles for the public the
//! self-care advice is drawn from, each labelled for what it is.

use crate::engine::knowledge::{Source, INSTRUMENTS, SOURCES};
use crate::i18n::{self, t};
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
            <h1 id="page-title" tabindex="-1">{ t("about.title") }</h1>
            <h2>{ t("about.how_title") }</h2>
            <p>{ t("about.how_1") }</p>
            <p>{ t("about.how_2") }</p>
            <p>{ t("about.how_3") }</p>
            <h2>{ t("about.privacy_title") }</h2>
            <p>{ t("about.privacy") }</p>
            <h2>{ t("about.limits_title") }</h2>
            <p>{ t("about.limits") }</p>
            <h2>{ t("about.sources_title") }</h2>
            <h3>{ t("about.instruments_title") }</h3>
            <ul class="references">{ for instruments }</ul>
            <h3>{ t("about.clinical_title") }</h3>
            { list("guideline") }
            <h3>{ t("about.articles_title") }</h3>
            <p>{ t("about.articles") }</p>
            { list("seed") }
            <p class="version">{ crate::services::release::label() }</p>
            <button class="button secondary" onclick={on_home.reform(|_: MouseEvent| ())}>{ t("about.home") }</button>
        </section>
    }
}
