//! A person's answers, keyed by question, and their JSON form (the public answers
//! format documented in `docs/answers.md`: question id → answer id, list of ids or number).

use super::json::Json;
use super::knowledge::{Question, QuestionId, QuestionKind, QUESTIONS};
use serde_json::Value;
use std::fmt;

/// One question's answer.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Answer {
    /// The index of the chosen option.
    Choice(usize),
    /// The chosen options of a multi question, one bit per option.
    Multi(u64),
    /// A whole number for a number question.
    Number(u16),
}

impl Answer {
    /// Whether this answer selects the option (or band) at `option`.
    pub fn selects(self, question: &Question, option: usize) -> bool {
        match self {
            Answer::Choice(c) => c == option,
            Answer::Multi(mask) => mask & (1 << option) != 0,
            Answer::Number(n) => question.band_of(n) == Some(option),
        }
    }

    /// Whether the person said they are not sure.
    pub fn is_unsure(self, question: &Question) -> bool {
        match self {
            Answer::Choice(c) => question.options[c].unsure,
            Answer::Multi(mask) => question
                .options
                .iter()
                .enumerate()
                .any(|(i, o)| o.unsure && mask & (1 << i) != 0),
            Answer::Number(_) => false,
        }
    }
}

/// Why an answer or an answers file was refused. Each names the bad entry.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum AnswerError {
    NotJson(String),
    NotAnObject,
    /// A question answered twice in one file: which answer was meant is not known.
    Repeated(String),
    UnknownQuestion(String),
    UnknownOption {
        question: String,
        option: String,
    },
    WrongType {
        question: String,
        expected: &'static str,
    },
    OutOfRange {
        question: String,
        value: String,
        min: u16,
        max: u16,
    },
    Empty {
        question: String,
    },
    ExclusiveWithOthers {
        question: String,
        option: String,
    },
}

impl fmt::Display for AnswerError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            AnswerError::NotJson(e) => write!(f, "the answers are not valid JSON: {e}"),
            AnswerError::NotAnObject => {
                write!(
                    f,
                    "the answers must be a JSON object of question id to answer"
                )
            }
            AnswerError::Repeated(q) => write!(
                f,
                "question `{q}` is answered more than once; give one answer to each question"
            ),
            AnswerError::UnknownQuestion(q) => write!(f, "unknown question id `{q}`"),
            AnswerError::UnknownOption { question, option } => {
                write!(f, "question `{question}` has no answer `{option}`")
            }
            AnswerError::WrongType { question, expected } => {
                write!(f, "question `{question}` expects {expected}")
            }
            AnswerError::OutOfRange {
                question,
                value,
                min,
                max,
            } => write!(
                f,
                "question `{question}`: {value} is outside {min} to {max}"
            ),
            AnswerError::Empty { question } => {
                write!(f, "question `{question}`: choose at least one answer")
            }
            AnswerError::ExclusiveWithOthers { question, option } => write!(
                f,
                "question `{question}`: `{option}` cannot be chosen with other answers"
            ),
        }
    }
}

impl std::error::Error for AnswerError {}

/// An answer as given, before it is checked against its question.
enum Given<'a> {
    One(&'a str),
    /// `None` for a list item that is not a string.
    Many(Vec<Option<&'a str>>),
    /// The number if it is a whole number ≥ 0, and as written.
    Number(Option<u64>, String),
    Other,
}

/// All answers given so far, one slot per question.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Answers {
    values: Vec<Option<Answer>>,
}

impl Default for Answers {
    fn default() -> Self {
        Answers {
            values: vec![None; QUESTIONS.len()],
        }
    }
}

impl Answers {
    pub fn new() -> Self {
        Self::default()
    }

    pub fn get(&self, question: QuestionId) -> Option<Answer> {
        self.values[question.0]
    }

    /// Sets an answer after checking it fits the question.
    pub fn set(&mut self, question: QuestionId, answer: Answer) -> Result<(), AnswerError> {
        check(question.get(), answer)?;
        self.values[question.0] = Some(answer);
        Ok(())
    }

    /// The answered questions in questionnaire order.
    pub fn iter(&self) -> impl Iterator<Item = (QuestionId, Answer)> + '_ {
        self.values
            .iter()
            .enumerate()
            .filter_map(|(i, a)| a.map(|a| (QuestionId(i), a)))
    }

    pub fn len(&self) -> usize {
        self.values.iter().filter(|a| a.is_some()).count()
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// Sets an answer from its public id form: `"yes"`, `["a", "b"]` or `42`.
    pub fn set_json(&mut self, question_id: &str, value: &Value) -> Result<(), AnswerError> {
        let given = match value {
            Value::String(s) => Given::One(s),
            Value::Array(items) => Given::Many(items.iter().map(|i| i.as_str()).collect()),
            Value::Number(n) if n.as_f64().is_some_and(|x| x.fract() != 0.0) => Given::Other,
            Value::Number(n) => Given::Number(n.as_u64(), n.to_string()),
            _ => Given::Other,
        };
        self.set_given(question_id, given)
    }

    /// Sets an answer from words: answer ids, or the number as digits (the saved-session
    /// form, read without a JSON parser).
    pub fn set_words(&mut self, question_id: &str, words: &[&str]) -> Result<(), AnswerError> {
        let kind = QuestionId::by_id(question_id).map(|q| q.get().kind);
        let given = match (kind, words) {
            (Some(QuestionKind::Number), [n]) => Given::Number(n.parse().ok(), n.to_string()),
            (Some(QuestionKind::Single), [id]) => Given::One(id),
            (Some(QuestionKind::Multi), ids) => Given::Many(ids.iter().map(|i| Some(*i)).collect()),
            _ => Given::Other,
        };
        self.set_given(question_id, given)
    }

    fn set_given(&mut self, question_id: &str, given: Given) -> Result<(), AnswerError> {
        let qid = QuestionId::by_id(question_id)
            .ok_or_else(|| AnswerError::UnknownQuestion(question_id.to_string()))?;
        let question = qid.get();
        let wrong = |expected| AnswerError::WrongType {
            question: question_id.to_string(),
            expected,
        };
        let option = |id: &str| {
            question
                .option_index(id)
                .ok_or_else(|| AnswerError::UnknownOption {
                    question: question_id.to_string(),
                    option: id.to_string(),
                })
        };
        let answer = match (question.kind, given) {
            (QuestionKind::Single, Given::One(s)) => Answer::Choice(option(s)?),
            (QuestionKind::Single, _) => return Err(wrong("one answer id, as a string")),
            (QuestionKind::Multi, Given::Many(items)) => {
                let mut mask = 0u64;
                for item in items {
                    let id = item.ok_or_else(|| wrong("a list of answer ids, as strings"))?;
                    mask |= 1 << option(id)?;
                }
                Answer::Multi(mask)
            }
            (QuestionKind::Multi, _) => return Err(wrong("a list of answer ids")),
            (QuestionKind::Number, Given::Number(n, text)) => {
                let out_of_range = || AnswerError::OutOfRange {
                    question: question_id.to_string(),
                    value: text.clone(),
                    min: question.min,
                    max: question.max,
                };
                let v = n.ok_or_else(out_of_range)?;
                Answer::Number(u16::try_from(v).map_err(|_| out_of_range())?)
            }
            (QuestionKind::Number, _) => return Err(wrong("a whole number")),
        };
        self.set(qid, answer)
    }

    /// Reads an answers file. The first bad entry, in the file's order, is the error;
    /// a question answered twice is one (a JSON object keeps only the last of a
    /// repeated key, which would drop the other answer without a word).
    pub fn from_json(text: &str) -> Result<Answers, AnswerError> {
        // Read once as an object's entries; only a file that is not one is read again,
        // to say whether it is JSON at all.
        let Entries(entries) =
            serde_json::from_str(text).map_err(|_| match serde_json::from_str::<Value>(text) {
                Ok(_) => AnswerError::NotAnObject,
                Err(e) => AnswerError::NotJson(e.to_string()),
            })?;
        let mut answers = Answers::new();
        for (i, (question, answer)) in entries.iter().enumerate() {
            if entries[..i].iter().any(|(seen, _)| seen == question) {
                return Err(AnswerError::Repeated(question.clone()));
            }
            answers.set_json(question, answer)?;
        }
        Ok(answers)
    }

    /// The public id form of one answer.
    pub fn answer_json(question: &Question, answer: Answer) -> Json {
        match answer {
            Answer::Choice(c) => question.options[c].id.into(),
            Answer::Multi(mask) => question
                .options
                .iter()
                .enumerate()
                .filter(|(i, _)| mask & (1 << i) != 0)
                .map(|(_, o)| o.id)
                .collect(),
            Answer::Number(n) => n.into(),
        }
    }

    /// The answers as a JSON object, in questionnaire order.
    pub fn to_json(&self) -> Json {
        Json::Obj(
            self.iter()
                .map(|(q, a)| (q.get().id.to_string(), Self::answer_json(q.get(), a)))
                .collect(),
        )
    }
}

fn check(question: &Question, answer: Answer) -> Result<(), AnswerError> {
    let id = question.id.to_string();
    match (question.kind, answer) {
        (QuestionKind::Single, Answer::Choice(c)) if c < question.options.len() => Ok(()),
        (QuestionKind::Single, Answer::Choice(c)) => Err(AnswerError::UnknownOption {
            question: id,
            option: c.to_string(),
        }),
        (QuestionKind::Multi, Answer::Multi(mask)) => {
            if mask == 0 {
                return Err(AnswerError::Empty { question: id });
            }
            if mask >> question.options.len() != 0 {
                return Err(AnswerError::UnknownOption {
                    question: id,
                    option: format!("{mask:#x}"),
                });
            }
            let exclusive = question
                .options
                .iter()
                .enumerate()
                .find(|(i, o)| o.exclusive && mask & (1 << i) != 0);
            match exclusive {
                Some((i, o)) if mask != 1 << i => Err(AnswerError::ExclusiveWithOthers {
                    question: id,
                    option: o.id.to_string(),
                }),
                _ => Ok(()),
            }
        }
        (QuestionKind::Number, Answer::Number(n)) if (question.min..=question.max).contains(&n) => {
            Ok(())
        }
        (QuestionKind::Number, Answer::Number(n)) => Err(AnswerError::OutOfRange {
            question: id,
            value: n.to_string(),
            min: question.min,
            max: question.max,
        }),
        (QuestionKind::Single, _) => Err(AnswerError::WrongType {
            question: id,
            expected: "one answer id, as a string",
        }),
        (QuestionKind::Multi, _) => Err(AnswerError::WrongType {
            question: id,
            expected: "a list of answer ids",
        }),
        (QuestionKind::Number, _) => Err(AnswerError::WrongType {
            question: id,
            expected: "a whole number",
        }),
    }
}

/// A JSON object's entries in the file's order, repeated keys included.
struct Entries(Vec<(String, Value)>);

impl<'de> serde::Deserialize<'de> for Entries {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct Visitor;
        impl<'de> serde::de::Visitor<'de> for Visitor {
            type Value = Entries;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a JSON object")
            }
            fn visit_map<A: serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> Result<Entries, A::Error> {
                let mut entries = Vec::new();
                while let Some(entry) = map.next_entry()? {
                    entries.push(entry);
                }
                Ok(Entries(entries))
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
