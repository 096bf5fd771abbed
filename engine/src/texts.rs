//! Every text a person reads, in one table shape for every language: a [`Catalog`]
//! holds one text per key of [`TEXT_KEYS`] (interface and knowledge texts alike).
//! English is compiled in; another language is read from its file,
//! `i18n/<code>.toml`, when it is chosen. Knowledge items hold [`Text`]s and the
//! interface asks by key, both through [`Catalog`].
//!
//! ```
//! use engine::texts::Catalog;
//! let en = Catalog::english();
//! assert_eq!(en.ui("welcome.start"), "Start");
//! let es = Catalog::parse("es", "\"welcome.start\" = \"Empezar\"").unwrap();
//! assert_eq!(es.ui("welcome.start"), "Empezar");
//! assert_eq!(es.ui("review.change"), "Change"); // missing: the English text
//! ```

pub use crate::knowledge::Text;
use crate::knowledge::{ENGLISH, LANGUAGES, TEXT_KEYS};

/// The texts of one language, one per key.
#[derive(Debug)]
pub struct Catalog {
    code: &'static str,
    texts: &'static [&'static str],
}

static ENGLISH_CATALOG: Catalog = Catalog {
    code: "en",
    texts: ENGLISH,
};

impl PartialEq for Catalog {
    fn eq(&self, other: &Self) -> bool {
        self.code == other.code && std::ptr::eq(self.texts, other.texts)
    }
}

impl Catalog {
    /// The built-in English texts.
    pub fn english() -> &'static Catalog {
        &ENGLISH_CATALOG
    }

    /// A language's texts from its file (flat TOML, `"key" = "text"` per line). Keys
    /// the file lacks keep their English text; keys it has that are not ours are
    /// ignored (`tests/translations.rs` makes sure neither ships). The texts live for
    /// the rest of the program: a language is read once and kept.
    pub fn parse(code: &str, file: &str) -> Result<&'static Catalog, String> {
        let code = language(code).ok_or_else(|| format!("no language `{code}`"))?;
        let mut texts = ENGLISH.to_vec();
        for (key, text) in crate::flat_toml::parse(file)? {
            if let Ok(i) = TEXT_KEYS.binary_search(&key.as_str()) {
                texts[i] = Box::leak(text.into_boxed_str());
            }
        }
        let texts = Box::leak(texts.into_boxed_slice());
        Ok(Box::leak(Box::new(Catalog { code, texts })))
    }

    /// The language code.
    pub fn code(&self) -> &'static str {
        self.code
    }

    /// A knowledge text.
    pub fn get(&self, text: Text) -> &'static str {
        self.texts[text.0 as usize]
    }

    /// An interface text by key; `?` for a key there is no text for (a test makes sure
    /// every key the interface uses exists).
    pub fn ui(&self, key: &str) -> &'static str {
        TEXT_KEYS.binary_search(&key).map_or("?", |i| self.texts[i])
    }

    /// [`Catalog::ui`] with `{name}` placeholders filled in.
    pub fn ui_with(&self, key: &str, values: &[(&str, &str)]) -> String {
        let mut text = self.ui(key).to_string();
        for (name, value) in values {
            text = text.replace(&format!("{{{name}}}"), value);
        }
        text
    }
}

/// Every language there is a file for: its code and its name in itself.
pub fn languages() -> &'static [(&'static str, &'static str)] {
    LANGUAGES
}

/// `code` if there is a language file for it.
pub fn language(code: &str) -> Option<&'static str> {
    LANGUAGES.iter().find(|(c, _)| *c == code).map(|(c, _)| *c)
}

/// Every key and its English text, sorted by key: what a translator translates.
pub fn english_entries() -> impl Iterator<Item = (&'static str, &'static str)> {
    TEXT_KEYS.iter().copied().zip(ENGLISH.iter().copied())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_language_file_replaces_the_texts_it_has_and_keeps_english_for_the_rest() {
        let fever = crate::QuestionId::by_id("fever").unwrap().get();
        let file = "\"welcome.start\" = \"Begin\"\n\"question.fever.text\" = \"Feverish?\"";
        let catalog = Catalog::parse("es", file).unwrap();
        assert_eq!(catalog.code(), "es");
        assert_eq!(catalog.ui("welcome.start"), "Begin");
        assert_eq!(catalog.get(fever.text), "Feverish?");
        assert_eq!(catalog.ui("review.change"), "Change");
        assert_eq!(catalog.get(fever.options[0].text), "Yes");
        assert_eq!(Catalog::english().ui("welcome.start"), "Start");
        assert!(Catalog::parse("xx", "").is_err());
        assert!(Catalog::parse("es", "not toml at all").is_err());
    }

    #[test]
    fn keys_are_sorted_so_lookups_find_them() {
        assert!(TEXT_KEYS.windows(2).all(|w| w[0] < w[1]));
        assert_eq!(TEXT_KEYS.len(), ENGLISH.len());
        assert_eq!(Catalog::english().ui("no.such.key"), "?");
    }
}
