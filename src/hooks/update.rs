use crate::services::release;
use yew::prelude::*;

/// Whether a new release of the app is installed and waiting for a reload.
///
/// ```ignore
/// if use_update_waiting() { /* "A new version is ready", release::apply_update */ }
/// ```
#[hook]
pub fn use_update_waiting() -> bool {
    let waiting = use_state(release::update_waiting);
    {
        let waiting = waiting.clone();
        use_effect_with((), move |_| {
            let listener = release::on_update_waiting(move |_| waiting.set(true));
            move || drop(listener)
        });
    }
    *waiting
}
