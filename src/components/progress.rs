//! "Question 3 of about 30", as text and a bar.

use crate::i18n::tf;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ProgressProps {
    pub number: usize,
    pub total: usize,
}

#[component]
pub fn Progress(props: &ProgressProps) -> Html {
    let label = tf(
        "question.progress",
        &[
            ("n", &props.number.to_string()),
            ("total", &props.total.to_string()),
        ],
    );
    html! {
        <div class="progress">
            <p id="progress-label" aria-live="polite">{ label }</p>
            <progress aria-labelledby="progress-label" max={props.total.to_string()} value={props.number.to_string()} />
        </div>
    }
}
