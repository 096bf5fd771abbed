//! The `assess` command, run as a person would run it.
#![cfg(not(target_arch = "wasm32"))]

use std::io::Write;
use std::process::{Command, Output};

fn assess_file(contents: &str) -> Output {
    let mut file = tempfile();
    file.1.write_all(contents.as_bytes()).unwrap();
    let out = Command::new(env!("CARGO_BIN_EXE_assess"))
        .arg(&file.0)
        .output()
        .unwrap();
    std::fs::remove_file(&file.0).unwrap();
    out
}

fn tempfile() -> (std::path::PathBuf, std::fs::File) {
    use std::sync::atomic::{AtomicUsize, Ordering};
    static N: AtomicUsize = AtomicUsize::new(0);
    let path = std::env::temp_dir().join(format!(
        "backhip-assess-{}-{}.json",
        std::process::id(),
        N.fetch_add(1, Ordering::SeqCst)
    ));
    let file = std::fs::File::create(&path).unwrap();
    (path, file)
}

#[test]
fn prints_the_assessment_as_json() {
    let out = assess_file(
        r#"{"saddle_numbness": "no", "bladder_bowel": ["none"], "leg_weakness": "no",
            "tearing_pain": "no", "faint": "no", "trauma": "no", "fever": "no", "cancer_history": "no",
            "weight_loss": "no", "medical_risks": ["none"], "age": 40, "sex": "female",
            "location": ["outer_hip_right", "thigh_outer_right"], "worse_lying_side": "yes"}"#,
    );
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert!(v["triage"]["level"].is_string());
    assert_eq!(
        v["conditions"].as_array().unwrap().len(),
        engine::knowledge::CONDITIONS.len()
    );
    let probabilities: Vec<f64> = v["conditions"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["probability"].as_f64().unwrap())
        .collect();
    assert!(
        probabilities.windows(2).all(|w| w[0] >= w[1]),
        "most probable first: {probabilities:?}"
    );
    assert!(v["next_question"].is_string(), "the flow has more to ask");
}

#[test]
fn a_file_that_leaves_warning_signs_unasked_says_so() {
    let out = assess_file(r#"{"saddle_numbness": "no", "age": 40}"#);
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["warning_signs_asked"], false);
    assert_eq!(
        v["next_question"], "tearing_pain",
        "the first warning sign not answered"
    );
    // A hip injury's question applies once the pain is in the hip: still a warning sign.
    let hip = r#""saddle_numbness": "no", "bladder_bowel": ["none"], "leg_weakness": "no",
        "tearing_pain": "no", "faint": "no", "trauma": "no", "fever": "no", "cancer_history": "no",
        "weight_loss": "no", "medical_risks": ["none"], "severity": "moderate", "age": 40,
        "sex": "female", "location": ["outer_hip_right"]"#;
    let out = assess_file(&format!("{{{hip}}}"));
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["next_question"], "weight_bearing");
    assert_eq!(v["warning_signs_asked"], false);
    // Past the first section, the later ones: a pregnancy's, and, until it is known
    // whether walking brings on leg symptoms, the urgent need to pee when walking
    // (asked after tingling in the legs, or leg pain).
    let hip = format!(r#"{hip}, "weight_bearing": "normal""#);
    let out = assess_file(&format!("{{{hip}}}"));
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["next_question"], "pregnant");
    assert_eq!(v["warning_signs_asked"], false);
    let hip = format!(
        r#"{hip}, "pregnant": "no", "onset": "gradual", "duration": "1_to_6_weeks", "trigger": "nothing""#
    );
    let out = assess_file(&format!("{{{hip}}}"));
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["warning_signs_asked"], false);
    let out = assess_file(&format!(r#"{{{hip}, "tingling": "no"}}"#));
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(
        v["warning_signs_asked"], true,
        "then {}",
        v["next_question"]
    );
    assert!(v["next_question"].is_string(), "before the end");
}

#[test]
fn the_later_warning_signs_are_asked_before_a_result() {
    // Past the first section, a child's limp, pain down both legs at rest and urine
    // symptoms with pain in the side are still warning signs: these files gave "look
    // after this at home" before them.
    let first = r#""saddle_numbness": "no", "bladder_bowel": ["none"], "leg_weakness": "no",
        "tearing_pain": "no", "faint": "no", "trauma": "no", "fever": "no", "cancer_history": "no",
        "weight_loss": "no", "medical_risks": ["none"], "severity": "moderate""#;
    for (rest, next) in [
        (r#""age": 12"#, "child_signs"),
        (
            r#""age": 30, "sex": "male", "location": ["lower_back_left", "below_knee_left", "below_knee_right"]"#,
            "both_legs_at_rest",
        ),
        (
            r#""age": 30, "sex": "male", "location": ["flank_left"]"#,
            "urine_symptoms",
        ),
    ] {
        let out = assess_file(&format!("{{{first}, {rest}}}"));
        let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
        assert_eq!(v["next_question"], next, "{rest}");
        assert_eq!(v["warning_signs_asked"], false, "{rest}");
    }
}

#[test]
fn answers_that_do_not_apply_are_named() {
    // A pregnancy answer from a man, and a hip injury's follow-up with no injury or hip
    // pain: kept, not used, and the output says so.
    let out = assess_file(
        r#"{"sex": "male", "age": 30, "pregnant": "yes", "trauma": "no", "weight_bearing": "cannot",
            "location": ["lower_back_centre"]}"#,
    );
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(
        v["not_used"],
        serde_json::json!(["weight_bearing", "pregnant"])
    );
    assert_ne!(
        v["triage"]["level"], "ambulance",
        "an unused answer sets nothing"
    );
    let out = assess_file(r#"{"sex": "female", "age": 30, "pregnant": "yes"}"#);
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["not_used"], serde_json::json!([]));
}

#[test]
fn an_emergency_file_says_so() {
    let out = assess_file(
        r#"{"tearing_pain": "no", "faint": "no", "trauma": "no", "saddle_numbness": "yes"}"#,
    );
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["triage"]["level"], "emergency");
    assert_eq!(v["triage"]["stopped_by"], "cauda_equina_saddle");
    assert_eq!(v["conditions"][0]["id"], "cauda_equina");
    assert!(v["next_question"].is_null());
    // Nothing more is asked after an emergency once the signs that would mean an
    // ambulance are answered: there is nothing left to rule out first.
    assert_eq!(v["warning_signs_asked"], true);
    // Before that, the one that could: an emergency department or an ambulance.
    let out = assess_file(r#"{"saddle_numbness": "yes"}"#);
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["triage"]["level"], "emergency");
    assert_eq!(v["next_question"], "tearing_pain");
}

#[test]
fn unknown_ids_and_bad_files_fail_with_a_clear_message() {
    for (contents, message) in [
        (
            r#"{"fever": "sometimes"}"#,
            "question `fever` has no answer `sometimes`",
        ),
        (
            r#"{"temperature": 39}"#,
            "unknown question id `temperature`",
        ),
        (r#"{"fever": "yes""#, "not valid JSON"),
        (r#"["fever"]"#, "must be a JSON object"),
        (r#"{"age": 45.5}"#, "question `age` expects a whole number"),
        (r#"{"age": -3}"#, "question `age`: -3 is outside 0 to 120"),
    ] {
        let out = assess_file(contents);
        assert!(!out.status.success(), "{contents} should fail");
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert!(stderr.contains(message), "{contents}: {stderr}");
    }
}

#[test]
fn lists_every_question_and_answer_id() {
    let out = Command::new(env!("CARGO_BIN_EXE_assess"))
        .arg("questions")
        .output()
        .unwrap();
    assert!(out.status.success());
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let questions = v.as_array().unwrap();
    assert_eq!(questions.len(), engine::knowledge::QUESTIONS.len());
    assert!(questions.iter().any(|q| q["id"] == "saddle_numbness"));
}
