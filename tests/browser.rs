//! Component tests in headless Chromium (`wasm-bindgen-test`): each mounts a real
//! component into its own element, clicks, and reads the DOM.
#![cfg(target_arch = "wasm32")]

use backhip::app::App;
use backhip::components::question_card::{QuestionCard, QuestionCardProps};
use backhip::engine::{Answer, QuestionId};
use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Element, HtmlElement};
use yew::prelude::*;

wasm_bindgen_test_configure!(run_in_browser);

/// A fresh element to mount into (not `#output`: the test runner reads that one).
fn root() -> Element {
    let document = gloo::utils::document();
    let div = document.create_element("div").unwrap();
    document.body().unwrap().append_child(&div).unwrap();
    div
}

fn text(root: &Element, selector: &str) -> String {
    root.query_selector(selector)
        .unwrap()
        .unwrap_or_else(|| panic!("no element matches {selector}"))
        .text_content()
        .unwrap_or_default()
}

/// Clicks the first button whose text is exactly `label`.
fn click_button(root: &Element, label: &str) {
    let buttons = root.query_selector_all("button").unwrap();
    for i in 0..buttons.length() {
        let button: HtmlElement = buttons.item(i).unwrap().dyn_into().unwrap();
        if button.text_content().unwrap_or_default().trim() == label {
            button.click();
            return;
        }
    }
    panic!("no button labelled {label}");
}

#[wasm_bindgen_test]
async fn start_leads_to_the_first_red_flag_question() {
    let root = root();
    yew::Renderer::<App>::with_root(root.clone()).render();
    yew::scheduler::flush().await;
    assert_eq!(text(&root, "h1"), "Check your back or hip pain");

    click_button(&root, "Start");
    yew::scheduler::flush().await;
    assert!(text(&root, "h1").contains("numbness or tingling around your genitals"));

    click_button(&root, "No");
    yew::scheduler::flush().await;
    assert!(text(&root, "h1").starts_with("Since your pain started"));

    click_button(&root, "Back");
    yew::scheduler::flush().await;
    assert!(text(&root, "h1").contains("numbness or tingling"));
    let chosen = root
        .query_selector("button[aria-pressed=true]")
        .unwrap()
        .unwrap();
    assert_eq!(
        chosen.text_content().unwrap(),
        "No",
        "the back button keeps the answer"
    );
}

#[wasm_bindgen_test]
async fn a_single_choice_question_reports_the_chosen_option() {
    let root = root();
    let got = Rc::new(RefCell::new(None));
    let on_answer = {
        let got = got.clone();
        Callback::from(move |a: Answer| *got.borrow_mut() = Some(a))
    };
    let question = QuestionId::by_id("fever").unwrap();
    yew::Renderer::<QuestionCard>::with_root_and_props(
        root.clone(),
        QuestionCardProps {
            question,
            answer: None,
            on_answer,
        },
    )
    .render();
    yew::scheduler::flush().await;
    assert!(text(&root, "h1").contains("fever"));
    click_button(&root, "I'm not sure");
    let not_sure = question.get().option_index("not_sure").unwrap();
    assert_eq!(*got.borrow(), Some(Answer::Choice(not_sure)));
}
