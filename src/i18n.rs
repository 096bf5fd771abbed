//! Everything a person reads, in their language, through one table shape for every
//! language ([`engine::texts::Catalog`]): the interface by its constant in [`ui`] with
//! [`t`], the knowledge base by [`Text`] with [`text`]. The language is the session's
//! ([`crate::state::Session::language`]); the root component makes it the one these
//! functions read before each render ([`set_current`]).
//!
//! ```
//! use backhip::i18n::{t, tf, ui};
//! assert_eq!(t(ui::welcome::START), "Start");
//! assert_eq!(tf(ui::question::PROGRESS, &[("n", "3"), ("total", "30")]), "Question 3 of about 30");
//! ```

pub use engine::texts::ui;
use engine::texts::{Catalog, Text};
use std::cell::Cell;

thread_local! {
    static CURRENT: Cell<&'static Catalog> = Cell::new(Catalog::english());
}

/// Makes `catalog` the language of the texts rendered from now on.
pub fn set_current(catalog: &'static Catalog) {
    CURRENT.with(|c| c.set(catalog));
}

/// The language being rendered.
pub fn current() -> &'static Catalog {
    CURRENT.with(Cell::get)
}

/// The current language code.
pub fn language() -> &'static str {
    current().code()
}

/// The interface text `key` (a constant of [`ui`]) in the current language.
pub fn t(key: Text) -> &'static str {
    current().get(key)
}

/// [`t`] with `{name}` placeholders filled in.
pub fn tf(key: Text, values: &[(&str, &str)]) -> String {
    current().get_with(key, values)
}

/// A knowledge text in the current language.
pub fn text(text: Text) -> &'static str {
    current().get(text)
}

/// The first of the browser's preferred languages (`en-GB`, `es`…) that we have.
pub fn preferred(tags: &[String]) -> &'static str {
    tags.iter()
        .find_map(|tag| engine::texts::language(tag.split(['-', '_']).next().unwrap_or("")))
        .unwrap_or("en")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_browser_preference_picks_a_language_we_have() {
        let tags = |t: &[&str]| t.iter().map(|s| s.to_string()).collect::<Vec<_>>();
        assert_eq!(preferred(&tags(&["fr-FR", "en-GB"])), "en");
        assert_eq!(preferred(&tags(&["zz"])), "en");
        assert_eq!(preferred(&tags(&["fr", "es-MX", "en"])), "es");
    }

    #[test]
    fn texts_follow_the_current_catalog() {
        let es = Catalog::parse(
            "es",
            &Catalog::english().file_with(&[(ui::welcome::START, "Empezar")]),
        )
        .unwrap();
        set_current(es);
        assert_eq!(t(ui::welcome::START), "Empezar");
        assert_eq!(language(), "es");
        set_current(Catalog::english());
        assert_eq!(t(ui::welcome::START), "Start");
    }
}
