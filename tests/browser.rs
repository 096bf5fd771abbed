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

/// Mounts a question card and returns its element and the last answer it reported.
async fn mount_question(id: &str) -> (Element, Rc<RefCell<Option<Answer>>>) {
    let root = root();
    let got = Rc::new(RefCell::new(None));
    let on_answer = {
        let got = got.clone();
        Callback::from(move |a: Answer| *got.borrow_mut() = Some(a))
    };
    yew::Renderer::<QuestionCard>::with_root_and_props(
        root.clone(),
        QuestionCardProps {
            question: QuestionId::by_id(id).unwrap(),
            answer: None,
            on_answer,
        },
    )
    .render();
    yew::scheduler::flush().await;
    (root, got)
}

#[wasm_bindgen_test]
async fn start_leads_to_the_first_red_flag_question() {
    let root = root();
    yew::Renderer::<App>::with_root(root.clone()).render();
    yew::scheduler::flush().await;
    assert_eq!(text(&root, "h1"), "Check your back or hip pain");

    click_button(&root, "Start");
    yew::scheduler::flush().await;
    assert!(text(&root, "h1").contains("tearing or ripping pain"));

    click_button(&root, "No");
    yew::scheduler::flush().await;
    assert!(text(&root, "h1").starts_with("Since the pain started, have you fainted"));

    click_button(&root, "Back");
    yew::scheduler::flush().await;
    assert!(text(&root, "h1").contains("tearing or ripping pain"));
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
    let (root, got) = mount_question("fever").await;
    let question = QuestionId::by_id("fever").unwrap();
    assert!(text(&root, "h1").contains("fever"));
    click_button(&root, "I'm not sure");
    let not_sure = question.get().option_index("not_sure").unwrap();
    assert_eq!(*got.borrow(), Some(Answer::Choice(not_sure)));
}

#[wasm_bindgen_test]
async fn a_number_question_refuses_out_of_range_values_with_a_message() {
    use wasm_bindgen::JsCast;
    let (root, got) = mount_question("age").await;
    let input: web_sys::HtmlInputElement = root
        .query_selector("input")
        .unwrap()
        .unwrap()
        .dyn_into()
        .unwrap();
    let form: web_sys::HtmlFormElement = root
        .query_selector("form")
        .unwrap()
        .unwrap()
        .dyn_into()
        .unwrap();
    for (typed, accepted) in [
        ("300", None),
        ("abc", None),
        ("42", Some(Answer::Number(42))),
    ] {
        input.set_value(typed);
        input
            .dispatch_event(&web_sys::InputEvent::new("input").unwrap())
            .unwrap();
        yew::scheduler::flush().await;
        form.request_submit().unwrap();
        yew::scheduler::flush().await;
        assert_eq!(*got.borrow(), accepted, "typed {typed}");
        if accepted.is_none() {
            assert!(text(&root, "[role=alert]").contains("whole number from 0 to 120"));
        }
    }
}

#[wasm_bindgen_test]
async fn a_multi_choice_question_keeps_none_of_these_on_its_own() {
    let (root, got) = mount_question("bladder_bowel").await;
    let question = QuestionId::by_id("bladder_bowel").unwrap();
    let check = |id: &str| {
        let input: HtmlElement = root
            .query_selector(&format!("#opt-bladder_bowel-{id}"))
            .unwrap()
            .unwrap()
            .dyn_into()
            .unwrap();
        input.click();
    };
    check("cannot_pee");
    yew::scheduler::flush().await;
    check("none");
    yew::scheduler::flush().await;
    click_button(&root, "Continue");
    let none = question.get().option_index("none").unwrap();
    assert_eq!(
        *got.borrow(),
        Some(Answer::Multi(1 << none)),
        "choosing None of these clears the others"
    );
}

#[wasm_bindgen_test]
async fn the_result_view_shows_triage_first_then_explained_causes() {
    use backhip::engine::Answers;
    use backhip::pages::result::{result_page, ResultPageProps};
    let root = root();
    /// Renders the result page the way the app does, with a clinic's details.
    #[component]
    fn Harness() -> Html {
        let answers = Answers::from_json(
            r#"{"saddle_numbness": "no", "bladder_bowel": ["none"], "leg_weakness": "no",
                "tearing_pain": "no", "faint": "no", "trauma": "no", "fever": "yes", "cancer_history": "no",
                "weight_loss": "no", "medical_risks": ["none"], "age": 40, "sex": "male",
                "location": ["lower_back_centre"]}"#,
        )
        .unwrap();
        let noop = Callback::from(|_| ());
        result_page(&ResultPageProps {
            answers,
            number: "999",
            on_number: Callback::from(|_| ()),
            clinic: backhip::embed::Clinic {
                name: Some("Riverside Physio".into()),
                ..Default::default()
            },
            on_continue: noop.clone(),
            extras: Some(3),
            on_more: noop.clone(),
            on_review: noop.clone(),
            on_summary: noop.clone(),
            on_back: noop.clone(),
            on_restart: noop.clone(),
            save: false,
            on_save: Callback::from(|_| ()),
            on_delete: noop,
        })
    }
    yew::Renderer::<Harness>::with_root(root.clone()).render();
    yew::scheduler::flush().await;
    let banner = root.query_selector("[role=status]").unwrap().unwrap();
    assert_eq!(
        banner.get_attribute("data-level").as_deref(),
        Some("urgent")
    );
    assert!(banner.text_content().unwrap().contains("fever"));
    // The banner comes before the list of causes.
    let first_heading = root.query_selector("h2").unwrap().unwrap();
    assert!(banner.contains(Some(&first_heading)));
    let cards = root.query_selector_all(".condition-card").unwrap();
    assert!(cards.length() >= 3);
    assert!(text(&root, ".condition-card").contains("Why we think so"));
    assert!(text(&root, ".more-questions").contains("more questions"));
    assert!(text(&root, ".clinic-card").contains("Riverside Physio can help"));
    assert!(text(&root, ".triage-banner").contains("Contact a doctor today"));
    // When to get help sooner comes straight after the advice, before the causes.
    let net = root.query_selector(".safety-net").unwrap().unwrap();
    let first_card = root.query_selector(".condition-card").unwrap().unwrap();
    assert_eq!(
        net.compare_document_position(&first_card) & web_sys::Node::DOCUMENT_POSITION_FOLLOWING,
        web_sys::Node::DOCUMENT_POSITION_FOLLOWING
    );
    assert!(text(&root, ".safety-net").contains("at once"));
    // A doctor today: no self-care plan, so no offer to fit one to daily life.
    assert!(root.query_selector(".extras").unwrap().is_none());
}

#[wasm_bindgen_test]
async fn the_error_screen_replaces_the_app_with_a_way_to_start_again() {
    let document = gloo::utils::document();
    let app = document.create_element("div").unwrap();
    app.set_id("app");
    app.set_inner_html("<p>half-drawn screen</p>");
    document.body().unwrap().append_child(&app).unwrap();
    backhip::services::page::show_error_screen();
    assert_eq!(text(&app, "h1"), "Something went wrong");
    assert!(!app.inner_html().contains("half-drawn"));
    let link = app.query_selector("a").unwrap().unwrap();
    assert_eq!(link.get_attribute("href").as_deref(), Some("./"));
    assert_eq!(link.text_content().unwrap(), "Start again");
    app.remove();
}

#[wasm_bindgen_test]
fn the_answers_file_fills_in_the_emergency_number() {
    use backhip::components::export_buttons::answers_file;
    use backhip::engine::Answers;
    let mut answers = Answers::new();
    answers.set_words("saddle_numbness", &["yes"]).unwrap();
    let file: String = answers_file(&answers, "2026-01-01T00:00:00Z", "999");
    assert!(!file.contains("{emergency_number}"), "{file}");
    assert!(file.contains("call 999."), "{file}");
    assert!(file.contains("\"emergency_number\": \"999\""), "{file}");
}
