//! `assess`: reads an answers file and prints the assessment as JSON.
//!
//! ```text
//! assess ANSWERS.json      the assessment of the answers in the file (- for stdin)
//! assess questions         every question and its answer ids
//! assess fhir-questionnaire the FHIR R4 Questionnaire resource (fhir/Questionnaire.json)
//! assess translation-template every text to translate, as a new i18n/<language>.toml
//! ```

use engine::texts::{self, Catalog};
use engine::{report, Answers};
use std::io::{Read, Write};
use std::process::ExitCode;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match args.as_slice() {
        [cmd] if cmd == "questions" => print(&report::questions_json()),
        [cmd] if cmd == "fhir-questionnaire" => print(&engine::fhir::questionnaire()),
        [cmd] if cmd == "translation-template" => translation_template(),
        [path] if path != "-h" && path != "--help" => match read(path) {
            Ok(text) => match Answers::from_json(&text) {
                Ok(answers) => print(&report::to_json(
                    &engine::assess(&answers),
                    Catalog::english(),
                )),
                Err(e) => {
                    eprintln!("assess: {path}: {e}");
                    ExitCode::from(1)
                }
            },
            Err(e) => {
                eprintln!("assess: cannot read {path}: {e}");
                ExitCode::from(1)
            }
        },
        _ => {
            eprintln!("usage: assess ANSWERS.json | assess - | assess questions | assess fhir-questionnaire | assess translation-template");
            ExitCode::from(2)
        }
    }
}

fn read(path: &str) -> std::io::Result<String> {
    if path == "-" {
        let mut text = String::new();
        std::io::stdin().read_to_string(&mut text)?;
        Ok(text)
    } else {
        std::fs::read_to_string(path)
    }
}

/// Prints pretty JSON; a closed pipe (`assess questions | head`) is not an error.
fn print(value: &engine::json::Json) -> ExitCode {
    let mut out = std::io::stdout().lock();
    match writeln!(out, "{}", value.pretty()) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("assess: cannot write the result: {e}");
            ExitCode::from(1)
        }
    }
}

/// Prints every text to translate, in English, in the translation-file format: the
/// interface (from i18n/en.toml) and the knowledge base, sorted by key.
fn translation_template() -> ExitCode {
    let quote = |s: &str| engine::json::Json::from(s).compact();
    let mut out = String::from(
        "# Translation of Back & Hip Pain Checker. Translate every text; keep the keys.\n\n",
    );
    for (key, text) in texts::english_entries() {
        out.push_str(&format!("{} = {}\n", quote(&key), quote(text)));
    }
    let mut stdout = std::io::stdout().lock();
    match stdout.write_all(out.as_bytes()) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("assess: {e}");
            ExitCode::from(1)
        }
    }
}
