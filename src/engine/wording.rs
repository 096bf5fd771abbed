//! The words an export uses for each piece of knowledge. The engine knows only the
//! English originals ([`English`]); the app passes its current language (see
//! `i18n::Current`), so a file downloaded in Spanish reads in Spanish. Ids never change
//! with the language.

use super::knowledge::{Choice, Condition, Instrument, LevelText, Question, RiskFactor, Rule};
use super::scoring::Reason;
use super::triage::Triage;

/// A language for the texts in the JSON report and the FHIR response. Every method
/// defaults to the English original.
pub trait Wording {
    /// The language code written into exports.
    fn code(&self) -> &'static str {
        "en"
    }
    fn question(&self, q: &Question) -> &'static str {
        q.text
    }
    fn answer(&self, _q: &Question, c: &Choice) -> &'static str {
        c.text
    }
    fn condition_name(&self, c: &Condition) -> &'static str {
        c.name
    }
    fn reason(&self, _c: &Condition, r: &Reason) -> &'static str {
        r.text()
    }
    fn risk_name(&self, r: &RiskFactor) -> &'static str {
        r.name
    }
    fn risk_advice(&self, r: &RiskFactor) -> &'static str {
        r.advice
    }
    fn level_title(&self, l: &LevelText) -> &'static str {
        l.title
    }
    fn level_action(&self, l: &LevelText) -> &'static str {
        l.action
    }
    fn level_safety_net(&self, l: &LevelText) -> &'static str {
        l.safety_net
    }
    fn rule_reason(&self, r: &Rule) -> &'static str {
        r.reason
    }
    fn rule_action(&self, r: &Rule) -> Option<&'static str> {
        r.action
    }
    fn rule_safety_net(&self, r: &Rule) -> Option<&'static str> {
        r.safety_net
    }
    /// What to do: the action of the rule that sets the level (who to contact),
    /// or the level's own.
    fn action(&self, t: &Triage) -> &'static str {
        t.action_rule()
            .and_then(|r| self.rule_action(r))
            .unwrap_or_else(|| self.level_action(t.level.text()))
    }
    /// When to get help sooner: the setting rule's safety net, or the level's.
    fn safety_net(&self, t: &Triage) -> &'static str {
        t.safety_net_rule()
            .and_then(|r| self.rule_safety_net(r))
            .unwrap_or_else(|| self.level_safety_net(t.level.text()))
    }
    fn instrument_name(&self, i: &Instrument) -> &'static str {
        i.name
    }
    fn instrument_attribution(&self, i: &Instrument) -> &'static str {
        i.attribution
    }
}

/// The English originals from the knowledge files.
pub struct English;

impl Wording for English {}
