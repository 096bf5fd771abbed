//! Small effects on the page: moving focus to the new screen's heading, printing.

use wasm_bindgen::JsCast;

/// Moves keyboard and screen-reader focus to the heading of the screen just shown.
pub fn focus_heading() {
    if let Some(heading) = gloo::utils::document()
        .get_element_by_id("page-title")
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
    {
        let _ = heading.focus();
    }
}

/// Runs `f` once the next frame is painted (at once if the page is hidden and paints
/// nothing): for work a person does not see, so it does not hold up the screen they are
/// waiting for.
pub fn after_paint(f: impl FnOnce() + 'static) {
    if gloo::utils::document().hidden() {
        f();
        return;
    }
    let after_frame = wasm_bindgen::closure::Closure::once_into_js(move || after_render(f));
    let _ = gloo::utils::window().request_animation_frame(after_frame.unchecked_ref());
}

/// Runs `f` in a task of its own, once the work queued now (Yew's render of a dispatched
/// action, its effects) is done.
pub fn after_render(f: impl FnOnce() + 'static) {
    let run = wasm_bindgen::closure::Closure::once_into_js(f);
    let _ = gloo::utils::window().set_timeout_with_callback(run.unchecked_ref());
}

/// Moves focus to the main content (the skip link).
pub fn focus_main() {
    if let Some(main) = gloo::utils::document()
        .get_element_by_id("main")
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
    {
        let _ = main.focus();
    }
}

/// The save choice made on index.html's start screen before the app took over
/// (`static/boot.js` keeps it), if the person made one.
pub fn save_chosen_before_start() -> Option<bool> {
    js_sys::Reflect::get(&gloo::utils::window(), &"backhipSaveChoice".into())
        .ok()?
        .as_bool()
}

/// Opens the browser's print dialog (print or save as PDF).
pub fn print() {
    let _ = gloo::utils::window().print();
}

/// Replaces the app with a plain "something went wrong" message and a link that reloads
/// it. Plain DOM, no Yew: after a panic the app can no longer run.
pub fn show_error_screen() {
    use crate::i18n::{t, ui};
    let document = gloo::utils::document();
    let Some(root) = document.get_element_by_id("app") else {
        return;
    };
    root.set_inner_html("");
    let make = |tag: &str, text: &str| {
        let element = document.create_element(tag).ok()?;
        element.set_text_content(Some(text));
        Some(element)
    };
    let Some(main) = make("main", "") else { return };
    main.set_class_name("app-main error-screen");
    let _ = main.set_attribute("role", "alert");
    let again = make("a", t(ui::error::START_AGAIN));
    if let Some(again) = &again {
        again.set_class_name("button primary");
        let _ = again.set_attribute("href", "./");
    }
    let children = [
        make("h1", t(ui::error::TITLE)),
        make("p", t(ui::error::TEXT)),
        make("p", t(ui::welcome::EMERGENCY)),
        again,
    ];
    for child in children.into_iter().flatten() {
        let _ = main.append_child(&child);
    }
    let _ = root.append_child(&main);
}
