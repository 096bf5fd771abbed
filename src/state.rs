//! The session: the answers, where the person is, and their choices (saving, the
//! emergency number, the language), with the one reducer that changes it. Pure: no
//! browser calls, so every action is tested natively below. Side effects follow the
//! state in `crate::hooks`.

pub use crate::services::route::Screen;
use engine::texts::Catalog;
use engine::{flow, Answer, Answers, Facts, QuestionId};
use std::rc::Rc;
use yew::Reducible;

/// A message shown once at the top of the next screen.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Notice {
    /// The page was reloaded mid-questionnaire and nothing was saved.
    StartedAgain,
    /// Saved answers were found and restored.
    Restored,
    /// Saved answers could not be used and were deleted.
    Discarded,
    /// The person deleted their saved answers.
    Deleted,
    /// A translation could not be loaded.
    LanguageFailed,
}

/// The whole session.
#[derive(Clone, Debug, PartialEq)]
pub struct Session {
    pub answers: Answers,
    /// Questions answered, in the order asked, for the back button.
    pub history: Vec<QuestionId>,
    pub screen: Screen,
    pub notice: Option<Notice>,
    /// The question being changed from the review list: after it, the result.
    pub editing: Option<QuestionId>,
    /// The person chose to save their answers on this device.
    pub save: bool,
    /// The emergency number the person chose (else from the settings or the region).
    pub emergency_number: Option<&'static str>,
    /// The texts in the person's language.
    pub language: &'static Catalog,
}

impl Default for Session {
    fn default() -> Self {
        Session {
            answers: Answers::new(),
            history: Vec::new(),
            screen: Screen::Welcome,
            notice: None,
            editing: None,
            save: false,
            emergency_number: None,
            language: Catalog::english(),
        }
    }
}

#[derive(Debug)]
pub enum Action {
    Start,
    Answer(QuestionId, Answer),
    /// The app's own back button: the question before this one.
    Back,
    /// Go to a screen (the address bar, a link); checked against the answers.
    Navigate(Screen),
    /// Change an answer from the review list, then see the updated result.
    Edit(QuestionId),
    /// "Answer more questions" on the result: the questions asked only after it.
    MoreQuestions,
    /// "Start again": empty answers, the person's choices kept.
    Restart,
    /// Answers saved on this device, found at start-up: carry on at the next question.
    Restore(Answers, Vec<QuestionId>),
    /// This tab's answers, kept in its history entry across a reload or back and forward
    /// to the page: carry on, with the saving choice and any notice as they are.
    Resume(Answers, Vec<QuestionId>),
    /// The address the page opened at, read after any saved answers were restored.
    Open(Screen),
    /// Saved answers were found but could not be used.
    Discarded,
    /// Save (or stop saving) answers on this device.
    SetSave(bool),
    /// "Delete my answers": everything stored goes, and the answers with it.
    Delete,
    SetEmergencyNumber(&'static str),
    /// A language's texts are ready.
    LanguageReady(&'static Catalog),
    /// A language could not be loaded; the texts stay as they were.
    LanguageFailed,
}

impl Session {
    /// An empty questionnaire that keeps the person's choices.
    fn fresh(&self) -> Session {
        Session {
            save: self.save,
            language: self.language,
            emergency_number: self.emergency_number,
            ..Session::default()
        }
    }

    /// Where the questionnaire continues: the next question, or the result.
    pub fn resume_point(&self) -> Screen {
        match flow::next_question(&self.answers) {
            Some(q) => Screen::Question(q),
            None if self.history.is_empty() => Screen::Welcome,
            None => Screen::Result,
        }
    }

    /// The screen to show for a request to go to `screen`: a question already answered
    /// or the one that comes next, the result once started, the others any time.
    pub fn allowed(&self, screen: Screen) -> Screen {
        match screen {
            Screen::Welcome | Screen::About => screen,
            Screen::Question(q) if self.history.contains(&q) => screen,
            // The first of the questions asked after the result, once it is shown.
            Screen::Question(q) if self.extra_question() == Some(q) => screen,
            // A result from partial answers is allowed once every warning sign has been
            // asked: it says more questions remain. Before that it could only reassure
            // about signs nobody asked about, so the next warning sign comes instead; the
            // same for the summary, which gives a doctor the advice the result gave.
            Screen::Result | Screen::Summary
                if !self.history.is_empty() && flow::warning_signs_asked(&self.answers) =>
            {
                screen
            }
            Screen::Question(_) | Screen::Result => self.resume_point(),
            Screen::Review | Screen::Summary if self.history.is_empty() => Screen::Welcome,
            Screen::Summary => self.resume_point(),
            Screen::Review => screen,
        }
    }

    /// The first question asked only after the result, once the result is reached.
    pub fn extra_question(&self) -> Option<QuestionId> {
        let done = !self.history.is_empty() && flow::next_question(&self.answers).is_none();
        flow::extra_question(&self.answers).filter(|_| done)
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

    /// The number of the question on screen, counting from 1 in the order asked.
    pub fn question_number(&self, q: QuestionId) -> usize {
        self.history
            .iter()
            .position(|h| *h == q)
            .unwrap_or(self.history.len())
            + 1
    }

    /// What this device should keep: the answers, only when the person chose to save
    /// and has answered something; `None` means nothing is kept.
    pub fn to_store(&self) -> Option<(&Answers, &[QuestionId])> {
        (self.save && !self.history.is_empty()).then_some((&self.answers, &self.history[..]))
    }

    /// The session after `action`.
    pub fn next(&self, action: Action) -> Session {
        let mut next = self.clone();
        next.notice = None;
        match action {
            Action::Start => {
                // Saved or earlier answers carry on where they were; else a new start.
                next.screen = next.resume_point();
            }
            Action::Answer(q, answer) => {
                if next.answers.set(q, answer).is_err() {
                    return self.clone();
                }
                if !next.history.contains(&q) {
                    next.history.push(q);
                }
                // Answers to questions that no longer apply stay stored (changing back
                // restores them) but leave the history, so Back skips them.
                let facts = Facts::new(&next.answers);
                next.history.retain(|h| facts.answers().get(*h).is_some());
                // A changed answer shows the updated result; "back" from there returns
                // to the changed question, so `editing` stays until the person moves on.
                // (Unless the change brings in a warning sign not yet asked: that first.)
                next.screen = if next.editing == Some(q) {
                    next.allowed(Screen::Result)
                } else {
                    next.editing = None;
                    next.resume_point()
                };
            }
            Action::Back => {
                next.screen = match (next.editing, next.screen) {
                    // From the result after a change: the changed question.
                    (Some(q), Screen::Result) => Screen::Question(q),
                    // From the question being changed: the review list it came from.
                    (Some(q), Screen::Question(on)) if q == on => {
                        next.editing = None;
                        Screen::Review
                    }
                    _ => {
                        next.editing = None;
                        next.previous()
                    }
                }
            }
            Action::Navigate(screen) => {
                next.editing = None;
                next.screen = next.allowed(screen);
            }
            Action::Edit(q) => {
                next.screen = next.allowed(Screen::Question(q));
                next.editing = Some(q).filter(|q| next.screen == Screen::Question(*q));
            }
            Action::MoreQuestions => {
                next.editing = None;
                // Offered on the result only; from anywhere else (a stale click) the
                // result is still held to the warning signs.
                next.screen = self
                    .extra_question()
                    .map_or_else(|| self.allowed(Screen::Result), Screen::Question);
            }
            Action::Restart => next = self.fresh(),
            Action::Restore(answers, history) => {
                next = Session {
                    answers,
                    history,
                    save: true,
                    notice: Some(Notice::Restored),
                    ..self.fresh()
                };
                next.screen = next.resume_point();
            }
            Action::Resume(answers, history) => {
                next = Session {
                    answers,
                    history,
                    notice: self.notice.clone(),
                    ..self.fresh()
                };
                next.screen = next.resume_point();
            }
            Action::Open(screen) => {
                next.notice = self.notice.clone();
                next.screen = match screen {
                    // The start page after a restore: where the person was.
                    Screen::Welcome if !self.history.is_empty() => self.screen,
                    Screen::Welcome | Screen::About => screen,
                    // An address from an earlier visit, with nothing saved to go on (the
                    // first question, with nothing answered yet, loses nothing: it stays).
                    _ if self.history.is_empty() && self.allowed(screen) != screen => {
                        next.notice = Some(Notice::StartedAgain);
                        Screen::Welcome
                    }
                    screen => self.allowed(screen),
                };
            }
            Action::Discarded => next.notice = Some(Notice::Discarded),
            Action::SetSave(save) => next.save = save,
            Action::SetEmergencyNumber(number) => next.emergency_number = Some(number),
            Action::LanguageReady(catalog) => {
                // A language arriving is not the person moving on: the notice stays, in
                // the new language (a restore in Spanish says so in Spanish).
                next.language = catalog;
                next.notice = self.notice.clone();
            }
            Action::LanguageFailed => next.notice = Some(Notice::LanguageFailed),
            Action::Delete => {
                next = Session {
                    save: false,
                    notice: Some(Notice::Deleted),
                    ..self.fresh()
                };
            }
        }
        next
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
        let next = self.next(action);
        if next == *self {
            self
        } else {
            Rc::new(next)
        }
    }
}

#[cfg(test)]
#[path = "state_tests.rs"]
mod tests;
