//! Three-valued evaluation of knowledge-base expressions over a person's answers.
//!
//! An unanswered question is unknown, and so is every ordinary option of a question
//! answered "I'm not sure": the person could not tell us, so the evidence neither
//! counts for nor against. Naming the unsure option itself (`fever.not_sure`) is
//! always true or false, so rules can act on uncertainty (for safety).

use super::answers::Answers;
use super::instruments::InstrumentResult;
use super::knowledge::{
    AnswerRef, Expr, InstrumentOutcome, QuestionId, FINDINGS, INSTRUMENTS, QUESTIONS,
};
pub use super::truth::Truth;
use std::cell::Cell;

/// The answers that count (those to questions that apply) and the instrument
/// results computed from them: what every rule, score and flow step reads.
pub struct Facts {
    answers: Answers,
    instruments: Vec<InstrumentResult>,
    /// Each finding's truth once worked out: many conditions and rules share findings.
    /// Only filled once the answers and instruments above are final.
    findings: Vec<Cell<Option<Truth>>>,
}

impl Facts {
    /// Keeps only answers to questions that apply: an answer left over from before
    /// the person changed an earlier answer does not count.
    pub fn new(given: &Answers) -> Facts {
        let mut facts = Facts {
            answers: Answers::new(),
            instruments: Vec::new(),
            findings: Vec::new(),
        };
        // A follow-up may be asked once a later answer makes it apply (a warning
        // sign about the hip, once the person has shown where it hurts), so keep
        // adding answers until no more apply.
        loop {
            let mut added = false;
            for (q, answer) in given.iter() {
                if facts.answers.get(q).is_none() && facts.applies(q) {
                    // Already checked when it was set on `given`.
                    let _ = facts.answers.set(q, answer);
                    added = true;
                }
            }
            if !added {
                break;
            }
        }
        facts.instruments = INSTRUMENTS
            .iter()
            .filter(|i| facts.eval(&i.applies_if).is_true())
            .map(|i| {
                InstrumentResult::new(
                    i,
                    i.items.iter().map(|item| facts.eval(&item.when)).collect(),
                )
            })
            .collect();
        facts.findings = vec![Cell::new(None); FINDINGS.len()];
        facts
    }

    pub fn answers(&self) -> &Answers {
        &self.answers
    }

    pub fn instruments(&self) -> &[InstrumentResult] {
        &self.instruments
    }

    /// Whether the question's `ask_if` holds.
    pub fn applies(&self, q: QuestionId) -> bool {
        q.get().ask_if.is_none_or(|e| self.eval(e).is_true())
    }

    /// [`Truth::combine`] of `parts`.
    fn combine(&self, parts: &[Expr], dominant: Truth) -> Truth {
        Truth::combine(parts.iter().map(|p| self.eval(p)), dominant)
    }

    pub fn eval(&self, expr: &Expr) -> Truth {
        match expr {
            Expr::Answer(r) => self.answer(*r),
            Expr::Finding(f) => match self.findings.get(f.0) {
                Some(known) => known.get().unwrap_or_else(|| {
                    let truth = self.eval(&f.get().when);
                    known.set(Some(truth));
                    truth
                }),
                // While the facts are being put together.
                None => self.eval(&f.get().when),
            },
            Expr::Instrument(o) => self.instrument(*o),
            Expr::Not(e) => !self.eval(e),
            Expr::All(parts) => self.combine(parts, Truth::False),
            Expr::Any(parts) => self.combine(parts, Truth::True),
            Expr::Never => Truth::False,
        }
    }

    fn answer(&self, r: AnswerRef) -> Truth {
        let question = &QUESTIONS[r.question.0];
        let Some(answer) = self.answers.get(r.question) else {
            return Truth::Unknown;
        };
        let selected = answer.selects(question, r.option);
        let literal = question
            .options
            .get(r.option)
            .is_some_and(|o| o.unsure || o.exclusive);
        if selected || literal || !answer.is_unsure(question) {
            Truth::from_bool(selected)
        } else {
            Truth::Unknown
        }
    }

    fn instrument(&self, outcome: InstrumentOutcome) -> Truth {
        self.instruments
            .iter()
            .find_map(|r| r.outcome(outcome))
            .unwrap_or(Truth::Unknown)
    }
}
