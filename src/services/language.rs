//! Fetching a language's file when the person (or the embedding page, or the browser's
//! preference at start-up) chooses it. English is built in and needs no request; each
//! other language is fetched once and kept for the rest of the visit.

use engine::texts::Catalog;
use std::cell::RefCell;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use yew::Callback;

thread_local! {
    /// The languages read so far in this visit.
    static LOADED: RefCell<Vec<&'static Catalog>> = const { RefCell::new(Vec::new()) };
}

/// Calls `done` with the texts of `code`: at once if they are built in or were read
/// before, else after fetching its file; or with an error.
pub fn load(code: &'static str, done: Callback<Result<&'static Catalog, String>>) {
    let known = LOADED.with(|l| l.borrow().iter().copied().find(|c| c.code() == code));
    match known {
        _ if code == "en" => done.emit(Ok(Catalog::english())),
        Some(catalog) => done.emit(Ok(catalog)),
        None => wasm_bindgen_futures::spawn_local(async move {
            let result = fetch_text(&format!("i18n/{code}.txt"))
                .await
                .and_then(|text| Catalog::parse(code, &text));
            if let Ok(catalog) = result {
                LOADED.with(|l| l.borrow_mut().push(catalog));
            }
            done.emit(result);
        }),
    }
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
/// Also names the web app manifest in that language, so an installed checker is named
/// in it (`manifest.<code>.webmanifest`; English is `manifest.webmanifest`): in the
/// page's `data-manifest`, which `boot.js` links a few seconds after the app has
/// started, and in that link once it is there.
pub fn mark_page(code: &str) {
    let page = gloo::utils::document_element();
    page.set_attribute("lang", code).ok();
    let href = match code {
        "en" => "manifest.webmanifest".to_string(),
        code => format!("manifest.{code}.webmanifest"),
    };
    page.set_attribute("data-manifest", &href).ok();
    if let Some(link) = gloo::utils::document().get_element_by_id("manifest") {
        link.set_attribute("href", &href).ok();
    }
}
