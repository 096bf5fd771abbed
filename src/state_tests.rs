//! Every action of the session reducer, natively.

use super::*;
use crate::i18n::ui;
use engine::knowledge::{QuestionKind, Section};
use engine::TriageLevel;

fn q(id: &str) -> QuestionId {
    QuestionId::by_id(id).unwrap_or_else(|| panic!("question `{id}`"))
}

/// The calmest answer to a question: "no", "none", or the first option.
fn calm(question: QuestionId) -> Answer {
    let question = question.get();
    match question.kind {
        QuestionKind::Number => Answer::Number(40),
        _ => {
            let pick = ["no", "none", "normal", "disagree", "not_at_all"]
                .iter()
                .find_map(|id| question.options.iter().position(|o| o.id == *id))
                .unwrap_or(0);
            if question.kind == QuestionKind::Multi {
                Answer::Multi(1 << pick)
            } else {
                Answer::Choice(pick)
            }
        }
    }
}

fn run(session: &Session, actions: impl IntoIterator<Item = Action>) -> Session {
    actions.into_iter().fold(session.clone(), |s, a| s.next(a))
}

/// A session that has answered the first `n` questions it was asked, calmly.
fn answered(n: usize) -> Session {
    let mut s = Session::default().next(Action::Start);
    for _ in 0..n {
        let Screen::Question(q) = s.screen else {
            panic!("a question after {:?}", s.history)
        };
        s = s.next(Action::Answer(q, calm(q)));
    }
    s
}

/// A session that has answered the first section's warning signs calmly, and nothing
/// after them.
fn past_the_first_section() -> Session {
    let mut s = Session::default().next(Action::Start);
    while let Screen::Question(q) = s.screen {
        if q.get().section != engine::knowledge::Section::RedFlags {
            return s;
        }
        s = s.next(Action::Answer(q, calm(q)));
    }
    panic!(
        "the questionnaire ended among the warning signs: {:?}",
        s.history
    )
}

/// A session that has answered calmly until every warning sign that applies is
/// asked, the later ones too (where it hurts, then pain down both legs, ...).
fn past_every_warning_sign() -> Session {
    let mut s = Session::default().next(Action::Start);
    while let Screen::Question(q) = s.screen {
        if engine::flow::warning_signs_asked(&s.answers) && !s.history.is_empty() {
            return s;
        }
        s = s.next(Action::Answer(q, calm(q)));
    }
    panic!(
        "the questionnaire ended before its warning signs were asked: {:?}",
        s.history
    )
}

#[test]
fn start_opens_the_first_warning_sign_question() {
    let s = Session::default().next(Action::Start);
    assert_eq!(s.screen, Screen::Question(q("tearing_pain")));
}

#[test]
fn an_answer_is_kept_in_the_history_and_moves_on() {
    let s = answered(1);
    assert_eq!(s.history, vec![q("tearing_pain")]);
    assert_ne!(s.screen, Screen::Question(q("tearing_pain")));
    assert_eq!(s.question_number(q("tearing_pain")), 1);
}

#[test]
fn an_impossible_answer_changes_nothing() {
    let s = answered(1);
    let after = s.next(Action::Answer(q("tearing_pain"), Answer::Choice(99)));
    assert_eq!(after, s);
}

#[test]
fn back_goes_to_the_question_before_and_then_to_the_start() {
    let s = answered(2);
    let back = s.next(Action::Back);
    assert_eq!(back.screen, Screen::Question(s.history[1]));
    let back = run(&s, [Action::Back, Action::Back, Action::Back]);
    assert_eq!(back.screen, Screen::Welcome);
}

#[test]
fn navigate_allows_only_answered_questions_and_the_next() {
    let s = answered(2);
    let later = q("sbt_9_bothersome");
    assert_eq!(
        s.next(Action::Navigate(Screen::Question(later))).screen,
        s.resume_point()
    );
    assert_eq!(
        s.next(Action::Navigate(Screen::Question(s.history[0])))
            .screen,
        Screen::Question(s.history[0])
    );
    assert_eq!(
        Session::default()
            .next(Action::Navigate(Screen::Review))
            .screen,
        Screen::Welcome
    );
    assert_eq!(
        s.next(Action::Navigate(Screen::About)).screen,
        Screen::About
    );
}

#[test]
fn no_result_before_every_warning_sign_is_asked() {
    // Asked for the result (the address bar, the browser's Forward) after one answer:
    // the next warning sign instead, never advice that rests on signs not asked.
    let s = answered(1);
    let asked = s.next(Action::Navigate(Screen::Result));
    assert_eq!(asked.screen, s.resume_point());
    // Nor the summary for a doctor, which gives the result's advice; the list of the
    // answers so far is there.
    assert_eq!(
        s.next(Action::Navigate(Screen::Summary)).screen,
        s.resume_point()
    );
    assert_eq!(
        s.next(Action::Navigate(Screen::Review)).screen,
        Screen::Review
    );
    let Screen::Question(next) = asked.screen else {
        panic!("a question, not {:?}", asked.screen)
    };
    assert_eq!(next.get().section, engine::knowledge::Section::RedFlags);
    // Past the first section, the later warning signs are still to come (pain down
    // both legs at rest, urine symptoms with pain on one side: they hang on where it
    // hurts, and on the age): the next question, not a result.
    let s = past_the_first_section();
    assert_eq!(s.screen, Screen::Question(q("age")));
    assert_eq!(
        s.next(Action::Navigate(Screen::Result)).screen,
        Screen::Question(q("age"))
    );
    // Once they are all asked, a result from the answers so far is allowed (it says
    // more questions could change it).
    let s = past_every_warning_sign();
    for asked in ["medical_risks", "age", "location", "onset", "duration"] {
        assert!(s.history.contains(&q(asked)), "{asked}: {:?}", s.history);
    }
    assert!(
        engine::flow::next_question(&s.answers).is_some(),
        "before the end"
    );
    assert_eq!(
        s.next(Action::Navigate(Screen::Result)).screen,
        Screen::Result
    );
    assert_eq!(
        s.next(Action::Navigate(Screen::Summary)).screen,
        Screen::Summary
    );
}

#[test]
fn an_edit_from_the_review_returns_to_the_result_and_back_to_the_changed_question() {
    let s = run(
        &past_every_warning_sign(),
        [
            Action::Navigate(Screen::Result),
            Action::Navigate(Screen::Review),
        ],
    );
    let changed = s.history[1];
    let s = s.next(Action::Edit(changed));
    assert_eq!(s.screen, Screen::Question(changed));
    let s = s.next(Action::Answer(changed, calm(changed)));
    assert_eq!(
        s.screen,
        Screen::Result,
        "after a change, the updated result"
    );
    let s = s.next(Action::Back);
    assert_eq!(
        s.screen,
        Screen::Question(changed),
        "back returns to the changed question"
    );
    assert_eq!(
        s.next(Action::Back).screen,
        Screen::Review,
        "and from there to the list"
    );
}

#[test]
fn restart_empties_the_answers_and_keeps_the_person_s_choices() {
    let s = run(
        &answered(3),
        [Action::SetSave(true), Action::SetEmergencyNumber("112")],
    );
    assert!(s.to_store().is_some());
    let s = s.next(Action::Restart);
    assert!(s.answers.is_empty() && s.history.is_empty());
    assert_eq!(s.screen, Screen::Welcome);
    assert!(s.save);
    assert_eq!(s.emergency_number, Some("112"));
    // Saving on, nothing answered: nothing is kept, so a reload cannot bring back the
    // answers of before "Start again".
    assert_eq!(s.to_store(), None);
}

#[test]
fn discarded_only_sets_a_notice_shown_once() {
    let s = answered(1);
    let discarded = s.next(Action::Discarded);
    assert_eq!(discarded.notice, Some(Notice::Discarded));
    assert_eq!(discarded.answers, s.answers);
    assert_eq!(discarded.next(Action::Back).notice, None);
}

#[test]
fn an_address_from_an_earlier_visit_with_nothing_saved_starts_again() {
    let s = Session::default().next(Action::Open(Screen::Question(q("fever"))));
    assert_eq!(s.screen, Screen::Welcome);
    assert_eq!(s.notice, Some(Notice::StartedAgain));
    assert_eq!(
        Session::default().next(Action::Open(Screen::About)).screen,
        Screen::About
    );
    let s = Session::default().next(Action::Open(Screen::Welcome));
    assert_eq!((s.screen, s.notice), (Screen::Welcome, None));
    // A reload on the first question, before any answer: that question, no notice.
    let first = Session::default().next(Action::Start).screen;
    let s = Session::default().next(Action::Open(first));
    assert_eq!((s.screen, s.notice), (first, None));
}

#[test]
fn restored_answers_carry_on_where_the_person_was() {
    let earlier = answered(3);
    let restored = Session::default().next(Action::Restore(
        earlier.answers.clone(),
        earlier.history.clone(),
    ));
    assert!(restored.save);
    assert_eq!(restored.notice, Some(Notice::Restored));
    // Opened at the start page: the next question, with the notice kept.
    let s = restored.next(Action::Open(Screen::Welcome));
    assert_eq!(s.screen, earlier.resume_point());
    assert_eq!(s.notice, Some(Notice::Restored));
    // Opened at an answered question: that question.
    let s = restored.next(Action::Open(Screen::Question(earlier.history[0])));
    assert_eq!(s.screen, Screen::Question(earlier.history[0]));
    // Start after a restore keeps the answers.
    assert_eq!(s.next(Action::Start).answers, earlier.answers);
    // The language's file arriving after the restore keeps the notice.
    let es = Catalog::parse(
        "es",
        &Catalog::english().file_with(&[(ui::welcome::START, "Empezar")]),
    )
    .unwrap();
    let s = restored.next(Action::LanguageReady(es));
    assert_eq!(s.notice, Some(Notice::Restored));
}

#[test]
fn the_tabs_answers_resume_at_the_address_with_the_saving_choice_kept() {
    let earlier = answered(3);
    let resumed = Session::default().next(Action::Resume(
        earlier.answers.clone(),
        earlier.history.clone(),
    ));
    assert_eq!(
        (&resumed.answers, &resumed.history),
        (&earlier.answers, &earlier.history)
    );
    assert!(!resumed.save);
    assert_eq!(resumed.notice, None);
    // After a restore from the device: still saving, and its notice stays.
    let restored = Session::default().next(Action::Restore(Answers::new(), Vec::new()));
    let s = restored.next(Action::Resume(
        earlier.answers.clone(),
        earlier.history.clone(),
    ));
    assert!(s.save);
    assert_eq!(s.notice, Some(Notice::Restored));
    // The reloaded address is the place: an answered question stays on screen.
    let s = resumed.next(Action::Open(Screen::Question(earlier.history[1])));
    assert_eq!(s.screen, Screen::Question(earlier.history[1]));
    assert_eq!(s.notice, None);
}

#[test]
fn save_is_stored_only_when_chosen() {
    let s = answered(2);
    assert_eq!(s.to_store(), None);
    let saving = s.next(Action::SetSave(true));
    assert_eq!(saving.to_store(), Some((&s.answers, &s.history[..])));
    assert_eq!(saving.next(Action::SetSave(false)).to_store(), None);
}

#[test]
fn delete_forgets_the_answers_and_stops_saving() {
    let s = run(&answered(2), [Action::SetSave(true), Action::Delete]);
    assert!(!s.save && s.answers.is_empty() && s.history.is_empty());
    assert_eq!(s.notice, Some(Notice::Deleted));
    assert_eq!(s.to_store(), None);
}

#[test]
fn the_emergency_number_is_the_person_s_choice() {
    let s = Session::default().next(Action::SetEmergencyNumber("999"));
    assert_eq!(s.emergency_number, Some("999"));
}

#[test]
fn the_language_is_held_in_the_session() {
    let es = Catalog::parse(
        "es",
        &Catalog::english().file_with(&[(ui::welcome::START, "Empezar")]),
    )
    .unwrap();
    let s = answered(1).next(Action::LanguageReady(es));
    assert_eq!(s.language.code(), "es");
    assert_eq!(s.history.len(), 1, "a language switch keeps the answers");
    let failed = s.next(Action::LanguageFailed);
    assert_eq!(failed.language.code(), "es");
    assert_eq!(failed.notice, Some(Notice::LanguageFailed));
}

#[test]
fn the_reducer_keeps_the_same_state_when_nothing_changes() {
    let s = Rc::new(answered(1));
    let same = s.clone().reduce(Action::Navigate(s.screen));
    assert!(Rc::ptr_eq(&s, &same));
    let changed = s.clone().reduce(Action::Back);
    assert!(!Rc::ptr_eq(&s, &changed));
}

#[test]
fn more_questions_opens_the_daily_life_questions_after_the_result_then_returns_to_it() {
    // Before the result is reached there is nothing to open, and (from a stale click)
    // no result before the warning signs: the next of them.
    let early = answered(3);
    assert_eq!(early.extra_question(), None);
    assert_eq!(
        early.next(Action::MoreQuestions).screen,
        early.resume_point()
    );
    // Walk calmly to the result.
    let mut s = Session::default().next(Action::Start);
    while let Screen::Question(question) = s.screen {
        s = s.next(Action::Answer(question, calm(question)));
    }
    assert_eq!(s.screen, Screen::Result);
    let first = s
        .extra_question()
        .expect("daily-life questions are offered");
    assert_eq!(first, q("activity_level"));
    // The first one may be opened by address too, and answering goes on to the next.
    assert_eq!(s.allowed(Screen::Question(first)), Screen::Question(first));
    let mut s = s.next(Action::MoreQuestions);
    let mut asked = Vec::new();
    while let Screen::Question(question) = s.screen {
        asked.push(question.get().id);
        s = s.next(Action::Answer(question, calm(question)));
    }
    assert_eq!(asked, ["activity_level", "weight", "ergonomics"]);
    assert_eq!(s.screen, Screen::Result);
    assert_eq!(s.extra_question(), None);
    // Back from the result goes to the last of them.
    assert_eq!(
        s.next(Action::Back).screen,
        Screen::Question(q("ergonomics"))
    );
}

#[test]
fn no_action_sequence_shows_a_result_before_the_warning_signs_are_asked() {
    const WALKS: usize = 200;
    // Random sessions, as a person clicking about would make them: answers (mostly
    // "no", sometimes anything), the app's Back, the address bar or Forward to any
    // screen or question, changes from the review list, more questions, answers
    // restored at start-up. Whenever the result or the summary for a doctor is on
    // screen, every warning sign that applies has been asked; an emergency answer
    // brings the result at once.
    let mut seed = 0x2545_f491_4f6c_dd1d_u64;
    let mut next = move |n: usize| {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        (seed % n as u64) as usize
    };
    for _ in 0..WALKS {
        let mut s = Session::default().next(Action::Start);
        for _ in 0..80 {
            let action = match (next(10), s.screen) {
                (0..=5, Screen::Question(q)) => {
                    let question = q.get();
                    let answer = match question.kind {
                        QuestionKind::Number => Answer::Number(next(90) as u16 + 5),
                        QuestionKind::Multi if next(3) == 0 => {
                            Answer::Multi(1 << next(question.options.len()))
                        }
                        QuestionKind::Single if next(3) == 0 => {
                            Answer::Choice(next(question.options.len()))
                        }
                        _ => calm(q),
                    };
                    if s.answers.clone().set(q, answer).is_err() {
                        continue;
                    }
                    Action::Answer(q, answer)
                }
                (6, _) => Action::Back,
                (7, _) if !s.history.is_empty() => Action::Edit(s.history[next(s.history.len())]),
                (8, _) => Action::MoreQuestions,
                (9, _) if next(2) == 0 => {
                    // Saved answers, or this tab's, found at start-up, then the
                    // address the page opened at.
                    let kept = next(s.history.len() + 1);
                    let mut answers = Answers::new();
                    for &q in &s.history[..kept] {
                        answers.set(q, s.answers.get(q).unwrap()).unwrap();
                    }
                    let history = s.history[..kept].to_vec();
                    s = s.next(if next(2) == 0 {
                        Action::Restore(answers, history)
                    } else {
                        Action::Resume(answers, history)
                    });
                    Action::Open([Screen::Result, Screen::Summary][next(2)])
                }
                (5, _) => Action::Navigate(Screen::Question(QuestionId(next(
                    engine::knowledge::QUESTIONS.len(),
                )))),
                _ => Action::Navigate(
                    [
                        Screen::Result,
                        Screen::Summary,
                        Screen::Review,
                        Screen::Welcome,
                    ][next(4)],
                ),
            };
            let answered = matches!(action, Action::Answer(..));
            s = s.next(action);
            // An emergency answer interrupts at once, whatever was going on: the result
            // is on screen (or the question that says whether it is new, first, or,
            // for an emergency department, the warning sign that would mean an
            // ambulance instead).
            let level = engine::assess(&s.answers).triage.level;
            if answered && level.is_emergency() {
                assert!(
                    s.screen == Screen::Result
                        || matches!(s.screen, Screen::Question(q) if q.get().context
                            || (level == TriageLevel::Emergency && q.get().section == Section::RedFlags)),
                    "an emergency, and {:?} on screen",
                    s.screen
                );
            }
            // Nor a question out of the flow's order (a warning sign jumped over by
            // typing a later question's address): one answered already, or the next.
            if let Screen::Question(q) = s.screen {
                let next_one = engine::flow::next_question(&s.answers);
                assert!(
                    s.history.contains(&q) || next_one == Some(q) || s.extra_question() == Some(q),
                    "{} on screen, the next is {:?}",
                    q.get().id,
                    next_one.map(|n| n.get().id)
                );
            }
            if matches!(s.screen, Screen::Result | Screen::Summary) {
                assert!(
                    engine::flow::warning_signs_asked(&s.answers),
                    "{:?} shown after {:?}",
                    s.screen,
                    s.history.iter().map(|q| q.get().id).collect::<Vec<_>>()
                );
            }
        }
    }
}
