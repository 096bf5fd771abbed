//! The vignette suite: clinical descriptions of patients (tests/vignettes.toml), each
//! with the causes and the triage level a clinician would expect. Prints correct-first,
//! in-top-3, triage exact, under-triage and emergencies caught, overall and per
//! condition, and fails if an emergency is missed or accuracy falls below the bar.
#![cfg(not(target_arch = "wasm32"))]

mod support;

use engine::{self, Answers, ConditionId, TriageLevel};
use serde::Deserialize;
use std::collections::BTreeMap;

#[derive(Deserialize)]
struct File {
    case: Vec<Case>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Case {
    id: String,
    description: String,
    expect_conditions: Vec<String>,
    expect_triage: String,
    answers: serde_json::Map<String, serde_json::Value>,
}

#[derive(Default)]
struct Tally {
    cases: usize,
    first: usize,
    top3: usize,
    triage_exact: usize,
    under_triage: usize,
    emergencies: usize,
    emergencies_caught: usize,
}

impl Tally {
    fn add(&mut self, first: bool, top3: bool, expected: TriageLevel, got: TriageLevel) {
        self.cases += 1;
        self.first += first as usize;
        self.top3 += top3 as usize;
        self.triage_exact += (expected == got) as usize;
        self.under_triage += (got > expected) as usize;
        if expected.is_emergency() {
            self.emergencies += 1;
            self.emergencies_caught += got.is_emergency() as usize;
        }
    }
    fn row(&self, name: &str) -> String {
        let pct = |n: usize| 100.0 * n as f64 / self.cases.max(1) as f64;
        format!(
            "{name:<24} {:>5} {:>7.0}% {:>6.0}% {:>8.0}% {:>6} {:>5}/{}",
            self.cases,
            pct(self.first),
            pct(self.top3),
            pct(self.triage_exact),
            self.under_triage,
            self.emergencies_caught,
            self.emergencies
        )
    }
}

/// The vignettes of `tests/vignettes*.toml`.
fn load() -> Vec<Case> {
    let mut cases = Vec::new();
    for (name, text) in support::vignette_files(std::path::Path::new("tests")) {
        let file: File = toml::from_str(&text).unwrap_or_else(|e| panic!("{name}: {e}"));
        cases.extend(file.case);
    }
    cases.sort_by(|a, b| a.id.cmp(&b.id));
    cases
}

fn answers_of(case: &Case) -> Answers {
    let mut answers = Answers::new();
    for (q, a) in &case.answers {
        answers
            .set_json(q, a)
            .unwrap_or_else(|e| panic!("{}: {e}", case.id));
    }
    answers
}

/// The causes of `result` by rank, and whether the case's expected cause is first and
/// whether it is in the top three.
fn placed<'a>(case: &Case, result: &'a engine::Assessment) -> (Vec<&'a str>, bool, bool) {
    let ranked: Vec<&str> = result
        .conditions
        .iter()
        .map(|s| s.condition.get().id)
        .collect();
    let expected = |r: &&str| case.expect_conditions.iter().any(|c| c == r);
    let first = expected(&ranked[0]);
    let top3 = ranked[..3].iter().any(expected);
    (ranked, first, top3)
}

#[test]
fn vignettes_meet_the_accuracy_bar() {
    let cases = load();
    assert!(cases.len() >= 50, "at least 50 vignettes");
    let mut all = Tally::default();
    let mut per_condition: BTreeMap<String, Tally> = BTreeMap::new();
    let mut failures = Vec::new();
    let mut missed_emergencies = Vec::new();

    for case in &cases {
        assert!(
            !case.description.is_empty(),
            "{}: has a description",
            case.id
        );
        let answers = answers_of(case);
        for c in &case.expect_conditions {
            assert!(
                ConditionId::by_id(c).is_some(),
                "{}: unknown condition {c}",
                case.id
            );
        }
        let expected = TriageLevel::from_id(&case.expect_triage)
            .unwrap_or_else(|| panic!("{}: unknown triage {}", case.id, case.expect_triage));

        let result = engine::assess(&answers);
        let (ranked, first, top3) = placed(case, &result);
        let got = result.triage.level;
        all.add(first, top3, expected, got);
        for c in &case.expect_conditions {
            per_condition
                .entry(c.clone())
                .or_default()
                .add(first, top3, expected, got);
        }
        if expected.is_emergency() && !got.is_emergency() {
            missed_emergencies.push(case.id.clone());
        }
        if !first || got != expected {
            failures.push(format!(
                "  {:<40} expected {:?} / {expected}; got {} ({:.2}), {} ({:.2}), {} ({:.2}) / {got}",
                case.id,
                case.expect_conditions,
                ranked[0],
                result.conditions[0].probability,
                ranked[1],
                result.conditions[1].probability,
                ranked[2],
                result.conditions[2].probability,
            ));
        }
    }

    println!("\nVignettes: {} cases", all.cases);
    println!(
        "{:<24} {:>5} {:>8} {:>7} {:>9} {:>6} {:>7}",
        "condition", "cases", "first", "top-3", "triage", "under", "emerg."
    );
    for (name, tally) in &per_condition {
        println!("{}", tally.row(name));
    }
    println!("{}", all.row("ALL"));
    if !failures.is_empty() {
        println!("\nCases not first or not exact triage:");
        for f in &failures {
            println!("{f}");
        }
    }

    let first_pct = all.first as f64 / all.cases as f64;
    let top3_pct = all.top3 as f64 / all.cases as f64;
    assert!(
        missed_emergencies.is_empty(),
        "emergencies missed: {missed_emergencies:?}"
    );
    assert!(
        first_pct >= 0.80,
        "correct first {:.0}% is below 80%",
        first_pct * 100.0
    );
    assert!(
        top3_pct >= 0.95,
        "in top 3 {:.0}% is below 95%",
        top3_pct * 100.0
    );
}

#[test]
fn every_condition_has_at_least_two_vignettes() {
    let cases = load();
    for c in engine::knowledge::CONDITIONS {
        let n = cases
            .iter()
            .filter(|v| v.expect_conditions.iter().any(|e| e == c.id))
            .count();
        assert!(n >= 2, "{} has {n} vignettes", c.id);
    }
}

/// Walks the adaptive flow for every vignette as the patient would answer (from the
/// case, and the reassuring answer where the case is silent), and prints how many
/// questions each journey takes and the accuracy on what the flow asked. Fails on
/// any under-triage or missed emergency in the flow.
#[test]
fn journeys_in_the_adaptive_flow_are_safe_and_of_sensible_length() {
    let mut lengths = Vec::new();
    let mut adaptive = Vec::new();
    let (mut first, mut top3, mut triage, mut total) = (0, 0, 0, 0);
    let mut under = Vec::new();
    let mut missed_top3 = Vec::new();
    for case in load() {
        let (asked, steps) = support::walk(&answers_of(&case));
        let result = engine::assess(&asked);
        let (ranked, is_first, in_top3) = placed(&case, &result);
        total += 1;
        first += is_first as usize;
        top3 += in_top3 as usize;
        if !in_top3 {
            missed_top3.push(format!(
                "{}: {:?} not in {:?}",
                case.id,
                case.expect_conditions,
                &ranked[..3]
            ));
        }
        triage += (result.triage.level.id() == case.expect_triage) as usize;
        let expected = TriageLevel::from_id(&case.expect_triage).unwrap();
        // Lower in the enum is more urgent.
        if result.triage.level > expected {
            under.push(format!(
                "{}: expected {expected}, got {}",
                case.id, result.triage.level
            ));
        }
        if !result.triage.level.is_emergency() && !result.triage.out_of_scope {
            lengths.push((steps, case.id));
            adaptive.push(asked.iter().filter(|(q, _)| !q.get().always).count());
        }
    }
    lengths.sort();
    let counts: Vec<usize> = lengths.iter().map(|(n, _)| *n).collect();
    let median = counts[counts.len() / 2];
    println!(
        "\nJourney length (non-emergency vignettes, {} journeys): shortest {} ({}), median {median}, 90th percentile {}, longest {} ({})",
        counts.len(),
        counts[0],
        lengths[0].1,
        counts[counts.len() * 9 / 10],
        counts[counts.len() - 1],
        lengths[lengths.len() - 1].1
    );
    let pct = |n: usize| 100.0 * n as f64 / total as f64;
    println!(
        "Answering only what the adaptive flow asks: correct first {:.0}%, in top 3 {:.0}%, triage exact {:.0}%, under-triage {}",
        pct(first),
        pct(top3),
        pct(triage),
        under.len()
    );
    for m in &missed_top3 {
        println!("  not in the top 3 in the flow: {m}");
    }
    assert!(under.is_empty(), "under-triage in the flow: {under:?}");
    assert!(
        pct(first) >= 85.0,
        "in the flow, correct first {:.0}% is below 85%",
        pct(first)
    );
    assert!(
        pct(top3) >= 95.0,
        "in the flow, in top 3 {:.0}% is below 95%",
        pct(top3)
    );
    assert!(
        (15..=40).contains(&median),
        "median journey {median} questions"
    );
    // What a median of 20 would cost: the same journeys with the flow's own choices
    // cut at 20 questions (docs/clinical.md, "Questions per journey").
    let (mut cut_first, mut cut_top3, mut cut_under) = (0, 0, Vec::new());
    for case in load() {
        let (asked, _) = support::walk_at_most(&answers_of(&case), 20);
        let result = engine::assess(&asked);
        let (_, is_first, in_top3) = placed(&case, &result);
        cut_first += is_first as usize;
        cut_top3 += in_top3 as usize;
        if result.triage.level > TriageLevel::from_id(&case.expect_triage).unwrap() {
            cut_under.push(format!(
                "{} ({} as {})",
                case.id,
                case.expect_triage,
                result.triage.level.id()
            ));
        }
    }
    println!(
        "Cut at 20 questions: correct first {:.0}%, in top 3 {:.0}%, under-triage {}: {}",
        pct(cut_first),
        pct(cut_top3),
        cut_under.len(),
        cut_under.join(", ")
    );
    // The progress estimate's typical number of adaptive questions is the measured one.
    adaptive.sort();
    let typical = adaptive[adaptive.len() / 2];
    println!("Adaptive questions per journey: median {typical}");
    assert!(
        typical.abs_diff(engine::flow::TYPICAL_ADAPTIVE) <= 1,
        "flow::TYPICAL_ADAPTIVE is {}, the journeys now ask a median of {typical} adaptive questions: update it",
        engine::flow::TYPICAL_ADAPTIVE
    );
}

/// How much of the ranking rests on published figures, and how well its probabilities
/// are calibrated on the vignettes. Prints the counts, the accuracy with every
/// estimated likelihood ratio set to 1, the Brier score and a reliability table (for
/// docs/clinical.md); fails if the probabilities do no better than each cause's prior.
#[test]
fn evidence_and_calibration() {
    use engine::knowledge::CONDITIONS;
    let published = |source: engine::knowledge::SourceId| source.get().kind == "study";
    let priors = CONDITIONS
        .iter()
        .filter(|c| published(c.prior_source))
        .count();
    let ratios: Vec<bool> = CONDITIONS
        .iter()
        .flat_map(|c| c.evidence.iter().map(|e| published(e.source)))
        .collect();
    let ratios_published = ratios.iter().filter(|p| **p).count();
    println!(
        "\nFigures: priors {priors} published, {} estimated; likelihood ratios {ratios_published} published, {} estimated",
        CONDITIONS.len() - priors,
        ratios.len() - ratios_published
    );

    let cases = load();
    let (mut first, mut top3) = (0, 0);
    let (mut brier, mut brier_prior, mut pairs) = (0.0, 0.0, 0usize);
    // Reliability: predicted probability bands, with the mean prediction and how often
    // the cause was the expected one.
    let bands = [0.0, 0.05, 0.15, 0.3, 0.5, 0.7, 1.0001];
    let mut bins = vec![(0usize, 0.0f64, 0usize); bands.len() - 1];
    for case in &cases {
        let answers = answers_of(case);
        let facts = engine::Facts::new(&answers);
        // With every estimated likelihood ratio set to 1: published figures only.
        let mut neutral: Vec<(f64, &str)> = CONDITIONS
            .iter()
            .map(|c| {
                let mut odds = c.prior / (1.0 - c.prior);
                for e in c.evidence.iter().filter(|e| published(e.source)) {
                    odds *= match facts.eval(&e.when) {
                        engine::Truth::True => e.lr_present,
                        engine::Truth::False => e.lr_absent,
                        engine::Truth::Unknown => 1.0,
                    };
                }
                (odds / (1.0 + odds), c.id)
            })
            .collect();
        neutral.sort_by(|a, b| b.0.total_cmp(&a.0));
        let expected = |id: &str| case.expect_conditions.iter().any(|c| c == id);
        first += expected(neutral[0].1) as usize;
        top3 += neutral[..3].iter().any(|(_, id)| expected(id)) as usize;
        for s in engine::assess(&answers).conditions {
            let c = s.condition.get();
            let y = expected(c.id) as u8 as f64;
            brier += (s.probability - y).powi(2);
            brier_prior += (c.prior - y).powi(2);
            pairs += 1;
            let bin = bands
                .windows(2)
                .position(|w| s.probability >= w[0] && s.probability < w[1])
                .unwrap();
            bins[bin].0 += 1;
            bins[bin].1 += s.probability;
            bins[bin].2 += y as usize;
        }
    }
    let pct = |n: usize| 100.0 * n as f64 / cases.len() as f64;
    println!(
        "With every estimated likelihood ratio set to 1 (complete answers, {} cases): correct first {:.0}%, in top 3 {:.0}%",
        cases.len(),
        pct(first),
        pct(top3)
    );
    let (brier, brier_prior) = (brier / pairs as f64, brier_prior / pairs as f64);
    println!("Brier score over {pairs} case-cause pairs: {brier:.4} (each cause's prior alone: {brier_prior:.4})");
    println!("| probability shown | pairs | mean shown | expected cause |");
    println!("|---|---:|---:|---:|");
    for (w, (n, sum, hits)) in bands.windows(2).zip(&bins) {
        if *n > 0 {
            println!(
                "| {:.0}–{:.0}% | {n} | {:.1}% | {:.1}% |",
                w[0] * 100.0,
                (w[1] * 100.0).min(100.0),
                100.0 * sum / *n as f64,
                100.0 * *hits as f64 / *n as f64
            );
        }
    }
    assert!(
        brier < brier_prior,
        "the probabilities ({brier:.4}) do no better than the priors alone ({brier_prior:.4})"
    );
}
