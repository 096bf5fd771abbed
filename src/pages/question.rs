//! One question per screen, with a back button.

use crate::components::question_card::QuestionCard;
use crate::engine::{Answer, QuestionId};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct QuestionPageProps {
    pub question: QuestionId,
    pub answer: Option<Answer>,
    /// The position of this question in the person's journey, from 1.
    pub number: usize,
    pub on_answer: Callback<Answer>,
    pub on_back: Callback<()>,
}

#[component]
pub fn QuestionPage(props: &QuestionPageProps) -> Html {
    let on_back = props.on_back.reform(|_: MouseEvent| ());
    html! {
        <section class="question-page">
            <p class="progress">{ format!("Question {}", props.number) }</p>
            <QuestionCard
                question={props.question}
                answer={props.answer}
                on_answer={props.on_answer.clone()}
            />
            <button class="button secondary back" onclick={on_back}>{ "Back" }</button>
        </section>
    }
}
