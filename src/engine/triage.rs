//! Triage: how soon to get help and where. Rules over findings, separate from the
//! ranking of causes; the most urgent level any rule sets wins.

use super::facts::Facts;
use super::knowledge::{RuleId, TriageLevel, RULES};

#[derive(Clone, Debug, PartialEq)]
pub struct Triage {
    pub level: TriageLevel,
    /// Every rule that fired, most urgent first.
    pub fired: Vec<RuleId>,
    /// The emergency (or out-of-scope) rule that ends the questionnaire, if any.
    pub stop: Option<RuleId>,
    /// The person is outside what the tool is for (under 16).
    pub out_of_scope: bool,
}

impl Triage {
    /// The rules that set the level.
    pub fn reasons(&self) -> impl Iterator<Item = RuleId> + '_ {
        self.fired
            .iter()
            .copied()
            .filter(|r| r.get().level == self.level)
    }
}

/// The level alone: [`triage`]'s `level`, without listing the rules.
pub fn level(facts: &Facts) -> TriageLevel {
    RULES
        .iter()
        .filter(|r| facts.eval(&r.when).is_true())
        .map(|r| r.level)
        .min()
        .unwrap_or(TriageLevel::SelfCare)
}

pub fn triage(facts: &Facts) -> Triage {
    let true_rules: Vec<RuleId> = (0..RULES.len())
        .map(RuleId)
        .filter(|r| facts.eval(&r.get().when).is_true())
        .collect();
    // Most urgent first, in file order within a level.
    let fired: Vec<RuleId> = TriageLevel::ALL
        .iter()
        .flat_map(|level| {
            true_rules
                .iter()
                .copied()
                .filter(move |r| r.get().level == *level)
        })
        .collect();
    let level = fired
        .first()
        .map(|r| r.get().level)
        .unwrap_or(TriageLevel::SelfCare);
    let stop = fired.iter().copied().find(|r| r.get().stop);
    Triage {
        level,
        out_of_scope: fired.iter().any(|r| r.get().out_of_scope),
        stop,
        fired,
    }
}
