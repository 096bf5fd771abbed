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

/// Moves focus to the main content (the skip link).
pub fn focus_main() {
    if let Some(main) = gloo::utils::document()
        .get_element_by_id("main")
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
    {
        let _ = main.focus();
    }
}

/// Opens the browser's print dialog (print or save as PDF).
pub fn print() {
    let _ = gloo::utils::window().print();
}
