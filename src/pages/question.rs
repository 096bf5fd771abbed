//! One question per screen, with progress and a back button.

use crate::components::progress::{progress, Total};
use crate::components::question_card::QuestionCard;
use crate::engine::knowledge::Section;
use crate::engine::{Answer, QuestionId};
use crate::i18n::{t, ui};
use yew::prelude::*;

pub struct QuestionPageProps {
    pub question: QuestionId,
    pub answer: Option<Answer>,
    /// The position of this question in the person's journey, from 1.
    pub number: usize,
    /// How many questions the count says there are.
    pub total: Total,
    pub on_answer: Callback<Answer>,
    pub on_back: Callback<()>,
}

/// The heading of the part of the questionnaire a question belongs to.
pub fn section_label(section: Section) -> &'static str {
    t(match section {
        Section::RedFlags => ui::section::RED_FLAGS,
        Section::AboutYou => ui::section::ABOUT_YOU,
        Section::Location => ui::section::LOCATION,
        Section::History => ui::section::HISTORY,
        Section::Pain => ui::section::PAIN,
        Section::Konno => ui::section::KONNO,
        Section::Startback => ui::section::STARTBACK,
        Section::Lifestyle => ui::section::LIFESTYLE,
    })
}

pub fn question_page(props: &QuestionPageProps) -> Html {
    let on_back = props.on_back.reform(|_: MouseEvent| ());
    let section = props.question.get().section;
    html! {
        <section class="question-page" data-question={props.question.get().id}>
            { progress(props.number, props.total) }
            <p class={if section == Section::RedFlags { "section-label warning" } else { "section-label" }}>
                { section_label(section) }
            </p>
            <QuestionCard
                key={props.question.get().id}
                question={props.question}
                answer={props.answer}
                on_answer={props.on_answer.clone()}
            />
            <button class="button secondary back" onclick={on_back}>{ t(ui::question::BACK) }</button>
        </section>
    }
}
