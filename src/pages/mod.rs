//! One module per screen of the journey.

pub mod about;
pub mod question;
pub mod result;
pub mod review;
pub mod summary;
pub mod welcome;
