//! Which release is running: the version, compiled in from Cargo.toml, and the build
//! date, which scripts/post-build.mjs writes into index.html (the same as in
//! `version.json`) once the build is finished. A new release waiting in the service
//! worker is announced by static/boot.js, which also puts it in place when asked.

use crate::i18n::{tf, ui};

/// The app's version (`Cargo.toml`).
pub const VERSION: &str = env!("CARGO_PKG_VERSION");

/// The build date (`2026-12-07`) from index.html's `<meta name="backhip-build-date">`.
pub fn build_date() -> Option<String> {
    #[cfg(target_arch = "wasm32")]
    {
        gloo::utils::document()
            .query_selector(r#"meta[name="backhip-build-date"]"#)
            .ok()
            .flatten()
            .and_then(|meta| meta.get_attribute("content"))
    }
    #[cfg(not(target_arch = "wasm32"))]
    None
}

/// "Version 0.1.0, built on 2026-12-07", in the current language.
pub fn label() -> String {
    let date = build_date().unwrap_or_else(|| "-".into());
    tf(ui::about::VERSION, &[("version", VERSION), ("date", &date)])
}

/// Whether a new release is installed and waiting (boot.js sets it before or after the
/// app starts, and then fires `backhip:update-ready`).
pub fn update_waiting() -> bool {
    js_sys::Reflect::get(&gloo::utils::window(), &"backhipUpdate".into())
        .is_ok_and(|worker| worker.is_truthy())
}

/// Calls `f` when a new release is waiting; the listener works while it lives.
pub fn on_update_waiting(f: impl FnMut(&web_sys::Event) + 'static) -> gloo::events::EventListener {
    gloo::events::EventListener::new(&gloo::utils::window(), "backhip:update-ready", f)
}

/// Puts the waiting release in place and reloads the page once it is (boot.js): every
/// file then comes from the new release, never a mix.
pub fn apply_update() {
    if let Ok(event) = web_sys::Event::new("backhip:apply-update") {
        let _ = gloo::utils::window().dispatch_event(&event);
    }
}
