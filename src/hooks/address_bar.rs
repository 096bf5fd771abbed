use crate::services::{page, route};
use crate::state::{Action, Notice, Screen, Session};
use yew::prelude::*;

/// The screen in the address bar (`#/q/fever`), so the browser's back and forward
/// buttons and a reload work: reads it at start-up, follows the browser's changes, and
/// shows each new screen there, moving the focus to its heading once it is painted.
///
/// ```ignore
/// use_address_bar(&session); // after use_saved_answers, which may restore answers first
/// ```
#[hook]
pub fn use_address_bar(session: &UseReducerHandle<Session>) {
    let shown = use_mut_ref(|| Screen::Welcome);
    {
        let session = session.clone();
        let shown = shown.clone();
        use_effect_with((), move |_| {
            let asked = Screen::parse(&route::current_hash()).unwrap_or(Screen::Welcome);
            session.dispatch(Action::Open(asked));
            let listener =
                gloo::events::EventListener::new(&gloo::utils::window(), "hashchange", move |_| {
                    let address = route::current_hash();
                    let screen = Screen::parse(&address).unwrap_or(Screen::Welcome);
                    session.dispatch(Action::Navigate(screen));
                    // A screen that may not be opened yet (the result before the warning
                    // signs, a question not reached) leaves the person where they were:
                    // the address then says so too, without a new history entry.
                    let shown = shown.clone();
                    page::after_render(move || {
                        let now = *shown.borrow();
                        if route::current_hash() == address && now.hash() != address {
                            route::replace(now);
                        }
                    });
                });
            move || drop(listener)
        });
    }
    // An address that could not be resumed gives way to the start page's.
    let started_again = session.notice == Some(Notice::StartedAgain);
    use_effect_with(started_again, |started_again| {
        if *started_again {
            route::replace(Screen::Welcome);
        }
    });
    let first = use_mut_ref(|| true);
    use_effect_with(session.screen, move |screen| {
        // The first render is the default start screen, before the address bar has been
        // read: writing it there would undo a reload's address.
        if !std::mem::replace(&mut *first.borrow_mut(), false) {
            *shown.borrow_mut() = *screen;
            // The address bar and the focus wait for the new screen to be painted; by
            // then the person may have moved on, so both follow the screen shown then.
            // If the browser's back or forward changed the address meanwhile, the address
            // wins: its hashchange brings its screen, and pushing this one would put a
            // new entry on top of it (and leave the person stuck on this screen).
            let address = route::current_hash();
            page::after_paint(move || {
                if route::current_hash() == address {
                    route::push(*shown.borrow());
                }
                page::focus_heading();
            });
        }
    });
}
