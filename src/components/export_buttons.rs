//! Keep a copy: print the summary, or download the answers and result as JSON or as a
//! FHIR QuestionnaireResponse. Files are made on the device and never uploaded.

use crate::components::triage_banner::with_number;
use crate::engine::json::Json;
use crate::engine::{self, fhir, report, Answers};
use crate::i18n::{self, language, t, ui};
use crate::services::{export, release};
use yew::prelude::*;

/// The answers-and-result file, its texts in the current language with the emergency
/// number the person sees.
pub fn answers_file(answers: &Answers, made: &str, number: &str) -> String {
    let assessment = engine::assess(answers);
    let file = Json::obj([
        ("format", "backhip-answers".into()),
        ("version", 1u8.into()),
        ("made", made.into()),
        (
            "app",
            Json::obj([
                ("version", release::VERSION.into()),
                (
                    "built",
                    release::build_date().map_or(Json::Null, Json::from),
                ),
            ]),
        ),
        ("language", language().into()),
        ("emergency_number", number.into()),
        ("answers", answers.to_json()),
        ("result", report::to_json(&assessment, i18n::current())),
    ])
    .pretty();
    with_number(&file, number)
}

/// The download buttons for `answers`; `number` is the emergency number shown.
pub fn export_buttons(answers: &Answers, number: &'static str) -> Html {
    let json = {
        let answers = answers.clone();
        Callback::from(move |_: MouseEvent| {
            let made = export::now_iso();
            export::download(
                "back-hip-answers.json",
                "application/json",
                &answers_file(&answers, &made, number),
            );
        })
    };
    let fhir = {
        let answers = answers.clone();
        Callback::from(move |_: MouseEvent| {
            let complete = engine::flow::next_question(&answers).is_none();
            let response = fhir::questionnaire_response(
                &answers,
                complete,
                &export::now_iso(),
                i18n::current(),
            );
            export::download(
                "back-hip-questionnaire-response.fhir.json",
                "application/fhir+json",
                &response.pretty(),
            );
        })
    };
    html! {
        <div class="export">
            <h2>{ t(ui::export::TITLE) }</h2>
            <p class="hint">{ t(ui::export::HINT) }</p>
            <div class="actions">
                <button class="button secondary" onclick={json}>{ t(ui::export::JSON) }</button>
                <button class="button secondary" onclick={fhir}>{ t(ui::export::FHIR) }</button>
            </div>
        </div>
    }
}
