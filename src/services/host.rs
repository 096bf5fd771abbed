//! The page that embeds the checker: its accent colour on our design tokens, and our
//! height sent to it so its iframe can fit. Only the height is ever sent, and only to the
//! origin the clinic declared (the `host` embed setting).

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

/// Posts `{ type: "backhip:height", height }` to the embedding page at `origin` (and
/// nowhere else) whenever our height changes. Returns the observer, which keeps
/// watching while it lives.
pub fn report_height(origin: String) -> Option<(web_sys::ResizeObserver, Closure<dyn FnMut()>)> {
    if !is_embedded() {
        return None;
    }
    let mut last = 0;
    let callback = Closure::<dyn FnMut()>::new(move || {
        let height = content_height();
        if height != last {
            last = height;
            post_height(height, &origin);
        }
    });
    let observer = web_sys::ResizeObserver::new(callback.as_ref().unchecked_ref()).ok()?;
    observer.observe(&gloo::utils::body());
    Some((observer, callback))
}

/// The height of what is on screen: where the body ends. Not the document element's
/// scroll height, which is never less than the frame's own height, so a frame fitted to
/// it could grow but never shrink.
fn content_height() -> i32 {
    let window = gloo::utils::window();
    let bottom = gloo::utils::body().get_bounding_client_rect().bottom();
    (bottom + window.scroll_y().unwrap_or(0.0)).ceil() as i32
}

fn post_height(height: i32, origin: &str) {
    let window = gloo::utils::window();
    let Ok(Some(parent)) = window.parent() else {
        return;
    };
    let message = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&message, &"type".into(), &"backhip:height".into());
    let _ = js_sys::Reflect::set(&message, &"height".into(), &height.into());
    // Only to the origin the clinic declared: the browser drops the message if the
    // frame's parent is any other page.
    let _ = parent.post_message(&message, origin);
}
