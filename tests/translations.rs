//! Every interface text in the translation files is used, every other language has
//! every text, and the files the build compiles for the app read back right.
#![cfg(not(target_arch = "wasm32"))]

use std::collections::BTreeSet;

fn sources(dir: &std::path::Path, out: &mut String) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            sources(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push_str(&std::fs::read_to_string(&path).unwrap());
        }
    }
}

#[test]
fn every_key_is_defined_and_used() {
    let mut code = String::new();
    sources(std::path::Path::new("src"), &mut code);
    let english: toml::Table =
        toml::from_str(&std::fs::read_to_string("i18n/en.toml").unwrap()).unwrap();
    // The app names an interface text by its constant (`ui::welcome::START`), which the
    // compiler checks exists; "language.name" is read by the knowledge compiler for the
    // language menu.
    let unused: Vec<_> = english
        .keys()
        .filter(|key| *key != "language.name")
        .filter(|key| {
            let (module, name) = knowledge_compiler::texts::ui_constant(key);
            !named(&code, &format!("ui::{module}::{name}"))
        })
        .collect();
    assert!(
        unused.is_empty(),
        "keys in i18n/en.toml that no code uses: {unused:?}"
    );
}

/// Whether `code` names `path` (not only as the start of a longer name).
fn named(code: &str, path: &str) -> bool {
    code.match_indices(path).any(|(i, _)| {
        !code[i + path.len()..].starts_with(|c: char| c.is_alphanumeric() || c == '_')
    })
}

/// Every language but English as the build compiles it for the app, by code.
fn compiled_languages() -> Vec<(String, String)> {
    let files = knowledge_compiler::Files::read(std::path::Path::new(".")).unwrap();
    knowledge_compiler::compile_languages(&files).unwrap()
}

/// `{name}` placeholders in a text.
fn placeholders(text: &str) -> BTreeSet<String> {
    text.split('{')
        .skip(1)
        .filter_map(|rest| rest.split_once('}').map(|(name, _)| name.to_string()))
        .filter(|name| name.chars().all(|c| c.is_ascii_lowercase() || c == '_'))
        .collect()
}

#[test]
fn every_other_language_has_every_text_and_reads_in_the_browser() {
    let english = english_texts();
    let mut others = 0;
    for entry in std::fs::read_dir("i18n").unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_none_or(|e| e != "toml") || path.file_name().unwrap() == "en.toml" {
            continue;
        }
        others += 1;
        let text = std::fs::read_to_string(&path).unwrap();
        let table: toml::Table = toml::from_str(&text).unwrap();
        let name = path.display();
        let missing: Vec<_> = english.keys().filter(|k| !table.contains_key(*k)).collect();
        let extra: Vec<_> = table.keys().filter(|k| !english.contains_key(*k)).collect();
        assert!(
            missing.is_empty(),
            "{name} lacks {} keys: {missing:?}",
            missing.len()
        );
        assert!(extra.is_empty(), "{name} has keys nothing uses: {extra:?}");
        for (key, value) in &table {
            let value = value
                .as_str()
                .unwrap_or_else(|| panic!("{name}: {key} is not text"));
            assert!(!value.trim().is_empty(), "{name}: {key} is empty");
            assert_eq!(
                placeholders(value),
                placeholders(&english[key]),
                "{name}: {key} must keep the placeholders of the English"
            );
        }
        // The browser reads the file as the build compiles it: every text must be
        // where the app looks for it.
        let code = path.file_stem().unwrap().to_str().unwrap();
        let compiled = compiled_languages()
            .into_iter()
            .find(|(c, _)| c == code)
            .unwrap_or_else(|| panic!("the build compiles no {code}.txt"))
            .1;
        let catalog = backhip::engine::texts::Catalog::parse(code, &compiled).unwrap();
        let knowledge: std::collections::BTreeMap<String, backhip::engine::texts::Text> =
            backhip::engine::texts::knowledge_keys().collect();
        for (key, value) in &table {
            let read = match knowledge.get(key) {
                Some(text) => catalog.get(*text),
                None => catalog.ui(key),
            };
            assert_eq!(
                read,
                value.as_str().unwrap(),
                "{name}: the compiled file puts another text at {key}"
            );
        }
    }
    assert!(others >= 1, "at least one language besides English");
}

/// Every text in `v` with its place, for comparing two exports of the same answers.
fn texts(v: &serde_json::Value, at: String, out: &mut Vec<(String, String)>) {
    match v {
        serde_json::Value::Object(map) => {
            for (k, v) in map {
                texts(v, format!("{at}.{k}"), out);
            }
        }
        serde_json::Value::Array(items) => {
            for (i, v) in items.iter().enumerate() {
                texts(v, format!("{at}[{i}]"), out);
            }
        }
        serde_json::Value::String(s) => out.push((at, s.clone())),
        _ => {}
    }
}

#[test]
fn exports_are_in_the_chosen_language() {
    use backhip::engine::texts::Catalog;
    use backhip::engine::{self, fhir, report, Answers};

    #[derive(serde::Deserialize)]
    struct Case {
        answers: serde_json::Map<String, serde_json::Value>,
    }
    #[derive(serde::Deserialize)]
    struct Cases {
        case: Vec<Case>,
    }
    let cases: Cases =
        toml::from_str(&std::fs::read_to_string("engine/tests/vignettes.toml").unwrap()).unwrap();
    let spanish_file = std::fs::read_to_string("i18n/es.toml").unwrap();
    let spanish: toml::Table = toml::from_str(&spanish_file).unwrap();
    let spanish: BTreeSet<&str> = spanish.values().filter_map(|v| v.as_str()).collect();
    // Fields that hold ids, codes, numbers or dates rather than words.
    let words = |path: &str| {
        [
            ".title",
            ".action",
            ".safety_net",
            ".reason",
            ".name",
            ".text",
            ".advice",
            ".attribution",
            ".display",
        ]
        .iter()
        .any(|f| path.ends_with(f))
    };

    let spanish_compiled = compiled_languages()
        .into_iter()
        .find(|(code, _)| code == "es")
        .unwrap()
        .1;
    let mut checked = 0;
    for case in &cases.case {
        let mut answers = Answers::new();
        for (q, a) in &case.answers {
            answers.set_json(q, a).unwrap();
        }
        let assessment = engine::assess(&answers);
        let export = |wording: &Catalog| {
            let report = report::to_json(&assessment, wording).compact();
            let response =
                fhir::questionnaire_response(&answers, true, "2026-01-01T00:00:00Z", wording)
                    .compact();
            let mut out = Vec::new();
            for file in [report, response] {
                texts(
                    &serde_json::from_str(&file).unwrap(),
                    String::new(),
                    &mut out,
                );
            }
            out
        };
        let english = export(Catalog::english());
        let es = Catalog::parse("es", &spanish_compiled).unwrap();
        let translated = export(es);
        let response: serde_json::Value = serde_json::from_str(
            &fhir::questionnaire_response(&answers, true, "2026-01-01T00:00:00Z", es).compact(),
        )
        .unwrap();

        assert_eq!(response["language"], "es");
        // The answers read back the same whatever the language.
        assert_eq!(fhir::answers_from_response(&response).unwrap(), answers);
        assert_eq!(english.len(), translated.len());
        for ((path, en), (path_es, es)) in english.iter().zip(&translated) {
            assert_eq!(path, path_es);
            if words(path) {
                assert!(
                    spanish.contains(es.as_str()),
                    "{path}: `{es}` is not a Spanish text"
                );
                checked += 1;
            } else if !path.ends_with(".language") {
                assert_eq!(
                    en, es,
                    "{path}: ids and codes do not change with the language"
                );
            }
        }
    }
    assert!(checked > 1000, "only {checked} texts were compared");
}

/// Every English text (interface and knowledge) by key.
fn english_texts() -> std::collections::BTreeMap<String, String> {
    backhip::engine::texts::english_entries()
        .map(|(k, v)| (k, v.to_string()))
        .collect()
}

/// A short fingerprint of a text (FNV-1a, 64 bits).
fn fingerprint(text: &str) -> String {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for b in text.bytes() {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x0100_0000_01b3);
    }
    format!("{h:016x}")
}

/// `tests/translated-from/<code>.txt` records the English each translation was made from. When an
/// English text changes, its translations must be looked at again: this test names
/// them. After updating the translations, record the new English with
/// `TRANSLATIONS_REVIEWED=1 cargo test --test translations`.
#[test]
fn translations_are_of_the_current_english() {
    let english = english_texts();
    let record: String = english
        .iter()
        .map(|(k, v)| format!("{k} {}\n", fingerprint(v)))
        .collect();
    for entry in std::fs::read_dir("i18n").unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_none_or(|e| e != "toml") || path.file_name().unwrap() == "en.toml" {
            continue;
        }
        let code = path.file_stem().unwrap().to_str().unwrap();
        let source = std::path::Path::new("tests/translated-from").join(format!("{code}.txt"));
        if std::env::var_os("TRANSLATIONS_REVIEWED").is_some() {
            std::fs::create_dir_all(source.parent().unwrap()).unwrap();
            std::fs::write(&source, &record).unwrap();
            continue;
        }
        let recorded = std::fs::read_to_string(&source).unwrap_or_default();
        let recorded: std::collections::BTreeMap<&str, &str> =
            recorded.lines().filter_map(|l| l.split_once(' ')).collect();
        let stale: Vec<&String> = english
            .iter()
            .filter(|(k, v)| recorded.get(k.as_str()) != Some(&fingerprint(v).as_str()))
            .map(|(k, _)| k)
            .collect();
        assert!(
            stale.is_empty(),
            "the English of {} texts changed (or is new) since {} was translated: {stale:?}. \
             Update their translations, then run `TRANSLATIONS_REVIEWED=1 cargo test --test translations`.",
            stale.len(),
            path.display()
        );
    }
}
