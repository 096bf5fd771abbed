//! The knowledge files as they are written (`knowledge/*.toml`): one struct per table,
//! unknown fields refused, so a misspelt field is an error rather than a silent gap.

use serde::Deserialize;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SourcesFile {
    pub source: Vec<Source>,
}
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Source {
    pub id: String,
    /// `study` (a publication with figures), `guideline`, `seed` (a source article of
    /// the product), or `estimate` (set by the authors, never a published figure).
    pub kind: String,
    pub title: String,
    pub authors: Option<String>,
    pub year: Option<u16>,
    /// The journal, or for a guideline its publisher.
    pub journal: Option<String>,
    pub volume: Option<String>,
    pub pages: Option<String>,
    /// For readers of sources.toml; not compiled in.
    #[allow(dead_code)]
    pub url: Option<String>,
    /// What was seen in the source, and where, when its figures were checked.
    #[allow(dead_code)]
    pub checked: Option<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct QuestionsFile {
    /// Section ids in the order the questionnaire visits them.
    pub sections: Vec<String>,
    /// Sections asked only when the person asks for them, after the result.
    #[serde(default)]
    pub after_result: Vec<String>,
    pub question: Vec<Question>,
}
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Question {
    pub id: String,
    pub section: String,
    pub kind: String,
    pub text: String,
    pub help: Option<String>,
    pub source: String,
    #[serde(default)]
    pub always: bool,
    /// Qualifies a warning sign (new or long-standing? recent cancer?).
    #[serde(default)]
    pub context: bool,
    pub ask_if: Option<String>,
    pub not_sure: Option<bool>,
    #[serde(default)]
    pub options: Vec<Choice>,
    pub min: Option<u16>,
    pub max: Option<u16>,
    pub unit: Option<String>,
    #[serde(default)]
    pub bands: Vec<Band>,
}
#[derive(Deserialize, Clone)]
#[serde(deny_unknown_fields)]
pub struct Choice {
    pub id: String,
    pub text: String,
    #[serde(default)]
    pub unsure: bool,
    #[serde(default)]
    pub exclusive: bool,
}
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Band {
    pub id: String,
    pub min: Option<u16>,
    pub max: Option<u16>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FindingsFile {
    pub finding: Vec<Finding>,
}
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Finding {
    pub id: String,
    /// For readers of findings.toml; not compiled in.
    #[allow(dead_code)]
    pub label: String,
    pub when: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AdviceFile {
    pub advice: Vec<Advice>,
    #[serde(default)]
    pub risk_factor: Vec<RiskFactor>,
    #[serde(default)]
    pub exercise: Vec<Exercise>,
}
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Advice {
    pub id: String,
    pub text: String,
    pub source: String,
    /// Not shown when this is true (pain killers in pregnancy).
    pub hide_if: Option<String>,
    /// Shown only when this is true.
    pub only_if: Option<String>,
}
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RiskFactor {
    pub id: String,
    pub when: String,
    pub name: String,
    pub advice: String,
    pub source: String,
}

/// An exercise of the self-care plan, drawn by the app under its `id`.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Exercise {
    pub id: String,
    pub name: String,
    /// How to do it.
    pub how: String,
    pub how_often: String,
    pub stop_if: String,
    /// The condition ids it fits.
    pub conditions: Vec<String>,
    /// Shown only when true (where it hurts).
    pub only_if: Option<String>,
    pub source: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ConditionsFile {
    pub condition: Vec<Condition>,
}
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Condition {
    pub id: String,
    pub name: String,
    pub summary: String,
    pub typical: String,
    pub self_care: Vec<String>,
    pub professional: Vec<String>,
    pub prior: f64,
    pub prior_source: String,
    /// Where in a study the prior is (table, figure, page or "abstract").
    pub prior_locator: Option<String>,
    /// Why an estimated prior has the value it has.
    pub prior_rationale: Option<String>,
    pub sources: Vec<String>,
    #[serde(default)]
    pub evidence: Vec<Evidence>,
}
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Evidence {
    pub when: String,
    pub lr_present: f64,
    pub lr_absent: Option<f64>,
    #[serde(rename = "for")]
    pub for_text: String,
    pub against: Option<String>,
    /// The study that gives the figures, or `estimate`.
    pub source: String,
    /// Where in the study the figures are (table, figure, page or "abstract").
    pub locator: Option<String>,
    /// Why an estimate has the value it has.
    pub rationale: Option<String>,
    /// Why counting this beside another item that reads the same answer is right.
    pub dependence: Option<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TriageFile {
    pub level: Vec<Level>,
    pub rule: Vec<Rule>,
}
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Level {
    pub id: String,
    pub title: String,
    pub action: String,
    pub safety_net: String,
}
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Rule {
    pub id: String,
    pub when: String,
    pub level: String,
    pub reason: String,
    pub source: String,
    #[serde(default)]
    pub stop: bool,
    #[serde(default)]
    pub out_of_scope: bool,
    /// Context that keeps the rule from firing (only context questions).
    pub unless: Option<String>,
    pub action: Option<String>,
    pub safety_net: Option<String>,
    /// The serious cause this warning sign points to, named first in the result.
    pub suspects: Option<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct InstrumentsFile {
    pub instrument: Vec<Instrument>,
}
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Instrument {
    pub id: String,
    pub name: String,
    pub applies_if: String,
    pub attribution: String,
    pub source: String,
    /// The number of items in the published instrument; `item` must have exactly these.
    pub published_items: usize,
    /// The results expressions may name as `instrument.result`.
    pub results: Vec<String>,
    /// Its items are asked only while its result is undecided and could still change
    /// the triage level (see `engine::flow`).
    #[serde(default)]
    pub only_while_it_matters: bool,
    pub item: Vec<InstrumentItem>,
}
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct InstrumentItem {
    pub text: String,
    pub when: String,
}

/// Every knowledge file, parsed.
pub struct Knowledge {
    pub sources: SourcesFile,
    pub questions: QuestionsFile,
    pub findings: FindingsFile,
    pub advice: AdviceFile,
    pub conditions: ConditionsFile,
    pub triage: TriageFile,
    pub instruments: InstrumentsFile,
}

impl Knowledge {
    /// Parses the files' texts; `read` gives the text of a file by name.
    pub fn parse(read: impl Fn(&str) -> Result<String, String>) -> Result<Knowledge, String> {
        fn load<T: for<'de> Deserialize<'de>>(
            read: &impl Fn(&str) -> Result<String, String>,
            name: &str,
        ) -> Result<T, String> {
            toml::from_str(&read(name)?).map_err(|e| format!("knowledge/{name}: {e}"))
        }
        Ok(Knowledge {
            sources: load(&read, "sources.toml")?,
            questions: load(&read, "questions.toml")?,
            findings: load(&read, "findings.toml")?,
            advice: load(&read, "advice.toml")?,
            conditions: load(&read, "conditions.toml")?,
            triage: load(&read, "triage.toml")?,
            instruments: load(&read, "instruments.toml")?,
        })
    }
}
