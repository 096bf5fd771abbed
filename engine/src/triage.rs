//! Triage: how soon to get help and where. Rules over findings, separate from the
//! ranking of causes; the most urgent level any rule sets wins.

use super::facts::{Facts, Truth};
use super::knowledge::{Rule, RuleId, Text, TriageLevel, RULES};

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

    /// The rule whose own action replaces the level's (who to contact), if any.
    pub fn action_rule(&self) -> Option<&'static Rule> {
        self.reasons().map(RuleId::get).find(|r| r.action.is_some())
    }

    /// The rule whose own safety net replaces the level's, if any: one that does
    /// not tell a person to watch for what they already have.
    pub fn safety_net_rule(&self) -> Option<&'static Rule> {
        self.reasons()
            .map(RuleId::get)
            .find(|r| r.safety_net.is_some())
    }

    /// What to do: the action of the rule that sets the level (who to contact), or
    /// the level's own.
    pub fn action(&self) -> Text {
        self.action_rule()
            .and_then(|r| r.action)
            .unwrap_or(self.level.text().action)
    }

    /// When to get help sooner: the setting rule's safety net, or the level's.
    pub fn safety_net(&self) -> Text {
        self.safety_net_rule()
            .and_then(|r| r.safety_net)
            .unwrap_or(self.level.text().safety_net)
    }
}

/// Whether a rule fires: its `when` is true and its context (`unless`) is not.
/// Unknown context does not lower a level.
pub fn fires(facts: &Facts, rule: &Rule) -> bool {
    facts.eval(&rule.when).is_true() && rule.unless.is_none_or(|u| !facts.eval(u).is_true())
}

/// Whether a rule's context is not known yet (its `unless` is unknown): the
/// questionnaire asks the context before it stops on this rule.
pub fn context_unknown(facts: &Facts, rule: &Rule) -> bool {
    rule.unless.is_some_and(|u| facts.eval(u) == Truth::Unknown)
}

/// The level alone: [`triage`]'s `level`, without listing the rules.
pub fn level(facts: &Facts) -> TriageLevel {
    RULES
        .iter()
        .filter(|r| fires(facts, r))
        .map(|r| r.level)
        .min()
        .unwrap_or(TriageLevel::SelfCare)
}

pub fn triage(facts: &Facts) -> Triage {
    let true_rules: Vec<RuleId> = (0..RULES.len())
        .map(RuleId)
        .filter(|r| fires(facts, r.get()))
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
