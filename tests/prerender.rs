//! The start screen written into index.html (between `<!-- prerender:start -->` and
//! `<!-- prerender:end -->`) paints before the WebAssembly loads, and the app then
//! renders the same screen in its place. These tests fail when the two drift apart:
//! a text that is no longer the English one in i18n/en.toml, a text the app now shows
//! that the static copy lacks, or a class the app no longer uses.
#![cfg(not(target_arch = "wasm32"))]

use std::collections::BTreeSet;

/// The keys of the texts on the start screen, in the order the app renders them
/// (src/app.rs, src/pages/welcome.rs, src/components/save_choice.rs).
const TEXTS: [&str; 12] = [
    "app.skip",
    "app.name",
    "app.about",
    "welcome.title",
    "welcome.intro",
    "welcome.time",
    "welcome.private",
    "welcome.not_diagnosis",
    "welcome.emergency",
    "save.label",
    "save.hint",
    "welcome.start",
];

/// Keys rendered as attributes: (attribute, key).
const ATTRIBUTES: [(&str, &str); 1] = [("aria-label", "app.nav")];

/// Keys those views use only on other occasions, never on a first visit's start screen.
const NOT_ON_FIRST_SCREEN: [&str; 2] = ["welcome.started_again", "save.delete"];

/// The app's source files that render the start screen: (file, key prefix it renders).
const VIEWS: [(&str, &str); 3] = [
    ("src/app.rs", "app."),
    ("src/pages/welcome.rs", "welcome."),
    ("src/components/save_choice.rs", "save."),
];

fn read(path: &str) -> String {
    std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{path}: {e}"))
}

/// The markup between the prerender markers in index.html.
fn shell() -> String {
    let html = read("index.html");
    let start = html
        .find("<!-- prerender:start -->")
        .expect("index.html has a <!-- prerender:start --> marker");
    let end = html
        .find("<!-- prerender:end -->")
        .expect("index.html has a <!-- prerender:end --> marker");
    assert!(start < end, "the prerender markers are in the wrong order");
    html[start + "<!-- prerender:start -->".len()..end].to_string()
}

fn english() -> toml::Table {
    read("i18n/en.toml")
        .parse()
        .expect("i18n/en.toml is valid TOML")
}

fn text(table: &toml::Table, key: &str) -> String {
    table
        .get(key)
        .and_then(|v| v.as_str())
        .unwrap_or_else(|| panic!("i18n/en.toml has no text {key:?}"))
        .to_string()
}

fn decode(s: &str) -> String {
    s.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&amp;", "&")
}

/// The text nodes of some markup, in order, with white space collapsed as the
/// browser shows it. Comments and tags are left out.
fn texts(markup: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut rest = markup;
    while !rest.is_empty() {
        let (text, after) = match rest.find('<') {
            Some(i) => (&rest[..i], &rest[i..]),
            None => (rest, ""),
        };
        let text = decode(&text.split_whitespace().collect::<Vec<_>>().join(" "));
        if !text.is_empty() {
            out.push(text);
        }
        rest = if after.starts_with("<!--") {
            &after[after.find("-->").expect("a comment is closed") + 3..]
        } else if after.is_empty() {
            ""
        } else {
            &after[after.find('>').expect("a tag is closed") + 1..]
        };
    }
    out
}

/// Every value of an attribute in some markup (double-quoted, as index.html writes them).
fn attribute_values(markup: &str, name: &str) -> Vec<String> {
    let needle = format!(" {name}=\"");
    markup
        .match_indices(&needle)
        .map(|(i, _)| {
            let value = &markup[i + needle.len()..];
            decode(&value[..value.find('"').expect("an attribute is closed")])
        })
        .collect()
}

/// The text keys a source file renders: those whose constant it names
/// (`ui::welcome::START` for `welcome.start`).
fn keys_used(code: &str) -> BTreeSet<String> {
    let named: BTreeSet<&str> = code
        .match_indices("ui::")
        .map(|(i, _)| {
            let rest = &code[i..];
            let end = rest
                .find(|c: char| !(c.is_alphanumeric() || c == '_' || c == ':'))
                .unwrap_or(rest.len());
            &rest[..end]
        })
        .collect();
    english()
        .keys()
        .filter(|key| {
            let (module, name) = knowledge_compiler::texts::ui_constant(key);
            named.contains(format!("ui::{module}::{name}").as_str())
        })
        .cloned()
        .collect()
}

#[test]
fn the_static_start_screen_has_the_english_texts_in_order() {
    let en = english();
    let expected: Vec<String> = TEXTS.iter().map(|key| text(&en, key)).collect();
    let actual = texts(&shell());
    for (i, (want, got)) in expected.iter().zip(&actual).enumerate() {
        assert_eq!(
            got,
            want,
            "index.html's start screen, text {} should be {:?} (i18n/en.toml)",
            i + 1,
            TEXTS[i]
        );
    }
    assert_eq!(
        actual.len(),
        expected.len(),
        "index.html's start screen has {} texts, the app's has {}: {actual:?}",
        actual.len(),
        expected.len()
    );
}

#[test]
fn the_static_start_screen_has_the_english_labels() {
    let en = english();
    let shell = shell();
    for (attribute, key) in ATTRIBUTES {
        assert_eq!(
            attribute_values(&shell, attribute),
            vec![text(&en, key)],
            "index.html's start screen: {attribute} should be the text {key:?}"
        );
    }
}

#[test]
fn the_static_start_screen_has_every_text_the_app_renders_on_it() {
    let covered: BTreeSet<&str> = TEXTS
        .iter()
        .chain(ATTRIBUTES.iter().map(|(_, key)| key))
        .chain(NOT_ON_FIRST_SCREEN.iter())
        .copied()
        .collect();
    for (file, prefix) in VIEWS {
        for key in keys_used(&read(file)) {
            if key.starts_with(prefix) {
                assert!(
                    covered.contains(key.as_str()),
                    "{file} renders the text {key:?}: add it to the start screen in index.html \
                     (and to tests/prerender.rs), or list it in NOT_ON_FIRST_SCREEN"
                );
            }
        }
    }
}

#[test]
fn every_class_and_id_of_the_static_start_screen_is_the_apps() {
    let code: String = VIEWS.iter().map(|(file, _)| read(file)).collect();
    let shell = shell();
    for classes in attribute_values(&shell, "class") {
        for class in classes.split_whitespace() {
            assert!(
                code.contains(class),
                "index.html's start screen uses the class {class:?}, which the app's views don't"
            );
        }
    }
    for id in attribute_values(&shell, "id") {
        assert!(
            code.contains(&format!("\"{id}\"")),
            "index.html's start screen has the id {id:?}, which the app's views don't"
        );
    }
}

#[test]
fn the_text_scanner_reads_markup_as_a_browser_shows_it() {
    assert_eq!(
        texts("<p class=\"a\">Back &amp;\n   Hip</p><!-- note --> <b>x</b>"),
        ["Back & Hip", "x"]
    );
    assert_eq!(
        attribute_values("<a class=\"b c\" id=\"d\">", "class"),
        ["b c"]
    );
}
