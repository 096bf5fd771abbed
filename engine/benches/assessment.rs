//! Benchmarks of the engine: a full assessment (triage, ranking, instruments and the
//! next question) and a full re-score, on a typical completed questionnaire.

use criterion::{black_box, criterion_group, criterion_main, Criterion};
use engine::{self, flow, scoring, Answers, Facts};

fn sciatica_answers() -> Answers {
    Answers::from_json(
        r#"{"saddle_numbness": "no", "bladder_bowel": ["none"], "leg_weakness": "no",
            "tearing_pain": "no", "faint": "no", "trauma": "no", "fever": "no", "cancer_history": "no",
            "weight_loss": "no", "medical_risks": ["none"], "age": 38, "sex": "male",
            "location": ["lower_back_left", "buttock_left", "thigh_back_left", "below_knee_left", "foot_left"],
            "finger_point": "no", "onset": "sudden", "duration": "1_to_6_weeks", "trigger": "lifting",
            "character": "sharp_shooting", "leg_vs_back": "leg_worse", "tingling": "yes",
            "cough_sneeze": "yes", "worse_sitting": "yes", "walking_leg_pain": "no",
            "sbt_1_leg": "agree", "sbt_2_shoulder_neck": "disagree", "sbt_3_walk": "agree",
            "sbt_4_dress": "agree", "sbt_5_safe": "disagree", "sbt_6_worry": "agree",
            "sbt_7_terrible": "disagree", "sbt_8_enjoy": "disagree", "sbt_9_bothersome": "very_much",
            "activity_level": "very_active", "weight": "no", "ergonomics": "yes"}"#,
    )
    .unwrap()
}

fn benches(c: &mut Criterion) {
    let answers = sciatica_answers();
    c.bench_function(
        "full assessment (triage, ranking, instruments, next question)",
        |b| b.iter(|| engine::assess(black_box(&answers))),
    );
    c.bench_function("re-score (facts and ranking of every condition)", |b| {
        b.iter(|| scoring::rank(&Facts::new(black_box(&answers))))
    });
    let mid_journey = Answers::from_json(
        r#"{"saddle_numbness": "no", "bladder_bowel": ["none"], "leg_weakness": "no",
            "tearing_pain": "no", "faint": "no", "trauma": "no", "fever": "no", "cancer_history": "no",
            "weight_loss": "no", "medical_risks": ["none"], "age": 38, "sex": "male",
            "location": ["lower_back_left", "buttock_left", "thigh_back_left", "below_knee_left"],
            "onset": "sudden", "duration": "1_to_6_weeks", "trigger": "lifting"}"#,
    )
    .unwrap();
    c.bench_function("next question, mid-journey (adaptive choice)", |b| {
        b.iter(|| flow::next_question(black_box(&mid_journey)))
    });
}

criterion_group!(engine_benches, benches);
criterion_main!(engine_benches);
