//! Check and change answers; the result updates as soon as an answer changes.

use crate::components::answer_list::AnswerList;
use crate::engine::{Answers, QuestionId};
use crate::i18n::t;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ReviewPageProps {
    pub answers: Answers,
    pub history: Vec<QuestionId>,
    pub on_change: Callback<QuestionId>,
    pub on_result: Callback<()>,
}

#[component]
pub fn ReviewPage(props: &ReviewPageProps) -> Html {
    html! {
        <section class="review-page">
            <h1 id="page-title" tabindex="-1">{ t("review.title") }</h1>
            <p>{ t("review.intro") }</p>
            <AnswerList answers={props.answers.clone()} questions={props.history.clone()}
                on_change={props.on_change.clone()} />
            <div class="actions">
                <button class="button primary" onclick={props.on_result.reform(|_: MouseEvent| ())}>{ t("review.see_result") }</button>
            </div>
        </section>
    }
}
