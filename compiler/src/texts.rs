//! Every text a person reads, under one key each: the interface texts of
//! `i18n/en.toml` and the knowledge texts, keyed as translation files key them
//! (`question.fever.text`, `answer.fever.yes`, `condition.sciatica.name`…). The English
//! catalog is compiled in; every other language is a file with the same keys, which
//! the build compiles ([`compiled`]) into the catalog's order for the app to read.

use crate::schema::Knowledge;
use std::collections::BTreeMap;

/// The key of each kind of knowledge text. The one place the key scheme is written.
pub mod key {
    pub fn question(q: &str) -> String {
        format!("question.{q}.text")
    }
    pub fn question_help(q: &str) -> String {
        format!("question.{q}.help")
    }
    pub fn answer(q: &str, option: &str) -> String {
        format!("answer.{q}.{option}")
    }
    /// `name`, `summary` or `typical`.
    pub fn condition(c: &str, part: &str) -> String {
        format!("condition.{c}.{part}")
    }
    /// Item `n` (from 0) of what a professional may do.
    pub fn professional(c: &str, n: usize) -> String {
        format!("condition.{c}.professional.{}", n + 1)
    }
    /// `for` or `against` of the condition's evidence item `n` (from 0).
    pub fn evidence(c: &str, n: usize, part: &str) -> String {
        format!("evidence.{c}.{}.{part}", n + 1)
    }
    pub fn advice(a: &str) -> String {
        format!("advice.{a}")
    }
    /// `name` or `advice`.
    pub fn risk_factor(r: &str, part: &str) -> String {
        format!("risk.{r}.{part}")
    }
    /// `name`, `how`, `how_often` or `stop_if`.
    pub fn exercise(e: &str, part: &str) -> String {
        format!("exercise.{e}.{part}")
    }
    /// `title`, `action` or `safety_net`.
    pub fn level(l: &str, part: &str) -> String {
        format!("level.{l}.{part}")
    }
    /// `reason`, `action` or `safety_net`.
    pub fn rule(r: &str, part: &str) -> String {
        format!("rule.{r}.{part}")
    }
    /// `name` or `attribution`.
    pub fn instrument(i: &str, part: &str) -> String {
        format!("instrument.{i}.{part}")
    }
}

/// Every knowledge text under its key (questions with their kinds expanded first).
pub fn knowledge_texts(k: &Knowledge) -> Vec<(String, String)> {
    let mut out = Vec::new();
    let mut add = |key: String, text: &str| out.push((key, text.to_string()));
    for q in &k.questions.question {
        add(key::question(&q.id), &q.text);
        if let Some(help) = &q.help {
            add(key::question_help(&q.id), help);
        }
        for o in &q.options {
            add(key::answer(&q.id, &o.id), &o.text);
        }
    }
    for c in &k.conditions.condition {
        add(key::condition(&c.id, "name"), &c.name);
        add(key::condition(&c.id, "summary"), &c.summary);
        add(key::condition(&c.id, "typical"), &c.typical);
        for (n, p) in c.professional.iter().enumerate() {
            add(key::professional(&c.id, n), p);
        }
        for (n, e) in c.evidence.iter().enumerate() {
            add(key::evidence(&c.id, n, "for"), &e.for_text);
            if let Some(against) = &e.against {
                add(key::evidence(&c.id, n, "against"), against);
            }
        }
    }
    for a in &k.advice.advice {
        add(key::advice(&a.id), &a.text);
    }
    for r in &k.advice.risk_factor {
        add(key::risk_factor(&r.id, "name"), &r.name);
        add(key::risk_factor(&r.id, "advice"), &r.advice);
    }
    for e in &k.advice.exercise {
        add(key::exercise(&e.id, "name"), &e.name);
        add(key::exercise(&e.id, "how"), &e.how);
        add(key::exercise(&e.id, "how_often"), &e.how_often);
        add(key::exercise(&e.id, "stop_if"), &e.stop_if);
    }
    for l in &k.triage.level {
        add(key::level(&l.id, "title"), &l.title);
        add(key::level(&l.id, "action"), &l.action);
        add(key::level(&l.id, "safety_net"), &l.safety_net);
    }
    for r in &k.triage.rule {
        add(key::rule(&r.id, "reason"), &r.reason);
        if let Some(action) = &r.action {
            add(key::rule(&r.id, "action"), action);
        }
        if let Some(net) = &r.safety_net {
            add(key::rule(&r.id, "safety_net"), net);
        }
    }
    for i in &k.instruments.instrument {
        add(key::instrument(&i.id, "name"), &i.name);
        add(key::instrument(&i.id, "attribution"), &i.attribution);
    }
    out
}

/// The English catalog: the interface texts sorted by key, then the knowledge texts in
/// file order. Only the interface keys are compiled in (the interface asks by key);
/// the engine works out a knowledge text's key from its item when it reads a
/// translation. A key used twice (an interface key that a knowledge text also has) or
/// an empty text is an error.
pub fn catalog(
    k: &Knowledge,
    interface: &BTreeMap<String, String>,
    errors: &mut Vec<String>,
) -> Vec<(String, String)> {
    let mut all: Vec<(String, String)> = interface.clone().into_iter().collect();
    for (key, text) in knowledge_texts(k) {
        if text.trim().is_empty() {
            errors.push(format!("text `{key}` is empty"));
        }
        if interface.contains_key(&key) || all.iter().any(|(k, _)| *k == key) {
            errors.push(format!("text key `{key}` is used twice"));
        }
        all.push((key, text));
    }
    all
}

/// The constant an interface text is named by in the app: `welcome.start` is
/// `ui::welcome::START`, `score.startback.low` is `ui::score::STARTBACK_LOW`,
/// `region.112` is `ui::region::N112`. Returns the module and the constant's name.
pub fn ui_constant(key: &str) -> (String, String) {
    let (module, rest) = key.split_once('.').unwrap_or(("", key));
    let mut name = rest.replace(['.', '-'], "_").to_ascii_uppercase();
    if name.starts_with(|c: char| c.is_ascii_digit()) {
        name.insert(0, 'N');
    }
    (module.to_string(), name)
}

/// What ends each text where texts are written one after the other: in the English
/// catalog compiled into the app, and in every compiled language file.
pub const SEPARATOR: char = '\u{1f}';

/// A fingerprint of the catalog's keys in their order (FNV-1a, 64 bits, in hex). A
/// compiled language file starts with it, and the app reads a file only if it has the
/// fingerprint of its own catalog: a file of another release is never read with its
/// texts in the wrong places.
pub fn fingerprint(catalog: &[(String, String)]) -> String {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for (key, _) in catalog {
        for byte in key.bytes().chain([b'\n']) {
            hash = (hash ^ u64::from(byte)).wrapping_mul(0x0100_0000_01b3);
        }
    }
    format!("{hash:016x}")
}

/// A translation compiled for the app: the catalog's fingerprint, then every text of
/// the catalog in its order, each after a [`SEPARATOR`] — the translation's where it has
/// the key, else the English. Keys the catalog does not have are left out (the
/// translation tests make sure none ships).
pub fn compiled(
    catalog: &[(String, String)],
    translation: &BTreeMap<String, String>,
    errors: &mut Vec<String>,
) -> String {
    let texts = catalog
        .iter()
        .map(|(key, english)| (key, translation.get(key).unwrap_or(english)));
    format!(
        "{}{SEPARATOR}{}",
        fingerprint(catalog),
        joined(texts, errors)
    )
}

/// Texts one after the other with a [`SEPARATOR`] between each two, as the English
/// catalog is compiled in and a language file holds them; a text that holds the
/// separator itself is an error (it would split in two).
pub fn joined<'a>(
    texts: impl Iterator<Item = (&'a String, &'a String)>,
    errors: &mut Vec<String>,
) -> String {
    let mut all = String::new();
    for (i, (key, text)) in texts.enumerate() {
        if text.contains(SEPARATOR) {
            errors.push(format!("text `{key}` holds the character U+001F"));
        }
        if i > 0 {
            all.push(SEPARATOR);
        }
        all.push_str(text);
    }
    all
}
