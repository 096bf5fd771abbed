//! The page that embeds the checker: its accent colour on our design tokens, and our
//! height sent to it so its iframe can fit. Only the height is ever sent.

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

/// Whether the app runs inside another page's frame.
pub fn is_embedded() -> bool {
    let window = gloo::utils::window();
    match window.parent() {
        Ok(Some(parent)) => parent != window,
        _ => false,
    }
}

/// Sets the accent colour tokens (through the CSS object model, which the
/// Content-Security-Policy allows, unlike inline style attributes).
pub fn apply_accent(colour: &str, text: &str) {
    let root = gloo::utils::document_element();
    if let Some(root) = root.dyn_ref::<web_sys::HtmlElement>() {
        let style = root.style();
        let _ = style.set_property("--color-accent", colour);
        let _ = style.set_property("--color-consultation", colour);
        let _ = style.set_property("--color-accent-text", text);
    }
}

/// Posts `{ type: "backhip:height", height }` to the embedding page whenever our
/// height changes. Returns the observer, which keeps watching while it lives.
pub fn report_height() -> Option<(web_sys::ResizeObserver, Closure<dyn FnMut()>)> {
    if !is_embedded() {
        return None;
    }
    let mut last = 0;
    let callback = Closure::<dyn FnMut()>::new(move || {
        let height = gloo::utils::document_element().scroll_height();
        if height != last {
            last = height;
            post_height(height);
        }
    });
    let observer = web_sys::ResizeObserver::new(callback.as_ref().unchecked_ref()).ok()?;
    observer.observe(&gloo::utils::body());
    Some((observer, callback))
}

fn post_height(height: i32) {
    let window = gloo::utils::window();
    let Ok(Some(parent)) = window.parent() else {
        return;
    };
    let message = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&message, &"type".into(), &"backhip:height".into());
    let _ = js_sys::Reflect::set(&message, &"height".into(), &height.into());
    // Only the height goes out; the target origin is open because the height says
    // nothing about the person.
    let _ = parent.post_message(&message, "*");
}
