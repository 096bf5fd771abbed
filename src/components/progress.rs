//! "Question 3 of about 30", as text and a bar. The total shown never grows during a
//! journey: it is the smallest of the measured length of a long journey and every
//! estimate the flow has given so far ([`engine::flow::estimated_total`] after each
//! answer). When the person is past that total, the count says "nearly done" instead
//! of raising it.

use crate::i18n::{tf, ui};
use engine::texts::Text;
use engine::{flow, Answers, QuestionId};
use yew::prelude::*;

/// Journey lengths measured by walking every vignette (engine/tests/vignettes*.toml)
/// through the flow, as `tests/honest_length.rs` does again on every run (it fails
/// when these drift): 9 journeys in 10 ask at most `LONG`; the median asks `TYPICAL`.
pub const MEASURED_JOURNEY: MeasuredJourney = MeasuredJourney {
    long: 33,
    typical: 27,
};

/// See [`MEASURED_JOURNEY`].
pub struct MeasuredJourney {
    pub long: usize,
    pub typical: usize,
}

/// The total to show at question `number` (from 1) of a journey that asked `history`
/// in this order: the smallest estimate made before any of the first `number - 1`
/// answers and after each of them, and never more than a long journey; `None` once
/// `number` is past it.
pub fn shown_total(history: &[QuestionId], answers: &Answers, number: usize) -> Option<usize> {
    let mut so_far = Answers::new();
    let mut smallest = MEASURED_JOURNEY.long.min(flow::estimated_total(&so_far));
    for &q in history.iter().take(number.saturating_sub(1)) {
        if let Some(a) = answers.get(q) {
            // Answers kept in the history were valid when given.
            let _ = so_far.set(q, a);
            smallest = smallest.min(flow::estimated_total(&so_far));
        }
    }
    (number <= smallest).then_some(smallest)
}

/// What the count says of the total.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Total {
    /// About this many questions in all.
    About(usize),
    /// Past the estimate: nearly done.
    NearlyDone,
    /// Exactly this many (the daily-life questions the result offers).
    Exactly(usize),
}

/// Question `number` of about (or exactly) `total`, or nearly done.
pub fn progress(number: usize, total: Total) -> Html {
    let n = number.to_string();
    let of =
        |key: Text, total: usize| (tf(key, &[("n", &n), ("total", &total.to_string())]), total);
    let (label, max) = match total {
        Total::About(total) => of(ui::question::PROGRESS, total),
        Total::Exactly(total) => of(ui::question::PROGRESS_EXACTLY, total),
        Total::NearlyDone => (
            tf(ui::question::PROGRESS_NEARLY_DONE, &[("n", &n)]),
            number + 1,
        ),
    };
    html! {
        <div class="progress">
            <p id="progress-label" aria-live="polite">{ label }</p>
            <progress aria-labelledby="progress-label" max={max.to_string()} value={number.to_string()} />
        </div>
    }
}

/// About how long the questionnaire takes, in minutes: a typical journey at about 10
/// seconds a question.
pub fn estimated_minutes() -> usize {
    (MEASURED_JOURNEY.typical * 10).div_ceil(60)
}
