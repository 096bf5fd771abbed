//! Side effects only: the address bar, focus, printing.

pub mod page;
pub mod region;
pub mod route;
