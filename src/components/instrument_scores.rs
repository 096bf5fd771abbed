//! The validated questionnaires' results, each with a sentence of what it means.

use crate::engine::instruments::{InstrumentResult, RiskGroup, Score};
use crate::i18n::{self, t};
use yew::prelude::*;

/// The score in short, and what it means, in plain words.
pub fn describe(result: &InstrumentResult) -> (String, &'static str) {
    let id = result.instrument.id;
    match result.score {
        Score::StartBack {
            total,
            subscale,
            group,
        } => (
            format!("{total}/9 ({} {subscale}/5)", t("score.subscale")),
            t(match group {
                RiskGroup::Low => "score.startback.low",
                RiskGroup::Medium => "score.startback.medium",
                RiskGroup::High => "score.startback.high",
            }),
        ),
        Score::Criterion { positive, met, of } => (
            format!("{met}/{of}"),
            t(match (id, positive) {
                ("konno", true) => "score.konno.positive",
                ("konno", false) => "score.konno.negative",
                ("asas", true) => "score.asas.positive",
                ("asas", false) => "score.asas.negative",
                ("nice_oa", true) => "score.nice_oa.positive",
                _ => "score.nice_oa.negative",
            }),
        ),
        Score::Incomplete { answered, of } => (format!("{answered}/{of}"), t("score.incomplete")),
    }
}

/// The list of instrument results.
pub fn instrument_scores(results: &[InstrumentResult]) -> Html {
    let rows = results.iter().map(|r| {
        let (score, meaning) = describe(r);
        html! {
            <li class="instrument" data-instrument={r.instrument.id}>
                <h3>{ i18n::instrument_name(r.instrument) }</h3>
                <p><strong>{ score }</strong>{ " — " }{ meaning }</p>
                <p class="attribution">{ i18n::instrument_attribution(r.instrument) }</p>
            </li>
        }
    });
    html! { <ul class="instruments" role="list">{ for rows }</ul> }
}
