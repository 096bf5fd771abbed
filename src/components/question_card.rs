//! A question with its answers: buttons for one choice, checkboxes for several,
//! a number field for numbers.

use crate::components::body_map::body_map;
use crate::engine::knowledge::QuestionKind;
use crate::engine::{Answer, QuestionId};
use crate::i18n::{self, t, tf, ui};
use web_sys::HtmlInputElement;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct QuestionCardProps {
    pub question: QuestionId,
    /// The answer given before, if the person came back to this question.
    pub answer: Option<Answer>,
    pub on_answer: Callback<Answer>,
}

#[component]
pub fn QuestionCard(props: &QuestionCardProps) -> Html {
    let question = props.question.get();
    let body = match question.kind {
        QuestionKind::Single => single_choice(props),
        QuestionKind::Multi => html! { <MultiChoice ..props.clone_props() /> },
        QuestionKind::Number => html! { <NumberEntry ..props.clone_props() /> },
    };
    html! {
        <div class="question-card">
            <h1 id="page-title" tabindex="-1">{ i18n::text(question.text) }</h1>
            if let Some(help) = question.help.map(i18n::text) {
                <details class="help">
                    <summary>{ t(ui::question::WHAT_DOES_THIS_MEAN) }</summary>
                    <p>{ help }</p>
                </details>
            }
            { body }
        </div>
    }
}

impl QuestionCardProps {
    fn clone_props(&self) -> QuestionCardProps {
        QuestionCardProps {
            question: self.question,
            answer: self.answer,
            on_answer: self.on_answer.clone(),
        }
    }
}

fn single_choice(props: &QuestionCardProps) -> Html {
    let question = props.question.get();
    let options = question.options.iter().enumerate().map(|(i, o)| {
        let chosen = props.answer == Some(Answer::Choice(i));
        let onclick = props
            .on_answer
            .reform(move |_: MouseEvent| Answer::Choice(i));
        html! {
            <li>
                <button class={if chosen { "choice chosen" } else { "choice" }}
                    aria-pressed={chosen.to_string()} {onclick}>
                    { i18n::text(o.text) }
                </button>
            </li>
        }
    });
    html! { <ul class="choices" role="list" aria-labelledby="page-title">{ for options }</ul> }
}

#[component]
fn MultiChoice(props: &QuestionCardProps) -> Html {
    let question = props.question.get();
    let initial = match props.answer {
        Some(Answer::Multi(mask)) => mask,
        _ => 0,
    };
    let mask = use_state_eq(|| initial);
    let options = question.options.iter().enumerate().map(|(i, o)| {
        let bit = 1u64 << i;
        let checked = *mask & bit != 0;
        let onchange = {
            let mask = mask.clone();
            let exclusive_bits: u64 = question
                .options
                .iter()
                .enumerate()
                .filter(|(_, o)| o.exclusive)
                .fold(0, |m, (j, _)| m | 1 << j);
            let exclusive = o.exclusive;
            Callback::from(move |_: Event| {
                let current = *mask;
                let next = if current & bit != 0 {
                    current & !bit
                } else if exclusive {
                    bit
                } else {
                    (current & !exclusive_bits) | bit
                };
                mask.set(next);
            })
        };
        let id = format!("opt-{}-{}", question.id, o.id);
        html! {
            <li>
                <input type="checkbox" id={id.clone()} {checked} {onchange} />
                <label for={id}>{ i18n::text(o.text) }</label>
            </li>
        }
    });
    let on_continue = {
        let mask = *mask;
        props
            .on_answer
            .reform(move |_: MouseEvent| Answer::Multi(mask))
    };
    // Where it hurts: the same choices as a body map and as a list.
    let map = (question.id == "location").then(|| {
        let on_change = {
            let mask = mask.clone();
            Callback::from(move |m: u64| mask.set(m))
        };
        body_map(*mask, &on_change)
    });
    let list_label = if map.is_some() {
        t(ui::question::LOCATION_LIST)
    } else {
        i18n::text(question.text)
    };
    html! {
        <>
            { for map }
            <fieldset class="checkboxes">
                <legend class={(question.id != "location").then_some("visually-hidden")}>{ list_label }</legend>
                <ul role="list">{ for options }</ul>
            </fieldset>
            <button class="button primary continue" disabled={*mask == 0} onclick={on_continue}>{ t(ui::question::CONTINUE) }</button>
        </>
    }
}

#[component]
fn NumberEntry(props: &QuestionCardProps) -> Html {
    let question = props.question.get();
    let initial = match props.answer {
        Some(Answer::Number(n)) => n.to_string(),
        _ => String::new(),
    };
    let text = use_state_eq(|| initial);
    let error = use_state_eq(|| None::<String>);
    let oninput = {
        let text = text.clone();
        Callback::from(move |e: InputEvent| {
            text.set(e.target_unchecked_into::<HtmlInputElement>().value());
        })
    };
    let onsubmit = {
        let text = text.clone();
        let error = error.clone();
        let on_answer = props.on_answer.clone();
        let (min, max) = (question.min, question.max);
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            match text.trim().parse::<u16>() {
                Ok(n) if (min..=max).contains(&n) => {
                    error.set(None);
                    on_answer.emit(Answer::Number(n));
                }
                _ => error.set(Some(tf(
                    ui::question::NUMBER_ERROR,
                    &[("min", &min.to_string()), ("max", &max.to_string())],
                ))),
            }
        })
    };
    let id = format!("num-{}", question.id);
    html! {
        <form class="number-entry" {onsubmit} novalidate=true>
            <label for={id.clone()}>{ t(ui::question::NUMBER_LABEL) }</label>
            <input id={id} type="number" inputmode="numeric" min={question.min.to_string()} max={question.max.to_string()}
                value={(*text).clone()} {oninput}
                aria-invalid={error.is_some().to_string()} aria-describedby="num-error" />
            <p id="num-error" class="error" role="alert">{ (*error).clone().unwrap_or_default() }</p>
            <button class="button primary" type="submit">{ t(ui::question::CONTINUE) }</button>
        </form>
    }
}
