use crate::services::page;
use crate::services::storage::{self, Loaded};
use crate::state::{Action, Session};
use yew::prelude::*;

/// Saving on this device, only when the person chose it: restores saved answers at
/// start-up (and takes a save choice made before the app had loaded), then keeps storage equal to [`Session::to_store`] (the answers while
/// saving, else nothing at all).
///
/// ```ignore
/// use_saved_answers(&session);
/// ```
#[hook]
pub fn use_saved_answers(session: &UseReducerHandle<Session>) {
    {
        let session = session.clone();
        use_effect_with((), move |_| {
            match storage::load() {
                Loaded::Restored(answers, history) => {
                    session.dispatch(Action::Restore(answers, history))
                }
                Loaded::Discarded(why) => {
                    gloo::console::warn!(format!("saved answers discarded: {why}"));
                    session.dispatch(Action::Discarded);
                }
                Loaded::Nothing => {}
            }
            // Ticked (or unticked) on the start screen before the app had loaded.
            if let Some(save) = page::save_chosen_before_start() {
                session.dispatch(Action::SetSave(save));
            }
        });
    }
    // After start-up (the first run would see the empty session before a restore).
    let started = use_mut_ref(|| false);
    let session = session.clone();
    use_effect_with(
        (
            session.save,
            session.answers.clone(),
            session.history.clone(),
        ),
        move |_| {
            if std::mem::replace(&mut *started.borrow_mut(), true) {
                storage::keep(session.to_store());
            }
        },
    );
}
