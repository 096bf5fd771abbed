//! The root component and the one reducer that holds the session.

use crate::embed::{self, Settings};
use crate::engine::{self, Answer, Answers, QuestionId};
use crate::i18n;
use crate::i18n::t;
use crate::pages::{
    about::about_page,
    question::{question_page, QuestionPageProps},
    result::{result_page, ResultPageProps},
    review::{review_page, ReviewPageProps},
    summary::summary_page,
    welcome::{welcome_page, WelcomeProps},
};
pub use crate::services::route::Screen;
use crate::services::storage::{self, Loaded};
use crate::services::{host, language, page, region, route};
use std::rc::Rc;
use yew::prelude::*;

/// A message shown once at the top of the next screen.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Notice {
    /// The page was reloaded mid-questionnaire and nothing was saved.
    StartedAgain,
    /// Saved answers were found and restored.
    Restored,
    /// Saved answers could not be used and were deleted (why, for the console).
    Discarded,
    /// The person deleted their saved answers.
    Deleted,
    /// A translation could not be loaded.
    LanguageFailed,
}

/// The whole session: answers and where the person is.
#[derive(Clone, Debug, PartialEq)]
pub struct Session {
    pub answers: Answers,
    /// Questions answered, in the order asked, for the back button.
    pub history: Vec<QuestionId>,
    pub screen: Screen,
    pub notice: Option<Notice>,
    /// The person is changing an answer from the review list: show the result next.
    pub editing: bool,
    /// The person chose to save their answers on this device.
    pub save: bool,
    /// The emergency number the person chose (else from the settings or the browser).
    pub emergency_number: Option<&'static str>,
    /// The language the texts are in.
    pub language: &'static str,
}

impl Default for Session {
    fn default() -> Self {
        Session {
            answers: Answers::new(),
            history: Vec::new(),
            screen: Screen::Welcome,
            notice: None,
            editing: false,
            save: false,
            emergency_number: None,
            language: "en",
        }
    }
}

pub enum Action {
    Start,
    Answer(QuestionId, Answer),
    /// The app's own back button: the question before this one.
    Back,
    /// Go to a screen (the address bar, a link); checked against the answers.
    Navigate(Screen),
    /// Change an answer from the review list, then see the updated result.
    Edit(QuestionId),
    Restart,
    /// The page opened at an address from an earlier visit that can't be resumed.
    StartedAgain,
    /// Answers saved on this device, found at start-up; go to `screen` if it is allowed.
    Restore(Answers, Vec<QuestionId>, Screen),
    /// Saved answers were found but could not be used.
    Discarded,
    /// Save (or stop saving) answers on this device.
    SetSave(bool),
    /// Everything stored was deleted: start afresh.
    Deleted,
    SetEmergencyNumber(&'static str),
    /// A language's texts are in place.
    LanguageReady(&'static str),
    /// A language could not be loaded; the texts stay as they were.
    LanguageFailed,
}

impl Session {
    /// Where the questionnaire continues: the next question, or the result.
    pub fn resume_point(&self) -> Screen {
        match engine::flow::next_question(&self.answers) {
            Some(q) => Screen::Question(q),
            None if self.history.is_empty() => Screen::Welcome,
            None => Screen::Result,
        }
    }

    /// The screen to show for a request to go to `screen`: a question already answered
    /// or the one that comes next, the result once complete, the others any time.
    pub fn allowed(&self, screen: Screen) -> Screen {
        match screen {
            Screen::Welcome | Screen::About => screen,
            Screen::Question(q) if self.history.contains(&q) => screen,
            // A result from partial answers is allowed: it says more questions remain.
            Screen::Result if !self.history.is_empty() => screen,
            Screen::Question(_) | Screen::Result => self.resume_point(),
            Screen::Review | Screen::Summary if self.history.is_empty() => Screen::Welcome,
            Screen::Review | Screen::Summary => screen,
        }
    }

    /// The question before the current screen, in the order asked.
    fn previous(&self) -> Screen {
        let position = match self.screen {
            Screen::Question(q) => self.history.iter().position(|h| *h == q),
            _ => None,
        }
        .unwrap_or(self.history.len());
        match position.checked_sub(1) {
            Some(i) => Screen::Question(self.history[i]),
            None => Screen::Welcome,
        }
    }
}

impl Reducible for Session {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        if let Action::Navigate(screen) = action {
            // Our own address-bar updates come back here too: they change nothing (and
            // the quick check spares working out the next question again).
            if screen == self.screen || self.allowed(screen) == self.screen {
                return self;
            }
        }
        let mut next = (*self).clone();
        next.notice = None;
        match action {
            Action::Start => {
                next = Session {
                    save: self.save,
                    language: self.language,
                    emergency_number: self.emergency_number,
                    ..Session::default()
                };
                next.screen = next.resume_point();
            }
            Action::Answer(q, answer) => {
                if next.answers.set(q, answer).is_err() {
                    return self;
                }
                if !next.history.contains(&q) {
                    next.history.push(q);
                }
                // Answers to questions that no longer apply stay stored (changing back
                // restores them) but leave the history, so Back skips them.
                let facts = engine::Facts::new(&next.answers);
                next.history.retain(|h| facts.answers().get(*h).is_some());
                next.screen = if std::mem::take(&mut next.editing) {
                    Screen::Result
                } else {
                    next.resume_point()
                };
            }
            Action::Back => next.screen = next.previous(),
            Action::Navigate(screen) => {
                next.editing = false;
                next.screen = next.allowed(screen);
            }
            Action::Edit(q) => {
                next.screen = next.allowed(Screen::Question(q));
                next.editing = next.screen == Screen::Question(q);
            }
            Action::Restart => {
                next = Session {
                    save: self.save,
                    language: self.language,
                    emergency_number: self.emergency_number,
                    ..Session::default()
                }
            }
            Action::StartedAgain => next.notice = Some(Notice::StartedAgain),
            Action::Restore(answers, history, screen) => {
                next = Session {
                    answers,
                    history,
                    save: true,
                    notice: Some(Notice::Restored),
                    language: self.language,
                    ..Session::default()
                };
                next.screen = next.allowed(screen);
            }
            Action::Discarded => next.notice = Some(Notice::Discarded),
            Action::SetSave(save) => next.save = save,
            Action::SetEmergencyNumber(number) => next.emergency_number = Some(number),
            Action::LanguageReady(code) => next.language = code,
            Action::LanguageFailed => next.notice = Some(Notice::LanguageFailed),
            Action::Deleted => {
                next = Session {
                    language: self.language,
                    notice: Some(Notice::Deleted),
                    ..Session::default()
                };
            }
        }
        if next == *self {
            return self;
        }
        Rc::new(next)
    }
}

/// What the embedding page asked for (defaults when the app is not embedded).
pub type SettingsContext = Rc<Settings>;

#[component]
pub fn App() -> Html {
    let session = use_reducer(Session::default);
    let settings = use_memo((), |_| {
        let query = gloo::utils::window()
            .location()
            .search()
            .unwrap_or_default();
        let languages: Vec<&str> = i18n::languages().iter().map(|(code, _)| *code).collect();
        let (settings, warnings) = embed::parse(&query, &languages);
        for warning in warnings {
            gloo::console::warn!(warning);
        }
        if let Some((colour, text)) = &settings.accent {
            host::apply_accent(colour, text);
        }
        settings
    });

    // The language: the embedding page's choice, else the browser's preference.
    let switch_language = {
        let session = session.clone();
        Callback::from(move |code: &'static str| {
            let session = session.clone();
            language::switch(
                code,
                Callback::from(move |result: Result<&'static str, String>| match result {
                    Ok(code) => {
                        language::mark_page(code);
                        session.dispatch(Action::LanguageReady(code));
                    }
                    Err(why) => {
                        gloo::console::warn!(format!("language not loaded: {why}"));
                        session.dispatch(Action::LanguageFailed);
                    }
                }),
            );
        })
    };
    // At start-up: resume saved answers or follow the address bar, choose the language
    // (the embedding page's choice, else the browser's preference), tell an embedding
    // page our height (and nothing else), and follow the browser's back and forward
    // buttons.
    {
        let session = session.clone();
        let switch_language = switch_language.clone();
        let settings = settings.clone();
        use_effect_with((), move |_| {
            let wanted = settings
                .language
                .as_deref()
                .and_then(i18n::has_language)
                .unwrap_or_else(|| i18n::preferred(&language::browser_languages()));
            if wanted != "en" {
                switch_language.emit(wanted);
            }
            let watcher = host::report_height();
            let asked = Screen::parse(&route::current_hash()).unwrap_or(Screen::Welcome);
            match storage::load() {
                Loaded::Restored(answers, history) => {
                    session.dispatch(Action::Restore(answers, history, asked))
                }
                loaded => {
                    if let Loaded::Discarded(why) = loaded {
                        gloo::console::warn!(format!("saved answers discarded: {why}"));
                        session.dispatch(Action::Discarded);
                    }
                    match asked {
                        Screen::About => session.dispatch(Action::Navigate(Screen::About)),
                        Screen::Welcome => {}
                        _ => {
                            route::replace(Screen::Welcome);
                            session.dispatch(Action::StartedAgain);
                        }
                    }
                }
            }
            let listener =
                gloo::events::EventListener::new(&gloo::utils::window(), "hashchange", move |_| {
                    let screen = Screen::parse(&route::current_hash()).unwrap_or(Screen::Welcome);
                    session.dispatch(Action::Navigate(screen));
                });
            move || drop((listener, watcher))
        });
    }
    {
        let first = use_mut_ref(|| true);
        let shown = use_mut_ref(|| Screen::Welcome);
        use_effect_with(session.screen, move |screen| {
            // The first render is the default start screen, before the address bar has
            // been read: writing it there would undo a reload's address.
            if !std::mem::replace(&mut *first.borrow_mut(), false) {
                *shown.borrow_mut() = *screen;
                // The address bar and the focus move wait for the new screen to be
                // painted; by then the person may have moved on, so both follow the
                // screen shown at that time.
                page::after_paint(move || {
                    route::push(*shown.borrow());
                    page::focus_heading();
                });
            }
        });
    }

    // Saving, only when the person chose it.
    use_effect_with(
        (
            session.save,
            session.answers.clone(),
            session.history.clone(),
        ),
        |(save, answers, history)| {
            if *save && !history.is_empty() {
                storage::save(answers, history);
            }
        },
    );

    let on_save = {
        let session = session.clone();
        Callback::from(move |save: bool| {
            if !save {
                storage::delete_all();
            }
            session.dispatch(Action::SetSave(save));
        })
    };
    let on_delete = {
        let session = session.clone();
        Callback::from(move |_| {
            storage::delete_all();
            session.dispatch(Action::Deleted);
        })
    };
    let go = |screen: Screen| {
        let session = session.clone();
        Callback::from(move |_| session.dispatch(Action::Navigate(screen)))
    };
    let act = |make: fn() -> Action| {
        let session = session.clone();
        Callback::from(move |_| session.dispatch(make()))
    };
    let body = match session.screen {
        Screen::Welcome => welcome_page(&WelcomeProps {
            on_start: act(|| Action::Start),
            notice: session.notice.clone(),
            save: session.save,
            on_save: on_save.clone(),
        }),
        Screen::Question(q) => {
            let on_answer = {
                let session = session.clone();
                Callback::from(move |answer| session.dispatch(Action::Answer(q, answer)))
            };
            let number = session
                .history
                .iter()
                .position(|h| *h == q)
                .unwrap_or(session.history.len())
                + 1;
            question_page(&QuestionPageProps {
                question: q,
                answer: session.answers.get(q),
                number,
                total: engine::flow::estimated_total(&session.answers).max(number),
                on_answer,
                on_back: act(|| Action::Back),
            })
        }
        Screen::Result => result_page(&ResultPageProps {
            answers: session.answers.clone(),
            number: session
                .emergency_number
                .or(settings.number)
                .unwrap_or_else(region::default_number),
            on_number: {
                let session = session.clone();
                Callback::from(move |n| session.dispatch(Action::SetEmergencyNumber(n)))
            },
            clinic: settings.clinic.clone(),
            on_continue: go(session.resume_point()),
            on_review: go(Screen::Review),
            on_summary: go(Screen::Summary),
            on_back: act(|| Action::Back),
            on_restart: act(|| Action::Restart),
            save: session.save,
            on_save,
            on_delete,
        }),
        Screen::Review => {
            let on_change = {
                let session = session.clone();
                Callback::from(move |q| session.dispatch(Action::Edit(q)))
            };
            review_page(&ReviewPageProps {
                answers: session.answers.clone(),
                history: session.history.clone(),
                on_change,
                on_result: go(Screen::Result),
            })
        }
        Screen::Summary => summary_page(&session.answers, &go(Screen::Result)),
        Screen::About => about_page(&go(Screen::Welcome)),
    };
    let notice = match session.notice {
        Some(Notice::Restored) => Some(t("notice.restored")),
        Some(Notice::Discarded) => Some(t("notice.discarded")),
        Some(Notice::Deleted) => Some(t("notice.deleted")),
        Some(Notice::LanguageFailed) => Some(t("language.failed")),
        _ => None,
    };
    html! {
        <ContextProvider<SettingsContext> context={settings.clone()}>
            <a class="skip-link" href="#main" onclick={Callback::from(|e: MouseEvent| {
                // The address fragment holds the screen, so move focus by hand.
                e.prevent_default();
                page::focus_main();
            })}>{ t("app.skip") }</a>
            if !settings.compact {
                <header class="app-header">
                    <p class="app-name">{ t("app.name") }</p>
                    <nav aria-label={t("app.nav")}>
                        <a href="#/about" class="header-link">{ t("app.about") }</a>
                    </nav>
                </header>
            }
            <main id="main" class="app-main" tabindex="-1">
                if let Some(text) = notice {
                    <p class="notice" role="status">{ text }</p>
                }
                { body }
            </main>
            <footer class="app-footer">
                { language_choice(session.language, &switch_language) }
            </footer>
        </ContextProvider<SettingsContext>>
    }
}

/// The language menu: every language there is a file for, in its own name.
fn language_choice(current: &'static str, on_change: &Callback<&'static str>) -> Html {
    let onchange = on_change.reform(|e: Event| {
        let value = e
            .target_unchecked_into::<web_sys::HtmlSelectElement>()
            .value();
        i18n::has_language(&value).unwrap_or("en")
    });
    let options = i18n::languages().iter().map(|(code, name)| {
        html! { <option value={*code} lang={*code} selected={*code == current}>{ *name }</option> }
    });
    html! {
        <div class="language-choice">
            <label for="language">{ t("language.label") }</label>
            <select id="language" {onchange}>{ for options }</select>
        </div>
    }
}
