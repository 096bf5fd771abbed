//! Reads the knowledge base in `knowledge/*.toml`, checks it, and writes it out as Rust
//! tables (`$OUT_DIR/knowledge.rs`) that `src/engine/knowledge.rs` includes.
//!
//! Checking here means a dangling id, an uncited item or a malformed expression is a
//! failing build with a message naming the file and the item, never a silent gap. The
//! browser gets plain static tables: no TOML parser and no parsing at start-up.

use serde::Deserialize;
use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write as _;
use std::path::Path;

const LEVELS: [&str; 5] = [
    "ambulance",
    "emergency",
    "urgent",
    "consultation",
    "self_care",
];
const SECTIONS: [&str; 8] = [
    "red_flags",
    "about_you",
    "location",
    "history",
    "pain",
    "konno",
    "startback",
    "lifestyle",
];
/// Instrument results that expressions may name, as `instrument.result`.
const INSTRUMENT_RESULTS: [(&str, &str, &str); 6] = [
    ("startback", "low", "StartBackLow"),
    ("startback", "medium", "StartBackMedium"),
    ("startback", "high", "StartBackHigh"),
    ("konno", "positive", "KonnoPositive"),
    ("asas", "positive", "AsasPositive"),
    ("nice_oa", "positive", "NiceOaPositive"),
];

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct SourcesFile {
    source: Vec<Source>,
}
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Source {
    id: String,
    title: String,
    /// For readers of sources.toml; not compiled in.
    #[allow(dead_code)]
    url: Option<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct QuestionsFile {
    question: Vec<Question>,
}
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Question {
    id: String,
    section: String,
    kind: String,
    text: String,
    help: Option<String>,
    source: String,
    #[serde(default)]
    always: bool,
    /// Qualifies a warning sign (new or long-standing? recent cancer?).
    #[serde(default)]
    context: bool,
    ask_if: Option<String>,
    not_sure: Option<bool>,
    #[serde(default)]
    options: Vec<Choice>,
    min: Option<u16>,
    max: Option<u16>,
    unit: Option<String>,
    #[serde(default)]
    bands: Vec<Band>,
}
#[derive(Deserialize, Clone)]
#[serde(deny_unknown_fields)]
struct Choice {
    id: String,
    text: String,
    #[serde(default)]
    unsure: bool,
    #[serde(default)]
    exclusive: bool,
}
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Band {
    id: String,
    min: Option<u16>,
    max: Option<u16>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct FindingsFile {
    finding: Vec<Finding>,
}
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Finding {
    id: String,
    /// For readers of findings.toml; not compiled in.
    #[allow(dead_code)]
    label: String,
    when: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct AdviceFile {
    advice: Vec<Advice>,
    #[serde(default)]
    risk_factor: Vec<RiskFactor>,
}
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Advice {
    id: String,
    text: String,
    source: String,
    /// Not shown when this is true (pain killers in pregnancy).
    hide_if: Option<String>,
    /// Shown only when this is true.
    only_if: Option<String>,
}
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RiskFactor {
    id: String,
    when: String,
    name: String,
    advice: String,
    source: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ConditionsFile {
    condition: Vec<Condition>,
}
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Condition {
    id: String,
    name: String,
    summary: String,
    typical: String,
    self_care: Vec<String>,
    professional: Vec<String>,
    usual_triage: String,
    prior: f64,
    prior_source: String,
    sources: Vec<String>,
    #[serde(default)]
    evidence: Vec<Evidence>,
}
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Evidence {
    when: String,
    lr_present: f64,
    lr_absent: Option<f64>,
    #[serde(rename = "for")]
    for_text: String,
    against: Option<String>,
    source: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct TriageFile {
    level: Vec<Level>,
    rule: Vec<Rule>,
}
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Level {
    id: String,
    title: String,
    action: String,
    safety_net: String,
}
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Rule {
    id: String,
    when: String,
    level: String,
    reason: String,
    source: String,
    #[serde(default)]
    stop: bool,
    #[serde(default)]
    out_of_scope: bool,
    /// Context that keeps the rule from firing (only context questions).
    unless: Option<String>,
    action: Option<String>,
    safety_net: Option<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct InstrumentsFile {
    instrument: Vec<Instrument>,
}
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Instrument {
    id: String,
    name: String,
    applies_if: String,
    attribution: String,
    source: String,
    item: Vec<InstrumentItem>,
}
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct InstrumentItem {
    text: String,
    when: String,
}

fn main() {
    let dir = Path::new("knowledge");
    println!("cargo:rerun-if-changed=knowledge");
    let mut errors = Vec::new();

    let sources: SourcesFile = load(dir, "sources.toml");
    let mut questions: QuestionsFile = load(dir, "questions.toml");
    let findings: FindingsFile = load(dir, "findings.toml");
    let advice: AdviceFile = load(dir, "advice.toml");
    let conditions: ConditionsFile = load(dir, "conditions.toml");
    let triage: TriageFile = load(dir, "triage.toml");
    let instruments: InstrumentsFile = load(dir, "instruments.toml");

    for q in &mut questions.question {
        expand_kind(q, &mut errors);
    }

    let source_ids = index(
        sources.source.iter().map(|s| s.id.as_str()),
        "source",
        &mut errors,
    );
    let question_ids = index(
        questions.question.iter().map(|q| q.id.as_str()),
        "question",
        &mut errors,
    );
    let finding_ids = index(
        findings.finding.iter().map(|f| f.id.as_str()),
        "finding",
        &mut errors,
    );
    let advice_ids = index(
        advice.advice.iter().map(|a| a.id.as_str()),
        "advice",
        &mut errors,
    );
    index(
        advice.risk_factor.iter().map(|r| r.id.as_str()),
        "risk factor",
        &mut errors,
    );
    let condition_ids = index(
        conditions.condition.iter().map(|c| c.id.as_str()),
        "condition",
        &mut errors,
    );
    index(
        triage.rule.iter().map(|r| r.id.as_str()),
        "triage rule",
        &mut errors,
    );
    index(
        instruments.instrument.iter().map(|i| i.id.as_str()),
        "instrument",
        &mut errors,
    );
    let _ = condition_ids;

    let ctx = Ctx {
        questions: &questions.question,
        question_ids: &question_ids,
        finding_ids: &finding_ids,
    };
    let mut cited = BTreeSet::new();
    let mut cite = |what: &str, id: &str, errors: &mut Vec<String>| -> usize {
        cited.insert(id.to_string());
        match source_ids.get(id) {
            Some(&i) => i,
            None => {
                errors.push(format!(
                    "{what}: unknown source `{id}` (add it to sources.toml)"
                ));
                0
            }
        }
    };

    let mut out = String::new();
    out.push_str("// Generated by build.rs from knowledge/*.toml. Do not edit.\n\n");

    // Sources.
    out.push_str("pub static SOURCES: &[Source] = &[\n");
    for s in &sources.source {
        writeln!(
            out,
            "    Source {{ id: {:?}, title: {:?} }},",
            s.id, s.title
        )
        .unwrap();
    }
    out.push_str("];\n\n");

    // Questions.
    let mut used_sections = BTreeSet::new();
    out.push_str("pub static QUESTIONS: &[Question] = &[\n");
    for q in &questions.question {
        let what = format!("question `{}`", q.id);
        let section = match SECTIONS.iter().position(|s| *s == q.section) {
            Some(_) => camel(&q.section),
            None => {
                errors.push(format!("{what}: unknown section `{}`", q.section));
                String::from("Pain")
            }
        };
        used_sections.insert(q.section.clone());
        let source = cite(&what, &q.source, &mut errors);
        let ask_if = match &q.ask_if {
            Some(e) => format!("Some(&{})", ctx.compile(e, &what, &mut errors)),
            None => "None".into(),
        };
        let kind = match q.kind.as_str() {
            "single" => "QuestionKind::Single",
            "multi" => "QuestionKind::Multi",
            "number" => "QuestionKind::Number",
            _ => unreachable!("expand_kind reports unknown kinds"),
        };
        let mut opts = String::new();
        for o in &q.options {
            write!(
                opts,
                "Choice {{ id: {:?}, text: {:?}, unsure: {}, exclusive: {} }}, ",
                o.id, o.text, o.unsure, o.exclusive
            )
            .unwrap();
        }
        let mut bands = String::new();
        let mut last_max: Option<u16> = None;
        for b in &q.bands {
            let min = b.min.unwrap_or(q.min.unwrap_or(0));
            let max = b.max.unwrap_or(q.max.unwrap_or(u16::MAX));
            if min > max {
                errors.push(format!("{what}: band `{}` has min above max", b.id));
            }
            if let Some(prev) = last_max {
                if min != prev + 1 {
                    errors.push(format!(
                        "{what}: band `{}` does not follow on from the band before",
                        b.id
                    ));
                }
            }
            last_max = Some(max);
            write!(bands, "Band {{ id: {:?}, min: {min}, max: {max} }}, ", b.id).unwrap();
        }
        if q.kind == "number" && (q.min.is_none() || q.max.is_none() || q.bands.is_empty()) {
            errors.push(format!(
                "{what}: a number question needs min, max and bands"
            ));
        }
        if q.kind != "number" && q.options.len() < 2 {
            errors.push(format!("{what}: needs at least two options"));
        }
        if q.kind == "multi" && q.options.len() > 64 {
            errors.push(format!("{what}: a multi question has at most 64 options"));
        }
        writeln!(
            out,
            "    Question {{ id: {:?}, section: Section::{section}, kind: {kind}, always: {}, context: {}, ask_if: {ask_if}, text: {:?}, help: {:?}, options: &[{opts}], min: {}, max: {}, unit: {:?}, bands: &[{bands}], source: SourceId({source}) }},",
            q.id,
            q.always,
            q.context,
            q.text,
            q.help,
            q.min.unwrap_or(0),
            q.max.unwrap_or(0),
            q.unit,
        )
        .unwrap();
    }
    out.push_str("];\n\n");

    // Findings: checked for cycles so evaluation always ends.
    out.push_str("pub static FINDINGS: &[Finding] = &[\n");
    for f in &findings.finding {
        let what = format!("finding `{}`", f.id);
        let when = ctx.compile(&f.when, &what, &mut errors);
        writeln!(out, "    Finding {{ id: {:?}, when: {when} }},", f.id).unwrap();
    }
    out.push_str("];\n\n");
    check_finding_cycles(&findings.finding, &mut errors);

    // Advice and risk factors.
    out.push_str("pub static ADVICE: &[Advice] = &[\n");
    for a in &advice.advice {
        let what = format!("advice `{}`", a.id);
        let source = cite(&what, &a.source, &mut errors);
        let optional = |e: &Option<String>, errors: &mut Vec<String>| match e {
            Some(e) => format!("Some(&{})", ctx.compile(e, &what, errors)),
            None => "None".into(),
        };
        let hide_if = optional(&a.hide_if, &mut errors);
        let only_if = optional(&a.only_if, &mut errors);
        writeln!(
            out,
            "    Advice {{ id: {:?}, text: {:?}, hide_if: {hide_if}, only_if: {only_if}, source: SourceId({source}) }},",
            a.id, a.text
        )
        .unwrap();
    }
    out.push_str("];\n\n");
    out.push_str("pub static RISK_FACTORS: &[RiskFactor] = &[\n");
    for r in &advice.risk_factor {
        let what = format!("risk factor `{}`", r.id);
        let source = cite(&what, &r.source, &mut errors);
        let when = ctx.compile(&r.when, &what, &mut errors);
        writeln!(
            out,
            "    RiskFactor {{ id: {:?}, when: {when}, name: {:?}, advice: {:?}, source: SourceId({source}) }},",
            r.id, r.name, r.advice
        )
        .unwrap();
    }
    out.push_str("];\n\n");

    // Conditions.
    let mut used_advice = BTreeSet::new();
    out.push_str("pub static CONDITIONS: &[Condition] = &[\n");
    for c in &conditions.condition {
        let what = format!("condition `{}`", c.id);
        if !(c.prior > 0.0 && c.prior < 1.0) {
            errors.push(format!("{what}: prior must be between 0 and 1"));
        }
        let level = level_of(&c.usual_triage, &what, &mut errors);
        let prior_source = cite(&what, &c.prior_source, &mut errors);
        if c.sources.is_empty() {
            errors.push(format!("{what}: cites no sources"));
        }
        let sources: Vec<String> = c
            .sources
            .iter()
            .map(|s| format!("SourceId({})", cite(&what, s, &mut errors)))
            .collect();
        let self_care: Vec<String> = c
            .self_care
            .iter()
            .map(|a| {
                used_advice.insert(a.clone());
                match advice_ids.get(a.as_str()) {
                    Some(i) => format!("AdviceId({i})"),
                    None => {
                        errors.push(format!("{what}: unknown advice `{a}`"));
                        "AdviceId(0)".into()
                    }
                }
            })
            .collect();
        let mut evidence = String::new();
        for (n, e) in c.evidence.iter().enumerate() {
            let what = format!("{what}, evidence {}", n + 1);
            let when = ctx.compile(&e.when, &what, &mut errors);
            let lr_absent = e.lr_absent.unwrap_or(1.0);
            if e.lr_present <= 0.0 || lr_absent <= 0.0 {
                errors.push(format!("{what}: likelihood ratios must be above 0"));
            }
            if e.against.is_none() && lr_absent != 1.0 {
                errors.push(format!("{what}: lr_absent needs an `against` sentence"));
            }
            let source = cite(&what, &e.source, &mut errors);
            write!(
                evidence,
                "Evidence {{ when: {when}, lr_present: {:?}, lr_absent: {:?}, for_text: {:?}, against_text: {:?}, source: SourceId({source}) }}, ",
                e.lr_present, lr_absent, e.for_text, e.against
            )
            .unwrap();
        }
        writeln!(
            out,
            "    Condition {{ id: {:?}, name: {:?}, summary: {:?}, typical: {:?}, self_care: &[{}], professional: &{:?}, usual_triage: TriageLevel::{level}, prior: {:?}, prior_source: SourceId({prior_source}), sources: &[{}], evidence: &[{evidence}] }},",
            c.id,
            c.name,
            c.summary,
            c.typical,
            self_care.join(", "),
            c.professional,
            c.prior,
            sources.join(", "),
        )
        .unwrap();
    }
    out.push_str("];\n\n");

    // Triage.
    let mut level_ids: Vec<&str> = triage.level.iter().map(|l| l.id.as_str()).collect();
    level_ids.sort_by_key(|id| LEVELS.iter().position(|l| l == id));
    if level_ids != LEVELS {
        errors.push(format!("triage.toml: levels must be exactly {LEVELS:?}"));
    }
    out.push_str("pub static LEVELS: &[LevelText] = &[\n");
    for id in LEVELS {
        if let Some(l) = triage.level.iter().find(|l| l.id == id) {
            writeln!(
                out,
                "    LevelText {{ level: TriageLevel::{}, title: {:?}, action: {:?}, safety_net: {:?} }},",
                camel(id),
                l.title,
                l.action,
                l.safety_net
            )
            .unwrap();
        }
    }
    out.push_str("];\n\n");
    out.push_str("pub static RULES: &[Rule] = &[\n");
    for r in &triage.rule {
        let what = format!("triage rule `{}`", r.id);
        let when = ctx.compile(&r.when, &what, &mut errors);
        let level = level_of(&r.level, &what, &mut errors);
        let source = cite(&what, &r.source, &mut errors);
        if r.stop && !matches!(r.level.as_str(), "ambulance" | "emergency") && !r.out_of_scope {
            errors.push(format!(
                "{what}: only emergencies and out-of-scope rules may stop the questionnaire"
            ));
        }
        let unless = match &r.unless {
            Some(e) => {
                check_context_only(e, &questions.question, &what, &mut errors);
                format!("Some(&{})", ctx.compile(e, &what, &mut errors))
            }
            None => "None".into(),
        };
        writeln!(
            out,
            "    Rule {{ id: {:?}, when: {when}, unless: {unless}, level: TriageLevel::{level}, stop: {}, out_of_scope: {}, reason: {:?}, action: {:?}, safety_net: {:?}, source: SourceId({source}) }},",
            r.id, r.stop, r.out_of_scope, r.reason, r.action, r.safety_net
        )
        .unwrap();
    }
    out.push_str("];\n\n");

    // Instruments.
    out.push_str("pub static INSTRUMENTS: &[Instrument] = &[\n");
    for i in &instruments.instrument {
        let what = format!("instrument `{}`", i.id);
        if !INSTRUMENT_RESULTS.iter().any(|(id, _, _)| *id == i.id) {
            errors.push(format!(
                "{what}: the engine has no scoring for this instrument"
            ));
        }
        let source = cite(&what, &i.source, &mut errors);
        let applies_if = ctx.compile(&i.applies_if, &what, &mut errors);
        let mut items = String::new();
        for (n, item) in i.item.iter().enumerate() {
            let what = format!("{what}, item {}", n + 1);
            if item.when.contains(&format!("{}.", i.id)) {
                errors.push(format!(
                    "{what}: an item cannot depend on its own instrument"
                ));
            }
            let when = ctx.compile(&item.when, &what, &mut errors);
            write!(
                items,
                "InstrumentItem {{ text: {:?}, when: {when} }}, ",
                item.text
            )
            .unwrap();
        }
        writeln!(
            out,
            "    Instrument {{ id: {:?}, name: {:?}, applies_if: {applies_if}, attribution: {:?}, source: SourceId({source}), items: &[{items}] }},",
            i.id, i.name, i.attribution
        )
        .unwrap();
    }
    out.push_str("];\n\n");

    // Named ids for the engine's own code, so a renamed question is a compile error.
    out.push_str("/// Question and answer ids as constants, generated from questions.toml.\n");
    out.push_str("#[allow(dead_code)]\npub mod ids {\n    use super::{AnswerRef, QuestionId};\n");
    for (qi, q) in questions.question.iter().enumerate() {
        writeln!(out, "    pub mod {} {{\n        use super::*;\n        pub const Q: QuestionId = QuestionId({qi});", q.id).unwrap();
        for (oi, o) in choices(q).iter().enumerate() {
            writeln!(
                out,
                "        pub const {}: AnswerRef = AnswerRef {{ question: QuestionId({qi}), option: {oi} }};",
                const_name(o)
            )
            .unwrap();
        }
        out.push_str("    }\n");
    }
    out.push_str("}\n");

    // Cross-checks.
    for s in SECTIONS {
        if !used_sections.contains(s) {
            errors.push(format!("questions.toml: section `{s}` has no questions"));
        }
    }
    for a in &advice.advice {
        if !used_advice.contains(&a.id) {
            errors.push(format!("advice `{}` is not used by any condition", a.id));
        }
    }
    for s in &sources.source {
        if !cited.contains(&s.id) {
            errors.push(format!("source `{}` is not cited anywhere", s.id));
        }
    }

    if !errors.is_empty() {
        for e in &errors {
            println!("cargo:warning=knowledge: {e}");
        }
        panic!(
            "the knowledge base has {} error(s):\n  {}",
            errors.len(),
            errors.join("\n  ")
        );
    }
    let out_dir = std::env::var("OUT_DIR").unwrap();
    std::fs::write(Path::new(&out_dir).join("knowledge.rs"), out).unwrap();
    std::fs::write(Path::new(&out_dir).join("ui_text.rs"), ui_text()).unwrap();
}

/// The interface text in English (`i18n/en.toml`, flat `key = "text"`), as a sorted
/// table, and the code and name of every other language there is a file for. Other
/// languages are fetched when chosen; `tests/translations.rs` checks they are complete.
fn ui_text() -> String {
    println!("cargo:rerun-if-changed=i18n");
    let read = |lang: &str| -> BTreeMap<String, String> {
        let path = Path::new("i18n").join(format!("{lang}.toml"));
        let text = std::fs::read_to_string(&path)
            .unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()));
        toml::from_str(&text).unwrap_or_else(|e| panic!("{} is not valid: {e}", path.display()))
    };
    let mut langs: Vec<String> = std::fs::read_dir("i18n")
        .expect("an i18n folder")
        .filter_map(|e| {
            let name = e.ok()?.file_name().into_string().ok()?;
            name.strip_suffix(".toml").map(str::to_string)
        })
        .collect();
    langs.sort();
    let english = read("en");
    let mut out = String::from("// Generated by build.rs from i18n/*.toml. Do not edit.\n\n");
    out.push_str(
        "/// English interface text, sorted by key.\nstatic UI_EN: &[(&str, &str)] = &[\n",
    );
    for (k, v) in &english {
        writeln!(out, "    ({k:?}, {v:?}),").unwrap();
    }
    out.push_str("];\n");
    let mut list = Vec::new();
    for lang in &langs {
        let name = read(lang)
            .remove("language.name")
            .unwrap_or_else(|| panic!("i18n/{lang}.toml has no \"language.name\""));
        list.push(format!("({lang:?}, {name:?})"));
    }
    writeln!(out, "/// Every language: its code and its name in itself.\npub static LANGUAGES: &[(&str, &str)] = &[{}];", list.join(", ")).unwrap();
    out
}

fn load<T: for<'de> Deserialize<'de>>(dir: &Path, name: &str) -> T {
    let path = dir.join(name);
    let text = std::fs::read_to_string(&path)
        .unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()));
    toml::from_str(&text).unwrap_or_else(|e| panic!("{} is not valid: {e}", path.display()))
}

fn index<'a>(
    ids: impl Iterator<Item = &'a str>,
    what: &str,
    errors: &mut Vec<String>,
) -> BTreeMap<&'a str, usize> {
    let mut map = BTreeMap::new();
    for (i, id) in ids.enumerate() {
        if id.is_empty()
            || !id
                .bytes()
                .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'_' || b == b'-')
        {
            errors.push(format!(
                "{what} id `{id}` must be lower-case letters, digits, `_` or `-`"
            ));
        }
        if map.insert(id, i).is_some() {
            errors.push(format!("{what} id `{id}` is used twice"));
        }
    }
    map
}

/// Turns the shorthand kinds into plain single-choice questions with their options.
fn expand_kind(q: &mut Question, errors: &mut Vec<String>) {
    let opt = |id: &str, text: &str, unsure: bool| Choice {
        id: id.into(),
        text: text.into(),
        unsure,
        exclusive: false,
    };
    match q.kind.as_str() {
        "yes_no" => {
            q.options = vec![opt("yes", "Yes", false), opt("no", "No", false)];
            if q.not_sure.unwrap_or(true) {
                q.options.push(opt("not_sure", "I'm not sure", true));
            }
            q.kind = "single".into();
        }
        "agree" => {
            q.options = vec![
                opt("agree", "Agree", false),
                opt("disagree", "Disagree", false),
            ];
            q.kind = "single".into();
        }
        "single" | "multi" | "number" => {}
        other => errors.push(format!("question `{}`: unknown kind `{other}`", q.id)),
    }
}

/// The ids an expression may name after `question.`: options, or bands for numbers.
fn choices(q: &Question) -> Vec<&str> {
    if q.kind == "number" {
        q.bands.iter().map(|b| b.id.as_str()).collect()
    } else {
        q.options.iter().map(|o| o.id.as_str()).collect()
    }
}

fn const_name(id: &str) -> String {
    let upper = id.to_ascii_uppercase().replace('-', "_");
    if upper.starts_with(|c: char| c.is_ascii_digit()) {
        format!("B{upper}")
    } else {
        upper
    }
}

fn camel(id: &str) -> String {
    id.split('_')
        .map(|w| {
            let mut c = w.chars();
            c.next()
                .map(|f| f.to_ascii_uppercase().to_string() + c.as_str())
                .unwrap_or_default()
        })
        .collect()
}

fn level_of(level: &str, what: &str, errors: &mut Vec<String>) -> String {
    if LEVELS.contains(&level) {
        camel(level)
    } else {
        errors.push(format!("{what}: unknown triage level `{level}`"));
        "Consultation".into()
    }
}

fn check_finding_cycles(findings: &[Finding], errors: &mut Vec<String>) {
    let deps: BTreeMap<&str, Vec<String>> = findings
        .iter()
        .map(|f| {
            let refs = f
                .when
                .split(|c: char| !(c.is_ascii_alphanumeric() || c == '_' || c == '@'))
                .filter_map(|w| w.strip_prefix('@').map(str::to_string))
                .collect();
            (f.id.as_str(), refs)
        })
        .collect();
    fn visit<'a>(
        id: &'a str,
        deps: &'a BTreeMap<&str, Vec<String>>,
        path: &mut Vec<&'a str>,
    ) -> Option<String> {
        if path.contains(&id) {
            return Some(format!("{} -> {id}", path.join(" -> ")));
        }
        path.push(id);
        for d in deps.get(id).into_iter().flatten() {
            if let Some(cycle) = visit(d, deps, path) {
                return Some(cycle);
            }
        }
        path.pop();
        None
    }
    for f in findings {
        if let Some(cycle) = visit(&f.id, &deps, &mut Vec::new()) {
            errors.push(format!("findings refer to each other in a loop: {cycle}"));
            return;
        }
    }
}

/// What expressions are checked against.
struct Ctx<'a> {
    questions: &'a [Question],
    question_ids: &'a BTreeMap<&'a str, usize>,
    finding_ids: &'a BTreeMap<&'a str, usize>,
}

#[derive(Debug, PartialEq)]
enum Token {
    Ref(String),
    Not,
    And,
    Or,
    Open,
    Close,
}

impl Ctx<'_> {
    /// Parses an expression and returns Rust code that builds its `Expr`.
    fn compile(&self, text: &str, what: &str, errors: &mut Vec<String>) -> String {
        let tokens = match tokenize(text) {
            Ok(t) => t,
            Err(e) => {
                errors.push(format!("{what}: {e} in `{text}`"));
                return "Expr::Never".into();
            }
        };
        let mut pos = 0;
        let code = self.or(&tokens, &mut pos, what, errors);
        if pos != tokens.len() {
            errors.push(format!(
                "{what}: unexpected `{:?}` in `{text}`",
                tokens[pos]
            ));
        }
        code.unwrap_or_else(|e| {
            errors.push(format!("{what}: {e} in `{text}`"));
            "Expr::Never".into()
        })
    }

    fn or(
        &self,
        t: &[Token],
        pos: &mut usize,
        what: &str,
        errors: &mut Vec<String>,
    ) -> Result<String, String> {
        let mut parts = vec![self.and(t, pos, what, errors)?];
        while t.get(*pos) == Some(&Token::Or) {
            *pos += 1;
            parts.push(self.and(t, pos, what, errors)?);
        }
        Ok(if parts.len() == 1 {
            parts.pop().unwrap()
        } else {
            format!("Expr::Any(&[{}])", parts.join(", "))
        })
    }

    fn and(
        &self,
        t: &[Token],
        pos: &mut usize,
        what: &str,
        errors: &mut Vec<String>,
    ) -> Result<String, String> {
        let mut parts = vec![self.unary(t, pos, what, errors)?];
        while t.get(*pos) == Some(&Token::And) {
            *pos += 1;
            parts.push(self.unary(t, pos, what, errors)?);
        }
        Ok(if parts.len() == 1 {
            parts.pop().unwrap()
        } else {
            format!("Expr::All(&[{}])", parts.join(", "))
        })
    }

    fn unary(
        &self,
        t: &[Token],
        pos: &mut usize,
        what: &str,
        errors: &mut Vec<String>,
    ) -> Result<String, String> {
        match t.get(*pos) {
            Some(Token::Not) => {
                *pos += 1;
                Ok(format!("Expr::Not(&{})", self.unary(t, pos, what, errors)?))
            }
            Some(Token::Open) => {
                *pos += 1;
                let inner = self.or(t, pos, what, errors)?;
                if t.get(*pos) != Some(&Token::Close) {
                    return Err("missing `)`".into());
                }
                *pos += 1;
                Ok(inner)
            }
            Some(Token::Ref(r)) => {
                *pos += 1;
                self.reference(r)
            }
            other => Err(format!("expected a reference, found {other:?}")),
        }
    }

    fn reference(&self, r: &str) -> Result<String, String> {
        if let Some(name) = r.strip_prefix('@') {
            return match self.finding_ids.get(name) {
                Some(i) => Ok(format!("Expr::Finding(FindingId({i}))")),
                None => Err(format!("unknown finding `@{name}`")),
            };
        }
        let (head, tail) = r
            .split_once('.')
            .ok_or_else(|| format!("`{r}` should be `question.answer` or `@finding`"))?;
        if let Some(&qi) = self.question_ids.get(head) {
            let q = &self.questions[qi];
            return match choices(q).iter().position(|o| *o == tail) {
                Some(oi) => Ok(format!(
                    "Expr::Answer(AnswerRef {{ question: QuestionId({qi}), option: {oi} }})"
                )),
                None => Err(format!("question `{head}` has no answer `{tail}`")),
            };
        }
        match INSTRUMENT_RESULTS
            .iter()
            .find(|(i, res, _)| *i == head && *res == tail)
        {
            Some((_, _, variant)) => Ok(format!("Expr::Instrument(InstrumentOutcome::{variant})")),
            None => Err(format!("unknown question or instrument result `{r}`")),
        }
    }
}

/// A rule's `unless` may name only context questions: a warning sign itself must
/// never stop a rule from firing.
fn check_context_only(text: &str, questions: &[Question], what: &str, errors: &mut Vec<String>) {
    for token in tokenize(text).unwrap_or_default() {
        if let Token::Ref(r) = token {
            let head = r.split('.').next().unwrap_or_default();
            let context = questions.iter().any(|q| q.id == head && q.context);
            if !context {
                errors.push(format!(
                    "{what}: `unless` may name only context questions, not `{r}`"
                ));
            }
        }
    }
}

fn tokenize(text: &str) -> Result<Vec<Token>, String> {
    let mut tokens = Vec::new();
    let mut chars = text.chars().peekable();
    while let Some(&c) = chars.peek() {
        match c {
            ' ' | '\t' | '\n' => {
                chars.next();
            }
            '!' => {
                chars.next();
                tokens.push(Token::Not);
            }
            '&' => {
                chars.next();
                tokens.push(Token::And);
            }
            '|' => {
                chars.next();
                tokens.push(Token::Or);
            }
            '(' => {
                chars.next();
                tokens.push(Token::Open);
            }
            ')' => {
                chars.next();
                tokens.push(Token::Close);
            }
            c if c == '@' || c == '_' || c.is_ascii_alphanumeric() => {
                let mut word = String::new();
                while let Some(&c) = chars.peek() {
                    if c == '@' || c == '_' || c == '.' || c == '-' || c.is_ascii_alphanumeric() {
                        word.push(c);
                        chars.next();
                    } else {
                        break;
                    }
                }
                tokens.push(Token::Ref(word));
            }
            other => return Err(format!("unexpected character `{other}`")),
        }
    }
    Ok(tokens)
}
