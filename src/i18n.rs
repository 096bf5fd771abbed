//! Everything a person reads, in their language. English is built in: the interface
//! text from `i18n/en.toml` and the clinical text from `knowledge/`. Another language is
//! one file, `i18n/<code>.toml`, with the same interface keys and a key for every
//! knowledge text (`assess translation-template` prints them all); the browser fetches it
//! when the language is chosen.
//!
//! ```
//! use backhip::i18n::{t, tf};
//! assert_eq!(t("welcome.start"), "Start");
//! assert_eq!(tf("question.progress", &[("n", "3"), ("total", "30")]), "Question 3 of about 30");
//! ```

use crate::engine::knowledge::{
    text_key, Advice, Choice, Condition, Instrument, LevelText, Question, RiskFactor, Rule,
};
use crate::engine::scoring::Reason;
use std::cell::RefCell;

include!(concat!(env!("OUT_DIR"), "/ui_text.rs"));

/// A language other than English, read from its file.
struct Pack {
    code: &'static str,
    /// A plain list: a lookup is a short scan (about a thousand texts), and a list keeps
    /// the browser build smaller than a hash map or a sort would.
    texts: Vec<(String, &'static str)>,
}

thread_local! {
    /// The current language's texts; `None` for English.
    static CURRENT: RefCell<Option<Pack>> = const { RefCell::new(None) };
}

/// Every language: its code and its name in itself.
pub fn languages() -> &'static [(&'static str, &'static str)] {
    LANGUAGES
}

/// The English interface texts, sorted by key.
pub fn english_entries() -> &'static [(&'static str, &'static str)] {
    UI_EN
}

/// The current language code.
pub fn language() -> &'static str {
    CURRENT.with(|c| c.borrow().as_ref().map_or("en", |p| p.code))
}

/// Whether `code` is a language there is a file for.
pub fn has_language(code: &str) -> Option<&'static str> {
    LANGUAGES.iter().find(|(c, _)| *c == code).map(|(c, _)| *c)
}

/// The first of the browser's preferred languages (`en-GB`, `es`…) that we have.
pub fn preferred(tags: &[String]) -> &'static str {
    tags.iter()
        .find_map(|tag| has_language(tag.split(['-', '_']).next().unwrap_or("")))
        .unwrap_or("en")
}

/// Switches to English.
pub fn use_english() {
    CURRENT.with(|c| *c.borrow_mut() = None);
}

/// Switches to the language whose file text is `text`. The texts live for the rest of
/// the page's life (a language is loaded at most once per visit).
pub fn install(code: &str, text: &str) -> Result<(), String> {
    let code = has_language(code).ok_or_else(|| format!("no language `{code}`"))?;
    let texts = crate::flat_toml::parse(text)?
        .into_iter()
        .map(|(k, v)| (k, &*Box::leak(v.into_boxed_str())))
        .collect();
    CURRENT.with(|c| *c.borrow_mut() = Some(Pack { code, texts }));
    Ok(())
}

fn lookup(key: &str) -> Option<&'static str> {
    CURRENT.with(|c| {
        let current = c.borrow();
        let texts = &current.as_ref()?.texts;
        texts.iter().find(|(k, _)| k == key).map(|(_, v)| *v)
    })
}

fn english(key: &str) -> Option<&'static str> {
    UI_EN
        .binary_search_by(|(k, _)| (*k).cmp(key))
        .ok()
        .map(|i| UI_EN[i].1)
}

/// The interface text for `key` in the current language (English where a translation
/// is missing; `?` if English lacks it too — a test makes sure that never ships).
pub fn t(key: &str) -> &'static str {
    lookup(key).or_else(|| english(key)).unwrap_or("?")
}

/// [`t`] with `{name}` placeholders filled in.
pub fn tf(key: &str, values: &[(&str, &str)]) -> String {
    let mut text = t(key).to_string();
    for (name, value) in values {
        text = text.replace(&format!("{{{name}}}"), value);
    }
    text
}

/// A knowledge text in the current language, or its English original.
fn knowledge(key: String, english: &'static str) -> &'static str {
    lookup(&key).unwrap_or(english)
}

pub fn question(q: &Question) -> &'static str {
    knowledge(text_key::question(q), q.text)
}
pub fn question_help(q: &Question) -> Option<&'static str> {
    q.help.map(|h| knowledge(text_key::question_help(q), h))
}
pub fn answer(q: &Question, c: &Choice) -> &'static str {
    knowledge(text_key::answer(q, c), c.text)
}
pub fn condition_name(c: &Condition) -> &'static str {
    knowledge(text_key::condition(c, "name"), c.name)
}
pub fn condition_summary(c: &Condition) -> &'static str {
    knowledge(text_key::condition(c, "summary"), c.summary)
}
pub fn condition_typical(c: &Condition) -> &'static str {
    knowledge(text_key::condition(c, "typical"), c.typical)
}
pub fn professional(c: &Condition) -> Vec<&'static str> {
    c.professional
        .iter()
        .enumerate()
        .map(|(n, p)| knowledge(text_key::professional(c, n), p))
        .collect()
}
/// What the person told us that counts for or against `c`, in words.
pub fn reason(c: &Condition, r: &Reason) -> &'static str {
    let Some(n) = c.evidence.iter().position(|e| std::ptr::eq(e, r.evidence)) else {
        return r.text();
    };
    let part = if r.present || r.evidence.against_text.is_none() {
        "for"
    } else {
        "against"
    };
    knowledge(text_key::evidence(c, n, part), r.text())
}
pub fn advice(a: &Advice) -> &'static str {
    knowledge(text_key::advice(a), a.text)
}
pub fn risk_name(r: &RiskFactor) -> &'static str {
    knowledge(text_key::risk_factor(r, "name"), r.name)
}
pub fn risk_advice(r: &RiskFactor) -> &'static str {
    knowledge(text_key::risk_factor(r, "advice"), r.advice)
}
pub fn level_title(l: &LevelText) -> &'static str {
    knowledge(text_key::level(l, "title"), l.title)
}
pub fn level_action(l: &LevelText) -> &'static str {
    knowledge(text_key::level(l, "action"), l.action)
}
pub fn level_safety_net(l: &LevelText) -> &'static str {
    knowledge(text_key::level(l, "safety_net"), l.safety_net)
}
pub fn rule_reason(r: &Rule) -> &'static str {
    knowledge(text_key::rule(r), r.reason)
}
pub fn rule_action(r: &Rule) -> Option<&'static str> {
    r.action.map(|a| knowledge(text_key::rule_action(r), a))
}
pub fn rule_safety_net(r: &Rule) -> Option<&'static str> {
    r.safety_net
        .map(|n| knowledge(text_key::rule_safety_net(r), n))
}
pub fn instrument_name(i: &Instrument) -> &'static str {
    knowledge(text_key::instrument(i, "name"), i.name)
}
pub fn instrument_attribution(i: &Instrument) -> &'static str {
    knowledge(text_key::instrument(i, "attribution"), i.attribution)
}

/// The current language, for the texts in exports.
pub struct Current;

impl crate::engine::wording::Wording for Current {
    fn code(&self) -> &'static str {
        language()
    }
    fn question(&self, q: &Question) -> &'static str {
        question(q)
    }
    fn answer(&self, q: &Question, c: &Choice) -> &'static str {
        answer(q, c)
    }
    fn condition_name(&self, c: &Condition) -> &'static str {
        condition_name(c)
    }
    fn reason(&self, c: &Condition, r: &Reason) -> &'static str {
        reason(c, r)
    }
    fn risk_name(&self, r: &RiskFactor) -> &'static str {
        risk_name(r)
    }
    fn risk_advice(&self, r: &RiskFactor) -> &'static str {
        risk_advice(r)
    }
    fn level_title(&self, l: &LevelText) -> &'static str {
        level_title(l)
    }
    fn level_action(&self, l: &LevelText) -> &'static str {
        level_action(l)
    }
    fn level_safety_net(&self, l: &LevelText) -> &'static str {
        level_safety_net(l)
    }
    fn rule_reason(&self, r: &Rule) -> &'static str {
        rule_reason(r)
    }
    fn rule_action(&self, r: &Rule) -> Option<&'static str> {
        rule_action(r)
    }
    fn rule_safety_net(&self, r: &Rule) -> Option<&'static str> {
        rule_safety_net(r)
    }
    fn instrument_name(&self, i: &Instrument) -> &'static str {
        instrument_name(i)
    }
    fn instrument_attribution(&self, i: &Instrument) -> &'static str {
        instrument_attribution(i)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_language_file_replaces_the_texts_it_has() {
        let fever = crate::engine::QuestionId::by_id("fever").unwrap().get();
        install(
            "en",
            "\"welcome.start\" = \"Begin\"\n\"question.fever.text\" = \"Feverish?\"",
        )
        .unwrap();
        assert_eq!(t("welcome.start"), "Begin");
        assert_eq!(question(fever), "Feverish?");
        // Missing texts fall back to English.
        assert_eq!(t("review.change"), "Change");
        assert_eq!(answer(fever, &fever.options[0]), "Yes");
        use_english();
        assert_eq!(t("welcome.start"), "Start");
        assert_eq!(question(fever), fever.text);
        assert!(install("xx", "").is_err());
    }

    #[test]
    fn the_browser_preference_picks_a_language_we_have() {
        let tags = |t: &[&str]| t.iter().map(|s| s.to_string()).collect::<Vec<_>>();
        assert_eq!(preferred(&tags(&["fr-FR", "en-GB"])), "en");
        assert_eq!(preferred(&tags(&["zz"])), "en");
        assert_eq!(preferred(&tags(&["fr", "es-MX", "en"])), "es");
    }
}
