//! Side effects only: the address bar, focus, printing.

pub mod export;
pub mod host;
pub mod language;
pub mod page;
pub mod region;
pub mod release;
pub mod route;
pub mod storage;
