//! Saving answers on this device, only when the person asks for it. Saved data is
//! versioned; data from another version, or that cannot be read, is discarded and the
//! person is told. "Delete my answers" removes everything the app stored.

use crate::engine::json::Json;
use crate::engine::{Answers, QuestionId};

/// Every key the app stores starts with this.
pub const PREFIX: &str = "backhip.";
const SESSION_KEY: &str = "backhip.session";
/// The saved-session format; bump it when the format changes.
pub const VERSION: u32 = 1;

/// What was found in storage at start-up.
#[derive(Debug, PartialEq)]
pub enum Loaded {
    Nothing,
    Restored(Answers, Vec<QuestionId>),
    /// Something was stored but could not be used; it has been deleted.
    Discarded(String),
}

fn storage() -> Option<web_sys::Storage> {
    gloo::utils::window().local_storage().ok().flatten()
}

/// The first line of a saved session: the format and its version.
const HEADER: &str = "backhip-session";

/// Reads a saved session (pure: the stored text in, what it means out). The format is
/// plain lines, read without a JSON parser:
///
/// ```text
/// backhip-session 1
/// history saddle_numbness age
/// answer saddle_numbness no
/// answer age 50
/// ```
pub fn read(text: &str) -> Result<(Answers, Vec<QuestionId>), String> {
    let mut lines = text.lines();
    match lines.next().and_then(|l| l.strip_prefix(HEADER)) {
        Some(version) if version.trim() == VERSION.to_string() => {}
        Some(version) => return Err(format!("saved by another version ({})", version.trim())),
        None => return Err("unreadable: not a saved session".into()),
    }
    let mut answers = Answers::new();
    let mut history = Vec::new();
    for line in lines {
        let mut words = line.split(' ').filter(|w| !w.is_empty());
        match words.next() {
            Some("history") => {
                for id in words {
                    history.push(
                        QuestionId::by_id(id).ok_or_else(|| format!("unknown question `{id}`"))?,
                    );
                }
            }
            Some("answer") => {
                let id = words.next().ok_or("an answer without a question")?;
                let values: Vec<&str> = words.collect();
                answers.set_words(id, &values).map_err(|e| e.to_string())?;
            }
            None => {}
            Some(other) => return Err(format!("unreadable line starting `{other}`")),
        }
    }
    // A session is saved only once a question is answered, with its place: without
    // one, Start would have nowhere to go on from.
    if history.is_empty() || history.iter().any(|q| answers.get(*q).is_none()) {
        return Err("no history, or one naming an unanswered question".into());
    }
    Ok((answers, history))
}

/// The stored text for a session.
pub fn write(answers: &Answers, history: &[QuestionId]) -> String {
    let mut text = format!("{HEADER} {VERSION}\nhistory");
    for q in history {
        text.push(' ');
        text.push_str(q.get().id);
    }
    for (q, answer) in answers.iter() {
        text.push_str("\nanswer ");
        text.push_str(q.get().id);
        match Answers::answer_json(q.get(), answer) {
            Json::Arr(items) => {
                for item in items {
                    if let Json::Str(id) = item {
                        text.push(' ');
                        text.push_str(&id);
                    }
                }
            }
            Json::Str(id) => {
                text.push(' ');
                text.push_str(&id);
            }
            other => {
                text.push(' ');
                text.push_str(&other.compact());
            }
        }
    }
    text
}

pub fn load() -> Loaded {
    let Some(text) = storage().and_then(|s| s.get_item(SESSION_KEY).ok().flatten()) else {
        return Loaded::Nothing;
    };
    match read(&text) {
        Ok((answers, history)) => Loaded::Restored(answers, history),
        Err(why) => {
            delete_all();
            Loaded::Discarded(why)
        }
    }
}

/// Keeps `session` on this device, or, for `None`, nothing at all.
pub fn keep(session: Option<(&Answers, &[QuestionId])>) {
    match (session, storage()) {
        (Some((answers, history)), Some(s)) => {
            s.set_item(SESSION_KEY, &write(answers, history)).ok();
        }
        (None, _) => delete_all(),
        (_, None) => {}
    }
}

/// Removes everything the app stored on this device.
pub fn delete_all() {
    let Some(s) = storage() else { return };
    let keys: Vec<String> = (0..s.length().unwrap_or(0))
        .filter_map(|i| s.key(i).ok().flatten())
        .filter(|k| k.starts_with(PREFIX))
        .collect();
    for key in keys {
        s.remove_item(&key).ok();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_saved_session_reads_back() {
        let answers = Answers::from_json(r#"{"saddle_numbness": "no", "age": 50}"#).unwrap();
        let history = vec![
            QuestionId::by_id("saddle_numbness").unwrap(),
            QuestionId::by_id("age").unwrap(),
        ];
        assert_eq!(read(&write(&answers, &history)), Ok((answers, history)));
    }

    #[test]
    fn corrupted_or_old_sessions_are_refused_with_a_reason() {
        for text in [
            "",
            "{",
            "backhip-session 0\nanswer fever no",
            "backhip-session 1\nanswer fever purple",
            "backhip-session 1\nanswer fever yes no",
            "backhip-session 1\nanswer age old",
            "backhip-session 1\nhistory nope",
            "backhip-session 1\nhistory fever",
            "backhip-session 1\nsomething else",
            // Answers with no history, or nothing at all.
            "backhip-session 1\nhistory\nanswer tearing_pain no\nanswer faint yes",
            "backhip-session 1",
        ] {
            assert!(read(text).is_err(), "{text}");
        }
    }
}
