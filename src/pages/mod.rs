//! One module per screen of the journey.

pub mod question;
pub mod result;
pub mod welcome;
