//! Reads the translation files: flat TOML with one `key = "text"` per line. The browser
//! fetches a language's file when the person chooses it and reads it with this small
//! reader instead of a full TOML parser; `tests/translations.rs` checks that it reads
//! every file exactly as a full TOML parser does.

/// The entries of a flat TOML file, in order; the first bad line is the error.
pub fn parse(text: &str) -> Result<Vec<(String, String)>, String> {
    let mut entries = Vec::new();
    for (n, line) in text.lines().enumerate() {
        let line = line.trim();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        let bad = |why: &str| format!("line {}: {why}", n + 1);
        let (key, rest) = if let Some(quoted) = line.strip_prefix('"') {
            let (key, rest) = read_string(quoted).ok_or_else(|| bad("unfinished key"))?;
            (key, rest)
        } else {
            let end = line
                .find(|c: char| !(c.is_ascii_alphanumeric() || "_-.".contains(c)))
                .unwrap_or(line.len());
            (line[..end].to_string(), &line[end..])
        };
        if key.is_empty() {
            return Err(bad("no key"));
        }
        let value = rest
            .trim_start()
            .strip_prefix('=')
            .map(str::trim_start)
            .and_then(|v| v.strip_prefix('"'))
            .ok_or_else(|| bad("expected = \"text\""))?;
        let (value, rest) = read_string(value).ok_or_else(|| bad("unfinished text"))?;
        let rest = rest.trim();
        if !(rest.is_empty() || rest.starts_with('#')) {
            return Err(bad("unexpected text after the value"));
        }
        entries.push((key, value));
    }
    Ok(entries)
}

/// Reads a basic string after its opening quote: the text and what follows the
/// closing quote.
fn read_string(s: &str) -> Option<(String, &str)> {
    let mut out = String::new();
    let mut chars = s.char_indices();
    while let Some((i, c)) = chars.next() {
        match c {
            '"' => return Some((out, &s[i + 1..])),
            '\\' => match chars.next()?.1 {
                'n' => out.push('\n'),
                't' => out.push('\t'),
                '"' => out.push('"'),
                '\\' => out.push('\\'),
                'u' => {
                    let hex: String = (0..4)
                        .filter_map(|_| chars.next().map(|(_, c)| c))
                        .collect();
                    out.push(char::from_u32(u32::from_str_radix(&hex, 16).ok()?)?);
                }
                _ => return None,
            },
            c => out.push(c),
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::parse;

    #[test]
    fn reads_keys_values_comments_and_escapes() {
        let text = "# a comment\n\n\"welcome.title\" = \"Hola \\\"amigo\\\"\\n\" # trailing\nplain_key = \"caf\\u00e9 y más\"\n";
        assert_eq!(
            parse(text).unwrap(),
            vec![
                ("welcome.title".into(), "Hola \"amigo\"\n".into()),
                ("plain_key".into(), "café y más".into()),
            ]
        );
    }

    #[test]
    fn bad_lines_are_errors_with_their_line_number() {
        for (text, line) in [
            ("a = \"ok\"\nb = unquoted", 2),
            ("\"open = \"x\"", 1),
            ("c = \"never closed", 1),
            ("d = \"x\" extra", 1),
            ("= \"no key\"", 1),
        ] {
            let err = parse(text).unwrap_err();
            assert!(err.starts_with(&format!("line {line}:")), "{text}: {err}");
        }
    }
}
