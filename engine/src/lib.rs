//! The clinical engine: knowledge, answers, flow, scoring, triage and instruments.
//! Pure Rust with no web dependencies, so it is tested natively and shared by the
//! browser app and the `assess` command.

pub mod answers;
mod assessment;
pub mod facts;
pub mod fhir;
pub mod flow;
pub mod instruments;
pub mod json;
pub mod knowledge;
pub mod order;
pub mod report;
pub mod scoring;
pub mod texts;
pub mod triage;
pub mod truth;

pub use answers::{Answer, AnswerError, Answers};
pub use assessment::{assess, Assessment};
pub use facts::{Facts, Truth};
pub use knowledge::{ConditionId, QuestionId, TriageLevel};
pub use scoring::{ConditionScore, Likelihood};
pub use triage::Triage;
