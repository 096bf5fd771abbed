//! Interface text from the translation files in `i18n/` (one flat `key = "text"` file
//! per language, checked at build time to have exactly the keys of `en.toml`).
//!
//! ```
//! use backhip::i18n::{t, tf};
//! assert_eq!(t("welcome.start"), "Start");
//! assert_eq!(tf("question.progress", &[("n", "3"), ("total", "30")]), "Question 3 of about 30");
//! ```

use std::cell::Cell;

include!(concat!(env!("OUT_DIR"), "/ui_text.rs"));

thread_local! {
    static CURRENT: Cell<usize> = Cell::new(english());
}

fn english() -> usize {
    UI_LANGUAGES
        .iter()
        .position(|(code, _)| *code == "en")
        .expect("i18n/en.toml")
}

/// The codes of every language there is a translation file for.
pub fn languages() -> impl Iterator<Item = &'static str> {
    UI_LANGUAGES.iter().map(|(code, _)| *code)
}

/// Switches the language; `false` (and no change) for a language we don't have.
pub fn set_language(code: &str) -> bool {
    match UI_LANGUAGES.iter().position(|(c, _)| *c == code) {
        Some(i) => {
            CURRENT.with(|c| c.set(i));
            true
        }
        None => false,
    }
}

/// The current language code.
pub fn language() -> &'static str {
    UI_LANGUAGES[CURRENT.with(Cell::get)].0
}

fn lookup(table: &'static [(&'static str, &'static str)], key: &str) -> Option<&'static str> {
    table
        .binary_search_by(|(k, _)| (*k).cmp(key))
        .ok()
        .map(|i| table[i].1)
}

/// The text for `key` in the current language (English if missing, the key itself if
/// English lacks it too — a test makes sure that never ships).
pub fn t(key: &str) -> &'static str {
    let current = UI_LANGUAGES[CURRENT.with(Cell::get)].1;
    lookup(current, key)
        .or_else(|| lookup(UI_LANGUAGES[english()].1, key))
        .unwrap_or("?")
}

/// [`t`] with `{name}` placeholders filled in.
pub fn tf(key: &str, values: &[(&str, &str)]) -> String {
    let mut text = t(key).to_string();
    for (name, value) in values {
        text = text.replace(&format!("{{{name}}}"), value);
    }
    text
}
