//! One module per screen of the journey, and [`screen`], which shows the session's.

pub mod about;
pub mod question;
pub mod result;
pub mod review;
pub mod summary;
pub mod welcome;

use crate::components::progress::{shown_total, Total};
use crate::embed::Settings;
use crate::services::region;
use crate::state::{Action, Screen, Session};
use question::{question_page, QuestionPageProps};
use result::{result_page, ResultPageProps};
use review::{review_page, ReviewPageProps};
use welcome::{welcome_page, WelcomeProps};
use yew::prelude::*;

/// The screen the session is on, with callbacks that dispatch the person's actions.
pub fn screen(session: &UseReducerHandle<Session>, settings: &Settings) -> Html {
    let send = |action: fn() -> Action| dispatch(session, move |()| action());
    let go = |screen: Screen| dispatch(session, move |()| Action::Navigate(screen));
    let on_save = dispatch(session, Action::SetSave);
    match session.screen {
        Screen::Welcome => welcome_page(&WelcomeProps {
            on_start: send(|| Action::Start),
            notice: session.notice.clone(),
            save: session.save,
            on_save,
        }),
        Screen::Question(q) => {
            let (number, total) = count(session, q);
            question_page(&QuestionPageProps {
                question: q,
                answer: session.answers.get(q),
                number,
                total,
                on_answer: dispatch(session, move |answer| Action::Answer(q, answer)),
                on_back: send(|| Action::Back),
            })
        }
        Screen::Result => result_page(&ResultPageProps {
            answers: session.answers.clone(),
            number: session
                .emergency_number
                .or(settings.number)
                .unwrap_or_else(|| region::default_number(session.language.code())),
            on_number: dispatch(session, Action::SetEmergencyNumber),
            clinic: settings.clinic.clone(),
            on_continue: go(session.resume_point()),
            extras: session
                .extra_question()
                .map(|_| engine::flow::extras_left(&session.answers).count()),
            on_more: send(|| Action::MoreQuestions),
            on_review: go(Screen::Review),
            on_summary: go(Screen::Summary),
            on_back: send(|| Action::Back),
            on_restart: send(|| Action::Restart),
            save: session.save,
            on_save,
            on_delete: send(|| Action::Delete),
        }),
        Screen::Review => review_page(&ReviewPageProps {
            answers: session.answers.clone(),
            history: session.history.clone(),
            on_change: dispatch(session, Action::Edit),
            on_result: go(Screen::Result),
        }),
        Screen::Summary => summary::summary_page(&session.answers, &go(Screen::Result)),
        Screen::About => about::about_page(&go(Screen::Welcome)),
    }
}

/// The number of question `q` and what the count says of the total: for the daily-life
/// questions after the result, their own count (question 1 of 3); for the others, the
/// journey's, as [`shown_total`] estimates it.
fn count(session: &Session, q: engine::QuestionId) -> (usize, Total) {
    if q.get().section.after_result() {
        let extra = |h: &&engine::QuestionId| h.get().section.after_result();
        let before = session
            .history
            .iter()
            .take_while(|h| **h != q)
            .filter(extra)
            .count();
        let answered = session.history.iter().filter(extra).count();
        let left = engine::flow::extras_left(&session.answers).count();
        return (before + 1, Total::Exactly(answered + left));
    }
    let number = session.question_number(q);
    let total = shown_total(&session.history, &session.answers, number)
        .map_or(Total::NearlyDone, Total::About);
    (number, total)
}

/// A callback that dispatches the action `make` builds from its value.
fn dispatch<T: 'static>(
    session: &UseReducerHandle<Session>,
    make: impl Fn(T) -> Action + 'static,
) -> Callback<T> {
    let session = session.clone();
    Callback::from(move |value| session.dispatch(make(value)))
}
