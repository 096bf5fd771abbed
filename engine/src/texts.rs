//! Every text a person reads, in one table shape for every language: a [`Catalog`]
//! holds one text for each English text ([`ENGLISH_TEXT`]) (the interface's texts, by the keys of
//! [`UI_KEYS`], then the knowledge base's, by [`Text`]). English is compiled in; another
//! language is read when it is chosen from its file, `i18n/<code>.txt`, which the build
//! compiles from the translators' `i18n/<code>.toml` into the English texts' order, so
//! the browser carries no table of knowledge keys and no TOML reader. A knowledge text's
//! key in the translators' file is worked out from its item ([`knowledge_keys`]).
//!
//! ```
//! use engine::texts::{ui, Catalog};
//! let en = Catalog::english();
//! assert_eq!(en.get(ui::welcome::START), "Start");
//! let es = Catalog::parse("es", &en.file_with(&[(ui::welcome::START, "Empezar")])).unwrap();
//! assert_eq!(es.get(ui::welcome::START), "Empezar");
//! assert_eq!(es.get(ui::review::CHANGE), "Change"); // not changed: the English text
//! assert!(Catalog::parse("es", "Empezar").is_err()); // not a compiled file
//! ```

pub use crate::knowledge::{ui, Text};
use crate::knowledge::{
    ADVICE, CONDITIONS, ENGLISH_TEXT, EXERCISES, INSTRUMENTS, LANGUAGES, LEVELS, QUESTIONS,
    RISK_FACTORS, RULES, TEXTS_FINGERPRINT, TEXT_SEPARATOR, UI_KEYS,
};
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

    /// A language's texts from its compiled file (`i18n/<code>.txt`, which the build
    /// makes from `i18n/<code>.toml`): [`TEXTS_FINGERPRINT`], then one text for each
    /// English text, in the same order, each after a [`TEXT_SEPARATOR`]. A file made for
    /// another release (another fingerprint or number of texts) is refused, so no text
    /// is ever shown in another's place. The texts live for the rest of the program: a
    /// language is read once and kept.
    pub fn parse(code: &str, file: &str) -> Result<&'static Catalog, String> {
        let code = language(code).ok_or_else(|| format!("no language `{code}`"))?;
        let body = file
            .strip_prefix(TEXTS_FINGERPRINT)
            .and_then(|rest| rest.strip_prefix(TEXT_SEPARATOR))
            .filter(|body| body.split(TEXT_SEPARATOR).count() == english_texts().len())
            .ok_or_else(|| format!("the `{code}` texts are of another release"))?;
        // Kept only once it is known to be right: a refused file is not kept.
        let body: &'static str = Box::leak(body.into());
        let texts = Box::leak(body.split(TEXT_SEPARATOR).collect::<Box<[_]>>());
        Ok(Box::leak(Box::new(Catalog { code, texts })))
    }

    /// This catalog as a compiled language file, with the texts of `changes` in place
    /// of its own (for tests and tools; the build writes the real files).
    pub fn file_with(&self, changes: &[(Text, &str)]) -> String {
        let mut file = TEXTS_FINGERPRINT.to_string();
        for (i, text) in self.texts.iter().enumerate() {
            let changed = changes.iter().find(|(key, _)| usize::from(key.0) == i);
            file.push(TEXT_SEPARATOR);
            file.push_str(changed.map_or(text, |(_, text)| text));
        }
        file
    }

    /// The language code.
    pub fn code(&self) -> &'static str {
        self.code
    }

    /// A knowledge text.
    pub fn get(&self, text: Text) -> &'static str {
        self.texts[text.0 as usize]
    }

    /// An interface text by its key in the translation files (for tests and tools: the
    /// app names interface texts by their constants in [`ui`]); `?` for a key there is
    /// no text for.
    pub fn ui(&self, key: &str) -> &'static str {
        UI_KEYS.binary_search(&key).map_or("?", |i| self.texts[i])
    }

    /// [`Catalog::get`] with `{name}` placeholders filled in.
    pub fn get_with(&self, text: Text, values: &[(&str, &str)]) -> String {
        let mut text = self.get(text).to_string();
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
    fn a_language_file_gives_each_text_its_place() {
        let fever = crate::QuestionId::by_id("fever").unwrap().get();
        let english = Catalog::english();
        let file = english.file_with(&[(ui::welcome::START, "Begin"), (fever.text, "Feverish?")]);
        let catalog = Catalog::parse("es", &file).unwrap();
        assert_eq!(catalog.code(), "es");
        assert_eq!(catalog.get(ui::welcome::START), "Begin");
        assert_eq!(catalog.ui("welcome.start"), "Begin");
        assert_eq!(catalog.get(fever.text), "Feverish?");
        assert_eq!(catalog.get(ui::review::CHANGE), "Change");
        assert_eq!(catalog.get(fever.options[0].text), "Yes");
        assert_eq!(english.get(ui::welcome::START), "Start");
        assert!(Catalog::parse("xx", &file).is_err());
    }

    #[test]
    fn a_file_of_another_release_is_refused() {
        let file = Catalog::english().file_with(&[]);
        assert!(Catalog::parse("es", &file).is_ok());
        // Another catalog's fingerprint.
        let other = file.replacen(TEXTS_FINGERPRINT, "0123456789abcdef", 1);
        assert!(Catalog::parse("es", &other).is_err());
        // One text fewer, or one more.
        let fewer = &file[..file.rfind(TEXT_SEPARATOR).unwrap()];
        assert!(Catalog::parse("es", fewer).is_err());
        assert!(Catalog::parse("es", &format!("{file}{TEXT_SEPARATOR}more")).is_err());
        assert!(Catalog::parse("es", "\"welcome.start\" = \"Empezar\"").is_err());
    }

    #[test]
    fn interface_keys_are_sorted_so_lookups_find_them() {
        assert!(UI_KEYS.windows(2).all(|w| w[0] < w[1]));
        assert_eq!(Catalog::english().ui("no.such.key"), "?");
    }
}
