//! The checks on the knowledge base that are not about writing code: ids, numbers,
//! citations and the rules a clinician relies on (a rule's `unless` names only
//! context; an instrument has its published number of items).

use crate::evidence::{self, figure, LR_MAX_ESTIMATE, LR_MIN_ESTIMATE};
use crate::expr::Ast;
use crate::schema::{Band, Choice, Condition, Finding, Instrument, Knowledge, Question, Rule};
use std::collections::BTreeMap;

/// The position of every id of each table, checked for form and uniqueness.
pub struct Ids<'a> {
    pub sources: BTreeMap<&'a str, usize>,
    pub questions: BTreeMap<&'a str, usize>,
    pub findings: BTreeMap<&'a str, usize>,
    pub advice: BTreeMap<&'a str, usize>,
    pub conditions: BTreeMap<&'a str, usize>,
}

impl<'a> Ids<'a> {
    pub fn new(k: &'a Knowledge, errors: &mut Vec<String>) -> Ids<'a> {
        let sources = index(
            k.sources.source.iter().map(|s| s.id.as_str()),
            "source",
            errors,
        );
        let questions = index(
            k.questions.question.iter().map(|q| q.id.as_str()),
            "question",
            errors,
        );
        let findings = index(
            k.findings.finding.iter().map(|f| f.id.as_str()),
            "finding",
            errors,
        );
        let advice = index(
            k.advice.advice.iter().map(|a| a.id.as_str()),
            "advice",
            errors,
        );
        index(
            k.advice.risk_factor.iter().map(|r| r.id.as_str()),
            "risk factor",
            errors,
        );
        let conditions = index(
            k.conditions.condition.iter().map(|c| c.id.as_str()),
            "condition",
            errors,
        );
        index(
            k.triage.rule.iter().map(|r| r.id.as_str()),
            "triage rule",
            errors,
        );
        index(
            k.instruments.instrument.iter().map(|i| i.id.as_str()),
            "instrument",
            errors,
        );
        Ids {
            sources,
            questions,
            findings,
            advice,
            conditions,
        }
    }
}

fn index<'a>(
    ids: impl Iterator<Item = &'a str>,
    what: &str,
    errors: &mut Vec<String>,
) -> BTreeMap<&'a str, usize> {
    let mut map = BTreeMap::new();
    for (i, id) in ids.enumerate() {
        let well_formed =
            |b: u8| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'_' || b == b'-';
        if id.is_empty() || !id.bytes().all(well_formed) {
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

/// Turns the shorthand kinds (`yes_no`, `agree`) into single-choice questions.
pub fn expand_kind(q: &mut Question, errors: &mut Vec<String>) {
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

/// A band's limits, the question's own where the band leaves them out.
pub fn band_limits(q: &Question, b: &Band) -> (u16, u16) {
    (
        b.min.unwrap_or(q.min.unwrap_or(0)),
        b.max.unwrap_or(q.max.unwrap_or(u16::MAX)),
    )
}

pub fn question(q: &Question, what: &str, errors: &mut Vec<String>) {
    let mut last_max: Option<u16> = None;
    for b in &q.bands {
        let (min, max) = band_limits(q, b);
        if min > max {
            errors.push(format!("{what}: band `{}` has min above max", b.id));
        }
        if last_max.is_some_and(|prev| min != prev + 1) {
            errors.push(format!(
                "{what}: band `{}` does not follow on from the band before",
                b.id
            ));
        }
        last_max = Some(max);
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
}

pub fn condition(k: &Knowledge, c: &Condition, what: &str, errors: &mut Vec<String>) {
    let sources = &k.sources.source;
    figure(
        sources,
        &c.prior_source,
        &c.prior_locator,
        &c.prior_rationale,
        &format!("{what}, prior"),
        errors,
    );
    evidence::double_counting(k, c, errors);
    if !(c.prior > 0.0 && c.prior < 1.0) {
        errors.push(format!("{what}: prior must be between 0 and 1"));
    }
    if c.sources.is_empty() {
        errors.push(format!("{what}: cites no sources"));
    }
    for (n, e) in c.evidence.iter().enumerate() {
        let lr_absent = e.lr_absent.unwrap_or(1.0);
        if e.lr_present <= 0.0 || lr_absent <= 0.0 {
            errors.push(format!(
                "{what}, evidence {}: likelihood ratios must be above 0",
                n + 1
            ));
        }
        if e.against.is_none() && lr_absent != 1.0 {
            errors.push(format!(
                "{what}, evidence {}: lr_absent needs an `against` sentence",
                n + 1
            ));
        }
        let item = format!("{what}, evidence {} (`{}`)", n + 1, e.when);
        figure(sources, &e.source, &e.locator, &e.rationale, &item, errors);
        let extreme = e.lr_present > LR_MAX_ESTIMATE || lr_absent < LR_MIN_ESTIMATE;
        if extreme
            && sources
                .iter()
                .any(|s| s.id == e.source && s.kind != "study")
        {
            errors.push(format!(
                "{item}: a likelihood ratio above {LR_MAX_ESTIMATE} or below {LR_MIN_ESTIMATE} needs a study that shows it"
            ));
        }
    }
}

/// Only emergencies and out-of-scope rules stop the questionnaire, and a rule's
/// `unless` may name only context questions: a warning sign itself must never stop a
/// rule from firing.
pub fn rule(r: &Rule, questions: &[Question], what: &str, errors: &mut Vec<String>) {
    if r.stop && !matches!(r.level.as_str(), "ambulance" | "emergency") && !r.out_of_scope {
        errors.push(format!(
            "{what}: only emergencies and out-of-scope rules may stop the questionnaire"
        ));
    }
    let Some(unless) = r.unless.as_deref().and_then(|u| Ast::parse(u).ok()) else {
        return;
    };
    for reference in unless.refs() {
        let head = reference.split('.').next().unwrap_or_default();
        if !questions.iter().any(|q| q.id == head && q.context) {
            errors.push(format!(
                "{what}: `unless` may name only context questions, not `{reference}`"
            ));
        }
    }
}

/// A rule never reads a question of a section asked only after the result (the
/// person may never answer it, and a level must not wait on an optional question).
pub fn rule_reads_no_optional_answer(
    k: &Knowledge,
    r: &Rule,
    what: &str,
    errors: &mut Vec<String>,
) {
    let mut read = std::collections::BTreeSet::new();
    for text in std::iter::once(&r.when).chain(r.unless.as_ref()) {
        if let Ok(ast) = Ast::parse(text) {
            evidence::answers_read(k, &ast, &mut read, 0);
        }
    }
    for answer in read {
        let head = answer.split('.').next().unwrap_or_default();
        let optional = k
            .questions
            .question
            .iter()
            .any(|q| q.id == head && k.questions.after_result.contains(&q.section));
        if optional {
            errors.push(format!(
                "{what}: reads `{answer}`, a question asked only after the result"
            ));
        }
    }
}

pub fn instrument(i: &Instrument, what: &str, errors: &mut Vec<String>) {
    if i.item.len() != i.published_items {
        errors.push(format!(
            "{what}: has {} items, the published instrument has {}",
            i.item.len(),
            i.published_items
        ));
    }
    if i.results.is_empty() {
        errors.push(format!("{what}: names no results"));
    }
    for (n, item) in i.item.iter().enumerate() {
        let own = Ast::parse(&item.when).map(|a| {
            a.refs()
                .iter()
                .any(|r| r.split('.').next() == Some(i.id.as_str()))
        });
        if own == Ok(true) {
            errors.push(format!(
                "{what}, item {}: an item cannot depend on its own instrument",
                n + 1
            ));
        }
        // The flow answers such an item both ways to see whether it still matters, so it
        // must read the options of one question and nothing else.
        if i.only_while_it_matters && !reads_one_question(&item.when) {
            errors.push(format!(
                "{what}, item {}: an instrument asked only while it matters needs items that read one question's options (`q.a` or `q.a | q.b`)",
                n + 1
            ));
        }
    }
}

/// `q.a` or `q.a | q.b | ...`: options of one question, no finding, no negation.
fn reads_one_question(when: &str) -> bool {
    let refs = |ast: &Ast| -> Option<Vec<String>> {
        match ast {
            Ast::Ref(r) => Some(vec![r.clone()]),
            Ast::Any(parts) => parts
                .iter()
                .map(|p| match p {
                    Ast::Ref(r) => Some(r.clone()),
                    _ => None,
                })
                .collect(),
            _ => None,
        }
    };
    let Some(refs) = Ast::parse(when).ok().as_ref().and_then(refs) else {
        return false;
    };
    let question = |r: &String| r.split_once('.').map(|(q, _)| q.to_string());
    !refs[0].starts_with('@')
        && question(&refs[0]).is_some()
        && refs.iter().all(|r| question(r) == question(&refs[0]))
}

/// Findings may name other findings, but never in a loop, so evaluation always ends.
pub fn finding_cycles(findings: &[Finding], errors: &mut Vec<String>) {
    let deps: BTreeMap<&str, Vec<String>> = findings
        .iter()
        .map(|f| {
            let refs = Ast::parse(&f.when).map(|a| {
                a.refs()
                    .iter()
                    .filter_map(|r| r.strip_prefix('@'))
                    .map(str::to_string)
                    .collect()
            });
            (f.id.as_str(), refs.unwrap_or_default())
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
