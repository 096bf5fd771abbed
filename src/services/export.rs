//! Downloads made on the device: the file is built in memory (a Blob) and saved by the
//! browser; nothing is uploaded.

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

/// Offers `contents` as a file download named `file_name`.
pub fn download(file_name: &str, mime: &str, contents: &str) {
    let parts = js_sys::Array::of1(&contents.into());
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let Ok(blob) = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options) else {
        return;
    };
    let Ok(url) = web_sys::Url::create_object_url_with_blob(&blob) else {
        return;
    };
    let document = gloo::utils::document();
    if let Some(link) = document
        .create_element("a")
        .ok()
        .and_then(|a| a.dyn_into::<web_sys::HtmlAnchorElement>().ok())
    {
        link.set_href(&url);
        link.set_download(file_name);
        link.click();
    }
    // Free the file once the browser has taken it.
    let free = Closure::once_into_js(move || {
        let _ = web_sys::Url::revoke_object_url(&url);
    });
    let _ = gloo::utils::window()
        .set_timeout_with_callback_and_timeout_and_arguments_0(free.unchecked_ref(), 10_000);
}

/// The current time as an ISO 8601 string, for file contents and names.
pub fn now_iso() -> String {
    String::from(js_sys::Date::new_0().to_iso_string())
}
