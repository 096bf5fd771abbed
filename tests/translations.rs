//! Every interface text key used in the code exists in the translation files, and
//! every key in them is used. (The build itself checks every language has the same
//! keys as English.)
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

/// Text between any two double quotes in the code that looks like a text key
/// (`area.name`). Looking at every quote, not pairs, keeps escaped and character-literal
/// quotes from throwing the scan out of step.
fn literals(code: &str) -> BTreeSet<String> {
    let quotes: Vec<usize> = code.match_indices('"').map(|(i, _)| i).collect();
    quotes
        .windows(2)
        .map(|w| &code[w[0] + 1..w[1]])
        .filter(|s| {
            s.contains('.')
                && s.chars()
                    .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_' || c == '.')
                && s.split('.').all(|part| !part.is_empty())
        })
        .map(str::to_string)
        .collect()
}

#[test]
fn every_key_is_defined_and_used() {
    let mut code = String::new();
    sources(std::path::Path::new("src"), &mut code);
    // build.rs reads "language.name" for the language menu.
    code.push_str(&std::fs::read_to_string("build.rs").unwrap());
    let english: toml::Table =
        toml::from_str(&std::fs::read_to_string("i18n/en.toml").unwrap()).unwrap();
    let keys: BTreeSet<String> = english.keys().cloned().collect();
    let used = literals(&code);

    let unused: Vec<_> = keys.iter().filter(|k| !used.contains(*k)).collect();
    assert!(
        unused.is_empty(),
        "keys in i18n/en.toml that no code uses: {unused:?}"
    );

    // Every t("…") and tf("…") names a key.
    let mut missing = Vec::new();
    for call in ["t(\"", "tf(\""] {
        for (at, _) in code.match_indices(call) {
            let before = code[..at].chars().next_back();
            if before.is_some_and(|c| c.is_alphanumeric() || c == '_' || c == '.') {
                continue; // part of another name, e.g. expect("…")
            }
            let key = code[at + call.len()..].split('"').next().unwrap();
            if !keys.contains(key) {
                missing.push(key.to_string());
            }
        }
    }
    assert!(
        missing.is_empty(),
        "keys used in the code but missing from i18n/en.toml: {missing:?}"
    );
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
    let english_ui: toml::Table =
        toml::from_str(&std::fs::read_to_string("i18n/en.toml").unwrap()).unwrap();
    let mut english: std::collections::BTreeMap<String, String> = english_ui
        .iter()
        .map(|(k, v)| (k.clone(), v.as_str().unwrap().to_string()))
        .collect();
    for (key, text) in backhip::engine::knowledge::text_keys() {
        english.insert(key, text.to_string());
    }
    let mut others = 0;
    for entry in std::fs::read_dir("i18n").unwrap() {
        let path = entry.unwrap().path();
        if path.file_name().unwrap() == "en.toml" {
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
        // The browser reads the file with its small reader: it must read it the same.
        let flat: std::collections::BTreeMap<String, String> = backhip::flat_toml::parse(&text)
            .unwrap()
            .into_iter()
            .collect();
        let full: std::collections::BTreeMap<String, String> = table
            .iter()
            .map(|(k, v)| (k.clone(), v.as_str().unwrap().to_string()))
            .collect();
        assert_eq!(
            flat, full,
            "{name}: the browser's reader disagrees with TOML"
        );
    }
    assert!(others >= 1, "at least one language besides English");
}
