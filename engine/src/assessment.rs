//! Everything the engine concludes from a set of answers, in one call: [`assess`].

use crate::answers::Answers;
use crate::facts::Facts;
use crate::flow;
use crate::knowledge::{
    Advice, Condition, ConditionId, Exercise, QuestionId, RiskFactor, TriageLevel, EXERCISES,
    RISK_FACTORS,
};
use crate::scoring::{self, ConditionScore};
use crate::triage::{self, Triage};
use crate::truth::Truth;

/// Everything the engine concludes from a set of answers.
pub struct Assessment {
    pub facts: Facts,
    pub triage: Triage,
    /// Every condition: first those a fired warning-sign rule points to (most urgent
    /// rule first), then the rest, most probable first.
    pub conditions: Vec<ConditionScore>,
    /// Risk factors the person can change.
    pub risk_factors: Vec<&'static RiskFactor>,
    /// The next question the flow would ask; `None` when complete.
    pub next_question: Option<QuestionId>,
    /// Answers given but not used: their question does not apply to the other
    /// answers (pregnancy for a man; a follow-up whose answer was changed).
    pub not_used: Vec<QuestionId>,
}

impl Assessment {
    /// Whether the questionnaire is over.
    pub fn is_complete(&self) -> bool {
        self.next_question.is_none()
    }

    /// Whether every warning sign that applies has been asked
    /// ([`flow::warning_signs_asked`]); until then the triage cannot rule them out.
    pub fn warning_signs_asked(&self) -> bool {
        flow::warning_signs_asked_with(self.facts.answers(), &self.facts, self.next_question)
    }

    /// Self-care to show for a condition, none at the urgent levels and above (see
    /// [`Assessment::shows_self_management`]), and without advice that does not fit
    /// this person (anti-inflammatory painkillers in pregnancy).
    pub fn self_care(&self, c: &Condition) -> Vec<&'static Advice> {
        if !self.shows_self_management() {
            return Vec::new();
        }
        c.self_care
            .iter()
            .map(|a| a.get())
            .filter(|a| a.hide_if.is_none_or(|e| !self.facts.eval(e).is_true()))
            .filter(|a| a.only_if.is_none_or(|e| self.facts.eval(e).is_true()))
            .collect()
    }

    /// The exercises of the self-care plan for a condition that fit where this person
    /// hurts; none where self-care is not shown.
    pub fn exercises(&self, c: ConditionId) -> Vec<&'static Exercise> {
        if !self.shows_self_management() {
            return Vec::new();
        }
        EXERCISES
            .iter()
            .filter(|x| x.conditions.contains(&c))
            .filter(|x| x.only_if.is_none_or(|e| self.facts.eval(e) != Truth::False))
            .collect()
    }

    /// Whether the result may show self-care, questionnaire scores and lifestyle
    /// changes: only when no rule asks for help within 24 hours or sooner, so that
    /// nothing reads as reassurance beside a warning.
    pub fn shows_self_management(&self) -> bool {
        self.triage.level >= TriageLevel::Consultation
    }
}

/// Assesses a set of answers.
pub fn assess(answers: &Answers) -> Assessment {
    let facts = Facts::new(answers);
    let triage = triage::triage(&facts);
    let mut conditions = scoring::rank(&facts);
    // A warning sign names its serious cause: the guideline pathway, not the ranking's
    // figures from other populations, is what makes it the cause to check first.
    for rule in &triage.fired {
        if let Some(c) = rule.get().suspects {
            if let Some(score) = conditions
                .iter_mut()
                .find(|s| s.condition == c && s.flagged_by.is_none())
            {
                score.flagged_by = Some(*rule);
            }
        }
    }
    let position = |s: &ConditionScore| {
        s.flagged_by
            .and_then(|r| triage.fired.iter().position(|f| *f == r))
    };
    // Flagged causes first, by their rule's place; the rest keep the ranking's order.
    scoring::sort_descending(&mut conditions, |s| {
        -(position(s).unwrap_or(usize::MAX) as f64)
    });
    let risk_factors = RISK_FACTORS
        .iter()
        .filter(|r| facts.eval(&r.when).is_true())
        .collect();
    let not_used = answers
        .iter()
        .filter(|(q, _)| facts.answers().get(*q).is_none())
        .map(|(q, _)| q)
        .collect();
    Assessment {
        next_question: flow::next_question_with(answers, &facts),
        not_used,
        facts,
        triage,
        conditions,
        risk_factors,
    }
}
