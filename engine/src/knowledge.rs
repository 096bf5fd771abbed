//! The knowledge base as static tables, generated at build time from `knowledge/*.toml`
//! (see `build.rs`), and the types that describe it.

use std::fmt;

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
    pub title: &'static str,
}

/// Sections in the order the questionnaire visits them.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Section {
    RedFlags,
    AboutYou,
    Location,
    History,
    Pain,
    Konno,
    Startback,
    Lifestyle,
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
    pub text: &'static str,
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
    pub text: &'static str,
    pub help: Option<&'static str>,
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

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum InstrumentOutcome {
    StartBackLow,
    StartBackMedium,
    StartBackHigh,
    KonnoPositive,
    AsasPositive,
    NiceOaPositive,
}

/// A named finding; its plain-language label stays in findings.toml for readers.
pub struct Finding {
    pub id: &'static str,
    pub when: Expr,
}

pub struct Advice {
    pub id: &'static str,
    pub text: &'static str,
    /// Not shown when true (for example, anti-inflammatory painkillers in pregnancy).
    pub hide_if: Option<&'static Expr>,
    /// Shown only when true.
    pub only_if: Option<&'static Expr>,
    pub source: SourceId,
}

pub struct RiskFactor {
    pub id: &'static str,
    pub when: Expr,
    pub name: &'static str,
    pub advice: &'static str,
    pub source: SourceId,
}

pub struct Evidence {
    pub when: Expr,
    pub lr_present: f64,
    pub lr_absent: f64,
    pub for_text: &'static str,
    pub against_text: Option<&'static str>,
    pub source: SourceId,
}

pub struct Condition {
    pub id: &'static str,
    pub name: &'static str,
    pub summary: &'static str,
    pub typical: &'static str,
    pub self_care: &'static [AdviceId],
    pub professional: &'static [&'static str],
    pub usual_triage: TriageLevel,
    pub prior: f64,
    pub prior_source: SourceId,
    pub sources: &'static [SourceId],
    pub evidence: &'static [Evidence],
}

/// The five triage levels, most urgent first, so `min` is the most urgent.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum TriageLevel {
    Ambulance,
    Emergency,
    Urgent,
    Consultation,
    SelfCare,
}

impl TriageLevel {
    pub const ALL: [TriageLevel; 5] = [
        TriageLevel::Ambulance,
        TriageLevel::Emergency,
        TriageLevel::Urgent,
        TriageLevel::Consultation,
        TriageLevel::SelfCare,
    ];

    /// The public id, as in triage.toml and the `assess` output.
    pub fn id(self) -> &'static str {
        match self {
            TriageLevel::Ambulance => "ambulance",
            TriageLevel::Emergency => "emergency",
            TriageLevel::Urgent => "urgent",
            TriageLevel::Consultation => "consultation",
            TriageLevel::SelfCare => "self_care",
        }
    }

    pub fn from_id(id: &str) -> Option<TriageLevel> {
        TriageLevel::ALL.into_iter().find(|l| l.id() == id)
    }

    pub fn text(self) -> &'static LevelText {
        LEVELS
            .iter()
            .find(|l| l.level == self)
            .expect("build.rs checks every level has its text")
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
    pub title: &'static str,
    pub action: &'static str,
    pub safety_net: &'static str,
}

pub struct Rule {
    pub id: &'static str,
    pub when: Expr,
    /// Context that keeps the rule from firing when true; unknown context never does.
    pub unless: Option<&'static Expr>,
    pub level: TriageLevel,
    /// Ends the questionnaire at once.
    pub stop: bool,
    /// The person is outside what the tool is for (under 16).
    pub out_of_scope: bool,
    pub reason: &'static str,
    /// Replaces the level's action when this rule sets the level.
    pub action: Option<&'static str>,
    /// Replaces the level's safety net when this rule sets the level.
    pub safety_net: Option<&'static str>,
    pub source: SourceId,
}

pub struct InstrumentItem {
    pub text: &'static str,
    pub when: Expr,
}

pub struct Instrument {
    pub id: &'static str,
    pub name: &'static str,
    pub applies_if: Expr,
    pub attribution: &'static str,
    pub source: SourceId,
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
identity_eq!(Evidence => for_text, Instrument => id, RiskFactor => id);

/// The keys of the knowledge base's patient-facing texts in the translation files
/// (`i18n/<language>.toml`). English is the text in `knowledge/` itself.
pub mod text_key {
    use super::*;

    pub fn question(q: &Question) -> String {
        format!("question.{}.text", q.id)
    }
    pub fn question_help(q: &Question) -> String {
        format!("question.{}.help", q.id)
    }
    pub fn answer(q: &Question, c: &Choice) -> String {
        format!("answer.{}.{}", q.id, c.id)
    }
    pub fn condition(c: &Condition, part: &str) -> String {
        format!("condition.{}.{part}", c.id)
    }
    pub fn professional(c: &Condition, n: usize) -> String {
        format!("condition.{}.professional.{}", c.id, n + 1)
    }
    /// `for` or `against` of the condition's evidence item `n` (from 0).
    pub fn evidence(c: &Condition, n: usize, part: &str) -> String {
        format!("evidence.{}.{}.{part}", c.id, n + 1)
    }
    pub fn advice(a: &Advice) -> String {
        format!("advice.{}", a.id)
    }
    pub fn risk_factor(r: &RiskFactor, part: &str) -> String {
        format!("risk.{}.{part}", r.id)
    }
    pub fn level(l: &LevelText, part: &str) -> String {
        format!("level.{}.{part}", l.level.id())
    }
    pub fn rule(r: &Rule) -> String {
        format!("rule.{}.reason", r.id)
    }
    pub fn rule_action(r: &Rule) -> String {
        format!("rule.{}.action", r.id)
    }
    pub fn rule_safety_net(r: &Rule) -> String {
        format!("rule.{}.safety_net", r.id)
    }
    pub fn instrument(i: &Instrument, part: &str) -> String {
        format!("instrument.{}.{part}", i.id)
    }
}

/// Every patient-facing text of the knowledge base with its translation key, in file
/// order: what a translator translates (`assess translation-template`).
pub fn text_keys() -> Vec<(String, &'static str)> {
    let mut keys = Vec::new();
    for q in QUESTIONS {
        keys.push((text_key::question(q), q.text));
        if let Some(help) = q.help {
            keys.push((text_key::question_help(q), help));
        }
        for c in q.options {
            keys.push((text_key::answer(q, c), c.text));
        }
    }
    for c in CONDITIONS {
        keys.push((text_key::condition(c, "name"), c.name));
        keys.push((text_key::condition(c, "summary"), c.summary));
        keys.push((text_key::condition(c, "typical"), c.typical));
        for (n, p) in c.professional.iter().enumerate() {
            keys.push((text_key::professional(c, n), *p));
        }
        for (n, e) in c.evidence.iter().enumerate() {
            keys.push((text_key::evidence(c, n, "for"), e.for_text));
            if let Some(against) = e.against_text {
                keys.push((text_key::evidence(c, n, "against"), against));
            }
        }
    }
    for a in ADVICE {
        keys.push((text_key::advice(a), a.text));
    }
    for r in RISK_FACTORS {
        keys.push((text_key::risk_factor(r, "name"), r.name));
        keys.push((text_key::risk_factor(r, "advice"), r.advice));
    }
    for l in LEVELS {
        keys.push((text_key::level(l, "title"), l.title));
        keys.push((text_key::level(l, "action"), l.action));
        keys.push((text_key::level(l, "safety_net"), l.safety_net));
    }
    for r in RULES {
        keys.push((text_key::rule(r), r.reason));
        if let Some(action) = r.action {
            keys.push((text_key::rule_action(r), action));
        }
        if let Some(net) = r.safety_net {
            keys.push((text_key::rule_safety_net(r), net));
        }
    }
    for i in INSTRUMENTS {
        keys.push((text_key::instrument(i, "name"), i.name));
        keys.push((text_key::instrument(i, "attribution"), i.attribution));
    }
    keys
}
