//! The validated questionnaires' results, each with a sentence of what it means.

use crate::engine::instruments::{InstrumentResult, RiskGroup, Score};
use crate::engine::knowledge::InstrumentId;
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
                (InstrumentId::Konno, true) => "score.konno.positive",
                (InstrumentId::Konno, false) => "score.konno.negative",
                (InstrumentId::Asas, true) => "score.asas.positive",
                (InstrumentId::Asas, false) => "score.asas.negative",
                (InstrumentId::NiceOa, true) => "score.nice_oa.positive",
                (InstrumentId::NiceOa, false) => "score.nice_oa.negative",
                // STarT Back gives a risk group, never a yes/no criterion.
                (InstrumentId::Startback, _) => "score.incomplete",
            }),
        ),
        Score::Incomplete { answered, of } => (format!("{answered}/{of}"), t("score.incomplete")),
    }
}

/// The list of instrument results for the person: what each means, in words (the
/// scores and references are in the clinician summary and on the About page).
pub fn instrument_scores(results: &[InstrumentResult]) -> Html {
    let rows = results.iter().map(|r| {
        let (_, meaning) = describe(r);
        html! {
            <li class="instrument" data-instrument={r.instrument.key}>
                <h3>{ i18n::text(r.instrument.name) }</h3>
                <p>{ meaning }</p>
            </li>
        }
    });
    html! { <ul class="instruments" role="list">{ for rows }</ul> }
}
