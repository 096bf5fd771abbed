use crate::services::host;
use yew::prelude::*;

/// Tells an embedding page our height whenever it changes (and nothing else).
///
/// ```ignore
/// use_host_height();
/// ```
#[hook]
pub fn use_host_height() {
    use_effect_with((), |_| {
        let watcher = host::report_height();
        move || drop(watcher)
    });
}
