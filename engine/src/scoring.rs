//! Ranking of causes: for each condition, its prior odds times the likelihood ratio of
//! every finding that is known (`lr_present` when true, `lr_absent` when false). Each
//! condition is scored on its own, so two can both be likely (a disc and sciatica).

use super::facts::{Facts, Truth};
use super::knowledge::{ConditionId, Evidence, RuleId, Text, CONDITIONS};
use super::order::order_by;

/// How likely a cause is, in words.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Likelihood {
    Likely,
    Possible,
    LessLikely,
}

impl Likelihood {
    /// Probability at or above which a cause is called likely.
    pub const LIKELY: f64 = 0.5;
    /// Probability at or above which a cause is called possible.
    pub const POSSIBLE: f64 = 0.15;

    pub fn of(probability: f64) -> Likelihood {
        if probability >= Self::LIKELY {
            Likelihood::Likely
        } else if probability >= Self::POSSIBLE {
            Likelihood::Possible
        } else {
            Likelihood::LessLikely
        }
    }

    pub fn id(self) -> &'static str {
        match self {
            Likelihood::Likely => "likely",
            Likelihood::Possible => "possible",
            Likelihood::LessLikely => "less_likely",
        }
    }
}

/// One finding's part in a condition's score.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Reason {
    pub evidence: &'static Evidence,
    /// The finding is present (else it is known to be absent).
    pub present: bool,
    /// The likelihood ratio applied.
    pub factor: f64,
}

impl Reason {
    /// The plain-language sentence for what the person told us.
    pub fn text(&self) -> Text {
        if self.present {
            self.evidence.for_text
        } else {
            self.evidence.against_text.unwrap_or(self.evidence.for_text)
        }
    }

    /// Whether it makes the condition more likely.
    pub fn supports(&self) -> bool {
        self.factor > 1.0
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct ConditionScore {
    pub condition: ConditionId,
    pub probability: f64,
    pub band: Likelihood,
    /// Findings that changed the score, strongest first.
    pub reasons: Vec<Reason>,
    /// The warning-sign rule that points to this cause, if one fired: the cause needs
    /// checking whatever its probability (see [`crate::assess`]).
    pub flagged_by: Option<RuleId>,
}

impl ConditionScore {
    pub fn supporting(&self) -> impl Iterator<Item = &Reason> {
        self.reasons.iter().filter(|r| r.supports())
    }
    pub fn against(&self) -> impl Iterator<Item = &Reason> {
        self.reasons.iter().filter(|r| !r.supports())
    }
}

/// Scores one condition.
pub fn score(facts: &Facts, condition: ConditionId) -> ConditionScore {
    let c = condition.get();
    let mut odds = c.prior / (1.0 - c.prior);
    let mut reasons = Vec::new();
    for evidence in c.evidence {
        let (present, factor) = match facts.eval(&evidence.when) {
            Truth::True => (true, evidence.lr_present),
            Truth::False => (false, evidence.lr_absent),
            Truth::Unknown => continue,
        };
        odds *= factor;
        if factor != 1.0 {
            reasons.push(Reason {
                evidence,
                present,
                factor,
            });
        }
    }
    // Strongest first: furthest from 1 either way.
    sort_descending(&mut reasons, |r| r.factor.ln().abs());
    let probability = odds / (1.0 + odds);
    ConditionScore {
        condition,
        probability,
        band: Likelihood::of(probability),
        reasons,
        flagged_by: None,
    }
}

/// The probability of one condition, without the reasons ([`score`] gives both).
pub fn probability(facts: &Facts, condition: ConditionId) -> f64 {
    let c = condition.get();
    let mut odds = c.prior / (1.0 - c.prior);
    for evidence in c.evidence {
        odds *= match facts.eval(&evidence.when) {
            Truth::True => evidence.lr_present,
            Truth::False => evidence.lr_absent,
            Truth::Unknown => continue,
        };
    }
    odds / (1.0 + odds)
}

/// Every condition, most probable first.
pub fn rank(facts: &Facts) -> Vec<ConditionScore> {
    let mut scores: Vec<ConditionScore> = (0..CONDITIONS.len())
        .map(|i| score(facts, ConditionId(i)))
        .collect();
    sort_descending(&mut scores, |s| s.probability);
    scores
}

/// Sorts largest key first, keeping the knowledge files' order among equals.
pub fn sort_descending<T>(items: &mut [T], key: impl Fn(&T) -> f64) {
    let keys: Vec<f64> = items.iter().map(key).collect();
    let order = order_descending(&keys);
    // Apply the order: item `i` of the sorted list is `order[i]` of the old one.
    let mut place: Vec<usize> = vec![0; order.len()];
    for (new, &old) in order.iter().enumerate() {
        place[old] = new;
    }
    for i in 0..items.len() {
        while place[i] != i {
            let j = place[i];
            items.swap(i, j);
            place.swap(i, j);
        }
    }
}

/// The positions of `keys`, largest first and stable among equals (sorted by
/// [`order_by`], so the browser build has one copy of the sort).
pub fn order_descending(keys: &[f64]) -> Vec<usize> {
    order_by(keys.len(), &|a, b| keys[b].total_cmp(&keys[a]))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sorts_largest_first_and_keeps_the_order_of_equals() {
        let mut items = vec![(1.0, 'a'), (3.0, 'b'), (1.0, 'c'), (2.0, 'd'), (3.0, 'e')];
        sort_descending(&mut items, |i| i.0);
        let names: String = items.iter().map(|i| i.1).collect();
        assert_eq!(names, "bedac");
        assert_eq!(order_descending(&[0.5, 0.9, 0.5]), vec![1, 0, 2]);
    }
}
