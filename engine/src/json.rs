//! A small JSON writer for the engine's output (the `assess` report, exports, FHIR).
//! Hand-written rather than serde_json so the browser build carries no JSON machinery
//! or float formatting: numbers are integers or fixed-point decimals.

use std::fmt::Write as _;

/// `x` rounded to `places` decimals, as text, without float formatting.
pub fn decimal(x: f64, places: u8) -> String {
    Json::fixed(x, places).compact()
}

#[derive(Clone, Debug, PartialEq)]
pub enum Json {
    Null,
    Bool(bool),
    Int(i64),
    /// A decimal `value / 10^places`, written with exactly `places` digits after the point.
    Fixed {
        value: i64,
        places: u8,
    },
    Str(String),
    Arr(Vec<Json>),
    /// Keys keep their order.
    Obj(Vec<(String, Json)>),
}

impl Json {
    /// An object from key–value pairs.
    pub fn obj<const N: usize>(pairs: [(&str, Json); N]) -> Json {
        Json::Obj(pairs.into_iter().map(|(k, v)| (k.to_string(), v)).collect())
    }

    /// `x` rounded to `places` decimal places.
    pub fn fixed(x: f64, places: u8) -> Json {
        let scale = 10f64.powi(i32::from(places));
        Json::Fixed {
            value: (x * scale).round() as i64,
            places,
        }
    }

    /// Adds or replaces a key of an object (no effect on other values).
    pub fn set(&mut self, key: &str, value: Json) {
        if let Json::Obj(pairs) = self {
            match pairs.iter_mut().find(|(k, _)| k == key) {
                Some((_, v)) => *v = value,
                None => pairs.push((key.to_string(), value)),
            }
        }
    }

    /// Compact text.
    pub fn compact(&self) -> String {
        let mut out = String::new();
        self.write(&mut out, None, 0);
        out
    }

    /// Indented text, two spaces a level.
    pub fn pretty(&self) -> String {
        let mut out = String::new();
        self.write(&mut out, Some(2), 0);
        out
    }

    fn write(&self, out: &mut String, indent: Option<usize>, depth: usize) {
        let newline = |out: &mut String, depth: usize| {
            if let Some(n) = indent {
                out.push('\n');
                out.extend(std::iter::repeat_n(' ', n * depth));
            }
        };
        match self {
            Json::Null => out.push_str("null"),
            Json::Bool(b) => out.push_str(if *b { "true" } else { "false" }),
            Json::Int(i) => {
                let _ = write!(out, "{i}");
            }
            Json::Fixed { value, places } => {
                if *value < 0 {
                    out.push('-');
                }
                let digits = value.unsigned_abs().to_string();
                let places = usize::from(*places);
                let padded = format!("{digits:0>width$}", width = places + 1);
                let (whole, fraction) = padded.split_at(padded.len() - places);
                out.push_str(whole);
                if places > 0 {
                    out.push('.');
                    out.push_str(fraction);
                }
            }
            Json::Str(s) => write_str(out, s),
            Json::Arr(items) => {
                out.push('[');
                for (i, item) in items.iter().enumerate() {
                    if i > 0 {
                        out.push(',');
                    }
                    newline(out, depth + 1);
                    item.write(out, indent, depth + 1);
                }
                if !items.is_empty() {
                    newline(out, depth);
                }
                out.push(']');
            }
            Json::Obj(pairs) => {
                out.push('{');
                for (i, (key, value)) in pairs.iter().enumerate() {
                    if i > 0 {
                        out.push(',');
                    }
                    newline(out, depth + 1);
                    write_str(out, key);
                    out.push(':');
                    if indent.is_some() {
                        out.push(' ');
                    }
                    value.write(out, indent, depth + 1);
                }
                if !pairs.is_empty() {
                    newline(out, depth);
                }
                out.push('}');
            }
        }
    }
}

fn write_str(out: &mut String, s: &str) {
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if (c as u32) < 0x20 => {
                let _ = write!(out, "\\u{:04x}", c as u32);
            }
            c => out.push(c),
        }
    }
    out.push('"');
}

impl From<&str> for Json {
    fn from(s: &str) -> Json {
        Json::Str(s.to_string())
    }
}
impl From<String> for Json {
    fn from(s: String) -> Json {
        Json::Str(s)
    }
}
impl From<bool> for Json {
    fn from(b: bool) -> Json {
        Json::Bool(b)
    }
}
impl From<u8> for Json {
    fn from(n: u8) -> Json {
        Json::Int(i64::from(n))
    }
}
impl From<u16> for Json {
    fn from(n: u16) -> Json {
        Json::Int(i64::from(n))
    }
}
impl From<usize> for Json {
    fn from(n: usize) -> Json {
        Json::Int(n as i64)
    }
}
impl<T: Into<Json>> From<Option<T>> for Json {
    fn from(v: Option<T>) -> Json {
        v.map_or(Json::Null, Into::into)
    }
}
impl<T: Into<Json>> FromIterator<T> for Json {
    fn from_iter<I: IntoIterator<Item = T>>(iter: I) -> Json {
        Json::Arr(iter.into_iter().map(Into::into).collect())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn writes_valid_json() {
        let value = Json::obj([
            ("text", "a \"quoted\"\nline\u{1}".into()),
            ("n", 42u16.into()),
            ("p", Json::fixed(0.12345, 3)),
            ("neg", Json::fixed(-0.05, 2)),
            ("small", Json::fixed(0.004, 2)),
            ("list", ["x", "y"].into_iter().collect()),
            ("empty", Json::Arr(vec![])),
            ("none", Option::<&str>::None.into()),
        ]);
        for text in [value.compact(), value.pretty()] {
            let parsed: serde_json::Value = serde_json::from_str(&text).unwrap();
            assert_eq!(parsed["text"], "a \"quoted\"\nline\u{1}");
            assert_eq!(parsed["n"], 42);
            assert_eq!(parsed["p"].as_f64(), Some(0.123));
            assert_eq!(parsed["neg"].as_f64(), Some(-0.05));
            assert_eq!(parsed["small"].as_f64(), Some(0.0));
            assert_eq!(parsed["list"][1], "y");
            assert!(parsed["none"].is_null());
        }
        assert_eq!(Json::fixed(1.5, 1).compact(), "1.5");
        assert_eq!(Json::fixed(300.0, 0).compact(), "300");
    }
}
