use crate::services::language;
use crate::state::{Action, Session};
use yew::prelude::*;

/// Loads languages into the session: at start-up the embedding page's choice (`wanted`)
/// or else the browser's preference, later whatever `choose` is called with. Marks the
/// page with the language in use (for screen readers).
///
/// ```ignore
/// let choose = use_language(&session, settings.language.as_deref());
/// choose.emit("es");
/// ```
#[hook]
pub fn use_language(
    session: &UseReducerHandle<Session>,
    wanted: Option<&str>,
) -> Callback<&'static str> {
    let choose = {
        let session = session.clone();
        Callback::from(move |code: &'static str| {
            let session = session.clone();
            language::load(
                code,
                Callback::from(move |result| match result {
                    Ok(catalog) => session.dispatch(Action::LanguageReady(catalog)),
                    Err(why) => {
                        gloo::console::warn!(format!("language not loaded: {why}"));
                        session.dispatch(Action::LanguageFailed);
                    }
                }),
            );
        })
    };
    {
        let choose = choose.clone();
        let wanted = wanted.and_then(engine::texts::language);
        use_effect_with((), move |_| {
            let code =
                wanted.unwrap_or_else(|| crate::i18n::preferred(&language::browser_languages()));
            if code != "en" {
                choose.emit(code);
            }
        });
    }
    use_effect_with(session.language.code(), |code| language::mark_page(code));
    choose
}
