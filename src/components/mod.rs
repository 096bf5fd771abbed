//! Views used on more than one screen, each named after what it shows.

pub mod condition_card;
pub mod question_card;
pub mod triage_banner;
