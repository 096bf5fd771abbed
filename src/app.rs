//! The root component and the one reducer that holds the session.

use crate::engine::{self, Answer, Answers, QuestionId};
use crate::pages::{question::QuestionPage, result::ResultPage, welcome::WelcomePage};
use std::rc::Rc;
use yew::prelude::*;

/// The screen the person is on.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Screen {
    Welcome,
    Question(QuestionId),
    Result,
}

/// The whole session: answers and where the person is.
#[derive(Clone, Debug, PartialEq)]
pub struct Session {
    pub answers: Answers,
    /// Questions answered, in the order asked, for the back button.
    pub history: Vec<QuestionId>,
    pub screen: Screen,
}

impl Default for Session {
    fn default() -> Self {
        Session {
            answers: Answers::new(),
            history: Vec::new(),
            screen: Screen::Welcome,
        }
    }
}

pub enum Action {
    Start,
    Answer(QuestionId, Answer),
    Back,
    Restart,
}

impl Session {
    /// The screen that follows the current answers: the next question, or the result.
    fn advance(&mut self) {
        self.screen = match engine::flow::next_question(&self.answers) {
            Some(q) => Screen::Question(q),
            None => Screen::Result,
        };
    }
}

impl Reducible for Session {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut next = (*self).clone();
        match action {
            Action::Start => {
                next = Session::default();
                next.advance();
            }
            Action::Answer(q, answer) => {
                if next.answers.set(q, answer).is_err() {
                    return self;
                }
                next.history.retain(|h| *h != q);
                next.history.push(q);
                next.advance();
            }
            Action::Back => match next.history.pop() {
                Some(q) => next.screen = Screen::Question(q),
                None => next.screen = Screen::Welcome,
            },
            Action::Restart => next = Session::default(),
        }
        Rc::new(next)
    }
}

#[component]
pub fn App() -> Html {
    let session = use_reducer(Session::default);
    let dispatch = |make: fn() -> Action| {
        let session = session.clone();
        Callback::from(move |_| session.dispatch(make()))
    };
    let body = match session.screen {
        Screen::Welcome => html! { <WelcomePage on_start={dispatch(|| Action::Start)} /> },
        Screen::Question(q) => {
            let on_answer = {
                let session = session.clone();
                Callback::from(move |answer| session.dispatch(Action::Answer(q, answer)))
            };
            html! {
                <QuestionPage
                    question={q}
                    answer={session.answers.get(q)}
                    number={session.history.len() + 1}
                    {on_answer}
                    on_back={dispatch(|| Action::Back)}
                />
            }
        }
        Screen::Result => html! {
            <ResultPage
                answers={session.answers.clone()}
                on_back={dispatch(|| Action::Back)}
                on_restart={dispatch(|| Action::Restart)}
            />
        },
    };
    html! {
        <>
            <header class="app-header">
                <p class="app-name">{ "Back & Hip Pain Checker" }</p>
            </header>
            <main id="main" class="app-main">{ body }</main>
        </>
    }
}
