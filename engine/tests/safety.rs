//! The safety vignette suite (tests/safety_vignettes.toml): atypical, uncertain and
//! over-triage-trap cases written from the guidelines (GIRFT, NICE NG234, NG156,
//! NG59, CKS, BSR, ...), not from the rules in knowledge/triage.toml. Each case is
//! walked through the adaptive flow as the patient would answer it. The suite fails
//! on any under-triage (a level less urgent than the guideline sets) and prints
//! every over-triage, so the cost of caution stays visible (docs/safety.md).
#![cfg(not(target_arch = "wasm32"))]

mod support;

use engine::{self, Answers, TriageLevel};
use serde::Deserialize;

#[derive(Deserialize)]
struct File {
    case: Vec<Case>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Case {
    id: String,
    /// atypical, uncertain or over_triage_trap
    kind: String,
    description: String,
    /// The source id (knowledge/sources.toml) of the guideline that sets the level.
    guideline: String,
    expect_triage: String,
    /// A text the result's reasons or action must contain (e.g. "cancer team").
    #[serde(default)]
    expect_text: Option<String>,
    answers: serde_json::Map<String, serde_json::Value>,
}

fn load() -> Vec<Case> {
    let text = std::fs::read_to_string("tests/safety_vignettes.toml")
        .expect("tests/safety_vignettes.toml");
    toml::from_str::<File>(&text)
        .expect("safety_vignettes.toml is valid")
        .case
}

#[test]
fn no_safety_vignette_is_under_triaged_in_the_adaptive_flow() {
    use engine::knowledge::SOURCES;
    use engine::texts::Catalog;
    let english = Catalog::english();
    let cases = load();
    let kinds = ["atypical", "uncertain", "over_triage_trap"];
    assert!(
        cases.len() >= 40,
        "{} safety vignettes, want 40 or more",
        cases.len()
    );
    for kind in kinds {
        let n = cases.iter().filter(|c| c.kind == kind).count();
        assert!(n >= 8, "{n} `{kind}` cases, want 8 or more");
    }
    let mut under = Vec::new();
    let mut over = Vec::new();
    let mut wrong_text = Vec::new();
    let mut lengths = Vec::new();
    println!("\nSafety vignettes, adaptive flow:");
    println!(
        "{:<38} {:<17} {:<13} {:<13} {:>4}",
        "case", "kind", "expected", "got", "asked"
    );
    for case in &cases {
        assert!(
            kinds.contains(&case.kind.as_str()),
            "{}: kind `{}`",
            case.id,
            case.kind
        );
        assert!(
            !case.description.is_empty(),
            "{}: has a description",
            case.id
        );
        assert!(
            SOURCES.iter().any(|s| s.id == case.guideline) && case.guideline != "estimate",
            "{}: guideline `{}` is not a source in knowledge/sources.toml",
            case.id,
            case.guideline
        );
        let expected = TriageLevel::from_id(&case.expect_triage)
            .unwrap_or_else(|| panic!("{}: unknown level {}", case.id, case.expect_triage));
        let mut given = Answers::new();
        for (q, a) in &case.answers {
            given
                .set_json(q, a)
                .unwrap_or_else(|e| panic!("{}: {e}", case.id));
        }
        let (asked, steps) = support::walk(&given);
        let result = engine::assess(&asked);
        let got = result.triage.level;
        println!(
            "{:<38} {:<17} {:<13} {:<13} {:>4}",
            case.id,
            case.kind,
            expected.id(),
            got.id(),
            steps
        );
        lengths.push(steps);
        // Lower in the enum is more urgent.
        if got > expected {
            under.push(format!("{}: expected {expected}, got {got}", case.id));
        } else if got < expected {
            over.push(format!("{}: expected {expected}, got {got}", case.id));
        }
        if let Some(text) = &case.expect_text {
            let shown: String = result
                .triage
                .reasons()
                .map(|r| english.get(r.get().reason))
                .chain([
                    english.get(result.triage.action()),
                    english.get(result.triage.safety_net()),
                ])
                .collect::<Vec<_>>()
                .join(" ");
            if !shown.to_lowercase().contains(&text.to_lowercase()) {
                wrong_text.push(format!("{}: the result does not say `{text}`", case.id));
            }
        }
    }
    lengths.sort();
    println!(
        "\n{} cases: under-triage {}, over-triage {} ({:.0}%); questions asked: median {}, longest {}",
        cases.len(),
        under.len(),
        over.len(),
        100.0 * over.len() as f64 / cases.len() as f64,
        lengths[lengths.len() / 2],
        lengths[lengths.len() - 1]
    );
    for o in &over {
        println!("  over-triage  {o}");
    }
    assert!(under.is_empty(), "under-triage:\n{}", under.join("\n"));
    assert!(wrong_text.is_empty(), "{}", wrong_text.join("\n"));
}
