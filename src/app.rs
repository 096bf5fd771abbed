//! The root component and the one reducer that holds the session.

use crate::engine::{self, Answer, Answers, QuestionId};
use crate::i18n::t;
use crate::pages::{
    about::AboutPage, question::QuestionPage, result::ResultPage, review::ReviewPage,
    summary::SummaryPage, welcome::WelcomePage,
};
pub use crate::services::route::Screen;
use crate::services::{page, route};
use std::rc::Rc;
use yew::prelude::*;

/// A message shown once at the top of the next screen.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Notice {
    /// The page was reloaded mid-questionnaire and nothing was saved.
    StartedAgain,
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
}

impl Default for Session {
    fn default() -> Self {
        Session {
            answers: Answers::new(),
            history: Vec::new(),
            screen: Screen::Welcome,
            notice: None,
            editing: false,
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
        let mut next = (*self).clone();
        next.notice = None;
        match action {
            Action::Start => {
                next = Session::default();
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
                // Our own address-bar updates come back here too: they change nothing.
                let target = next.allowed(screen);
                if target != next.screen {
                    next.editing = false;
                    next.screen = target;
                }
            }
            Action::Edit(q) => {
                next.screen = next.allowed(Screen::Question(q));
                next.editing = next.screen == Screen::Question(q);
            }
            Action::Restart => next = Session::default(),
            Action::StartedAgain => {
                next = Session::default();
                next.notice = Some(Notice::StartedAgain);
            }
        }
        if next == *self {
            return self;
        }
        Rc::new(next)
    }
}

#[component]
pub fn App() -> Html {
    let session = use_reducer(Session::default);

    // The address bar: follow it when the person uses the browser's back and forward
    // buttons, and show the current screen in it.
    {
        let session = session.clone();
        use_effect_with((), move |_| {
            match Screen::parse(&route::current_hash()) {
                Some(Screen::About) => session.dispatch(Action::Navigate(Screen::About)),
                Some(Screen::Welcome) | None if route::current_hash().len() <= 2 => {}
                _ => {
                    route::replace(Screen::Welcome);
                    session.dispatch(Action::StartedAgain);
                }
            }
            let listener =
                gloo::events::EventListener::new(&gloo::utils::window(), "hashchange", move |_| {
                    let screen = Screen::parse(&route::current_hash()).unwrap_or(Screen::Welcome);
                    session.dispatch(Action::Navigate(screen));
                });
            move || drop(listener)
        });
    }
    {
        let first = use_mut_ref(|| true);
        use_effect_with(session.screen, move |screen| {
            route::push(*screen);
            if !std::mem::replace(&mut *first.borrow_mut(), false) {
                page::focus_heading();
            }
        });
    }

    let go = |screen: Screen| {
        let session = session.clone();
        Callback::from(move |_| session.dispatch(Action::Navigate(screen)))
    };
    let act = |make: fn() -> Action| {
        let session = session.clone();
        Callback::from(move |_| session.dispatch(make()))
    };
    let body = match session.screen {
        Screen::Welcome => html! {
            <WelcomePage on_start={act(|| Action::Start)} notice={session.notice} />
        },
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
            html! {
                <QuestionPage
                    key={q.get().id}
                    question={q}
                    answer={session.answers.get(q)}
                    {number}
                    total={engine::flow::estimated_total(&session.answers).max(number)}
                    {on_answer}
                    on_back={act(|| Action::Back)}
                />
            }
        }
        Screen::Result => html! {
            <ResultPage
                answers={session.answers.clone()}
                on_continue={go(session.resume_point())}
                on_review={go(Screen::Review)}
                on_summary={go(Screen::Summary)}
                on_back={act(|| Action::Back)}
                on_restart={act(|| Action::Restart)}
            />
        },
        Screen::Review => {
            let on_change = {
                let session = session.clone();
                Callback::from(move |q| session.dispatch(Action::Edit(q)))
            };
            html! {
                <ReviewPage
                    answers={session.answers.clone()}
                    history={session.history.clone()}
                    {on_change}
                    on_result={go(Screen::Result)}
                />
            }
        }
        Screen::Summary => html! {
            <SummaryPage answers={session.answers.clone()} on_result={go(Screen::Result)} />
        },
        Screen::About => html! { <AboutPage on_home={go(Screen::Welcome)} /> },
    };
    html! {
        <>
            <a class="skip-link" href="#main" onclick={Callback::from(|e: MouseEvent| {
                // The address fragment holds the screen, so move focus by hand.
                e.prevent_default();
                page::focus_main();
            })}>{ t("app.skip") }</a>
            <header class="app-header">
                <p class="app-name">{ t("app.name") }</p>
                <nav aria-label={t("app.nav")}>
                    <a href="#/about" class="header-link">{ t("app.about") }</a>
                </nav>
            </header>
            <main id="main" class="app-main" tabindex="-1">{ body }</main>
        </>
    }
}
