//! "Question 3 of about 30", as text and a bar.

use crate::i18n::tf;
use yew::prelude::*;

/// Question `number` of about `total`.
pub fn progress(number: usize, total: usize) -> Html {
    let label = tf(
        "question.progress",
        &[("n", &number.to_string()), ("total", &total.to_string())],
    );
    html! {
        <div class="progress">
            <p id="progress-label" aria-live="polite">{ label }</p>
            <progress aria-labelledby="progress-label" max={total.to_string()} value={number.to_string()} />
        </div>
    }
}
