//! Validated instruments, scored exactly as published (see `knowledge/instruments.toml`
//! for the items and `docs/clinical.md` for the rules and licences).

use super::facts::{Facts, Truth};
use super::knowledge::{Instrument, InstrumentOutcome, INSTRUMENTS};

/// The STarT Back risk group.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RiskGroup {
    Low,
    Medium,
    High,
}

impl RiskGroup {
    pub fn id(self) -> &'static str {
        match self {
            RiskGroup::Low => "low",
            RiskGroup::Medium => "medium",
            RiskGroup::High => "high",
        }
    }
}

/// The outcome of one instrument for one person.
#[derive(Clone, Debug, PartialEq)]
pub struct InstrumentResult {
    pub instrument: &'static Instrument,
    /// Each item: true, false or unknown.
    pub items: Vec<Truth>,
    pub score: Score,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Score {
    /// Keele STarT Back: total 0–9, psychosocial subscale 0–5 (items 5–9).
    StartBack {
        total: u8,
        subscale: u8,
        group: RiskGroup,
    },
    /// A yes/no criterion (Konno, ASAS, NICE osteoarthritis).
    Criterion { positive: bool, met: u8, of: u8 },
    /// Not every item was answered, and the rule cannot be decided without them.
    Incomplete { answered: u8, of: u8 },
}

impl InstrumentResult {
    /// The truth of an outcome that expressions name, if this instrument gives it.
    pub fn outcome(&self, outcome: InstrumentOutcome) -> Option<Truth> {
        use InstrumentOutcome::*;
        let id = self.instrument.id;
        let owner = match outcome {
            StartBackLow | StartBackMedium | StartBackHigh => "startback",
            KonnoPositive => "konno",
            AsasPositive => "asas",
            NiceOaPositive => "nice_oa",
        };
        if owner != id {
            return None;
        }
        Some(match (self.score, outcome) {
            (Score::StartBack { group, .. }, StartBackLow) => {
                Truth::from_bool(group == RiskGroup::Low)
            }
            (Score::StartBack { group, .. }, StartBackMedium) => {
                Truth::from_bool(group == RiskGroup::Medium)
            }
            (Score::StartBack { group, .. }, StartBackHigh) => {
                Truth::from_bool(group == RiskGroup::High)
            }
            (Score::Criterion { positive, .. }, _) => Truth::from_bool(positive),
            _ => Truth::Unknown,
        })
    }

    /// Whether the result is decided (every needed item answered).
    pub fn is_complete(&self) -> bool {
        !matches!(self.score, Score::Incomplete { .. })
    }
}

/// Scores every instrument that applies to the person.
pub fn score_all(facts: &Facts) -> Vec<InstrumentResult> {
    INSTRUMENTS
        .iter()
        .filter(|i| facts.eval(&i.applies_if).is_true())
        .map(|i| {
            let items: Vec<Truth> = i.items.iter().map(|item| facts.eval(&item.when)).collect();
            let score = score(i.id, &items);
            InstrumentResult {
                instrument: i,
                items,
                score,
            }
        })
        .collect()
}

fn count(items: &[Truth], truth: Truth) -> u8 {
    items.iter().filter(|t| **t == truth).count() as u8
}

/// Applies the published rule to the item truths.
pub fn score(instrument: &str, items: &[Truth]) -> Score {
    let of = items.len() as u8;
    let incomplete = Score::Incomplete {
        answered: of - count(items, Truth::Unknown),
        of,
    };
    match instrument {
        // Hill et al. 2008: total of 9 items; subscale = items 5–9.
        // High: subscale ≥ 4. Medium: total ≥ 4 (and subscale ≤ 3). Low: total ≤ 3.
        "startback" => {
            if items.contains(&Truth::Unknown) {
                return incomplete;
            }
            let total = count(items, Truth::True);
            let subscale = count(&items[4..9], Truth::True);
            let group = if subscale >= 4 {
                RiskGroup::High
            } else if total >= 4 {
                RiskGroup::Medium
            } else {
                RiskGroup::Low
            };
            Score::StartBack {
                total,
                subscale,
                group,
            }
        }
        // Konno 2007: items 1–4 all yes, or at least 2 of items 1–4 and 3 of items 5–10.
        "konno" => {
            let (core, other) = items.split_at(4);
            let rule = |core: u8, other: u8| core == 4 || (core >= 2 && other >= 3);
            decide(
                rule(count(core, Truth::True), count(other, Truth::True)),
                rule(
                    4 - count(core, Truth::False),
                    6 - count(other, Truth::False),
                ),
                count(items, Truth::True),
                of,
                incomplete,
            )
        }
        // ASAS 2009: at least 4 of 5.
        "asas" => {
            let met = count(items, Truth::True);
            decide(
                met >= 4,
                of - count(items, Truth::False) >= 4,
                met,
                of,
                incomplete,
            )
        }
        // NICE NG226: all three.
        "nice_oa" => {
            let met = count(items, Truth::True);
            decide(
                met == of,
                !items.contains(&Truth::False),
                met,
                of,
                incomplete,
            )
        }
        other => unreachable!("build.rs accepts only instruments the engine scores, not `{other}`"),
    }
}

/// `surely`: positive with what is known; `possibly`: positive if every unknown were true.
fn decide(surely: bool, possibly: bool, met: u8, of: u8, incomplete: Score) -> Score {
    if surely {
        Score::Criterion {
            positive: true,
            met,
            of,
        }
    } else if !possibly {
        Score::Criterion {
            positive: false,
            met,
            of,
        }
    } else {
        incomplete
    }
}
