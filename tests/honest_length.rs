//! Honest length: the start screen's time and the progress count come from the flow's
//! estimate, and the count never goes up during a journey. Walks every vignette's
//! journey (engine/tests/vignettes*.toml, the cases the accuracy test reads) as its
//! patient would answer.
#![cfg(not(target_arch = "wasm32"))]

use backhip::components::progress::{estimated_minutes, shown_total, MEASURED_JOURNEY};
use engine::{flow, Answers, QuestionId};

#[path = "../engine/tests/support/mod.rs"]
mod support;

/// Every vignette's journey: the questions in the order the flow asked them, and the
/// answers (the engine's walk, replayed to keep the order).
fn journeys() -> Vec<(String, Vec<QuestionId>, Answers)> {
    let mut cases = Vec::new();
    for (name, text) in support::vignette_files(std::path::Path::new("engine/tests")) {
        let mut file: toml::Table = toml::from_str(&text).unwrap();
        match file.remove("case") {
            Some(toml::Value::Array(found)) => cases.extend(found),
            _ => panic!("{name} has no [[case]]"),
        }
    }
    assert!(cases.len() > 100, "found only {} vignettes", cases.len());
    cases
        .iter()
        .map(|case| {
            let mut given = Answers::new();
            for (q, a) in case["answers"].as_table().unwrap() {
                let json: serde_json::Value = serde_json::to_value(a).unwrap();
                given.set_json(q, &json).unwrap();
            }
            let (answers, _) = support::walk(&given);
            let mut replay = Answers::new();
            let mut history = Vec::new();
            while let Some(q) = flow::next_question(&replay) {
                replay.set(q, answers.get(q).unwrap()).unwrap();
                history.push(q);
            }
            (case["id"].as_str().unwrap().to_string(), history, answers)
        })
        .collect()
}

#[test]
fn the_total_shown_never_goes_up_and_is_close_to_the_real_length() {
    let mut nearly_done = 0;
    let mut lengths = Vec::new();
    for (id, history, answers) in journeys() {
        let mut last = usize::MAX;
        for number in 1..=history.len() {
            match shown_total(&history, &answers, number) {
                Some(total) => {
                    assert!(
                        total <= last,
                        "{id}: question {number} of about {total} after {last}"
                    );
                    assert!(total >= number, "{id}: question {number} of about {total}");
                    last = total;
                }
                None => {
                    last = 0;
                    nearly_done += 1;
                }
            }
        }
        lengths.push(history.len());
    }
    lengths.sort();
    let median = lengths[lengths.len() / 2];
    let long = lengths[lengths.len() * 9 / 10];
    println!(
        "journeys: shortest {}, median {median}, 9 in 10 at most {long}, longest {}; {nearly_done} questions shown as nearly done",
        lengths[0],
        lengths[lengths.len() - 1]
    );
    // The lengths the app shows are the measured ones.
    for (name, shown, measured) in [
        ("long", MEASURED_JOURNEY.long, long),
        ("typical", MEASURED_JOURNEY.typical, median),
    ] {
        assert!(
            shown.abs_diff(measured) <= 2,
            "MEASURED_JOURNEY.{name} is {shown}, the journeys now measure {measured}: update it (and the start screen's minutes)"
        );
    }
}

#[test]
fn the_start_screen_says_how_long_it_takes() {
    let minutes = estimated_minutes().to_string();
    for file in ["i18n/en.toml", "i18n/es.toml"] {
        let table: toml::Table = toml::from_str(&std::fs::read_to_string(file).unwrap()).unwrap();
        let time = table["welcome.time"].as_str().unwrap();
        assert!(
            time.contains(&format!(" {minutes} ")),
            "{file}: \"{time}\" should say about {minutes} minutes (the flow's estimate)"
        );
    }
}
