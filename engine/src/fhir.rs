//! HL7 FHIR R4 forms of the questionnaire and of a person's answers: a `Questionnaire`
//! resource (kept in `fhir/Questionnaire.json`) and a `QuestionnaireResponse` made on the
//! device for export. Question ids are the `linkId`s; answer ids are codes.

use super::answers::{Answer, Answers};
use super::json::Json;
use super::knowledge::{QuestionId, QuestionKind, QUESTIONS};
use super::texts::Catalog;
use serde_json::Value;

/// The canonical identifier of the questionnaire.
pub const QUESTIONNAIRE_URL: &str = "urn:backhip:questionnaire";
/// The code system of answer ids.
pub const ANSWER_SYSTEM: &str = "urn:backhip:answer";
/// The questionnaire version: the package version, so a response names the questions
/// it answered.
pub const VERSION: &str = env!("CARGO_PKG_VERSION");

/// The `Questionnaire` resource for every question.
pub fn questionnaire() -> Json {
    let items: Json = QUESTIONS
        .iter()
        .map(|q| {
            let mut item = Json::obj([
                ("linkId", q.id.into()),
                ("text", Catalog::english().get(q.text).into()),
            ]);
            match q.kind {
                QuestionKind::Number => {
                    item.set("type", "integer".into());
                    let limit = |name: &str, value: u16| {
                        Json::obj([
                            (
                                "url",
                                format!("http://hl7.org/fhir/StructureDefinition/{name}").into(),
                            ),
                            ("valueInteger", value.into()),
                        ])
                    };
                    item.set(
                        "extension",
                        Json::Arr(vec![limit("minValue", q.min), limit("maxValue", q.max)]),
                    );
                }
                kind => {
                    item.set("type", "choice".into());
                    item.set("repeats", (kind == QuestionKind::Multi).into());
                    item.set(
                        "answerOption",
                        q.options
                            .iter()
                            .map(|c| {
                                Json::obj([(
                                    "valueCoding",
                                    coding(c.id, Catalog::english().get(c.text)),
                                )])
                            })
                            .collect(),
                    );
                }
            }
            item
        })
        .collect();
    Json::obj([
        ("resourceType", "Questionnaire".into()),
        ("url", QUESTIONNAIRE_URL.into()),
        ("version", VERSION.into()),
        ("name", "BackAndHipPainChecker".into()),
        ("title", "Back & Hip Pain Checker".into()),
        ("status", "active".into()),
        ("subjectType", Json::Arr(vec!["Patient".into()])),
        ("description", "Questions about lower back and hip pain: warning signs, where it hurts, how it started, what it is like, the Keele STarT Back Screening Tool (© Keele University 2007) and the Konno questionnaire items.".into()),
        ("item", items),
    ])
}

fn coding(code: &str, display: &str) -> Json {
    Json::obj([
        ("system", ANSWER_SYSTEM.into()),
        ("code", code.into()),
        ("display", display.into()),
    ])
}

/// The person's answers as a `QuestionnaireResponse`, authored at `authored` (an ISO
/// 8601 date-time), its texts in the language of `w`.
pub fn questionnaire_response(
    answers: &Answers,
    complete: bool,
    authored: &str,
    w: &Catalog,
) -> Json {
    let items: Json = answers
        .iter()
        .map(|(q, answer)| {
            let question = q.get();
            let values: Json = match answer {
                Answer::Number(n) => Json::Arr(vec![Json::obj([("valueInteger", n.into())])]),
                Answer::Choice(c) => {
                    let o = &question.options[c];
                    Json::Arr(vec![Json::obj([(
                        "valueCoding",
                        coding(o.id, w.get(o.text)),
                    )])])
                }
                Answer::Multi(mask) => question
                    .options
                    .iter()
                    .enumerate()
                    .filter(|(i, _)| mask & (1 << i) != 0)
                    .map(|(_, o)| Json::obj([("valueCoding", coding(o.id, w.get(o.text)))]))
                    .collect(),
            };
            Json::obj([
                ("linkId", question.id.into()),
                ("text", w.get(question.text).into()),
                ("answer", values),
            ])
        })
        .collect();
    Json::obj([
        ("resourceType", "QuestionnaireResponse".into()),
        ("language", w.code().into()),
        (
            "questionnaire",
            format!("{QUESTIONNAIRE_URL}|{VERSION}").into(),
        ),
        (
            "status",
            if complete { "completed" } else { "in-progress" }.into(),
        ),
        ("authored", authored.into()),
        ("item", items),
    ])
}

/// Reads the answers back from a `QuestionnaireResponse`; the first bad item is the error.
pub fn answers_from_response(response: &Value) -> Result<Answers, String> {
    if response["resourceType"] != "QuestionnaireResponse" {
        return Err("not a QuestionnaireResponse".into());
    }
    let mut answers = Answers::new();
    for item in response["item"].as_array().ok_or("no items")? {
        let link = item["linkId"].as_str().ok_or("an item has no linkId")?;
        let q = QuestionId::by_id(link).ok_or_else(|| format!("unknown linkId `{link}`"))?;
        let values = item["answer"]
            .as_array()
            .ok_or_else(|| format!("`{link}` has no answer"))?;
        let value = match q.get().kind {
            QuestionKind::Number => values[0]["valueInteger"].clone(),
            QuestionKind::Single => values[0]["valueCoding"]["code"].clone(),
            QuestionKind::Multi => values
                .iter()
                .map(|v| v["valueCoding"]["code"].clone())
                .collect(),
        };
        answers.set_json(link, &value).map_err(|e| e.to_string())?;
    }
    Ok(answers)
}
