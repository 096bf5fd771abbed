//! Settings a clinic gives in the page address when it embeds the checker
//! (`?lang=es&accent=%23005eb8&clinic=…&phone=…&booking=https://…&number=999&compact=1&host=https://clinic.example`).
//! Each is checked; a bad or unknown one is ignored with a warning (shown in the
//! console), never breaking the page. Values are only ever shown as text.

use crate::services::region::NUMBERS;

/// The clinic's details, shown on the result screen.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Clinic {
    pub name: Option<String>,
    pub phone: Option<String>,
    /// An `https:` address for booking an appointment.
    pub booking: Option<String>,
}

impl Clinic {
    pub fn is_empty(&self) -> bool {
        self.name.is_none() && self.phone.is_none() && self.booking.is_none()
    }
}

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Settings {
    pub language: Option<String>,
    /// The accent colour as `#rrggbb`, and the text colour to use on it.
    pub accent: Option<(String, &'static str)>,
    pub clinic: Clinic,
    pub number: Option<&'static str>,
    /// Hide the app's own header (the host page has one), all but the About link.
    pub compact: bool,
    /// The embedding page's origin (`https://clinic.example`): the only place our height
    /// is ever sent. Without it nothing is sent.
    pub host: Option<String>,
}

/// Reads the settings from a query string (with or without the leading `?`). Returns
/// the settings and a warning for each value that was ignored.
pub fn parse(query: &str, languages: &[&str]) -> (Settings, Vec<String>) {
    let mut settings = Settings::default();
    let mut warnings = Vec::new();
    for pair in query
        .trim_start_matches('?')
        .split('&')
        .filter(|p| !p.is_empty())
    {
        let (key, raw) = pair.split_once('=').unwrap_or((pair, ""));
        let value = decode(raw);
        let mut bad =
            |why: &str| warnings.push(format!("embed setting `{key}`: {why}; using the default"));
        match key {
            "lang" => match languages.iter().find(|l| **l == value) {
                Some(l) => settings.language = Some(l.to_string()),
                None => bad(&format!(
                    "no translation for `{value}` (have {})",
                    languages.join(", ")
                )),
            },
            "accent" => match parse_colour(&value) {
                Some(rgb) if contrast(rgb, (255, 255, 255)) >= 4.5 => {
                    let text = "#ffffff";
                    settings.accent = Some((hex(rgb), text));
                }
                Some(_) => bad("too light to read on white (needs contrast 4.5:1)"),
                None => bad("not a colour like #005eb8"),
            },
            "clinic" => match plain_text(&value, 80) {
                Some(name) => settings.clinic.name = Some(name),
                None => bad("must be plain text of 1 to 80 characters"),
            },
            "phone" => {
                let ok = !value.is_empty()
                    && value.len() <= 24
                    && value.chars().any(|c| c.is_ascii_digit())
                    && value
                        .chars()
                        .all(|c| c.is_ascii_digit() || " +-().".contains(c));
                if ok {
                    settings.clinic.phone = Some(value.trim().to_string());
                } else {
                    bad("must be a phone number of digits, spaces and + - ( )");
                }
            }
            "booking" => match safe_url(&value) {
                Some(url) => settings.clinic.booking = Some(url),
                None => bad("must be an https:// address"),
            },
            "number" => match NUMBERS.iter().find(|(n, _)| *n == value) {
                Some((n, _)) => settings.number = Some(n),
                None => bad("not an emergency number the checker knows"),
            },
            "compact" => match value.as_str() {
                "1" | "true" | "yes" => settings.compact = true,
                "0" | "false" | "no" => settings.compact = false,
                _ => bad("must be 1 or 0"),
            },
            "host" => match origin(&value) {
                Some(origin) => settings.host = Some(origin),
                None => bad("must be an origin like https://clinic.example"),
            },
            _ => warnings.push(format!("embed setting `{key}` is not known; ignored")),
        }
    }
    (settings, warnings)
}

/// Percent-decoding of a query value (`+` is a space). Bad escapes are kept as typed.
fn decode(raw: &str) -> String {
    let bytes = raw.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'+' => out.push(b' '),
            b'%' if i + 2 < bytes.len() => {
                match raw
                    .get(i + 1..i + 3)
                    .and_then(|h| u8::from_str_radix(h, 16).ok())
                    .ok_or(())
                {
                    Ok(b) => {
                        out.push(b);
                        i += 2;
                    }
                    Err(_) => out.push(b'%'),
                }
            }
            b => out.push(b),
        }
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

fn plain_text(value: &str, max: usize) -> Option<String> {
    let trimmed = value.trim();
    let ok = !trimmed.is_empty()
        && trimmed.chars().count() <= max
        && !trimmed
            .chars()
            .any(|c| c.is_control() || c == '<' || c == '>' || c == char::REPLACEMENT_CHARACTER);
    ok.then(|| trimmed.to_string())
}

fn safe_url(value: &str) -> Option<String> {
    let rest = value.strip_prefix("https://")?;
    let host = rest.split(['/', '?', '#']).next()?;
    let ok = !host.is_empty()
        && value.len() <= 500
        && !value
            .chars()
            .any(|c| c.is_whitespace() || c.is_control() || "<>\"'`".contains(c));
    ok.then(|| value.to_string())
}

/// An origin as a browser writes it (`https://clinic.example`, `http://localhost:8000`):
/// a scheme, a host and perhaps a port, with no path. A trailing `/` is dropped.
fn origin(value: &str) -> Option<String> {
    let value = value.strip_suffix('/').unwrap_or(value);
    let rest = value
        .strip_prefix("https://")
        .or_else(|| value.strip_prefix("http://"))?;
    let ok = !rest.is_empty()
        && value.len() <= 200
        && rest
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || "-.:[]".contains(c));
    ok.then(|| value.to_ascii_lowercase())
}

fn parse_colour(value: &str) -> Option<(u8, u8, u8)> {
    let hex = value.strip_prefix('#')?;
    let digits: Vec<u8> = hex
        .chars()
        .map(|c| c.to_digit(16).map(|d| d as u8))
        .collect::<Option<_>>()?;
    match digits.as_slice() {
        [r, g, b] => Some((r * 17, g * 17, b * 17)),
        [r1, r2, g1, g2, b1, b2] => Some((r1 * 16 + r2, g1 * 16 + g2, b1 * 16 + b2)),
        _ => None,
    }
}

fn hex((r, g, b): (u8, u8, u8)) -> String {
    format!("#{r:02x}{g:02x}{b:02x}")
}

/// `x` to the power 2.4, for `x` in (0, 1]: x² times the square of its fifth root,
/// which Newton's method finds from 1 (it only falls towards the root). `powf` would
/// bring in 1.4 KB of maths code for this one use (docs/performance.md).
fn pow_2_4(x: f64) -> f64 {
    let mut root = 1.0;
    for _ in 0..24 {
        root = (4.0 * root + x / (root * root * root * root)) / 5.0;
    }
    x * x * root * root
}

/// WCAG 2 contrast ratio of two colours.
fn contrast(a: (u8, u8, u8), b: (u8, u8, u8)) -> f64 {
    fn luminance((r, g, b): (u8, u8, u8)) -> f64 {
        let channel = |c: u8| {
            let c = f64::from(c) / 255.0;
            if c <= 0.03928 {
                c / 12.92
            } else {
                pow_2_4((c + 0.055) / 1.055)
            }
        };
        0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b)
    }
    let (la, lb) = (luminance(a), luminance(b));
    (la.max(lb) + 0.05) / (la.min(lb) + 0.05)
}

#[cfg(test)]
mod tests {
    use super::*;

    const LANGS: &[&str] = &["en", "es"];

    #[test]
    fn the_power_of_a_channel_is_the_standard_one() {
        for c in 11..=255u8 {
            let x = (f64::from(c) / 255.0 + 0.055) / 1.055;
            let (ours, std) = (pow_2_4(x), x.powf(2.4));
            assert!(
                (ours - std).abs() <= 1e-14 * std,
                "{c}: {ours} against {std}"
            );
        }
    }

    #[test]
    fn good_settings_are_read() {
        let (s, warnings) = parse(
            "?lang=es&accent=%23005EB8&clinic=Riverside+Physio&phone=%2B44%20161%20496%200000&booking=https%3A%2F%2Fclinic.test%2Fbook&number=999&compact=1&host=https%3A%2F%2FClinic.test%2F",
            LANGS,
        );
        assert!(warnings.is_empty(), "{warnings:?}");
        assert_eq!(s.language.as_deref(), Some("es"));
        assert_eq!(s.accent, Some(("#005eb8".into(), "#ffffff")));
        assert_eq!(s.clinic.name.as_deref(), Some("Riverside Physio"));
        assert_eq!(s.clinic.phone.as_deref(), Some("+44 161 496 0000"));
        assert_eq!(
            s.clinic.booking.as_deref(),
            Some("https://clinic.test/book")
        );
        assert_eq!(s.number, Some("999"));
        assert!(s.compact);
        assert_eq!(s.host.as_deref(), Some("https://clinic.test"));
    }

    #[test]
    fn bad_settings_fall_back_to_defaults_with_a_warning_each() {
        let (s, warnings) = parse(
            "lang=xx&accent=red&clinic=%3Cscript%3E&phone=call-me&booking=javascript:alert(1)&number=123&compact=maybe&colour=blue&accent=%23ffff00&host=*&host=https%3A%2F%2Fclinic.test%2Fpage&host=javascript:x",
            LANGS,
        );
        assert_eq!(s, Settings::default());
        assert_eq!(warnings.len(), 12, "{warnings:?}");
        assert!(warnings.iter().any(|w| w.contains("`colour` is not known")));
        assert!(warnings.iter().any(|w| w.contains("too light")));
    }

    #[test]
    fn broken_escapes_give_defaults_and_a_warning() {
        for q in [
            "clinic=%",
            "clinic=%4",
            "clinic=%zz",
            "clinic=%E2%82",
            "=&&=x&phone=",
        ] {
            let (settings, warnings) = parse(q, LANGS);
            // A value that cannot be read is left out with a warning; one that can is
            // kept as the text it is, never as broken characters.
            match settings.clinic.name.as_deref() {
                Some(name) => assert!(!name.contains('\u{FFFD}'), "{q}: {name}"),
                None => assert!(!warnings.is_empty(), "{q}: a warning"),
            }
            assert_eq!(settings.clinic.phone, None, "{q}");
        }
    }
}
