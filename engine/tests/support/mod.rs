//! Shared by the vignette suites: walk the adaptive flow as a patient would.
#![allow(dead_code)]

use engine::knowledge::QuestionKind;
use engine::{flow, Answer, Answers};

/// What a patient answers to a question their case does not mention: the
/// reassuring answer ("no", "none of these", "as usual"), since case descriptions
/// list what is present. Questions with no such answer get their first option.
pub const SILENT: &[&str] = &[
    "no",
    "none",
    "normal",
    "disagree",
    "not_at_all",
    "some",
    "mild",
];

/// Every vignette file in `dir` (`vignettes*.toml`): its name and its text, in name
/// order.
pub fn vignette_files(dir: &std::path::Path) -> Vec<(String, String)> {
    let mut files: Vec<_> = std::fs::read_dir(dir)
        .unwrap()
        .map(|entry| entry.unwrap().path())
        .filter_map(|path| {
            let name = path.file_name()?.to_string_lossy().into_owned();
            (name.starts_with("vignettes") && name.ends_with(".toml"))
                .then(|| (name, std::fs::read_to_string(&path).unwrap()))
        })
        .collect();
    files.sort();
    files
}

/// Answers every question the adaptive flow asks, from `given`, or the silent
/// default; returns the answers the flow collected and how many questions it asked.
pub fn walk(given: &Answers) -> (Answers, usize) {
    walk_at_most(given, usize::MAX)
}

/// [`walk`], but the flow's own choices stop after `cap` questions: the questions
/// every person is asked (the warning signs among them) are still asked.
pub fn walk_at_most(given: &Answers, cap: usize) -> (Answers, usize) {
    let mut asked = Answers::new();
    let mut steps = 0;
    while let Some(q) = flow::next_question(&asked).filter(|q| steps < cap || q.get().always) {
        let question = q.get();
        let answer = given.get(q).unwrap_or_else(|| {
            let silent = SILENT
                .iter()
                .find_map(|id| question.options.iter().position(|o| o.id == *id))
                .unwrap_or(0);
            match question.kind {
                QuestionKind::Number => {
                    panic!(
                        "a case must give `{}`: it has no silent answer",
                        question.id
                    )
                }
                QuestionKind::Multi => Answer::Multi(1 << silent),
                QuestionKind::Single => Answer::Choice(silent),
            }
        });
        asked
            .set(q, answer)
            .unwrap_or_else(|e| panic!("{}: {e}", question.id));
        steps += 1;
        assert!(steps <= 200, "the flow did not end");
    }
    (asked, steps)
}
