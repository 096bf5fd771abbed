//! The root component: the session, its side effects (`crate::hooks`), and the frame
//! around the screen (skip link, header, notices, language menu).

use crate::hooks::{
    use_address_bar, use_host_height, use_language, use_saved_answers, use_settings,
    use_tab_answers, use_update_waiting,
};
use crate::i18n::{self, t, ui};
use crate::pages;
use crate::services::{page, release};
use crate::state::{Notice, Session};
use yew::prelude::*;

#[component]
pub fn App() -> Html {
    let session = use_reducer(Session::default);
    let settings = use_settings();
    let choose_language = use_language(&session, settings.language.as_deref());
    use_saved_answers(&session);
    use_tab_answers(&session);
    use_address_bar(&session);
    use_host_height(settings.host.clone());
    let update_waiting = use_update_waiting();

    // Everything below, and the screen, reads its texts in the session's language.
    i18n::set_current(session.language);
    let notice = match session.notice {
        Some(Notice::Restored) => Some(t(ui::notice::RESTORED)),
        Some(Notice::Discarded) => Some(t(ui::notice::DISCARDED)),
        Some(Notice::Deleted) => Some(t(ui::notice::DELETED)),
        Some(Notice::LanguageFailed) => Some(t(ui::language::FAILED)),
        // Shown on the start screen itself.
        Some(Notice::StartedAgain) | None => None,
    };
    html! {
        <>
            <a class="skip-link" href="#main" onclick={Callback::from(|e: MouseEvent| {
                // The address fragment holds the screen, so move focus by hand.
                e.prevent_default();
                page::focus_main();
            })}>{ t(ui::app::SKIP) }</a>
            // Compact (the host page has its own header): the About link alone, which
            // explains the checker's limits and sources.
            <header class={classes!("app-header", settings.compact.then_some("compact"))}>
                if !settings.compact {
                    <p class="app-name">{ t(ui::app::NAME) }</p>
                }
                <nav aria-label={t(ui::app::NAV)}>
                    <a href="#/about" class="header-link">{ t(ui::app::ABOUT) }</a>
                </nav>
            </header>
            <main id="main" class="app-main" tabindex="-1">
                if update_waiting {
                    <p class="notice update-notice" role="status">
                        { t(ui::update::READY) }{ " " }
                        <button class="button link" onclick={Callback::from(|_: MouseEvent| release::apply_update())}>
                            { t(ui::update::RELOAD) }
                        </button>
                    </p>
                }
                if let Some(text) = notice {
                    <p class="notice" role="status">{ text }</p>
                }
                { pages::screen(&session, &settings) }
            </main>
            <footer class="app-footer">
                { language_choice(session.language.code(), &choose_language) }
            </footer>
        </>
    }
}

/// The language menu: every language there is a file for, in its own name.
fn language_choice(current: &'static str, on_change: &Callback<&'static str>) -> Html {
    let onchange = on_change.reform(|e: Event| {
        let value = e
            .target_unchecked_into::<web_sys::HtmlSelectElement>()
            .value();
        engine::texts::language(&value).unwrap_or("en")
    });
    let options = engine::texts::languages().iter().map(|(code, name)| {
        html! { <option value={*code} lang={*code} selected={*code == current}>{ *name }</option> }
    });
    html! {
        <div class="language-choice">
            <label for="language">{ t(ui::language::LABEL) }</label>
            <select id="language" {onchange}>{ for options }</select>
        </div>
    }
}
