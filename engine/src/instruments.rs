//! Validated instruments, scored exactly as published (see `knowledge/instruments.toml`
//! for the items and `docs/clinical.md` for the rules and licences).

use super::knowledge::{Instrument, InstrumentId, InstrumentOutcome};
use super::truth::Truth;

// The published rules below read items by position: a changed list of items is a
// compile error here, not a wrong score.
const _: () = assert!(InstrumentId::Startback.published_items() == 9);
const _: () = assert!(InstrumentId::Konno.published_items() == 10);
const _: () = assert!(InstrumentId::Asas.published_items() == 5);
const _: () = assert!(InstrumentId::NiceOa.published_items() == 3);

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
    /// Keele STarT Back: total 0–9, psychosocial subscale 0–5 (items 5–9), counted
    /// over the answered items; `unanswered` items (0 when all 9 were answered) could
    /// not change the group.
    StartBack {
        total: u8,
        subscale: u8,
        group: RiskGroup,
        unanswered: u8,
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
        if outcome.instrument() != self.instrument.id {
            return None;
        }
        Some(match (self.score, outcome) {
            (Score::StartBack { group, .. }, StartbackLow) => {
                Truth::from_bool(group == RiskGroup::Low)
            }
            (Score::StartBack { group, .. }, StartbackMedium) => {
                Truth::from_bool(group == RiskGroup::Medium)
            }
            (Score::StartBack { group, .. }, StartbackHigh) => {
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

    /// Whether nothing is known of any item: none of its questions was answered.
    pub fn is_unanswered(&self) -> bool {
        self.items.iter().all(|t| *t == Truth::Unknown)
    }
}

impl InstrumentResult {
    /// Scores `instrument` from the truth of each of its items.
    pub fn new(instrument: &'static Instrument, items: Vec<Truth>) -> InstrumentResult {
        let score = score(instrument.id, &items);
        InstrumentResult {
            instrument,
            items,
            score,
        }
    }
}

fn count(items: &[Truth], truth: Truth) -> u8 {
    items.iter().filter(|t| **t == truth).count() as u8
}

/// Applies the published rule to the item truths.
pub fn score(instrument: InstrumentId, items: &[Truth]) -> Score {
    let of = items.len() as u8;
    let incomplete = Score::Incomplete {
        answered: of - count(items, Truth::Unknown),
        of,
    };
    match instrument {
        // Hill et al. 2008: total of 9 items; subscale = items 5–9.
        // High: subscale ≥ 4. Medium: total ≥ 4 (and subscale ≤ 3). Low: total ≤ 3.
        // The group only rises with each item that scores, so it is decided when
        // every unanswered item scoring and none scoring give the same group.
        InstrumentId::Startback => {
            let group = |total: u8, subscale: u8| {
                if subscale >= 4 {
                    RiskGroup::High
                } else if total >= 4 {
                    RiskGroup::Medium
                } else {
                    RiskGroup::Low
                }
            };
            let total = count(items, Truth::True);
            let subscale = count(&items[4..9], Truth::True);
            let unanswered = count(items, Truth::Unknown);
            let unanswered_subscale = count(&items[4..9], Truth::Unknown);
            let lowest = group(total, subscale);
            if lowest != group(total + unanswered, subscale + unanswered_subscale) {
                return incomplete;
            }
            Score::StartBack {
                total,
                subscale,
                group: lowest,
                unanswered,
            }
        }
        // Konno 2007: items 1–4 all yes, or at least 2 of items 1–4 and 3 of items 5–10.
        InstrumentId::Konno => {
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
        InstrumentId::Asas => {
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
        InstrumentId::NiceOa => {
            let met = count(items, Truth::True);
            decide(
                met == of,
                !items.contains(&Truth::False),
                met,
                of,
                incomplete,
            )
        }
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
