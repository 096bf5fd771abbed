//! Plain Spanish: the Fernández-Huerta readability of every Spanish text a person
//! reads (i18n/es.toml), and no English left on the Spanish screens.
//!
//! ## Readability
//!
//! L = 206.84 − 0.60 × P − 1.02 × F
//!
//! P is the number of syllables per 100 words and F the average number of words per
//! sentence. Higher is easier: 60–70 is "normal" adult text, 70–80 "fairly easy",
//! 80–90 "easy". Every text must score at least `MIN_SCORE`.
//!
//! F is the mean sentence length, as in the Flesch Reading Ease score that Fernández
//! Huerta (1959) adapted to Spanish. The formula is often quoted with F = "sentences per
//! 100 words"; with that reading a text gets *harder* as its sentences get shorter,
//! which is the wrong way round (G. Law, "Error in the Fernández Huerta readability
//! formula", LINGUIST List 22.2332, 2011). For the sentences of these texts (8 to 20
//! words) the mean sentence length is also the stricter reading.
//!
//! What is graded, like the English test (tests/readability.rs):
//!
//! | texts | graded |
//! |---|---|
//! | question texts and help | one by one |
//! | answer options | a question's options together, as one text |
//! | condition summaries, "what usually points to it", evidence for and against | one by one |
//! | what a professional may do | a condition's list together |
//! | self-care and risk-factor advice, triage levels, rule reasons, actions and safety nets | one by one |
//! | the interface (`i18n/en.toml` keys) | one by one |
//!
//! Texts under `MIN_WORDS` words are not graded: on a label, a button or a one-line
//! question ("¿Cojeas al caminar?") the formula measures nothing but the length of two
//! or three words. Answer options and lists are graded together so that they are not
//! left out for being short. `NOT_GRADED` names the few longer texts that are not
//! prose for a patient, each with its reason; region names (`region.*`) are place
//! names. Nothing else is left out: the Spanish items of the Keele STarT Back and
//! Konno questionnaires are our own translation, so they are graded like the rest.
//!
//! The syllable counter follows Spanish spelling: a vowel group is one syllable unless
//! it holds a hiatus (two of a, e, o; or an accented í or ú); `u` is silent in `que`,
//! `qui`, `gue`, `gui` (but not in `güe`, `güi`); `h` does not separate vowels; a final
//! `y` after a vowel is a vowel (hay, muy, Uruguay), otherwise a consonant. A number
//! counts as a word of two syllables ("tres", "cinco", "veinte").
//!
//! `cargo test --test readability_es -- --nocapture` prints the median score and the
//! hardest texts. To grade a text of your own:
//! `LECTURABILIDAD="…" cargo test --test readability_es -- --ignored --nocapture`.
//!
//! ## English left in Spanish texts
//!
//! A Spanish text must not be the same as its English source (except `SAME_AS_ENGLISH`,
//! words that are the same in both languages), and must not contain a common English
//! word (`ENGLISH_WORDS`, none of which is also a Spanish word) outside the proper names
//! in `PROPER_NAMES`.
#![cfg(not(target_arch = "wasm32"))]

use std::collections::BTreeMap;

/// The lowest Fernández-Huerta score allowed.
const MIN_SCORE: f64 = 65.0;

/// Texts shorter than this are not graded (see above).
const MIN_WORDS: usize = 8;

/// Texts at or above `MIN_WORDS` words that are not graded, with the reason.
const NOT_GRADED: &[(&str, &str)] = &[
    (
        "instrument.startback.name",
        "the name of a published questionnaire",
    ),
    (
        "instrument.konno.name",
        "the name of a published questionnaire",
    ),
    ("instrument.asas.name", "the name of published criteria"),
    (
        "instrument.nice_oa.name",
        "the name of a published guideline's criteria",
    ),
    (
        "instrument.startback.attribution",
        "the copyright and licence notice of the questionnaire",
    ),
    ("instrument.konno.attribution", "a bibliographic reference"),
    ("instrument.asas.attribution", "a bibliographic reference"),
    (
        "instrument.nice_oa.attribution",
        "a bibliographic reference",
    ),
];

/// Proper names that may appear in a Spanish text as they are.
const PROPER_NAMES: &[&str] = &[
    "Keele STarT Back Screening Tool",
    "STarT Back",
    "Keele University",
    "Keele",
    "Arthritis Research UK",
    "BMC Musculoskeletal Disorders",
    "Ann Rheum Dis",
    "NICE",
    "ASAS",
    "FHIR",
    "JSON",
    "PDF",
];

/// Whole texts that are the same in English and Spanish.
const SAME_AS_ENGLISH: &[&str] = &["No", "Australia"];

/// Common English words, none of them also a Spanish word (so not "a", "no", "me",
/// "he", "has", "son", "pie", "red", "come", "ten", "use", "doctor").
const ENGLISH_WORDS: &[&str] = &[
    "the",
    "and",
    "your",
    "you",
    "with",
    "pain",
    "back",
    "hip",
    "hips",
    "not",
    "of",
    "to",
    "is",
    "are",
    "for",
    "or",
    "in",
    "on",
    "at",
    "by",
    "from",
    "it",
    "its",
    "if",
    "an",
    "as",
    "be",
    "been",
    "was",
    "were",
    "do",
    "does",
    "did",
    "doesn",
    "isn",
    "can",
    "could",
    "will",
    "would",
    "should",
    "may",
    "might",
    "must",
    "have",
    "had",
    "this",
    "that",
    "these",
    "those",
    "what",
    "when",
    "where",
    "which",
    "who",
    "why",
    "how",
    "we",
    "our",
    "they",
    "their",
    "them",
    "my",
    "i'm",
    "about",
    "after",
    "before",
    "than",
    "then",
    "there",
    "into",
    "out",
    "up",
    "down",
    "off",
    "over",
    "only",
    "also",
    "very",
    "much",
    "many",
    "more",
    "less",
    "most",
    "any",
    "some",
    "all",
    "new",
    "now",
    "today",
    "yes",
    "none",
    "sure",
    "get",
    "go",
    "see",
    "call",
    "help",
    "start",
    "again",
    "left",
    "right",
    "front",
    "view",
    "answer",
    "answers",
    "question",
    "questions",
    "result",
    "results",
    "checker",
    "tool",
    "screening",
    "score",
    "scores",
    "risk",
    "low",
    "high",
    "leg",
    "legs",
    "knee",
    "foot",
    "feet",
    "numbness",
    "tingling",
    "weakness",
    "stiffness",
    "strain",
    "sprain",
    "slipped",
    "bulging",
    "disc",
    "joint",
    "muscle",
    "bone",
    "fever",
    "bladder",
    "bowel",
    "bowels",
    "pee",
    "spine",
    "lower",
    "side",
    "week",
    "weeks",
    "day",
    "days",
    "hour",
    "hours",
    "emergency",
    "department",
    "appointment",
    "download",
    "save",
    "print",
    "delete",
    "change",
    "privacy",
    "sources",
    "limits",
    "language",
    "english",
    "summary",
    "likely",
    "possible",
    "advice",
    "care",
    "self",
    "worse",
    "better",
    "walk",
    "walking",
    "sitting",
    "standing",
    "both",
    "each",
    "every",
    "other",
    "same",
    "like",
    "just",
    "still",
    "even",
    "here",
    "while",
    "wait",
    "keep",
    "make",
    "take",
    "please",
    "sorry",
    "something",
    "nothing",
    "wrong",
    "page",
    "site",
    "skip",
    "main",
    "content",
    "home",
    "chosen",
    "yet",
    "whole",
    "number",
    "years",
];

// ------------------------------------------------------------------ counting

/// The vowel class of a letter: `Strong` (a, e, o, accented or not), `Stressed` (í, ú:
/// always its own syllable), `Weak` (i, u, ü, and a final y after a vowel), `None`.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Vowel {
    Strong,
    Stressed,
    Weak(char),
    None,
}

/// Syllables in `word` (any case; letters other than Spanish ones count as consonants).
fn syllables(word: &str) -> usize {
    let letters: Vec<char> = word
        .chars()
        .filter(|c| c.is_alphabetic())
        .flat_map(char::to_lowercase)
        // `h` does not separate vowels: "ahora" a-o-ra, "prohibir" proi-bir.
        .filter(|&c| c != 'h')
        .collect();
    if letters.is_empty() {
        return 0;
    }
    let n = letters.len();
    let class = |i: usize| -> Vowel {
        let c = letters[i];
        let prev = if i > 0 { Some(letters[i - 1]) } else { None };
        let next = letters.get(i + 1).copied();
        match c {
            'a' | 'e' | 'o' | 'á' | 'é' | 'ó' => Vowel::Strong,
            'í' | 'ú' => Vowel::Stressed,
            'i' | 'ü' => Vowel::Weak(c),
            'u' => {
                // Silent in que, qui, gue, gui (and always after q).
                let silent = prev == Some('q')
                    || prev == Some('g') && matches!(next, Some('e' | 'i' | 'é' | 'í'));
                if silent {
                    Vowel::None
                } else {
                    Vowel::Weak('u')
                }
            }
            // "y" alone, or at the end of a word after a vowel (hay, muy, ley).
            'y' if n == 1 => Vowel::Weak('i'),
            'y' if i == n - 1 && prev.is_some_and(|p| "aeiouáéíóúü".contains(p)) => {
                Vowel::Weak('i')
            }
            _ => Vowel::None,
        }
    };
    let classes: Vec<Vowel> = (0..n).map(class).collect();
    let mut count = 0;
    for i in 0..n {
        let here = classes[i];
        if here == Vowel::None {
            continue;
        }
        let Some(before) = i.checked_sub(1).map(|j| classes[j]) else {
            count += 1;
            continue;
        };
        // Does this vowel start a new syllable after the vowel before it?
        let new = match (before, here) {
            (Vowel::None, _) => true,
            // Two strong vowels, or a stressed í/ú next to any vowel: hiatus.
            (Vowel::Strong, Vowel::Strong) => true,
            (Vowel::Stressed, _) | (_, Vowel::Stressed) => true,
            // The same weak vowel twice ("chiita"): hiatus. Two different ones
            // ("ciudad", "cuidado") or a weak and a strong one: diphthong.
            (Vowel::Weak(a), Vowel::Weak(b)) => a == b,
            _ => false,
        };
        if new {
            count += 1;
        }
    }
    count.max(1)
}

/// Words, sentences and syllables in `text`.
fn counts(text: &str) -> (usize, usize, usize) {
    // Placeholders such as {emergency_number} are read as a number.
    let mut plain = String::new();
    let mut in_placeholder = false;
    for c in text.chars() {
        match c {
            '{' => {
                in_placeholder = true;
                plain.push_str("112");
            }
            '}' => in_placeholder = false,
            _ if !in_placeholder => plain.push(c),
            _ => {}
        }
    }
    let tokens: Vec<&str> = plain
        .split(|c: char| c.is_whitespace() || matches!(c, '-' | '–' | '—' | '/'))
        .filter(|t| !t.is_empty())
        .collect();
    let closing = ['"', '\'', ')', '”', '’', '»'];
    let mut words = 0;
    let mut syllable_count = 0;
    let mut sentences = 0;
    for token in &tokens {
        let letters = token.chars().any(char::is_alphabetic);
        let digits = token.chars().any(|c| c.is_ascii_digit());
        if letters {
            words += 1;
            syllable_count += syllables(token);
        } else if digits {
            // A number: "3 meses", "24 horas", "38°C".
            words += 1;
            syllable_count += 2;
        } else {
            continue;
        }
        // A sentence ends with . ! or ? at the end of a word (not "100.4").
        if token.trim_end_matches(closing).ends_with(['.', '!', '?']) {
            sentences += 1;
        }
    }
    // A text without a full stop at its end (an option, a title) ends a sentence too.
    let last = tokens.last().map_or("", |t| t.trim_end_matches(closing));
    if words > 0 && !last.ends_with(['.', '!', '?']) {
        sentences += 1;
    }
    (words, sentences.max(1), syllable_count)
}

/// The Fernández-Huerta score of `text`.
fn fernandez_huerta(text: &str) -> f64 {
    let (words, sentences, syllable_count) = counts(text);
    if words == 0 {
        return 100.0;
    }
    let p = 100.0 * syllable_count as f64 / words as f64;
    let f = words as f64 / sentences as f64;
    206.84 - 0.60 * p - 1.02 * f
}

/// The common English words in `text`, outside `PROPER_NAMES`.
fn english_words(text: &str) -> Vec<String> {
    // Placeholders ({emergency_number}) are names in the code, not words on screen.
    let mut text: String = text
        .split('{')
        .enumerate()
        .map(|(i, part)| {
            if i == 0 {
                part
            } else {
                part.split_once('}').map_or(part, |(_, rest)| rest)
            }
        })
        .collect::<Vec<_>>()
        .join(" ");
    // Longest names first, so "Keele University" goes before "Keele".
    let mut names = PROPER_NAMES.to_vec();
    names.sort_by_key(|n| std::cmp::Reverse(n.len()));
    for name in names {
        text = text.replace(name, " ");
    }
    text.split(|c: char| !(c.is_alphabetic() || c == '\''))
        .map(|w| w.trim_matches('\'').to_lowercase())
        .filter(|w| ENGLISH_WORDS.contains(&w.as_str()))
        .collect()
}

// ------------------------------------------------------------------ the texts

fn read(path: &str) -> toml::Value {
    let text = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{path}: {e}"));
    toml::from_str(&text).unwrap_or_else(|e| panic!("{path}: {e}"))
}

fn str_of<'a>(table: &'a toml::Value, key: &str) -> Option<&'a str> {
    table.get(key).and_then(toml::Value::as_str)
}

fn array<'a>(table: &'a toml::Value, key: &str) -> &'a [toml::Value] {
    table
        .get(key)
        .and_then(toml::Value::as_array)
        .map_or(&[], Vec::as_slice)
}

/// Every Spanish text by key.
fn spanish() -> BTreeMap<String, String> {
    read("i18n/es.toml")
        .as_table()
        .unwrap()
        .iter()
        .map(|(k, v)| (k.clone(), v.as_str().unwrap().to_string()))
        .collect()
}

/// The answer options of a question as (id, English text), with the options that
/// the build adds for the `yes_no` and `agree` kinds.
fn options(q: &toml::Value) -> Vec<(String, String)> {
    let pair = |id: &str, text: &str| (id.to_string(), text.to_string());
    match str_of(q, "kind") {
        Some("yes_no") => {
            let mut out = vec![pair("yes", "Yes"), pair("no", "No")];
            if q.get("not_sure").and_then(toml::Value::as_bool) != Some(false) {
                out.push(pair("not_sure", "I'm not sure"));
            }
            out
        }
        Some("agree") => vec![pair("agree", "Agree"), pair("disagree", "Disagree")],
        _ => array(q, "options")
            .iter()
            .map(|o| pair(str_of(o, "id").unwrap(), str_of(o, "text").unwrap()))
            .collect(),
    }
}

/// The English source of every translated text, by its key in the translation files
/// (the interface in i18n/en.toml; the knowledge base under the keys of
/// `engine::knowledge::text_key`).
fn english() -> BTreeMap<String, String> {
    let mut out: BTreeMap<String, String> = read("i18n/en.toml")
        .as_table()
        .unwrap()
        .iter()
        .map(|(k, v)| (k.clone(), v.as_str().unwrap().to_string()))
        .collect();
    let mut add = |key: String, text: Option<&str>| {
        if let Some(text) = text {
            out.insert(key, text.to_string());
        }
    };
    for q in array(&read("knowledge/questions.toml"), "question") {
        let id = str_of(q, "id").unwrap();
        add(format!("question.{id}.text"), str_of(q, "text"));
        add(format!("question.{id}.help"), str_of(q, "help"));
        for (option, text) in options(q) {
            add(format!("answer.{id}.{option}"), Some(&text));
        }
    }
    for c in array(&read("knowledge/conditions.toml"), "condition") {
        let id = str_of(c, "id").unwrap();
        for part in ["name", "summary", "typical"] {
            add(format!("condition.{id}.{part}"), str_of(c, part));
        }
        for (n, p) in array(c, "professional").iter().enumerate() {
            add(format!("condition.{id}.professional.{}", n + 1), p.as_str());
        }
        for (n, e) in array(c, "evidence").iter().enumerate() {
            for part in ["for", "against"] {
                add(format!("evidence.{id}.{}.{part}", n + 1), str_of(e, part));
            }
        }
    }
    let advice = read("knowledge/advice.toml");
    for a in array(&advice, "advice") {
        add(
            format!("advice.{}", str_of(a, "id").unwrap()),
            str_of(a, "text"),
        );
    }
    for r in array(&advice, "risk_factor") {
        let id = str_of(r, "id").unwrap();
        add(format!("risk.{id}.name"), str_of(r, "name"));
        add(format!("risk.{id}.advice"), str_of(r, "advice"));
    }
    for x in array(&advice, "exercise") {
        let id = str_of(x, "id").unwrap();
        for part in ["name", "how", "how_often", "stop_if"] {
            add(format!("exercise.{id}.{part}"), str_of(x, part));
        }
    }
    let triage = read("knowledge/triage.toml");
    for l in array(&triage, "level") {
        let id = str_of(l, "id").unwrap();
        for part in ["title", "action", "safety_net"] {
            add(format!("level.{id}.{part}"), str_of(l, part));
        }
    }
    for r in array(&triage, "rule") {
        let id = str_of(r, "id").unwrap();
        for part in ["reason", "action", "safety_net"] {
            add(format!("rule.{id}.{part}"), str_of(r, part));
        }
    }
    for i in array(&read("knowledge/instruments.toml"), "instrument") {
        let id = str_of(i, "id").unwrap();
        add(format!("instrument.{id}.name"), str_of(i, "name"));
        add(
            format!("instrument.{id}.attribution"),
            str_of(i, "attribution"),
        );
    }
    out
}

/// A list shown together, graded as one text of one sentence per item.
fn as_passage<'a>(items: impl Iterator<Item = &'a String>) -> String {
    items
        .map(|i| {
            let i = i.trim();
            if i.ends_with(['.', '!', '?']) {
                i.to_string()
            } else {
                format!("{i}.")
            }
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// Every Spanish text a person reads, with its place: one by one, or a question's
/// options and a condition's professional list together.
fn graded_texts() -> Vec<(String, String)> {
    let mut groups: BTreeMap<String, Vec<(String, &String)>> = BTreeMap::new();
    let mut out = Vec::new();
    let texts = spanish();
    for (key, text) in &texts {
        if key.starts_with("region.") || NOT_GRADED.iter().any(|(k, _)| k == key) {
            continue;
        }
        let parts: Vec<&str> = key.split('.').collect();
        let group = match parts.as_slice() {
            ["answer", question, _] => Some(format!("answer.{question}.*")),
            ["condition", condition, "professional", _] => {
                Some(format!("condition.{condition}.professional.*"))
            }
            _ => None,
        };
        match group {
            Some(group) => groups.entry(group).or_default().push((key.clone(), text)),
            None => out.push((key.clone(), text.clone())),
        }
    }
    for (group, mut items) in groups {
        // The order does not change the score; professional.2 before professional.10
        // keeps the printed passage readable.
        items.sort_by_key(|(k, _)| {
            let last = k.rsplit('.').next().unwrap();
            (last.parse::<usize>().unwrap_or(0), k.clone())
        });
        out.push((group, as_passage(items.iter().map(|(_, t)| *t))));
    }
    out.retain(|(_, text)| counts(text).0 >= MIN_WORDS);
    out
}

// ------------------------------------------------------------------ tests

#[test]
fn syllable_counter_knows_spanish_words() {
    for (word, expected) in [
        // plain words
        ("dolor", 2),
        ("espalda", 3),
        ("cadera", 3),
        ("médico", 3),
        // diphthongs: a weak vowel (i, u) with a strong one, or two weak ones
        ("ciática", 3),
        ("fisioterapia", 5),
        ("adormecimiento", 6),
        ("reumatólogo", 5),
        ("urgencias", 3),
        ("ciudad", 2),
        ("cuidado", 3),
        ("huevo", 2),
        ("pierna", 2),
        ("hueso", 2),
        // hiatus: two strong vowels, or a stressed í / ú
        ("leer", 2),
        ("poeta", 3),
        ("aéreo", 4),
        ("día", 2),
        ("oído", 3),
        ("país", 2),
        ("reúne", 3),
        ("ahí", 2),
        ("ahora", 3),
        // silent u in que / qui / gue / gui; ü is heard
        ("que", 1),
        ("guerra", 2),
        ("hormigueo", 4),
        ("izquierda", 3),
        ("pingüino", 3),
        ("vergüenza", 3),
        ("aguantar", 3),
        // y: a vowel at the end after a vowel or on its own, else a consonant
        ("y", 1),
        ("hay", 1),
        ("muy", 1),
        ("Uruguay", 3),
        ("buey", 1),
        ("ya", 1),
        ("yoga", 2),
        ("rayos", 2),
        // capitals and accents
        ("Espondilitis", 5),
        ("SACROILÍACA", 5),
    ] {
        assert_eq!(syllables(word), expected, "{word}");
    }
}

#[test]
fn score_of_known_texts() {
    // 5 words, 1 sentence, 8 syllables: 206.84 − 0.60 × 160 − 1.02 × 5.
    let text = "La casa es muy bonita.";
    assert_eq!(counts(text), (5, 1, 8));
    let expected = 206.84 - 0.60 * 160.0 - 1.02 * 5.0;
    assert!((fernandez_huerta(text) - expected).abs() < 1e-9);
    // Numbers, placeholders, a question and a closing parenthesis.
    assert_eq!(
        counts("¿Tienes fiebre (38°C o más)? Llama al {emergency_number} ahora."),
        (9, 2, 15)
    );
    // Shorter sentences read more easily; longer words less so.
    assert!(
        fernandez_huerta("Te duele. Ve al médico hoy.")
            > fernandez_huerta("Te duele y tienes que ir al médico hoy.")
    );
    assert!(fernandez_huerta("Te duele la pierna.") > fernandez_huerta("Tienes adormecimiento."));
}

#[test]
fn english_words_are_found_outside_proper_names() {
    assert_eq!(english_words("Dolor de espalda"), Vec::<String>::new());
    assert_eq!(
        english_words("Cuestionario Keele STarT Back © Keele University"),
        Vec::<String>::new()
    );
    assert_eq!(
        english_words("Back & Hip Pain Checker"),
        ["back", "hip", "pain", "checker"]
    );
    assert_eq!(english_words("Sí, no me duele"), Vec::<String>::new());
    assert_eq!(
        english_words("Llama al {emergency_number}."),
        Vec::<String>::new()
    );
}

#[test]
fn not_graded_keys_exist() {
    let texts = spanish();
    for (key, _) in NOT_GRADED {
        assert!(
            texts.contains_key(*key),
            "NOT_GRADED names `{key}`, which i18n/es.toml does not have"
        );
    }
}

/// The score of a text of your own, for writers.
#[test]
#[ignore = "a tool for writers"]
fn score_of_a_text() {
    let text = std::env::var("LECTURABILIDAD").unwrap_or_default();
    let (words, sentences, syllable_count) = counts(&text);
    println!(
        "Fernández-Huerta {:.1} ({words} palabras, {sentences} frases, {syllable_count} sílabas): {text}",
        fernandez_huerta(&text)
    );
}

#[test]
fn spanish_texts_are_plain_enough() {
    let mut graded: Vec<(f64, String, String)> = graded_texts()
        .into_iter()
        .map(|(place, text)| (fernandez_huerta(&text), place, text))
        .collect();
    assert!(graded.len() > 500, "only {} texts found", graded.len());
    graded.sort_by(|a, b| a.0.total_cmp(&b.0));
    let median = graded[graded.len() / 2].0;
    println!(
        "{} Spanish texts graded, median Fernández-Huerta score {median:.1}; the hardest:",
        graded.len()
    );
    for (score, place, text) in graded.iter().take(20) {
        println!("{score:5.1}  {place}: {text}");
    }
    let failing: Vec<String> = graded
        .iter()
        .filter(|(score, _, _)| *score < MIN_SCORE)
        .map(|(score, place, text)| format!("{score:5.1}  {place}: {text}"))
        .collect();
    assert!(
        failing.is_empty(),
        "{} Spanish texts score below {MIN_SCORE}; write them in shorter sentences and commoner words:\n{}",
        failing.len(),
        failing.join("\n")
    );
}

#[test]
fn no_english_left_in_spanish_texts() {
    let english = english();
    let spanish = spanish();
    let unknown: Vec<&String> = spanish
        .keys()
        .filter(|k| !english.contains_key(*k))
        .collect();
    assert!(
        unknown.is_empty(),
        "Spanish texts whose English source this test cannot find: {unknown:?}"
    );
    let mut problems = Vec::new();
    for (key, text) in &spanish {
        if text == &english[key] && !SAME_AS_ENGLISH.contains(&text.as_str()) {
            problems.push(format!("{key}: the same as the English: {text}"));
        }
        let words = english_words(text);
        if !words.is_empty() {
            problems.push(format!("{key}: English words {words:?}: {text}"));
        }
    }
    assert!(
        problems.is_empty(),
        "{} Spanish texts with English left in them:\n{}",
        problems.len(),
        problems.join("\n")
    );
}
