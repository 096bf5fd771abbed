//! Back & Hip Pain Checker: a symptom checker for lower back and hip pain that runs
//! entirely in the browser. The clinical engine (`engine`) is plain Rust; the Yew app
//! (`app`, `pages`, `components`) only calls it.

pub mod app;
pub mod components;
pub mod embed;
pub mod engine;
pub mod flat_toml;
pub mod i18n;
pub mod pages;
pub mod services;
