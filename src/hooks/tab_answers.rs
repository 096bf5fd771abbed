use crate::services::{page, route, storage};
use crate::state::{Action, Session};
use yew::prelude::*;

/// The questionnaire's answers kept in this tab's history entry, so a reload, or back
/// and forward to the page, keeps every answer and the place, with nothing stored on
/// the device (the entry goes when the tab is closed). Restores them at start-up, then
/// keeps the entry equal to the answers. Uses the saved-answers format
/// ([`storage::write`]).
///
/// ```ignore
/// use_tab_answers(&session); // after use_saved_answers, before use_address_bar
/// ```
#[hook]
pub fn use_tab_answers(session: &UseReducerHandle<Session>) {
    let latest = use_mut_ref(|| None::<String>);
    {
        let session = session.clone();
        let latest = latest.clone();
        use_effect_with((), move |_| {
            if let Some(text) = route::kept_in_tab() {
                match storage::read(&text) {
                    Ok((answers, history)) => session.dispatch(Action::Resume(answers, history)),
                    Err(why) => gloo::console::warn!(format!("this tab's answers not used: {why}")),
                }
            }
            // Back and forward land on entries written earlier: bring them up to date.
            let listener =
                gloo::events::EventListener::new(&gloo::utils::window(), "popstate", move |_| {
                    route::keep_in_tab(latest.borrow().as_deref())
                });
            move || drop(listener)
        });
    }
    // After start-up (the first run would see the empty session before a resume).
    // Writing the history entry takes about a millisecond in Chromium: it waits until
    // the new screen is painted, as the address bar does (and before it, so the entry
    // the address bar adds carries the answers).
    let started = use_mut_ref(|| false);
    use_effect_with(
        (session.answers.clone(), session.history.clone()),
        move |(answers, history)| {
            if std::mem::replace(&mut *started.borrow_mut(), true) {
                let text = (!history.is_empty()).then(|| storage::write(answers, history));
                *latest.borrow_mut() = text;
                page::after_paint(move || route::keep_in_tab(latest.borrow().as_deref()));
            }
        },
    );
}
