//! Screens as `#/…` addresses, so the browser's back button works and the app runs on
//! any static host without server routes.

use crate::engine::QuestionId;

/// The screen the person is on.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Screen {
    Welcome,
    Question(QuestionId),
    Result,
    Review,
    Summary,
    About,
}

impl Screen {
    /// The address fragment for the screen.
    pub fn hash(self) -> String {
        match self {
            Screen::Welcome => "#/".into(),
            Screen::Question(q) => format!("#/q/{}", q.get().id),
            Screen::Result => "#/result".into(),
            Screen::Review => "#/review".into(),
            Screen::Summary => "#/summary".into(),
            Screen::About => "#/about".into(),
        }
    }

    /// Reads an address fragment; `None` for one that names no screen.
    pub fn parse(hash: &str) -> Option<Screen> {
        let path = hash.trim_start_matches('#').trim_start_matches('/');
        match path {
            "" => Some(Screen::Welcome),
            "result" => Some(Screen::Result),
            "review" => Some(Screen::Review),
            "summary" => Some(Screen::Summary),
            "about" => Some(Screen::About),
            _ => path
                .strip_prefix("q/")
                .and_then(QuestionId::by_id)
                .map(Screen::Question),
        }
    }
}

/// The fragment in the address bar now.
pub fn current_hash() -> String {
    gloo::utils::window().location().hash().unwrap_or_default()
}

/// Shows the screen in the address bar, as a new history entry that takes this
/// entry's state (the answers, see [`keep_in_tab`]) from it: only the newest entry
/// holds the answers, so that "Delete my answers" (which empties the current one)
/// leaves no copy in the entries behind it for the back button to bring back.
/// `pushState` rather than setting `location.hash`: the same entry for the back
/// button, without the fragment navigation and the `hashchange` event coming back to
/// the app.
pub fn push(screen: Screen) {
    let hash = screen.hash();
    if current_hash() != hash {
        let _ = history().and_then(|h| {
            let state = h.state()?;
            h.replace_state(&wasm_bindgen::JsValue::NULL, "")?;
            h.push_state_with_url(&state, "", Some(&hash))
        });
    }
}

/// Shows the screen in the address bar without a new history entry.
pub fn replace(screen: Screen) {
    let _ = history().and_then(|h| {
        h.replace_state_with_url(&h.state().unwrap_or_default(), "", Some(&screen.hash()))
    });
}

/// Keeps `text` (or nothing) in the current history entry: it lives as long as the tab,
/// survives a reload and back and forward, and is never written to the device.
pub fn keep_in_tab(text: Option<&str>) {
    let state = text.map_or(wasm_bindgen::JsValue::NULL, Into::into);
    let _ = history().and_then(|h| h.replace_state(&state, ""));
}

/// What [`keep_in_tab`] left in the current history entry.
pub fn kept_in_tab() -> Option<String> {
    history().ok()?.state().ok()?.as_string()
}

fn history() -> Result<web_sys::History, wasm_bindgen::JsValue> {
    gloo::utils::window().history()
}
