//! The validated questionnaires' results, each with a sentence of what it means.

use crate::engine::instruments::{InstrumentResult, RiskGroup, Score};
use crate::engine::knowledge::InstrumentId;
use crate::i18n::{self, t, tf, ui};
use yew::prelude::*;

/// The score in short (none when there are not enough answers to score it), and
/// what it means, in plain words. `complete`: the questionnaire is over, so an
/// instrument asked only while it matters that has no answer was left out on purpose.
pub fn describe(result: &InstrumentResult, complete: bool) -> (Option<String>, &'static str) {
    let id = result.instrument.id;
    match result.score {
        Score::StartBack {
            total,
            subscale,
            group,
            unanswered,
        } => (
            Some(if unanswered == 0 {
                format!("{total}/9 ({} {subscale}/5)", t(ui::score::SUBSCALE))
            } else {
                let answered = (9 - unanswered).to_string();
                format!(
                    "{total}/9 ({} {subscale}/5), {}",
                    t(ui::score::SUBSCALE),
                    tf(ui::score::ANSWERED, &[("n", &answered), ("of", "9")])
                )
            }),
            t(match group {
                RiskGroup::Low => ui::score::STARTBACK_LOW,
                RiskGroup::Medium => ui::score::STARTBACK_MEDIUM,
                RiskGroup::High => ui::score::STARTBACK_HIGH,
            }),
        ),
        Score::Criterion { positive, met, of } => (
            Some(format!("{met}/{of}")),
            t(match (id, positive) {
                (InstrumentId::Konno, true) => ui::score::KONNO_POSITIVE,
                (InstrumentId::Konno, false) => ui::score::KONNO_NEGATIVE,
                (InstrumentId::Asas, true) => ui::score::ASAS_POSITIVE,
                (InstrumentId::Asas, false) => ui::score::ASAS_NEGATIVE,
                (InstrumentId::NiceOa, true) => ui::score::NICE_OA_POSITIVE,
                (InstrumentId::NiceOa, false) => ui::score::NICE_OA_NEGATIVE,
                // STarT Back gives a risk group, never a yes/no criterion.
                (InstrumentId::Startback, _) => ui::score::INCOMPLETE,
            }),
        ),
        Score::Incomplete { .. }
            if complete && result.instrument.only_while_it_matters && result.is_unanswered() =>
        {
            (None, t(ui::score::NOT_ASKED))
        }
        Score::Incomplete { .. } => (None, t(ui::score::INCOMPLETE)),
    }
}

/// The results to show the person: those of instruments they answered something of
/// (STarT Back is not asked when it could not change the level, and is then not listed).
pub fn answered(results: &[InstrumentResult]) -> Vec<&InstrumentResult> {
    results.iter().filter(|r| !r.is_unanswered()).collect()
}

/// The list of instrument results for the person: what each means, in words (the
/// scores and references are in the clinician summary and on the About page).
pub fn instrument_scores(results: &[&InstrumentResult]) -> Html {
    let rows = results.iter().map(|r| {
        let (_, meaning) = describe(r, true);
        html! {
            <li class="instrument" data-instrument={r.instrument.key}>
                <h3>{ i18n::text(r.instrument.name) }</h3>
                <p>{ meaning }</p>
            </li>
        }
    });
    html! { <ul class="instruments" role="list">{ for rows }</ul> }
}
