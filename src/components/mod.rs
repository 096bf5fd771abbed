//! Views used on more than one screen, each named after what it shows.

pub mod answer_list;
pub mod body_map;
pub mod clinic_card;
pub mod condition_card;
pub mod emergency_number;
pub mod exercise_picture;
pub mod export_buttons;
pub mod instrument_scores;
pub mod progress;
pub mod question_card;
pub mod save_choice;
pub mod self_care_plan;
pub mod triage_banner;
