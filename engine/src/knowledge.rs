//! The knowledge base as static tables, generated at build time from `knowledge/*.toml`
//! by the knowledge compiler (`compiler/`), and the types that describe it. Every text
//! is a [`Text`]: read it in a language with [`crate::texts::Catalog::get`].

use std::fmt;

/// A text of the knowledge base a person reads: its position among the English texts
/// ([`ENGLISH_TEXT`]) and in every language's catalog ([`crate::texts`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Text(pub u16);

/// Index into [`QUESTIONS`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct QuestionId(pub usize);
/// Index into [`FINDINGS`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct FindingId(pub usize);
/// Index into [`SOURCES`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct SourceId(pub usize);
/// Index into [`ADVICE`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct AdviceId(pub usize);
/// Index into [`CONDITIONS`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct ConditionId(pub usize);
/// Index into [`RULES`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct RuleId(pub usize);

/// One answer of one question: `question.option` in the knowledge files. For a
/// number question the option is the index of a band.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct AnswerRef {
    pub question: QuestionId,
    pub option: usize,
}

pub struct Source {
    pub id: &'static str,
    /// `study`, `guideline`, `seed` or `estimate` (see knowledge/sources.toml).
    pub kind: &'static str,
    /// The full reference: authors, title, journal, year, volume and pages.
    pub reference: &'static str,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum QuestionKind {
    /// Exactly one option.
    Single,
    /// Any number of options; an `exclusive` option stands alone.
    Multi,
    /// A whole number between `min` and `max`, read through its bands.
    Number,
}

pub struct Choice {
    pub id: &'static str,
    pub text: Text,
    /// "I'm not sure" and the like: the other options of the question become unknown.
    pub unsure: bool,
    /// In a multi question, chosen alone ("None of these").
    pub exclusive: bool,
}

pub struct Band {
    pub id: &'static str,
    pub min: u16,
    pub max: u16,
}

pub struct Question {
    pub id: &'static str,
    pub section: Section,
    pub kind: QuestionKind,
    /// Asked even when it cannot change the result (red flags, instruments, lifestyle).
    pub always: bool,
    /// Qualifies a warning sign (is it new? is the cancer recent?); read only by a
    /// rule's `unless` and by rules that raise a level.
    pub context: bool,
    pub ask_if: Option<&'static Expr>,
    pub text: Text,
    pub help: Option<Text>,
    pub options: &'static [Choice],
    pub min: u16,
    pub max: u16,
    pub unit: Option<&'static str>,
    pub bands: &'static [Band],
    pub source: SourceId,
}

/// A condition over answers, findings and instrument results (see knowledge/README.md).
pub enum Expr {
    Answer(AnswerRef),
    Finding(FindingId),
    Instrument(InstrumentOutcome),
    Not(&'static Expr),
    All(&'static [Expr]),
    Any(&'static [Expr]),
    /// Stands in for an expression that failed to compile; never reached in a build.
    Never,
}

impl Expr {
    /// Whether the expression reads question `q` (directly or through a finding).
    pub fn mentions(&self, q: QuestionId) -> bool {
        match self {
            Expr::Answer(r) => r.question == q,
            Expr::Finding(f) => f.get().when.mentions(q),
            Expr::Not(e) => e.mentions(q),
            Expr::All(parts) | Expr::Any(parts) => parts.iter().any(|p| p.mentions(q)),
            Expr::Instrument(_) | Expr::Never => false,
        }
    }
}

/// A named finding; its plain-language label stays in findings.toml for readers.
pub struct Finding {
    pub id: &'static str,
    pub when: Expr,
}

pub struct Advice {
    pub id: &'static str,
    pub text: Text,
    /// Not shown when true (for example, anti-inflammatory painkillers in pregnancy).
    pub hide_if: Option<&'static Expr>,
    /// Shown only when true.
    pub only_if: Option<&'static Expr>,
    pub source: SourceId,
}

pub struct RiskFactor {
    pub id: &'static str,
    pub when: Expr,
    pub name: Text,
    pub advice: Text,
    pub source: SourceId,
}

/// An exercise of the self-care plan; the app draws it under its `id`.
pub struct Exercise {
    pub id: &'static str,
    pub name: Text,
    pub how: Text,
    pub how_often: Text,
    pub stop_if: Text,
    /// The causes it fits.
    pub conditions: &'static [ConditionId],
    /// Shown only when true (where it hurts); unknown counts as true.
    pub only_if: Option<&'static Expr>,
    pub source: SourceId,
}

pub struct Evidence {
    pub when: Expr,
    pub lr_present: f64,
    pub lr_absent: f64,
    pub for_text: Text,
    pub against_text: Option<Text>,
    pub source: SourceId,
}

pub struct Condition {
    pub id: &'static str,
    pub name: Text,
    pub summary: Text,
    pub typical: Text,
    pub self_care: &'static [AdviceId],
    pub professional: &'static [Text],
    pub prior: f64,
    pub prior_source: SourceId,
    pub sources: &'static [SourceId],
    pub evidence: &'static [Evidence],
}

impl TriageLevel {
    pub fn from_id(id: &str) -> Option<TriageLevel> {
        TriageLevel::ALL.into_iter().find(|l| l.id() == id)
    }

    pub fn text(self) -> &'static LevelText {
        LEVELS
            .iter()
            .find(|l| l.level == self)
            .expect("the knowledge compiler checks every level has its text")
    }

    /// Ambulance or emergency department.
    pub fn is_emergency(self) -> bool {
        self <= TriageLevel::Emergency
    }
}

impl fmt::Display for TriageLevel {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.id())
    }
}

pub struct LevelText {
    pub level: TriageLevel,
    pub title: Text,
    pub action: Text,
    pub safety_net: Text,
}

pub struct Rule {
    pub id: &'static str,
    pub when: Expr,
    /// Context that keeps the rule from firing when true; unknown context never does.
    pub unless: Option<&'static Expr>,
    pub level: TriageLevel,
    /// Ends the questionnaire (see `flow::next_question` for what is asked first).
    pub stop: bool,
    /// The person is outside what the tool is for (under 16).
    pub out_of_scope: bool,
    pub reason: Text,
    /// Replaces the level's action when this rule sets the level.
    pub action: Option<Text>,
    /// Replaces the level's safety net when this rule sets the level.
    pub safety_net: Option<Text>,
    /// The serious cause this warning sign points to.
    pub suspects: Option<ConditionId>,
    pub source: SourceId,
}

pub struct InstrumentItem {
    pub when: Expr,
}

pub struct Instrument {
    pub id: InstrumentId,
    /// The id in instruments.toml and in reports.
    pub key: &'static str,
    pub name: Text,
    pub applies_if: Expr,
    pub attribution: Text,
    pub source: SourceId,
    /// Its items are asked only while its result is undecided and could still change
    /// the triage level.
    pub only_while_it_matters: bool,
    pub items: &'static [InstrumentItem],
}

include!(concat!(env!("OUT_DIR"), "/knowledge.rs"));

impl QuestionId {
    pub fn get(self) -> &'static Question {
        &QUESTIONS[self.0]
    }
    pub fn by_id(id: &str) -> Option<QuestionId> {
        QUESTIONS.iter().position(|q| q.id == id).map(QuestionId)
    }
}

impl Question {
    /// The option (or band) with this id.
    pub fn option_index(&self, id: &str) -> Option<usize> {
        match self.kind {
            QuestionKind::Number => self.bands.iter().position(|b| b.id == id),
            _ => self.options.iter().position(|o| o.id == id),
        }
    }
    /// The band a number falls in.
    pub fn band_of(&self, value: u16) -> Option<usize> {
        self.bands
            .iter()
            .position(|b| b.min <= value && value <= b.max)
    }
}

impl ConditionId {
    pub fn get(self) -> &'static Condition {
        &CONDITIONS[self.0]
    }
    pub fn by_id(id: &str) -> Option<ConditionId> {
        CONDITIONS.iter().position(|c| c.id == id).map(ConditionId)
    }
}

impl SourceId {
    pub fn get(self) -> &'static Source {
        &SOURCES[self.0]
    }
}

impl AdviceId {
    pub fn get(self) -> &'static Advice {
        &ADVICE[self.0]
    }
}

impl RuleId {
    pub fn get(self) -> &'static Rule {
        &RULES[self.0]
    }
}

impl FindingId {
    pub fn get(self) -> &'static Finding {
        &FINDINGS[self.0]
    }
}

/// Knowledge items are static: two are the same item when they are the same entry.
macro_rules! identity_eq {
    ($($t:ty => $name:ident),*) => {$(
        impl PartialEq for $t {
            fn eq(&self, other: &Self) -> bool {
                std::ptr::eq(self, other)
            }
        }
        impl fmt::Debug for $t {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                write!(f, "{}({:?})", stringify!($t), self.$name)
            }
        }
    )*};
}
identity_eq!(Evidence => for_text, Instrument => key, RiskFactor => id, Exercise => id);
