//! Native tests of the clinical engine: answers, flow, triage, instruments and the
//! knowledge base as a whole.
#![cfg(not(target_arch = "wasm32"))]

use engine::instruments::{self, RiskGroup, Score};
use engine::knowledge::InstrumentId;
use engine::knowledge::{Section, CONDITIONS, QUESTIONS};
use engine::texts::Catalog;
use engine::{self, flow, Answer, AnswerError, Answers, QuestionId, TriageLevel, Truth};
use serde_json::json;

mod support;

fn answers(value: serde_json::Value) -> Answers {
    Answers::from_json(&value.to_string()).expect("valid answers")
}

/// Negative answers to every red flag, an adult, and the given extra answers.
fn no_red_flags(extra: serde_json::Value) -> Answers {
    let mut base = json!({
        "saddle_numbness": "no", "bladder_bowel": ["none"], "leg_weakness": "no",
        "tearing_pain": "no", "faint": "no", "trauma": "no", "fever": "no", "cancer_history": "no",
        "weight_loss": "no", "medical_risks": ["none"], "age": 35, "sex": "male",
    });
    base.as_object_mut()
        .unwrap()
        .extend(extra.as_object().unwrap().clone());
    answers(base)
}

fn q(id: &str) -> QuestionId {
    QuestionId::by_id(id).unwrap_or_else(|| panic!("no question {id}"))
}

#[test]
fn red_flags_come_first() {
    let first = flow::next_question(&Answers::new()).unwrap();
    assert_eq!(first.get().section, Section::RedFlags);
    assert_eq!(first.get().id, "tearing_pain");
    // Every red-flag question precedes every other question in the file.
    let last_red = QUESTIONS
        .iter()
        .rposition(|q| q.section == Section::RedFlags)
        .unwrap();
    assert!(QUESTIONS[..last_red]
        .iter()
        .all(|q| q.section == Section::RedFlags));
    // Those an ambulance rule reads come before those only an emergency department's
    // rules read: a stop at the second kind leaves none of the first unasked.
    let read_at = |level: TriageLevel, i: usize| {
        engine::knowledge::RULES
            .iter()
            .any(|r| r.level == level && r.when.mentions(QuestionId(i)))
    };
    let red = 0..=last_red;
    let last_ambulance = red
        .clone()
        .filter(|&i| read_at(TriageLevel::Ambulance, i))
        .max()
        .unwrap();
    let first_emergency_only = red
        .filter(|&i| read_at(TriageLevel::Emergency, i) && !read_at(TriageLevel::Ambulance, i))
        .min()
        .unwrap();
    assert!(
        last_ambulance < first_emergency_only,
        "{} is asked after {}",
        QUESTIONS[last_ambulance].id,
        QUESTIONS[first_emergency_only].id
    );
}

#[test]
fn an_emergency_answer_stops_the_flow() {
    let a = answers(
        json!({ "tearing_pain": "no", "faint": "no", "trauma": "no", "saddle_numbness": "yes" }),
    );
    let result = engine::assess(&a);
    assert_eq!(result.triage.level, TriageLevel::Emergency);
    assert_eq!(result.triage.stop.unwrap().get().id, "cauda_equina_saddle");
    assert!(result.is_complete());
}

#[test]
fn an_emergency_asks_first_whether_it_needs_an_ambulance() {
    // NICE CKS hip fracture: after a serious accident (go to an emergency department),
    // not being able to stand on the leg means an ambulance: that is asked before the
    // result, and nothing else is.
    let a = answers(json!({ "tearing_pain": "no", "faint": "no", "trauma": "major" }));
    assert_eq!(engine::assess(&a).triage.level, TriageLevel::Emergency);
    assert_eq!(flow::next_question(&a), Some(q("weight_bearing")));
    let mut cannot = a.clone();
    cannot.set(q("weight_bearing"), Answer::Choice(2)).unwrap();
    assert_eq!(engine::assess(&cannot).triage.level, TriageLevel::Ambulance);
    assert_eq!(flow::next_question(&cannot), None);
    let mut can = a.clone();
    can.set(q("weight_bearing"), Answer::Choice(0)).unwrap();
    assert_eq!(engine::assess(&can).triage.level, TriageLevel::Emergency);
    assert_eq!(
        flow::next_question(&can),
        None,
        "no other warning sign could make it an ambulance"
    );
}

#[test]
fn tearing_pain_calls_an_ambulance() {
    let a = answers(
        json!({ "saddle_numbness": "no", "bladder_bowel": ["none"], "leg_weakness": "no", "tearing_pain": "yes" }),
    );
    assert_eq!(engine::assess(&a).triage.level, TriageLevel::Ambulance);
}

#[test]
fn under_16_is_out_of_scope_with_the_right_urgency() {
    // NICE CKS acute childhood limp: the out-of-scope screen still sets the level.
    let asked = no_red_flags(json!({ "age": 12 }));
    assert!(
        !engine::assess(&asked).is_complete(),
        "asks about a limp first"
    );
    for (signs, fever, level) in [
        (json!(["none"]), "no", TriageLevel::Consultation),
        (json!(["hip_knee"]), "no", TriageLevel::Urgent),
        (json!(["limp"]), "no", TriageLevel::Urgent),
        (json!(["not_sure"]), "no", TriageLevel::Urgent),
        (json!(["cannot_walk"]), "no", TriageLevel::Emergency),
        (json!(["none"]), "yes", TriageLevel::Emergency),
    ] {
        let a = no_red_flags(json!({ "age": 12, "child_signs": signs, "fever": fever }));
        let (asked, _) = support::walk(&a);
        let result = engine::assess(&asked);
        assert!(result.triage.out_of_scope, "{signs}");
        assert_eq!(result.triage.level, level, "{signs}, fever {fever}");
    }
    // Below an emergency, the later warning signs are still asked of a child: where it
    // hurts, then pain down both legs at rest, which is an emergency at any age.
    let a = no_red_flags(json!({ "age": 12, "child_signs": ["none"], "severity": "moderate" }));
    assert_eq!(flow::next_question(&a), Some(q("location")));
    let a = no_red_flags(json!({
        "age": 12, "child_signs": ["none"], "severity": "moderate",
        "location": ["lower_back_centre", "below_knee_left", "below_knee_right"],
    }));
    assert_eq!(flow::next_question(&a), Some(q("both_legs_at_rest")));
    let mut a = a;
    a.set_json("both_legs_at_rest", &json!("yes")).unwrap();
    assert_eq!(engine::assess(&a).triage.level, TriageLevel::Emergency);
    assert_eq!(flow::next_question(&a), None, "and it stops there");
    // Then any question an answer to which would make it more urgent: after a cancer,
    // tingling in the legs (an emergency at any age).
    let (asked, _) = support::walk(&no_red_flags(json!({
        "age": 12, "child_signs": ["none"], "severity": "moderate", "cancer_history": "yes",
        "cancer_status": "past", "location": ["lower_back_centre"], "tingling": "yes",
    })));
    assert!(asked.get(q("tingling")).is_some(), "tingling is asked");
    assert_eq!(engine::assess(&asked).triage.level, TriageLevel::Emergency);
    // An emergency stops at once, as for everyone.
    let a = no_red_flags(json!({ "age": 12, "child_signs": ["cannot_walk"] }));
    assert_eq!(flow::next_question(&a), None);
}

#[test]
fn not_sure_about_a_red_flag_errs_toward_a_doctor() {
    let a = answers(json!({ "saddle_numbness": "not_sure" }));
    assert_eq!(engine::assess(&a).triage.level, TriageLevel::Urgent);
}

#[test]
fn no_warning_signs_and_a_recent_strain_is_self_care() {
    let a = no_red_flags(
        json!({ "location": ["lower_back_centre"], "onset": "sudden", "duration": "under_1_week", "trigger": "lifting" }),
    );
    assert_eq!(engine::assess(&a).triage.level, TriageLevel::SelfCare);
}

#[test]
fn central_back_pain_is_not_asked_hip_joint_questions() {
    let mut a = no_red_flags(json!({ "location": ["lower_back_centre"] }));
    let mut asked = Vec::new();
    while let Some(next) = flow::next_question(&a) {
        asked.push(next.get().id);
        let first_real = next
            .get()
            .options
            .iter()
            .position(|o| !o.unsure && !o.exclusive)
            .unwrap_or(0);
        let answer = match next.get().kind {
            engine::knowledge::QuestionKind::Multi => Answer::Multi(1 << first_real),
            engine::knowledge::QuestionKind::Number => Answer::Number(40),
            _ => Answer::Choice(first_real),
        };
        a.set(next, answer).unwrap();
    }
    for hip in [
        "clicking_locking",
        "pivoting_pain",
        "socks_shoes",
        "limp",
        "worse_lying_side",
    ] {
        assert!(
            !asked.contains(&hip),
            "asked {hip} for central back pain: {asked:?}"
        );
    }
}

#[test]
fn walking_leg_pain_leads_to_the_stenosis_questions() {
    let a = no_red_flags(json!({
        "age": 72, "location": ["lower_back_centre", "buttock_left", "thigh_back_left", "below_knee_left"],
        "onset": "gradual", "duration": "over_3_months", "trigger": "nothing", "walking_leg_pain": "yes",
    }));
    // Walking leg pain makes the Konno items apply.
    let facts = engine::Facts::new(&a);
    assert!(facts.applies(q("konno_standing")));
    assert!(facts.applies(q("bending_forward_eases")));
}

#[test]
fn changing_an_earlier_answer_drops_answers_that_no_longer_apply() {
    let mut a = no_red_flags(json!({ "location": ["groin_left"], "clicking_locking": "yes" }));
    assert!(engine::Facts::new(&a)
        .answers()
        .get(q("clicking_locking"))
        .is_some());
    a.set_json("location", &json!(["lower_back_centre"]))
        .unwrap();
    assert!(engine::Facts::new(&a)
        .answers()
        .get(q("clicking_locking"))
        .is_none());
    // The answer is kept, so changing back restores it.
    assert!(a.get(q("clicking_locking")).is_some());
}

#[test]
fn unsure_makes_the_other_options_unknown() {
    let a = answers(json!({ "fever": "not_sure" }));
    let facts = engine::Facts::new(&a);
    let fever = q("fever");
    let eval = |option: &str| {
        let r = engine::knowledge::AnswerRef {
            question: fever,
            option: fever.get().option_index(option).unwrap(),
        };
        facts.eval(&engine::knowledge::Expr::Answer(r))
    };
    assert_eq!(eval("yes"), Truth::Unknown);
    assert_eq!(eval("no"), Truth::Unknown);
    assert_eq!(eval("not_sure"), Truth::True);
}

#[test]
fn startback_is_scored_as_published() {
    use Truth::{False as F, True as T};
    // Total 3: low.
    assert_eq!(
        instruments::score(InstrumentId::Startback, &[T, T, T, F, F, F, F, F, F]),
        Score::StartBack {
            total: 3,
            subscale: 0,
            group: RiskGroup::Low,
            unanswered: 0
        }
    );
    // Total 4, subscale 3: medium.
    assert_eq!(
        instruments::score(InstrumentId::Startback, &[T, F, F, F, T, T, T, F, F]),
        Score::StartBack {
            total: 4,
            subscale: 3,
            group: RiskGroup::Medium,
            unanswered: 0
        }
    );
    // Subscale 4: high, whatever the total.
    assert_eq!(
        instruments::score(InstrumentId::Startback, &[F, F, F, F, T, T, T, T, F]),
        Score::StartBack {
            total: 4,
            subscale: 4,
            group: RiskGroup::High,
            unanswered: 0
        }
    );
    // An unanswered item that could change the group leaves it incomplete: total 3
    // with item 9 unknown is low or medium.
    use Truth::Unknown as U;
    assert_eq!(
        instruments::score(InstrumentId::Startback, &[T, T, T, F, F, F, F, F, U]),
        Score::Incomplete { answered: 8, of: 9 }
    );
    // Subscale 4 already: high whatever the last item says.
    assert_eq!(
        instruments::score(InstrumentId::Startback, &[F, F, F, F, T, T, T, T, U]),
        Score::StartBack {
            total: 4,
            subscale: 4,
            group: RiskGroup::High,
            unanswered: 1
        }
    );
    // Six items without a point: the other three cannot reach 4, so low.
    assert_eq!(
        instruments::score(InstrumentId::Startback, &[F, F, F, F, F, F, U, U, U]),
        Score::StartBack {
            total: 0,
            subscale: 0,
            group: RiskGroup::Low,
            unanswered: 3
        }
    );
    // Five without a point, four unknown: still low or high (subscale 4), undecided.
    assert_eq!(
        instruments::score(InstrumentId::Startback, &[F, F, F, F, F, U, U, U, U]),
        Score::Incomplete { answered: 5, of: 9 }
    );
}

#[test]
fn startback_item_9_counts_only_very_much_or_extremely() {
    let mut base = json!({ "location": ["lower_back_centre"] });
    for item in [
        "sbt_1_leg",
        "sbt_2_shoulder_neck",
        "sbt_3_walk",
        "sbt_4_dress",
        "sbt_5_safe",
        "sbt_6_worry",
        "sbt_7_terrible",
        "sbt_8_enjoy",
    ] {
        base[item] = json!("disagree");
    }
    for (answer, point) in [
        ("not_at_all", 0),
        ("slightly", 0),
        ("moderately", 0),
        ("very_much", 1),
        ("extremely", 1),
    ] {
        base["sbt_9_bothersome"] = json!(answer);
        let result = engine::assess(&no_red_flags(base.clone()));
        let sbt = result
            .facts
            .instruments()
            .iter()
            .find(|r| r.instrument.id == InstrumentId::Startback)
            .unwrap();
        assert!(
            matches!(sbt.score, Score::StartBack { total, .. } if total == point),
            "{answer}"
        );
    }
}

#[test]
fn konno_asas_and_nice_follow_their_rules() {
    use Truth::{False as F, True as T, Unknown as U};
    let positive = |s: Score| matches!(s, Score::Criterion { positive: true, .. });
    let negative = |s: Score| {
        matches!(
            s,
            Score::Criterion {
                positive: false,
                ..
            }
        )
    };
    // Konno: all of 1–4, or 2 of 1–4 and 3 of 5–10.
    assert!(positive(instruments::score(
        InstrumentId::Konno,
        &[T, T, T, T, F, F, F, F, F, F]
    )));
    assert!(positive(instruments::score(
        InstrumentId::Konno,
        &[T, T, F, F, T, T, T, F, F, F]
    )));
    assert!(negative(instruments::score(
        InstrumentId::Konno,
        &[T, T, F, F, T, T, F, F, F, F]
    )));
    assert!(negative(instruments::score(
        InstrumentId::Konno,
        &[T, F, F, F, T, T, T, T, T, T]
    )));
    assert!(matches!(
        instruments::score(InstrumentId::Konno, &[T, T, T, U, F, F, F, F, F, F]),
        Score::Incomplete { .. }
    ));
    // ASAS: at least 4 of 5.
    assert!(positive(instruments::score(
        InstrumentId::Asas,
        &[T, T, T, T, F]
    )));
    assert!(negative(instruments::score(
        InstrumentId::Asas,
        &[T, T, T, F, F]
    )));
    // NICE: all three.
    assert!(positive(instruments::score(
        InstrumentId::NiceOa,
        &[T, T, T]
    )));
    assert!(negative(instruments::score(
        InstrumentId::NiceOa,
        &[T, T, F]
    )));
}

#[test]
fn bad_answers_files_name_the_bad_entry() {
    assert!(matches!(
        Answers::from_json("{"),
        Err(AnswerError::NotJson(_))
    ));
    assert_eq!(Answers::from_json("[]"), Err(AnswerError::NotAnObject));
    assert_eq!(
        Answers::from_json(r#"{"feverish": "yes"}"#),
        Err(AnswerError::UnknownQuestion("feverish".into()))
    );
    assert_eq!(
        Answers::from_json(r#"{"fever": "maybe"}"#),
        Err(AnswerError::UnknownOption {
            question: "fever".into(),
            option: "maybe".into()
        })
    );
    assert!(matches!(
        Answers::from_json(r#"{"age": 300}"#),
        Err(AnswerError::OutOfRange { .. })
    ));
    assert!(matches!(
        Answers::from_json(r#"{"age": -3}"#),
        Err(AnswerError::OutOfRange { .. })
    ));
    assert!(matches!(
        Answers::from_json(r#"{"location": "foot_left"}"#),
        Err(AnswerError::WrongType { .. })
    ));
    assert!(matches!(
        Answers::from_json(r#"{"bladder_bowel": ["none", "cannot_pee"]}"#),
        Err(AnswerError::ExclusiveWithOthers { .. })
    ));
    assert!(matches!(
        Answers::from_json(r#"{"location": []}"#),
        Err(AnswerError::Empty { .. })
    ));
    // A question answered twice: refused, not the last answer kept (an ambulance's
    // "yes" followed by "no" was read as "no").
    assert_eq!(
        Answers::from_json(r#"{"tearing_pain": "yes", "fever": "no", "tearing_pain": "no"}"#),
        Err(AnswerError::Repeated("tearing_pain".into()))
    );
    // The first bad entry in the file's order, not the alphabet's.
    assert_eq!(
        Answers::from_json(r#"{"zz_unknown": "yes", "age": "old"}"#),
        Err(AnswerError::UnknownQuestion("zz_unknown".into()))
    );
}

#[test]
fn answers_round_trip_through_json() {
    let a = no_red_flags(json!({ "location": ["groin_left", "outer_hip_left"], "limp": "yes" }));
    let again = Answers::from_json(&a.to_json().compact()).unwrap();
    assert_eq!(a, again);
}

#[test]
fn every_condition_is_complete() {
    for c in CONDITIONS {
        assert!(!c.self_care.is_empty(), "{} has self-care", c.id);
        assert!(
            !c.professional.is_empty(),
            "{} says what a professional may do",
            c.id
        );
        assert!(c.evidence.len() >= 2, "{} has evidence", c.id);
    }
    assert_eq!(CONDITIONS.len(), 23);
}

#[test]
fn docs_answers_md_lists_every_question_and_answer_id() {
    let doc = std::fs::read_to_string("../docs/answers.md").unwrap();
    for q in QUESTIONS {
        let row = doc
            .lines()
            .find(|l| l.starts_with(&format!("| `{}` |", q.id)))
            .unwrap_or_else(|| panic!("docs/answers.md has no row for `{}`", q.id));
        let ids: Vec<&str> = match q.kind {
            engine::knowledge::QuestionKind::Number => q.bands.iter().map(|b| b.id).collect(),
            _ => q.options.iter().map(|o| o.id).collect(),
        };
        for id in ids {
            assert!(
                row.contains(&format!("`{id}`")),
                "docs/answers.md: `{}` lacks `{id}`",
                q.id
            );
        }
    }
}

#[test]
fn fhir_questionnaire_in_the_repo_matches_the_questions() {
    let file: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string("../fhir/Questionnaire.json").unwrap())
            .unwrap();
    let made: serde_json::Value =
        serde_json::from_str(&engine::fhir::questionnaire().pretty()).unwrap();
    assert_eq!(
        file,
        made,
        "fhir/Questionnaire.json is out of date: run `cargo run --bin assess -- fhir-questionnaire > fhir/Questionnaire.json`"
    );
}

#[test]
fn fhir_response_round_trips_the_answers() {
    use engine::fhir;
    let a = no_red_flags(json!({ "location": ["groin_left", "outer_hip_left"], "limp": "yes" }));
    let response: serde_json::Value = serde_json::from_str(
        &fhir::questionnaire_response(&a, false, "2026-01-02T03:04:05Z", Catalog::english())
            .compact(),
    )
    .unwrap();
    assert_eq!(response["resourceType"], "QuestionnaireResponse");
    assert_eq!(response["status"], "in-progress");
    let location = response["item"]
        .as_array()
        .unwrap()
        .iter()
        .find(|i| i["linkId"] == "location")
        .unwrap();
    assert_eq!(location["answer"].as_array().unwrap().len(), 2);
    assert_eq!(fhir::answers_from_response(&response).unwrap(), a);
    // Every linkId is an item of the Questionnaire.
    let questionnaire: serde_json::Value =
        serde_json::from_str(&fhir::questionnaire().compact()).unwrap();
    for item in response["item"].as_array().unwrap() {
        assert!(questionnaire["item"]
            .as_array()
            .unwrap()
            .iter()
            .any(|q| q["linkId"] == item["linkId"]));
    }
}

#[test]
fn no_anti_inflammatory_or_back_sleeping_advice_in_pregnancy() {
    use engine::knowledge::CONDITIONS;
    let base = json!({ "age": 30, "sex": "female", "location": ["lower_back_centre", "si_dimple_left"],
        "onset": "gradual", "duration": "1_to_6_weeks", "trigger": "nothing" });
    let advice_ids = |pregnant: &str| {
        let mut extra = base.clone();
        extra["pregnant"] = json!(pregnant);
        extra["pregnancy_signs"] = json!(["none"]);
        let result = engine::assess(&no_red_flags(extra));
        CONDITIONS
            .iter()
            .flat_map(|c| result.self_care(c))
            .map(|a| a.id)
            .collect::<Vec<_>>()
    };
    let pregnant = advice_ids("yes");
    assert!(pregnant.contains(&"pain_relief_pregnancy"), "{pregnant:?}");
    assert!(!pregnant.contains(&"pain_relief_otc"), "{pregnant:?}");
    // NICE NG201: from 28 weeks, going to sleep on the back is linked with stillbirth.
    assert!(
        pregnant.contains(&"sleep_position_pregnancy"),
        "{pregnant:?}"
    );
    assert!(!pregnant.contains(&"sleep_position"), "{pregnant:?}");
    let not_pregnant = advice_ids("no");
    assert!(not_pregnant.contains(&"pain_relief_otc"));
    assert!(!not_pregnant.contains(&"pain_relief_pregnancy"));
    assert!(not_pregnant.contains(&"sleep_position"));
    assert!(!not_pregnant.contains(&"sleep_position_pregnancy"));
}

#[test]
fn long_standing_weakness_lowers_the_level_and_says_why() {
    let level = |onset: Option<&str>| {
        let mut extra = json!({ "leg_weakness": "both_legs" });
        if let Some(o) = onset {
            extra["weakness_onset"] = json!(o);
        }
        engine::assess(&no_red_flags(extra)).triage
    };
    // Unknown context never lowers the level, and the flow asks it before stopping.
    let unknown = level(None);
    assert_eq!(unknown.level, TriageLevel::Emergency);
    let a = no_red_flags(json!({ "leg_weakness": "both_legs" }));
    assert_eq!(
        engine::flow::next_question(&a).map(|q| q.get().id),
        Some("weakness_onset")
    );
    assert_eq!(level(Some("new")).level, TriageLevel::Emergency);
    assert_eq!(level(Some("changed")).level, TriageLevel::Emergency);
    assert_eq!(level(Some("not_sure")).level, TriageLevel::Emergency);
    let long = level(Some("long_standing"));
    assert_eq!(long.level, TriageLevel::Consultation);
    let reasons: Vec<&str> = long.reasons().map(|r| r.get().id).collect();
    assert!(reasons.contains(&"both_legs_long_standing"), "{reasons:?}");
}

#[test]
fn a_cold_or_flu_lowers_a_fever_with_severe_pain_only_when_the_person_has_one() {
    // Davis 2004: a fever with severe spinal pain is an emergency unless a cold or
    // flu explains the fever. Not knowing whether one does is not that explanation.
    let triage = |context: Option<&str>| {
        let mut extra =
            json!({ "fever": "yes", "severity": "severe", "location": ["lower_back_centre"] });
        if let Some(c) = context {
            extra["fever_context"] = json!(c);
        }
        engine::assess(&no_red_flags(extra)).triage
    };
    for context in [None, Some("no"), Some("not_sure")] {
        let t = triage(context);
        assert_eq!(t.level, TriageLevel::Emergency, "cold or flu {context:?}");
        assert!(t.reasons().any(|r| r.get().id == "fever_focal_pain"));
    }
    let flu = triage(Some("yes"));
    assert_eq!(flu.level, TriageLevel::Urgent);
    let reasons: Vec<&str> = flu.reasons().map(|r| r.get().id).collect();
    assert!(reasons.contains(&"fever_back_pain"), "{reasons:?}");
    assert!(
        flu.reasons().any(|r| engine::texts::Catalog::english()
            .get(r.get().reason)
            .contains("cold or flu")),
        "the reason says what was weighed"
    );
}

/// The STarT Back items asked in the flow for `given` (every other question answered
/// from `given` or with the reassuring answer).
fn startback_items_asked(given: serde_json::Value) -> (Vec<&'static str>, Score) {
    let (asked, _) = support::walk(&no_red_flags(given));
    let items = asked
        .iter()
        .map(|(q, _)| q.get().id)
        .filter(|id| id.starts_with("sbt_"))
        .collect();
    let result = engine::assess(&asked);
    let sbt = result
        .facts
        .instruments()
        .iter()
        .find(|r| r.instrument.id == InstrumentId::Startback)
        .expect("STarT Back applies to back pain")
        .score;
    (items, sbt)
}

#[test]
fn startback_is_asked_only_while_it_could_change_the_level() {
    let back = json!({ "severity": "mild", "location": ["lower_back_centre"], "onset": "gradual",
        "duration": "1_to_6_weeks", "trigger": "overuse" });
    // Self-care so far: items are asked until the group is decided. Six items without
    // a point decide "low" (the other three cannot reach 4).
    let (items, score) = startback_items_asked(back.clone());
    assert_eq!(items.len(), 6, "{items:?}");
    assert!(
        matches!(
            score,
            Score::StartBack {
                group: RiskGroup::Low,
                unanswered: 3,
                ..
            }
        ),
        "{score:?}"
    );
    // Four points (two of them psychosocial) by item 6: medium or high, asked on until
    // item 8 leaves the psychosocial subscale unable to reach 4.
    let mut worried = back.clone();
    for item in ["sbt_3_walk", "sbt_4_dress", "sbt_5_safe", "sbt_6_worry"] {
        worried[item] = json!("agree");
    }
    let (items, score) = startback_items_asked(worried.clone());
    assert_eq!(items.len(), 8, "{items:?}");
    assert!(
        matches!(
            score,
            Score::StartBack {
                group: RiskGroup::Medium,
                unanswered: 1,
                ..
            }
        ),
        "{score:?}"
    );
    // A doctor's check is already advised (a curve of the spine): the group could not
    // change the level, so no item is asked, and the level stays a consultation.
    worried["curved_spine"] = json!("yes");
    let (items, _) = startback_items_asked(worried.clone());
    assert!(items.is_empty(), "{items:?}");
    let (asked, _) = support::walk(&no_red_flags(worried));
    assert_eq!(
        engine::assess(&asked).triage.level,
        TriageLevel::Consultation
    );
}

#[test]
fn asas_reads_the_age_the_pain_began_not_the_age_now() {
    let asas = |extra: serde_json::Value| {
        let mut given = json!({ "age": 55, "location": ["lower_back_centre"], "duration": "over_3_months",
            "onset": "gradual", "activity_pain": "better_with_activity", "night_pain": "no" });
        given
            .as_object_mut()
            .unwrap()
            .extend(extra.as_object().unwrap().clone());
        engine::assess(&no_red_flags(given))
            .facts
            .instruments()
            .iter()
            .find(|r| r.instrument.id == InstrumentId::Asas)
            .expect("ASAS applies to long-lasting back pain")
            .score
    };
    // 55 now, began before 40: four of five, positive.
    assert!(matches!(
        asas(json!({ "pain_began_before_40": "yes" })),
        Score::Criterion {
            positive: true,
            met: 4,
            of: 5
        }
    ));
    // Began at 40 or later: three of five, negative.
    assert!(matches!(
        asas(json!({ "pain_began_before_40": "no" })),
        Score::Criterion {
            positive: false,
            met: 3,
            of: 5
        }
    ));
    // Not asked yet: the rule is undecided, not read from the age now.
    assert!(matches!(asas(json!({})), Score::Incomplete { .. }));
}

#[test]
fn daily_life_questions_come_after_the_result_and_only_when_asked_for() {
    let given = no_red_flags(
        json!({ "severity": "mild", "location": ["lower_back_centre"],
        "onset": "gradual", "duration": "1_to_6_weeks", "trigger": "overuse" }),
    );
    let (mut asked, _) = support::walk(&given);
    // The questionnaire ends without them.
    assert!(flow::next_question(&asked).is_none());
    assert!(asked
        .iter()
        .all(|(q, _)| q.get().section != Section::Lifestyle));
    // "Answer more questions" opens the first; once begun, the others follow, then the
    // result again.
    let mut extras = Vec::new();
    let mut next = flow::extra_question(&asked);
    while let Some(q) = next {
        extras.push(q.get().id);
        asked.set(q, Answer::Choice(0)).unwrap();
        next = flow::next_question(&asked);
    }
    assert_eq!(extras, ["activity_level", "weight", "ergonomics"]);
    assert_eq!(flow::extra_question(&asked), None);
    // Not offered after an emergency stop.
    let emergency = answers(json!({ "saddle_numbness": "yes" }));
    assert_eq!(flow::extra_question(&emergency), None);
}
