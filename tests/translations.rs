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
