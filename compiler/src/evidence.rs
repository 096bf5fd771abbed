//! The checks on figures and their sources: what each kind of source must give, that a
//! prior or likelihood ratio cites a study with its place or is an estimate with its
//! reason, the bounds of an estimate, and that no condition counts one answer twice.

use crate::expr::Ast;
use crate::schema::{Condition, Knowledge};
use std::collections::BTreeSet;

/// Source kinds, and what a source of each kind must give.
pub fn source(s: &crate::schema::Source, errors: &mut Vec<String>) {
    let what = format!("source `{}`", s.id);
    let need = |field: &str, present: bool, errors: &mut Vec<String>| {
        if !present {
            errors.push(format!("{what}: a {} needs `{field}`", s.kind));
        }
    };
    match s.kind.as_str() {
        "study" => {
            need("authors", s.authors.is_some(), errors);
            need("year", s.year.is_some(), errors);
            need("journal", s.journal.is_some(), errors);
            need("volume", s.volume.is_some(), errors);
            need("pages", s.pages.is_some(), errors);
        }
        "guideline" => {
            need("year", s.year.is_some(), errors);
            need("journal", s.journal.is_some(), errors);
        }
        "seed" | "estimate" => {}
        other => errors.push(format!(
            "{what}: unknown kind `{other}` (study, guideline, seed or estimate)"
        )),
    }
}

/// The most a likelihood ratio may say without a study that shows it.
pub const LR_MAX_ESTIMATE: f64 = 20.0;
pub const LR_MIN_ESTIMATE: f64 = 0.05;

/// A prior or a likelihood ratio is a figure: it cites a study (with where in it the
/// figure is) or is an estimate (with why it has its value).
pub fn figure(
    sources: &[crate::schema::Source],
    source: &str,
    locator: &Option<String>,
    rationale: &Option<String>,
    what: &str,
    errors: &mut Vec<String>,
) {
    let kind = sources
        .iter()
        .find(|s| s.id == source)
        .map(|s| s.kind.as_str());
    match kind {
        Some("study") if locator.as_deref().is_none_or(|l| l.trim().is_empty()) => {
            errors.push(format!("{what}: says where in `{source}` the figure is (`locator`: a table, figure, page or \"abstract\")"))
        }
        Some("estimate") if rationale.as_deref().is_none_or(|r| r.trim().is_empty()) => {
            errors.push(format!("{what}: an estimate needs a one-line `rationale`"))
        }
        Some("study" | "estimate") | None => {}
        Some(other) => errors.push(format!(
            "{what}: a figure cites a study or is an estimate, not a {other} (`{source}`)"
        )),
    }
}

/// Every `question.option` an expression reads, through findings and instruments.
pub fn answers_read(k: &Knowledge, ast: &Ast, out: &mut BTreeSet<String>, depth: usize) {
    if depth > 32 {
        return; // a loop of findings, reported by `finding_cycles`
    }
    for r in ast.refs() {
        let inner = |text: &str, out: &mut BTreeSet<String>| {
            if let Ok(ast) = Ast::parse(text) {
                answers_read(k, &ast, out, depth + 1);
            }
        };
        if let Some(name) = r.strip_prefix('@') {
            if let Some(f) = k.findings.finding.iter().find(|f| f.id == name) {
                inner(&f.when, out);
            }
        } else if let Some(i) = k
            .instruments
            .instrument
            .iter()
            .find(|i| r.split('.').next() == Some(i.id.as_str()))
        {
            for item in &i.item {
                inner(&item.when, out);
            }
        } else {
            out.insert(r.to_string());
        }
    }
}

/// Two evidence items of one condition that read the same answer count it twice,
/// unless one of them declares the dependence and why.
pub fn double_counting(k: &Knowledge, c: &Condition, errors: &mut Vec<String>) {
    let read: Vec<BTreeSet<String>> = c
        .evidence
        .iter()
        .map(|e| {
            let mut set = BTreeSet::new();
            if let Ok(ast) = Ast::parse(&e.when) {
                answers_read(k, &ast, &mut set, 0);
            }
            set
        })
        .collect();
    for (a, ea) in c.evidence.iter().enumerate() {
        for (b, eb) in c.evidence.iter().enumerate().skip(a + 1) {
            let shared: Vec<&String> = read[a].intersection(&read[b]).collect();
            if !shared.is_empty() && ea.dependence.is_none() && eb.dependence.is_none() {
                errors.push(format!(
                    "condition `{}`: evidence {} (`{}`) and {} (`{}`) both read {shared:?}: keep one, or declare the `dependence`",
                    c.id,
                    a + 1,
                    ea.when,
                    b + 1,
                    eb.when
                ));
            }
        }
    }
}
