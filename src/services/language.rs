//! Fetching a language's file when the person (or the embedding page, or the browser's
//! preference at start-up) chooses it. English is built in and needs no request.

use crate::i18n;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use yew::Callback;

/// Switches to `code`, fetching its file if it is not English, then calls `done` with
/// the language now in use, or an error (the language stays as it was).
pub fn switch(code: &'static str, done: Callback<Result<&'static str, String>>) {
    if code == "en" {
        i18n::use_english();
        done.emit(Ok("en"));
        return;
    }
    wasm_bindgen_futures::spawn_local(async move {
        let result = fetch_text(&format!("i18n/{code}.toml"))
            .await
            .and_then(|text| i18n::install(code, &text))
            .map(|()| code);
        done.emit(result);
    });
}

async fn fetch_text(url: &str) -> Result<String, String> {
    let response = JsFuture::from(gloo::utils::window().fetch_with_str(url))
        .await
        .map_err(|_| format!("cannot fetch {url}"))?;
    let response: web_sys::Response = response.dyn_into().map_err(|_| "not a response")?;
    if !response.ok() {
        return Err(format!("{url}: status {}", response.status()));
    }
    let text = response.text().map_err(|_| "no text")?;
    JsFuture::from(text)
        .await
        .ok()
        .and_then(|t| t.as_string())
        .ok_or_else(|| format!("{url}: not text"))
}

/// The browser's preferred languages, most preferred first.
pub fn browser_languages() -> Vec<String> {
    let navigator = gloo::utils::window().navigator();
    let list: Vec<String> = navigator
        .languages()
        .iter()
        .filter_map(|l| l.as_string())
        .collect();
    if list.is_empty() {
        navigator.language().into_iter().collect()
    } else {
        list
    }
}

/// Sets the page's `lang` attribute, for screen readers and hyphenation.
pub fn mark_page(code: &str) {
    gloo::utils::document_element()
        .set_attribute("lang", code)
        .ok();
}
