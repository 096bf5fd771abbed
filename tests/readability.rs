//! Plain language: the Flesch–Kincaid grade of every English text a person reads.
//!
//! grade = 0.39 × words / sentences + 11.8 × syllables / words − 15.59
//!
//! Syllables are counted with the usual English heuristic (groups of vowels, less a
//! silent final `e`, `es` or `ed`); the names of conditions and body parts in
//! `MEDICAL_TERMS` count as one syllable, because people need the real name to look
//! it up or to tell a doctor, and no plainer word says the same.
//!
//! What is checked, and the highest grade allowed:
//!
//! | texts | graded | limit |
//! |---|---|---|
//! | question texts and help (knowledge/questions.toml) | one by one | 8 |
//! | answer options | a question's options together, as one text | 8 |
//! | self-care advice, risk-factor advice, how to do each exercise and when to stop (knowledge/advice.toml) | one by one | 8 |
//! | triage level texts and rule reasons (knowledge/triage.toml) | one by one | 8 |
//! | condition summaries and "what usually points to it" (knowledge/conditions.toml) | one by one | 8 |
//! | what a professional may do | a condition's list together | 8 |
//! | why we think so / what doesn't fit (condition evidence) | one by one | 8 |
//! | the interface (i18n/en.toml) | one by one, from 5 words | 8 |
//!
//! The Keele STarT Back items (section `startback`) and the Konno items (section
//! `konno`) are left out: they are validated questionnaires whose wording must stay as
//! published. Very short texts (an answer such as "Slightly", a button) say nothing
//! about reading level on their own, so answer options and lists are graded together
//! and interface texts of fewer than 5 words are left out.
//!
//! The test prints the hardest texts with their grades (`cargo test --test readability
//! -- --nocapture`).
#![cfg(not(target_arch = "wasm32"))]

/// The highest Flesch–Kincaid grade allowed.
const MAX_GRADE: f64 = 8.0;

/// Interface texts shorter than this are not graded.
const MIN_INTERFACE_WORDS: usize = 5;

/// Medical names counted as one syllable: the names of conditions, body parts, tests,
/// medicines and professions that a person needs to know by name. Lower case, one word
/// each (`cauda` and `equina` for "cauda equina"); a plural or possessive of a listed
/// word counts too.
const MEDICAL_TERMS: &[&str] = &[
    // conditions
    "sciatica",
    "osteoarthritis",
    "arthritis",
    "spondylitis",
    "spondyloarthritis",
    "spondylolisthesis",
    "spondylolysis",
    "ankylosing",
    "axial",
    "sacroiliac",
    "sacroiliitis",
    "piriformis",
    "trochanteric",
    "bursitis",
    "bursa",
    "stenosis",
    "cauda",
    "equina",
    "aneurysm",
    "aortic",
    "aorta",
    "osteoporosis",
    "osteoporotic",
    "fibromyalgia",
    "tendinopathy",
    "tendonitis",
    "scoliosis",
    "kyphosis",
    "paget",
    "radiculopathy",
    "claudication",
    "osteomyelitis",
    "discitis",
    "inflammatory",
    "labral",
    "labrum",
    "femoroacetabular",
    "impingement",
    "endometriosis",
    "pyelonephritis",
    "herniated",
    "hernia",
    "vertebral",
    "vertebra",
    "vertebrae",
    "avascular",
    "necrosis",
    "malignancy",
    "metastatic",
    "diabetes",
    "rheumatoid",
    "syndrome",
    "psoriasis",
    "uveitis",
    "colitis",
    "crohn",
    // body parts
    "pelvis",
    "pelvic",
    "lumbar",
    "sacrum",
    "coccyx",
    "ligament",
    "cartilage",
    "sciatic",
    "genitals",
    "prostate",
    // services a person must find by their name
    "emergency",
    "ambulance",
    // tests, treatments, medicines
    "physiotherapy",
    "physiotherapist",
    "physio",
    "osteopath",
    "chiropractor",
    "rheumatologist",
    "rheumatology",
    "orthopaedic",
    "paramedic",
    "ultrasound",
    "antibiotics",
    "prednisolone",
    "steroid",
    "steroids",
    "chemotherapy",
    "paracetamol",
    "ibuprofen",
    "naproxen",
    "anti",
    "pilates",
    "mri",
    "hiv",
    "nhs",
    "nsaid",
    "nsaids",
];

/// One text to grade.
struct Text {
    /// Where it is: file and id.
    place: String,
    text: String,
    /// The highest grade allowed.
    limit: f64,
}

/// Syllables in `word` (letters only, any case).
fn syllables(word: &str) -> usize {
    let word: String = word
        .chars()
        .filter(|c| c.is_alphabetic())
        .flat_map(char::to_lowercase)
        .collect();
    if word.is_empty() {
        return 0;
    }
    let bare = word
        .strip_suffix("'s")
        .or_else(|| word.strip_suffix('s'))
        .unwrap_or(&word);
    if MEDICAL_TERMS.contains(&word.as_str()) || MEDICAL_TERMS.contains(&bare) {
        return 1;
    }
    if word.chars().count() <= 3 {
        return 1;
    }
    let vowel = |c: char| "aeiouy".contains(c);
    let chars: Vec<char> = word.chars().collect();
    let n = chars.len();
    // A silent ending: -es or -ed ("moves", "helped"), or -e after a consonant other
    // than l ("make"; but "little", "able" keep their last syllable).
    let mut end = n;
    if n > 2 && (word.ends_with("es") || word.ends_with("ed")) && !vowel(chars[n - 3]) {
        let keep = word.ends_with("ed") && matches!(chars[n - 3], 't' | 'd')
            || word.ends_with("es") && matches!(chars[n - 3], 's' | 'x' | 'z' | 'c' | 'g');
        if !keep {
            end = n - 2;
        }
    } else if n > 2 && chars[n - 1] == 'e' && !vowel(chars[n - 2]) && chars[n - 2] != 'l' {
        end = n - 1;
    }
    let mut count = 0;
    let mut previous = false;
    for (i, &c) in chars[..end].iter().enumerate() {
        // A leading y is a consonant ("yes", "your").
        let v = vowel(c) && !(i == 0 && c == 'y');
        if v && !previous {
            count += 1;
        }
        previous = v;
    }
    count.max(1)
}

/// Words, sentences and syllables in `text`.
fn counts(text: &str) -> (usize, usize, usize) {
    // Placeholders such as {emergency_number} are read as a short number.
    let mut plain = String::new();
    let mut in_placeholder = false;
    for c in text.chars() {
        match c {
            '{' => {
                in_placeholder = true;
                plain.push_str("999");
            }
            '}' => in_placeholder = false,
            _ if !in_placeholder => plain.push(c),
            _ => {}
        }
    }
    let mut words = 0;
    let mut syllable_count = 0;
    let mut sentences = 0;
    let tokens: Vec<&str> = plain
        .split(|c: char| c.is_whitespace() || matches!(c, '-' | '–' | '—' | '/'))
        .filter(|t| !t.is_empty())
        .collect();
    for (i, token) in tokens.iter().enumerate() {
        let letters = token.chars().filter(|c| c.is_alphabetic()).count();
        let digits = token.chars().any(|c| c.is_ascii_digit());
        if letters > 0 {
            words += 1;
            syllable_count += syllables(token);
        } else if digits {
            // A number is a word of one syllable: "4 weeks", "38°C".
            words += 1;
            syllable_count += 1;
        }
        // A sentence ends with . ! or ? at the end of a word (not "100.4").
        let trimmed = token.trim_end_matches(['"', '\'', ')', '”', '’']);
        if trimmed.ends_with(['.', '!', '?']) && (letters > 0 || digits || i > 0) {
            sentences += 1;
        }
    }
    // A text without a full stop (a question's option, a title) is one sentence; so is
    // the end of a text after its last full stop.
    let last = tokens
        .last()
        .map(|t| t.trim_end_matches(['"', '\'', ')', '”', '’']))
        .unwrap_or("");
    if words > 0 && !last.ends_with(['.', '!', '?']) {
        sentences += 1;
    }
    (words, sentences.max(1), syllable_count)
}

/// The Flesch–Kincaid grade of `text`.
fn grade(text: &str) -> f64 {
    let (words, sentences, syllable_count) = counts(text);
    if words == 0 {
        return 0.0;
    }
    0.39 * words as f64 / sentences as f64 + 11.8 * syllable_count as f64 / words as f64 - 15.59
}

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

/// A list shown together, graded as one text of one sentence per item.
fn as_passage<'a>(items: impl Iterator<Item = &'a str>) -> String {
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

/// Every text a person reads in English, with its limit.
fn texts() -> Vec<Text> {
    let mut out = Vec::new();
    let mut add = |place: String, text: &str, limit: f64| {
        out.push(Text {
            place,
            text: text.to_string(),
            limit,
        })
    };

    let questions = read("knowledge/questions.toml");
    for q in array(&questions, "question") {
        let id = str_of(q, "id").unwrap();
        // Validated questionnaires: the wording is the published one.
        if matches!(str_of(q, "section"), Some("startback" | "konno")) {
            continue;
        }
        add(
            format!("question {id}"),
            str_of(q, "text").unwrap(),
            MAX_GRADE,
        );
        if let Some(help) = str_of(q, "help") {
            add(format!("question {id} help"), help, MAX_GRADE);
        }
        let options = array(q, "options");
        if !options.is_empty() {
            let passage = as_passage(options.iter().filter_map(|o| str_of(o, "text")));
            add(format!("question {id} options"), &passage, MAX_GRADE);
        }
    }

    let advice = read("knowledge/advice.toml");
    for a in array(&advice, "advice") {
        let id = str_of(a, "id").unwrap();
        add(
            format!("advice {id}"),
            str_of(a, "text").unwrap(),
            MAX_GRADE,
        );
    }
    for r in array(&advice, "risk_factor") {
        let id = str_of(r, "id").unwrap();
        add(
            format!("risk factor {id} name"),
            str_of(r, "name").unwrap(),
            MAX_GRADE,
        );
        add(
            format!("risk factor {id} advice"),
            str_of(r, "advice").unwrap(),
            MAX_GRADE,
        );
    }
    for x in array(&advice, "exercise") {
        let id = str_of(x, "id").unwrap();
        for part in ["how", "stop_if"] {
            add(
                format!("exercise {id} {part}"),
                str_of(x, part).unwrap(),
                MAX_GRADE,
            );
        }
    }

    let triage = read("knowledge/triage.toml");
    for l in array(&triage, "level") {
        let id = str_of(l, "id").unwrap();
        for field in ["title", "action", "safety_net"] {
            add(
                format!("level {id} {field}"),
                str_of(l, field).unwrap(),
                MAX_GRADE,
            );
        }
    }
    for r in array(&triage, "rule") {
        let id = str_of(r, "id").unwrap();
        add(
            format!("rule {id} reason"),
            str_of(r, "reason").unwrap(),
            MAX_GRADE,
        );
    }

    let conditions = read("knowledge/conditions.toml");
    for c in array(&conditions, "condition") {
        let id = str_of(c, "id").unwrap();
        for field in ["summary", "typical"] {
            add(
                format!("condition {id} {field}"),
                str_of(c, field).unwrap(),
                MAX_GRADE,
            );
        }
        let professional = as_passage(array(c, "professional").iter().filter_map(|p| p.as_str()));
        add(
            format!("condition {id} professional"),
            &professional,
            MAX_GRADE,
        );
        for (i, e) in array(c, "evidence").iter().enumerate() {
            for field in ["for", "against"] {
                if let Some(text) = str_of(e, field) {
                    add(
                        format!("condition {id} evidence {} {field}", i + 1),
                        text,
                        MAX_GRADE,
                    );
                }
            }
        }
    }

    let interface = read("i18n/en.toml");
    for (key, value) in interface.as_table().unwrap() {
        let text = value.as_str().unwrap();
        // Names of places ("US, Canada and Latin America") are not prose.
        if key.starts_with("region.") {
            continue;
        }
        if counts(text).0 >= MIN_INTERFACE_WORDS {
            add(format!("i18n {key}"), text, MAX_GRADE);
        }
    }
    out
}

#[test]
fn syllable_heuristic_counts_common_words() {
    for (word, expected) in [
        ("back", 1),
        ("pain", 1),
        ("make", 1),
        ("moves", 1),
        ("helped", 1),
        ("started", 2),
        ("little", 2),
        ("yes", 1),
        ("hurts", 1),
        ("doctor", 2),
        ("numbness", 2),
        ("important", 3),
        ("physical", 3),
        ("immediately", 5),
        ("sciatica", 1),
        ("osteoarthritis", 1),
        ("Paget's", 1),
    ] {
        assert_eq!(syllables(word), expected, "{word}");
    }
}

#[test]
fn grade_of_known_sentences() {
    // "The cat sat on the mat." 6 words, 1 sentence, 6 syllables: 0.39 × 6 + 11.8 − 15.59.
    let g = grade("The cat sat on the mat.");
    assert!((g - (0.39 * 6.0 + 11.8 - 15.59)).abs() < 1e-9, "{g}");
    let (words, sentences, syllable_count) =
        counts("It is 38°C (100.4°F). Call {emergency_number} now!");
    assert_eq!((words, sentences, syllable_count), (7, 2, 7));
}

/// The grade of a text of your own, for writers:
/// `READABILITY_TEXT="…" cargo test --test readability -- --ignored --nocapture`.
#[test]
#[ignore = "a tool for writers"]
fn grade_of_a_text() {
    let text = std::env::var("READABILITY_TEXT").unwrap_or_default();
    let (words, sentences, syllable_count) = counts(&text);
    println!(
        "grade {:.1} ({words} words, {sentences} sentences, {syllable_count} syllables): {text}",
        grade(&text)
    );
}

#[test]
fn patient_texts_are_plain_enough() {
    let mut graded: Vec<(f64, Text)> = texts().into_iter().map(|t| (grade(&t.text), t)).collect();
    assert!(graded.len() > 300, "only {} texts found", graded.len());
    graded.sort_by(|a, b| b.0.total_cmp(&a.0));
    println!("The hardest texts (Flesch–Kincaid grade):");
    for (g, t) in graded.iter().take(25) {
        println!("{g:5.1}  {}: {}", t.place, t.text);
    }
    let mean = graded.iter().map(|(g, _)| g).sum::<f64>() / graded.len() as f64;
    println!("{} texts, mean grade {mean:.1}", graded.len());
    let failing: Vec<String> = graded
        .iter()
        .filter(|(g, t)| *g > t.limit)
        .map(|(g, t)| format!("{g:5.1} > {}  {}: {}", t.limit, t.place, t.text))
        .collect();
    assert!(
        failing.is_empty(),
        "{} texts above their grade limit; write them in shorter sentences and commoner words:\n{}",
        failing.len(),
        failing.join("\n")
    );
}
