use crate::embed::{self, Settings};
use crate::services::host;
use std::rc::Rc;
use yew::prelude::*;

/// The embedding page's settings from the address (defaults when not embedded), read
/// once; bad values are left out with a warning in the console. Applies the accent.
///
/// ```ignore
/// let settings = use_settings();
/// if !settings.compact { /* show the header */ }
/// ```
#[hook]
pub fn use_settings() -> Rc<Settings> {
    use_memo((), |_| {
        let query = gloo::utils::window()
            .location()
            .search()
            .unwrap_or_default();
        let languages: Vec<&str> = engine::texts::languages()
            .iter()
            .map(|(code, _)| *code)
            .collect();
        let (settings, warnings) = embed::parse(&query, &languages);
        for warning in warnings {
            gloo::console::warn!(warning);
        }
        if let Some((colour, text)) = &settings.accent {
            host::apply_accent(colour, text);
        }
        settings
    })
}
