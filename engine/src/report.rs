//! The assessment as JSON: the output of the `assess` command and the core of the
//! answers-and-result export. Ids are the public ones from the knowledge files.

use super::assessment::Assessment;
use super::instruments::Score;
use super::json::Json;
use super::knowledge::{QuestionKind, Section};
use super::texts::Catalog;

/// The assessment as JSON, its texts in the language of `w`.
pub fn to_json(a: &Assessment, w: &Catalog) -> Json {
    let triage = &a.triage;
    let level = triage.level.text();
    Json::obj([
        (
            "triage",
            Json::obj([
                ("level", triage.level.id().into()),
                ("title", w.get(level.title).into()),
                ("action", w.get(triage.action()).into()),
                ("safety_net", w.get(triage.safety_net()).into()),
                ("stopped_by", triage.stop.map(|r| r.get().id).into()),
                ("out_of_scope", triage.out_of_scope.into()),
                (
                    "reasons",
                    triage
                        .fired
                        .iter()
                        .map(|r| {
                            let rule = r.get();
                            Json::obj([
                                ("rule", rule.id.into()),
                                ("level", rule.level.id().into()),
                                ("reason", w.get(rule.reason).into()),
                                ("source", rule.source.get().id.into()),
                            ])
                        })
                        .collect(),
                ),
            ]),
        ),
        (
            "conditions",
            a.conditions
                .iter()
                .map(|s| {
                    let c = s.condition.get();
                    Json::obj([
                        ("id", c.id.into()),
                        ("name", w.get(c.name).into()),
                        ("probability", Json::fixed(s.probability, 3)),
                        ("band", s.band.id().into()),
                        ("for", s.supporting().map(|r| reason(w, r)).collect()),
                        ("against", s.against().map(|r| reason(w, r)).collect()),
                    ])
                })
                .collect(),
        ),
        (
            "instruments",
            a.facts
                .instruments()
                .iter()
                .map(|r| instrument(w, r))
                .collect(),
        ),
        (
            "risk_factors",
            a.risk_factors
                .iter()
                .map(|r| {
                    Json::obj([
                        ("id", r.id.into()),
                        ("name", w.get(r.name).into()),
                        ("advice", w.get(r.advice).into()),
                    ])
                })
                .collect(),
        ),
        ("answered", a.facts.answers().len().into()),
        ("not_used", a.not_used.iter().map(|q| q.get().id).collect()),
        ("complete", a.is_complete().into()),
        ("warning_signs_asked", a.warning_signs_asked().into()),
        ("next_question", a.next_question.map(|q| q.get().id).into()),
    ])
}

fn instrument(w: &Catalog, r: &super::instruments::InstrumentResult) -> Json {
    let mut v = Json::obj([
        ("id", r.instrument.key.into()),
        ("name", w.get(r.instrument.name).into()),
        ("attribution", w.get(r.instrument.attribution).into()),
    ]);
    let fields: Vec<(&str, Json)> = match r.score {
        Score::StartBack {
            total,
            subscale,
            group,
            unanswered,
        } => vec![
            ("complete", true.into()),
            ("unanswered", unanswered.into()),
            ("total", total.into()),
            ("subscale", subscale.into()),
            ("risk_group", group.id().into()),
        ],
        Score::Criterion { positive, met, of } => vec![
            ("complete", true.into()),
            ("positive", positive.into()),
            ("met", met.into()),
            ("of", of.into()),
        ],
        Score::Incomplete { answered, of } => vec![
            ("complete", false.into()),
            ("answered", answered.into()),
            ("of", of.into()),
        ],
    };
    for (key, value) in fields {
        v.set(key, value);
    }
    v
}

fn reason(w: &Catalog, r: &super::scoring::Reason) -> Json {
    Json::obj([
        ("text", w.get(r.text()).into()),
        ("likelihood_ratio", Json::fixed(r.factor, 2)),
        ("source", r.evidence.source.get().id.into()),
    ])
}

/// Every question and its answer ids: the `questions` listing.
pub fn questions_json() -> Json {
    super::knowledge::QUESTIONS
        .iter()
        .map(|q| {
            let mut v = Json::obj([
                ("id", q.id.into()),
                ("section", section_id(q.section).into()),
                ("text", Catalog::english().get(q.text).into()),
            ]);
            match q.kind {
                QuestionKind::Number => {
                    v.set("kind", "number".into());
                    v.set("min", q.min.into());
                    v.set("max", q.max.into());
                    v.set(
                        "bands",
                        q.bands
                            .iter()
                            .map(|b| {
                                Json::obj([
                                    ("id", b.id.into()),
                                    ("min", b.min.into()),
                                    ("max", b.max.into()),
                                ])
                            })
                            .collect(),
                    );
                }
                kind => {
                    let kind = if kind == QuestionKind::Multi {
                        "multi"
                    } else {
                        "single"
                    };
                    v.set("kind", kind.into());
                    v.set(
                        "answers",
                        q.options
                            .iter()
                            .map(|c| {
                                Json::obj([
                                    ("id", c.id.into()),
                                    ("text", Catalog::english().get(c.text).into()),
                                ])
                            })
                            .collect(),
                    );
                }
            }
            v
        })
        .collect()
}

pub fn section_id(s: Section) -> &'static str {
    super::knowledge::SECTION_IDS[s as usize]
}
