//! Check and change answers; the result updates as soon as an answer changes.

use crate::components::answer_list::answer_list;
use crate::engine::{Answers, QuestionId};
use crate::i18n::{t, ui};
use yew::prelude::*;

pub struct ReviewPageProps {
    pub answers: Answers,
    pub history: Vec<QuestionId>,
    pub on_change: Callback<QuestionId>,
    pub on_result: Callback<()>,
}

pub fn review_page(props: &ReviewPageProps) -> Html {
    html! {
        <section class="review-page">
            <h1 id="page-title" tabindex="-1">{ t(ui::review::TITLE) }</h1>
            <p>{ t(ui::review::INTRO) }</p>
            { answer_list(&props.answers, &props.history, Some(&props.on_change)) }
            <div class="actions">
                <button class="button primary" onclick={props.on_result.reform(|_: MouseEvent| ())}>{ t(ui::review::SEE_RESULT) }</button>
            </div>
        </section>
    }
}
