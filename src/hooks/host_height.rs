use crate::services::host;
use yew::prelude::*;

/// Tells the embedding page at `origin` our height whenever it changes (and nothing
/// else); with no origin declared, nothing is sent at all.
///
/// ```ignore
/// use_host_height(settings.host.clone());
/// ```
#[hook]
pub fn use_host_height(origin: Option<String>) {
    use_effect_with(origin, |origin| {
        let watcher = origin.clone().and_then(host::report_height);
        move || drop(watcher)
    });
}
