//! The assessment as JSON: the output of the `assess` command and the core of the
//! answers-and-result export. Ids are the public ones from the knowledge files.

use super::instruments::Score;
use super::knowledge::{QuestionKind, Section};
use super::Assessment;
use serde_json::{json, Value};

/// The assessment as a JSON value. `all_conditions` lists every condition, not just
/// those worth showing.
pub fn to_json(a: &Assessment) -> Value {
    let triage = &a.triage;
    let level = triage.level.text();
    json!({
        "triage": {
            "level": triage.level.id(),
            "title": level.title,
            "action": level.action,
            "safety_net": level.safety_net,
            "stopped_by": triage.stop.map(|r| r.get().id),
            "out_of_scope": triage.out_of_scope,
            "reasons": triage.fired.iter().map(|r| {
                let rule = r.get();
                json!({
                    "rule": rule.id,
                    "level": rule.level.id(),
                    "reason": rule.reason,
                    "source": rule.source.get().id,
                })
            }).collect::<Vec<_>>(),
        },
        "conditions": a.conditions.iter().map(|s| {
            let c = s.condition.get();
            json!({
                "id": c.id,
                "name": c.name,
                "probability": (s.probability * 1000.0).round() / 1000.0,
                "band": s.band.id(),
                "for": s.supporting().map(reason).collect::<Vec<_>>(),
                "against": s.against().map(reason).collect::<Vec<_>>(),
            })
        }).collect::<Vec<_>>(),
        "instruments": a.facts.instruments().iter().map(|r| {
            let mut v = json!({
                "id": r.instrument.id,
                "name": r.instrument.name,
                "attribution": r.instrument.attribution,
            });
            let fields = match r.score {
                Score::StartBack { total, subscale, group } => json!({
                    "complete": true, "total": total, "subscale": subscale, "risk_group": group.id(),
                }),
                Score::Criterion { positive, met, of } => json!({
                    "complete": true, "positive": positive, "met": met, "of": of,
                }),
                Score::Incomplete { answered, of } => json!({
                    "complete": false, "answered": answered, "of": of,
                }),
            };
            v.as_object_mut().unwrap().extend(fields.as_object().unwrap().clone());
            v
        }).collect::<Vec<_>>(),
        "risk_factors": a.risk_factors.iter().map(|r| json!({
            "id": r.id, "name": r.name, "advice": r.advice,
        })).collect::<Vec<_>>(),
        "answered": a.facts.answers().len(),
        "complete": a.is_complete(),
        "next_question": a.next_question.map(|q| q.get().id),
    })
}

fn reason(r: &super::scoring::Reason) -> Value {
    json!({
        "text": r.text(),
        "likelihood_ratio": r.factor,
        "source": r.evidence.source.get().id,
    })
}

/// Every question and its answer ids: the `questions` listing.
pub fn questions_json() -> Value {
    Value::Array(
        super::knowledge::QUESTIONS
            .iter()
            .map(|q| {
                let mut v = json!({
                    "id": q.id,
                    "section": section_id(q.section),
                    "text": q.text,
                });
                let o = v.as_object_mut().unwrap();
                match q.kind {
                    QuestionKind::Number => {
                        o.insert("kind".into(), "number".into());
                        o.insert("min".into(), q.min.into());
                        o.insert("max".into(), q.max.into());
                        o.insert(
                            "bands".into(),
                            q.bands
                                .iter()
                                .map(|b| json!({"id": b.id, "min": b.min, "max": b.max}))
                                .collect(),
                        );
                    }
                    kind => {
                        o.insert(
                            "kind".into(),
                            if kind == QuestionKind::Multi {
                                "multi"
                            } else {
                                "single"
                            }
                            .into(),
                        );
                        o.insert(
                            "answers".into(),
                            q.options
                                .iter()
                                .map(|c| json!({"id": c.id, "text": c.text}))
                                .collect(),
                        );
                    }
                }
                v
            })
            .collect(),
    )
}

pub fn section_id(s: Section) -> &'static str {
    match s {
        Section::RedFlags => "red_flags",
        Section::AboutYou => "about_you",
        Section::Location => "location",
        Section::History => "history",
        Section::Pain => "pain",
        Section::Konno => "konno",
        Section::Startback => "startback",
        Section::Lifestyle => "lifestyle",
    }
}
