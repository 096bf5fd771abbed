//! Every text a person reads, in one table shape for every language: a [`Catalog`]
//! holds one text for each English text ([`ENGLISH_TEXT`]) (the interface's texts, by the keys of
//! [`UI_KEYS`], then the knowledge base's, by [`Text`]). English is compiled in; another
//! language is read from its file, `i18n/<code>.toml`, when it is chosen. A knowledge
//! text's key in that file is worked out from its item ([`knowledge_keys`]), so the
//! browser carries no table of knowledge keys.
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
use crate::knowledge::{
    ADVICE, CONDITIONS, ENGLISH_TEXT, EXERCISES, INSTRUMENTS, LANGUAGES, LEVELS, QUESTIONS,
    RISK_FACTORS, RULES, TEXT_SEPARATOR, UI_KEYS,
};
use crate::order::order_by;
use std::sync::OnceLock;

/// The texts of one language, one per key.
#[derive(Debug)]
pub struct Catalog {
    code: &'static str,
    texts: &'static [&'static str],
}

/// Every English text, cut once out of [`ENGLISH_TEXT`] at each [`TEXT_SEPARATOR`].
fn english_texts() -> &'static [&'static str] {
    static TEXTS: OnceLock<Vec<&'static str>> = OnceLock::new();
    TEXTS.get_or_init(|| ENGLISH_TEXT.split(TEXT_SEPARATOR).collect())
}

impl PartialEq for Catalog {
    fn eq(&self, other: &Self) -> bool {
        self.code == other.code && std::ptr::eq(self.texts, other.texts)
    }
}

impl Catalog {
    /// The built-in English texts.
    pub fn english() -> &'static Catalog {
        static ENGLISH: OnceLock<Catalog> = OnceLock::new();
        ENGLISH.get_or_init(|| Catalog {
            code: "en",
            texts: english_texts(),
        })
    }

    /// A language's texts from its file (flat TOML, `"key" = "text"` per line). Keys
    /// the file lacks keep their English text; keys it has that are not ours are
    /// ignored (`tests/translations.rs` makes sure neither ships). The texts live for
    /// the rest of the program: a language is read once and kept.
    pub fn parse(code: &str, file: &str) -> Result<&'static Catalog, String> {
        let code = language(code).ok_or_else(|| format!("no language `{code}`"))?;
        let entries = crate::flat_toml::parse(file)?;
        let by_key = order_by(entries.len(), &|a, b| entries[a].0.cmp(&entries[b].0));
        let find = |key: &str| {
            let i = by_key
                .binary_search_by(|&i| entries[i].0.as_str().cmp(key))
                .ok()?;
            Some(&*Box::leak(entries[by_key[i]].1.clone().into_boxed_str()))
        };
        let mut texts = english_texts().to_vec();
        for (i, key) in UI_KEYS.iter().enumerate() {
            if let Some(text) = find(key) {
                texts[i] = text;
            }
        }
        for (key, text) in knowledge_keys() {
            if let Some(found) = find(&key) {
                texts[text.0 as usize] = found;
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
        UI_KEYS.binary_search(&key).map_or("?", |i| self.texts[i])
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

/// Every key and its English text, interface first: what a translator translates.
pub fn english_entries() -> impl Iterator<Item = (String, &'static str)> {
    let interface = UI_KEYS
        .iter()
        .zip(english_texts())
        .map(|(k, t)| (k.to_string(), *t));
    interface.chain(knowledge_keys().map(|(key, text)| (key, english_texts()[text.0 as usize])))
}

/// Every knowledge text with its key in the translation files. The key scheme is the
/// knowledge compiler's (`compiler/src/texts.rs`); `tests/compiler.rs` holds the two
/// equal.
pub fn knowledge_keys() -> impl Iterator<Item = (String, Text)> {
    let mut keys = Vec::new();
    for q in QUESTIONS {
        keys.push((format!("question.{}.text", q.id), q.text));
        if let Some(help) = q.help {
            keys.push((format!("question.{}.help", q.id), help));
        }
        for o in q.options {
            keys.push((format!("answer.{}.{}", q.id, o.id), o.text));
        }
    }
    for c in CONDITIONS {
        for (part, text) in [
            ("name", c.name),
            ("summary", c.summary),
            ("typical", c.typical),
        ] {
            keys.push((format!("condition.{}.{part}", c.id), text));
        }
        for (n, text) in c.professional.iter().enumerate() {
            keys.push((format!("condition.{}.professional.{}", c.id, n + 1), *text));
        }
        for (n, e) in c.evidence.iter().enumerate() {
            keys.push((format!("evidence.{}.{}.for", c.id, n + 1), e.for_text));
            if let Some(against) = e.against_text {
                keys.push((format!("evidence.{}.{}.against", c.id, n + 1), against));
            }
        }
    }
    for a in ADVICE {
        keys.push((format!("advice.{}", a.id), a.text));
    }
    for r in RISK_FACTORS {
        keys.push((format!("risk.{}.name", r.id), r.name));
        keys.push((format!("risk.{}.advice", r.id), r.advice));
    }
    for x in EXERCISES {
        for (part, text) in [
            ("name", x.name),
            ("how", x.how),
            ("how_often", x.how_often),
            ("stop_if", x.stop_if),
        ] {
            keys.push((format!("exercise.{}.{part}", x.id), text));
        }
    }
    for l in LEVELS {
        for (part, text) in [
            ("title", l.title),
            ("action", l.action),
            ("safety_net", l.safety_net),
        ] {
            keys.push((format!("level.{}.{part}", l.level.id()), text));
        }
    }
    for r in RULES {
        keys.push((format!("rule.{}.reason", r.id), r.reason));
        for (part, text) in [("action", r.action), ("safety_net", r.safety_net)] {
            if let Some(text) = text {
                keys.push((format!("rule.{}.{part}", r.id), text));
            }
        }
    }
    for i in INSTRUMENTS {
        keys.push((format!("instrument.{}.name", i.key), i.name));
        keys.push((format!("instrument.{}.attribution", i.key), i.attribution));
    }
    keys.into_iter()
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
    fn interface_keys_are_sorted_so_lookups_find_them() {
        assert!(UI_KEYS.windows(2).all(|w| w[0] < w[1]));
        assert_eq!(Catalog::english().ui("no.such.key"), "?");
    }
}
