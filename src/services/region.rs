//! The emergency number: from the region of the browser's language when it is the
//! language on screen, else from the language on screen (Spanish: 112), else from the
//! browser's region. The person can change it on the result screen.

use crate::i18n::ui;
use engine::texts::Text;

/// Emergency numbers the person can choose from, with the places they serve.
pub const NUMBERS: [(&str, Text); 5] = [
    ("112", ui::region::N112),
    ("999", ui::region::N999),
    ("911", ui::region::N911),
    ("000", ui::region::N000),
    ("111", ui::region::N111),
];

/// The number for a language tag such as `en-GB` or `es-MX`; 112 where we don't know
/// (it works across Europe and on most mobile networks).
pub fn number_for(tag: &str) -> &'static str {
    let region = tag
        .split(['-', '_'])
        .nth(1)
        .unwrap_or("")
        .to_ascii_uppercase();
    match region.as_str() {
        "GB" | "IE" => "999",
        "US" | "CA" | "MX" | "PR" | "CO" | "PA" | "PE" | "AR" | "CR" | "SV" | "GT" | "HN"
        | "NI" | "PY" | "UY" | "VE" | "DO" | "EC" | "BO" => "911",
        "AU" => "000",
        "NZ" => "111",
        _ => "112",
    }
}

/// The number for a person reading `language` (`en`, `es`) in a browser whose
/// preferred languages are `browser` (`en-US`, `es-MX`…): the region of the first
/// preferred language that is the one on screen; else Spanish's 112 (a Spanish reader
/// of an `en-US` browser is not told to call 911); else the browser's first region.
pub fn number_for_reader(language: &str, browser: &[String]) -> &'static str {
    let primary = |tag: &str| {
        tag.split(['-', '_'])
            .next()
            .unwrap_or("")
            .to_ascii_lowercase()
    };
    let has_region = |tag: &str| tag.split(['-', '_']).nth(1).is_some();
    if let Some(tag) = browser
        .iter()
        .find(|tag| primary(tag) == language && has_region(tag))
    {
        return number_for(tag);
    }
    match language {
        "es" => "112",
        _ => browser.first().map_or("112", |tag| number_for(tag)),
    }
}

/// The number for this browser and the language on screen.
pub fn default_number(language: &str) -> &'static str {
    number_for_reader(language, &super::language::browser_languages())
}

#[cfg(test)]
mod tests {
    use super::number_for_reader;

    fn tags(t: &[&str]) -> Vec<String> {
        t.iter().map(|s| s.to_string()).collect()
    }

    #[test]
    fn the_region_of_the_language_on_screen_comes_first() {
        assert_eq!(number_for_reader("es", &tags(&["es-MX", "en-US"])), "911");
        assert_eq!(number_for_reader("en", &tags(&["en-GB"])), "999");
        assert_eq!(number_for_reader("en", &tags(&["es-ES", "en-AU"])), "000");
    }

    #[test]
    fn then_the_language_on_screen() {
        assert_eq!(number_for_reader("es", &tags(&["en-US"])), "112");
        assert_eq!(number_for_reader("es", &tags(&[])), "112");
    }

    #[test]
    fn then_the_browsers_region() {
        assert_eq!(number_for_reader("en", &tags(&["es-MX"])), "911");
        assert_eq!(number_for_reader("en", &tags(&[])), "112");
    }
}
