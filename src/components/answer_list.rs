//! The person's answers as a list of question and answer, optionally with a
//! "Change" button for each.

use crate::engine::knowledge::QuestionKind;
use crate::engine::{Answer, Answers, QuestionId};
use crate::i18n::{self, t, ui};
use yew::prelude::*;

/// An answer in words.
pub fn answer_text(q: QuestionId, answer: Answer) -> String {
    let question = q.get();
    match (question.kind, answer) {
        (QuestionKind::Number, Answer::Number(n)) => n.to_string(),
        (_, Answer::Choice(c)) => i18n::text(question.options[c].text).to_string(),
        (_, Answer::Multi(mask)) => question
            .options
            .iter()
            .enumerate()
            .filter(|(i, _)| mask & (1 << i) != 0)
            .map(|(_, o)| i18n::text(o.text))
            .collect::<Vec<_>>()
            .join("; "),
        _ => String::new(),
    }
}

/// The answers to `questions`, in order; with `on_change`, each gets a "Change" button.
pub fn answer_list(
    answers: &Answers,
    questions: &[QuestionId],
    on_change: Option<&Callback<QuestionId>>,
) -> Html {
    let rows = questions.iter().filter_map(|&q| {
        let answer = answers.get(q)?;
        let change = on_change.map(|cb| {
            let onclick = cb.reform(move |_: MouseEvent| q);
            html! {
                <button class="button link" {onclick}
                    aria-label={format!("{}: {}", t(ui::review::CHANGE), i18n::text(q.get().text))}>
                    { t(ui::review::CHANGE) }
                </button>
            }
        });
        Some(html! {
            <div class="answer-row" data-question={q.get().id}>
                <dt>{ i18n::text(q.get().text) }</dt>
                <dd>{ answer_text(q, answer) }{ for change }</dd>
            </div>
        })
    });
    html! { <dl class="answer-list">{ for rows }</dl> }
}
