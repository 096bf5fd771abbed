//! Body map tests in headless Chromium (`wasm-bindgen-test`): each test mounts the map
//! into its own element, clicks or presses keys on the regions, and reads the DOM.
#![cfg(target_arch = "wasm32")]

use backhip::components::body_map::{body_map, region_names};
use backhip::engine::QuestionId;
use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen_test::*;
use web_sys::{Element, KeyboardEvent, KeyboardEventInit, MouseEvent, MouseEventInit};
use yew::prelude::*;

wasm_bindgen_test_configure!(run_in_browser);

/// A fresh element to mount into (not `#output`: the test runner reads that one).
fn root() -> Element {
    let document = gloo::utils::document();
    let div = document.create_element("div").unwrap();
    document.body().unwrap().append_child(&div).unwrap();
    div
}

#[derive(Properties, PartialEq)]
struct FixedMapProps {
    selected: u64,
    on_change: Callback<u64>,
}

/// The map with a mask that never changes, reporting what it is asked to change to.
#[component]
fn FixedMap(props: &FixedMapProps) -> Html {
    body_map(props.selected, &props.on_change)
}

#[derive(Properties, PartialEq)]
struct HarnessProps {
    initial: u64,
}

/// Holds the mask the way a page would, so toggles really reach the DOM.
#[component]
fn Harness(props: &HarnessProps) -> Html {
    let selected = use_state(|| props.initial);
    let on_change = {
        let selected = selected.clone();
        Callback::from(move |mask: u64| selected.set(mask))
    };
    body_map(*selected, &on_change)
}

async fn mount_harness() -> Element {
    let root = root();
    yew::Renderer::<Harness>::with_root_and_props(root.clone(), HarnessProps { initial: 0 })
        .render();
    yew::scheduler::flush().await;
    root
}

fn location_texts() -> Vec<&'static str> {
    QuestionId::by_id("location")
        .unwrap()
        .get()
        .options
        .iter()
        .map(|o| backhip::i18n::text(o.text))
        .collect()
}

fn all(root: &Element, selector: &str) -> Vec<Element> {
    let list = root.query_selector_all(selector).unwrap();
    (0..list.length())
        .map(|i| wasm_bindgen::JsCast::unchecked_into(list.item(i).unwrap()))
        .collect()
}

/// The keyboard-reachable region named `label`.
fn region(root: &Element, label: &str) -> Element {
    let mut found = all(root, "[role=checkbox]")
        .into_iter()
        .filter(|e| e.get_attribute("aria-label").as_deref() == Some(label));
    let region = found
        .next()
        .unwrap_or_else(|| panic!("no region labelled {label:?}"));
    assert!(found.next().is_none(), "two regions labelled {label:?}");
    region
}

fn checked(region: &Element) -> String {
    region.get_attribute("aria-checked").unwrap_or_default()
}

fn summary(root: &Element) -> String {
    root.query_selector("[aria-live=polite]")
        .unwrap()
        .expect("a live summary")
        .text_content()
        .unwrap_or_default()
}

async fn click(target: &Element) {
    let init = MouseEventInit::new();
    init.set_bubbles(true);
    init.set_cancelable(true);
    let event = MouseEvent::new_with_mouse_event_init_dict("click", &init).unwrap();
    target.dispatch_event(&event).unwrap();
    yew::scheduler::flush().await;
}

/// Presses `key` on `target`; returns whether the page's default action was prevented.
async fn press(target: &Element, key: &str) -> bool {
    let init = KeyboardEventInit::new();
    init.set_key(key);
    init.set_bubbles(true);
    init.set_cancelable(true);
    let event = KeyboardEvent::new_with_keyboard_event_init_dict("keydown", &init).unwrap();
    let not_prevented = target.dispatch_event(&event).unwrap();
    yew::scheduler::flush().await;
    !not_prevented
}

fn centre_x(element: &Element) -> f64 {
    let rect = element.get_bounding_client_rect();
    rect.left() + rect.width() / 2.0
}

#[wasm_bindgen_test]
async fn every_location_option_has_exactly_one_focusable_region() {
    let root = mount_harness().await;
    let focusable = all(&root, "[tabindex]");
    let texts = location_texts();
    assert_eq!(focusable.len(), texts.len(), "one stop per option");
    for text in texts {
        let named: Vec<_> = focusable
            .iter()
            .filter(|e| e.get_attribute("aria-label").as_deref() == Some(text))
            .collect();
        assert_eq!(named.len(), 1, "focusable regions named {text:?}");
        let region = named[0];
        assert_eq!(region.get_attribute("tabindex").as_deref(), Some("0"));
        assert_eq!(region.get_attribute("role").as_deref(), Some("checkbox"));
        assert_eq!(checked(region), "false", "{text:?} starts unchosen");
    }
    assert_eq!(summary(&root), "Nothing chosen yet");
}

#[wasm_bindgen_test]
async fn both_views_are_labelled_groups() {
    let root = mount_harness().await;
    let labels: Vec<_> = all(&root, "svg")
        .iter()
        .map(|svg| {
            assert_eq!(svg.get_attribute("role").as_deref(), Some("group"));
            svg.get_attribute("aria-label").unwrap_or_default()
        })
        .collect();
    assert_eq!(labels, ["Back view of the body", "Front view of the body"]);
    for svg in all(&root, "svg") {
        let text = svg.text_content().unwrap_or_default();
        assert!(
            text.contains("Left") && text.contains("Right"),
            "sides marked"
        );
    }
}

#[wasm_bindgen_test]
async fn clicking_a_region_chooses_it_and_clicking_again_clears_it() {
    let root = mount_harness().await;
    click(&region(&root, "Buttock, left")).await;
    assert_eq!(checked(&region(&root, "Buttock, left")), "true");
    assert_eq!(checked(&region(&root, "Buttock, right")), "false");
    assert_eq!(summary(&root), "Chosen: Buttock, left");

    click(&region(&root, "Foot, right")).await;
    assert_eq!(summary(&root), "Chosen: Buttock, left; Foot, right");

    click(&region(&root, "Buttock, left")).await;
    assert_eq!(checked(&region(&root, "Buttock, left")), "false");
    assert_eq!(summary(&root), "Chosen: Foot, right");

    click(&region(&root, "Foot, right")).await;
    assert_eq!(checked(&region(&root, "Foot, right")), "false");
    assert_eq!(summary(&root), "Nothing chosen yet");
}

#[wasm_bindgen_test]
async fn space_and_enter_toggle_a_region_without_scrolling() {
    let root = mount_harness().await;
    let label = "Middle of the lower back";

    assert!(
        press(&region(&root, label), " ").await,
        "Space must not scroll the page"
    );
    assert_eq!(checked(&region(&root, label)), "true");
    assert!(summary(&root).contains(label));

    assert!(press(&region(&root, label), "Enter").await);
    assert_eq!(checked(&region(&root, label)), "false");

    press(&region(&root, label), "Enter").await;
    assert_eq!(checked(&region(&root, label)), "true");

    assert!(
        !press(&region(&root, label), "a").await,
        "other keys pass through"
    );
    assert_eq!(checked(&region(&root, label)), "true");
}

#[wasm_bindgen_test]
async fn the_copy_in_the_other_view_toggles_the_same_option() {
    let root = mount_harness().await;
    let heels = all(&root, "[data-option=foot_left][aria-hidden=true]");
    assert_eq!(heels.len(), 1, "the left heel in the back view");
    assert!(heels[0].get_attribute("tabindex").is_none());

    click(&heels[0]).await;
    assert_eq!(checked(&region(&root, "Foot, left")), "true");
    let heel = &all(&root, "[data-option=foot_left][aria-hidden=true]")[0];
    let classes = heel.get_attribute("class").unwrap_or_default();
    assert!(
        classes.split_whitespace().any(|c| c == "chosen"),
        "both drawings show it"
    );
}

#[wasm_bindgen_test]
async fn left_and_right_are_the_persons_own() {
    let root = mount_harness().await;
    // Back view: the person's left is on the viewer's left.
    assert!(centre_x(&region(&root, "Buttock, left")) < centre_x(&region(&root, "Buttock, right")));
    // Front view: the person faces us, so their left is on the viewer's right.
    assert!(
        centre_x(&region(&root, "Groin or front of the hip, left"))
            > centre_x(&region(&root, "Groin or front of the hip, right"))
    );
}

#[wasm_bindgen_test]
async fn the_map_shows_the_given_mask_and_reports_one_flipped_bit() {
    let texts = location_texts();
    let buttock_left = texts.iter().position(|t| *t == "Buttock, left").unwrap();
    let groin_right = texts
        .iter()
        .position(|t| *t == "Groin or front of the hip, right")
        .unwrap();
    let selected = 1u64 << buttock_left;
    let reported = Rc::new(RefCell::new(Vec::new()));
    let on_change = {
        let reported = reported.clone();
        Callback::from(move |mask: u64| reported.borrow_mut().push(mask))
    };
    let root = root();
    yew::Renderer::<FixedMap>::with_root_and_props(
        root.clone(),
        FixedMapProps {
            selected,
            on_change,
        },
    )
    .render();
    yew::scheduler::flush().await;

    assert_eq!(checked(&region(&root, "Buttock, left")), "true");
    assert_eq!(summary(&root), "Chosen: Buttock, left");

    click(&region(&root, "Groin or front of the hip, right")).await;
    press(&region(&root, "Buttock, left"), " ").await;
    assert_eq!(
        *reported.borrow(),
        [selected | 1 << groin_right, 0],
        "each toggle flips one bit of the mask it was given"
    );
}

#[wasm_bindgen_test]
fn region_names_lists_chosen_options_in_question_order() {
    let texts = location_texts();
    assert!(region_names(0).is_empty());
    assert_eq!(region_names(0b101), [texts[0], texts[2]]);
    let all_bits = (1u64 << texts.len()) - 1;
    assert_eq!(region_names(all_bits), texts);
    assert_eq!(
        region_names(u64::MAX),
        texts,
        "bits past the options are ignored"
    );
}
