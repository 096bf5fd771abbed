//! Back & Hip Pain Checker: a symptom checker for lower back and hip pain that runs
//! entirely in the browser. The clinical engine is its own crate (`engine/`,
//! plain Rust); this Yew app (`app`, `state`, `hooks`, `pages`, `components`,
//! `services`) only calls it.

pub mod app;
pub mod components;
pub mod embed;
pub mod hooks;
pub mod i18n;
pub mod pages;
pub mod services;
pub mod state;

/// The clinical engine, its own crate (`engine/`), re-exported for the app's modules.
pub use engine;
