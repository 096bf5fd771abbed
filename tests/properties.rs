//! Property tests: any valid answers give a result without panicking, probabilities
//! stay in [0, 1], the flow's quick scores equal the full ones, a red-flag answer never
//! lowers the triage level, and the flow always ends.
#![cfg(not(target_arch = "wasm32"))]

use backhip::engine::knowledge::{QuestionKind, Section, QUESTIONS};
use backhip::engine::{self, flow, Answer, Answers, QuestionId};
use proptest::prelude::*;

/// A valid answer to question `i`, from a random seed.
fn answer_for(i: usize, seed: u64) -> Answer {
    let q = &QUESTIONS[i];
    let n = q.options.len().max(1) as u64;
    match q.kind {
        QuestionKind::Single => Answer::Choice((seed % n) as usize),
        QuestionKind::Number => {
            Answer::Number(q.min + (seed % u64::from(q.max - q.min + 1)) as u16)
        }
        QuestionKind::Multi => {
            let exclusive = q.options.iter().position(|o| o.exclusive);
            match exclusive {
                Some(e) if seed % 4 == 0 => Answer::Multi(1 << e),
                _ => {
                    let ordinary: u64 = q
                        .options
                        .iter()
                        .enumerate()
                        .filter(|(_, o)| !o.exclusive)
                        .fold(0, |m, (j, _)| m | 1 << j);
                    let mask = (seed >> 2) & ordinary;
                    Answer::Multi(if mask == 0 {
                        ordinary & ordinary.wrapping_neg()
                    } else {
                        mask
                    })
                }
            }
        }
    }
}

/// Random answers: each question answered or not, with a valid answer.
fn any_answers() -> impl Strategy<Value = Answers> {
    prop::collection::vec(prop::option::of(any::<u64>()), QUESTIONS.len()).prop_map(|seeds| {
        let mut a = Answers::new();
        for (i, seed) in seeds.into_iter().enumerate() {
            if let Some(seed) = seed {
                a.set(QuestionId(i), answer_for(i, seed))
                    .expect("valid by construction");
            }
        }
        a
    })
}

/// Whether an answer to a red-flag question says "no" (or nothing is given).
fn is_negative(q: QuestionId, a: Option<Answer>) -> bool {
    let question = q.get();
    match a {
        None => true,
        Some(Answer::Choice(c)) => question.options[c].id == "no",
        Some(Answer::Multi(mask)) => question
            .options
            .iter()
            .enumerate()
            .all(|(i, o)| mask & (1 << i) == 0 || o.id == "none"),
        Some(Answer::Number(_)) => false,
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn any_answers_give_a_result(a in any_answers()) {
        let result = engine::assess(&a);
        for s in &result.conditions {
            prop_assert!((0.0..=1.0).contains(&s.probability), "{} {}", s.condition.get().id, s.probability);
        }
        prop_assert_eq!(result.conditions.len(), backhip::engine::knowledge::CONDITIONS.len());
        let _ = engine::report::to_json(&result, &engine::wording::English);
    }

    #[test]
    fn the_flow_s_quick_scores_agree_with_the_full_ones(a in any_answers()) {
        // The flow scores its what-ifs without reasons or rule lists: the figures must
        // be the same as the full ranking's and triage's.
        use backhip::engine::{scoring, triage, Facts};
        let facts = Facts::new(&a);
        for s in scoring::rank(&facts) {
            prop_assert_eq!(scoring::probability(&facts, s.condition), s.probability);
        }
        prop_assert_eq!(triage::level(&facts), triage::triage(&facts).level);
    }

    #[test]
    fn a_red_flag_answer_never_lowers_triage(a in any_answers(), pick in any::<usize>(), seed in any::<u64>()) {
        let red: Vec<QuestionId> = (0..QUESTIONS.len())
            .map(QuestionId)
            .filter(|q| q.get().section == Section::RedFlags)
            .collect();
        let q = red[pick % red.len()];
        prop_assume!(is_negative(q, a.get(q)));
        let flagged = answer_for(q.0, seed);
        prop_assume!(!is_negative(q, Some(flagged)));
        let before = engine::assess(&a).triage.level;
        let mut b = a.clone();
        b.set(q, flagged).unwrap();
        let after = engine::assess(&b).triage.level;
        // Lower in the enum is more urgent.
        prop_assert!(after <= before, "{} = {:?}: {} became {}", q.get().id, flagged, before, after);
    }

    #[test]
    fn the_flow_always_ends(seeds in prop::collection::vec(any::<u64>(), QUESTIONS.len())) {
        let mut a = Answers::new();
        let mut steps = 0;
        while let Some(q) = flow::next_question(&a) {
            prop_assert!(a.get(q).is_none(), "asked {} twice", q.get().id);
            a.set(q, answer_for(q.0, seeds[q.0])).unwrap();
            steps += 1;
            prop_assert!(steps <= QUESTIONS.len());
        }
    }
}
