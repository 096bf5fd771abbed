//! The knowledge compiler (`compiler/`), which the engine's build script calls: the
//! real knowledge base compiles, and each kind of mistake in it fails with a message
//! naming the item. Each case changes one thing in a copy of the real files.

use knowledge_compiler::{compile, Files};
use std::path::Path;

fn real() -> Files {
    Files::read(Path::new(env!("CARGO_MANIFEST_DIR")).join("..").as_path())
        .expect("the knowledge files")
}

/// The errors after replacing `from` with `to` in `knowledge/<file>`.
fn errors_with(file: &str, from: &str, to: &str) -> Vec<String> {
    let mut files = real();
    let text = files.knowledge.get_mut(file).expect(file);
    assert!(text.contains(from), "{file} has no `{from}` to change");
    *text = text.replacen(from, to, 1);
    match compile(&files) {
        Ok(_) => Vec::new(),
        Err(errors) => errors,
    }
}

fn assert_refused(file: &str, from: &str, to: &str, message: &str) {
    let errors = errors_with(file, from, to);
    assert!(
        errors.iter().any(|e| e.contains(message)),
        "changing `{from}` to `{to}` in {file} should fail with `{message}`, got {errors:?}"
    );
}

#[test]
fn the_knowledge_base_compiles() {
    let code = compile(&real()).unwrap_or_else(|e| panic!("{}", e.join("\n")));
    assert!(code.contains("pub static QUESTIONS"));
    assert!(code.contains("pub enum InstrumentId"));
}

#[test]
fn a_dangling_id_in_an_expression_is_refused() {
    assert_refused(
        "triage.toml",
        "saddle_numbness.yes",
        "saddle_numbnes.yes",
        "unknown question or instrument result `saddle_numbnes.yes`",
    );
    assert_refused(
        "findings.toml",
        "when = \"",
        "when = \"@no_such_finding | ",
        "unknown finding `@no_such_finding`",
    );
}

#[test]
fn a_citation_of_a_missing_source_is_refused() {
    assert_refused(
        "triage.toml",
        "source = \"nice-ng59\"",
        "source = \"nice-ng999\"",
        "unknown source `nice-ng999`",
    );
}

#[test]
fn an_instrument_with_the_wrong_number_of_items_is_refused() {
    assert_refused(
        "instruments.toml",
        "published_items = 9",
        "published_items = 8",
        "has 9 items, the published instrument has 8",
    );
}

#[test]
fn an_instrument_asked_only_while_it_matters_reads_one_question_per_item() {
    assert_refused(
        "instruments.toml",
        "when = \"sbt_1_leg.agree\"",
        "when = \"sbt_1_leg.agree | @leg_pain\"",
        "item 1: an instrument asked only while it matters needs items that read one question",
    );
}

#[test]
fn a_triage_rule_may_not_read_a_question_asked_only_after_the_result() {
    assert_refused(
        "triage.toml",
        "when = \"curved_spine.yes\"",
        "when = \"curved_spine.yes & activity_level.very_active\"",
        "triage rule `curved_spine`: reads `activity_level.very_active`, a question asked only after the result",
    );
}

#[test]
fn questions_come_in_the_order_of_their_sections() {
    // The last question (a lifestyle one) moved to the top of the file.
    let mut files = real();
    let questions = files.knowledge.get_mut("questions.toml").unwrap();
    let last = questions.rfind("[[question]]").unwrap();
    let moved = questions[last..].to_string();
    questions.truncate(last);
    let first = questions.find("[[question]]").unwrap();
    questions.insert_str(first, &format!("{moved}\n"));
    let errors = compile(&files).err().unwrap_or_default();
    assert!(
        errors
            .iter()
            .any(|e| e.contains("section `red_flags` comes before `lifestyle` in `sections`")),
        "{errors:?}"
    );
}

#[test]
fn an_instrument_result_must_be_declared() {
    assert_refused(
        "instruments.toml",
        "results = [\"low\", \"medium\", \"high\"]",
        "results = [\"low\", \"high\"]",
        "unknown question or instrument result `startback.medium`",
    );
}

#[test]
fn unless_may_name_only_context_questions() {
    let errors = errors_with(
        "triage.toml",
        "unless = \"",
        "unless = \"saddle_numbness.no | ",
    );
    assert!(
        errors
            .iter()
            .any(|e| e
                .contains("`unless` may name only context questions, not `saddle_numbness.no`")),
        "{errors:?}"
    );
}

#[test]
fn only_emergencies_stop_the_questionnaire() {
    let errors = errors_with(
        "triage.toml",
        "level = \"urgent\"",
        "level = \"urgent\"\nstop = true",
    );
    assert!(
        errors
            .iter()
            .any(|e| e.contains("only emergencies and out-of-scope rules may stop")),
        "{errors:?}"
    );
}

#[test]
fn malformed_expressions_and_duplicate_ids_are_refused() {
    assert_refused(
        "triage.toml",
        "saddle_numbness.yes",
        "saddle_numbness.yes &",
        "expected a reference",
    );
    assert_refused(
        "questions.toml",
        "id = \"saddle_numbness\"",
        "id = \"fever\"",
        "question id `fever` is used twice",
    );
}

#[test]
fn an_empty_text_is_refused() {
    assert_refused(
        "conditions.toml",
        "name = \"Muscle or ligament strain (sprain)\"",
        "name = \" \"",
        "text `condition.muscle_strain.name` is empty",
    );
}

#[test]
fn a_text_may_not_hold_the_character_that_ends_each_text() {
    assert_refused(
        "conditions.toml",
        "name = \"Muscle or ligament strain (sprain)\"",
        "name = \"Muscle \\u001F strain\"",
        "text `condition.muscle_strain.name` holds the character U+001F",
    );
}

#[test]
fn findings_may_not_refer_to_each_other_in_a_loop() {
    let mut files = real();
    let findings = files.knowledge.get_mut("findings.toml").unwrap();
    findings.push_str("\n[[finding]]\nid = \"loop_a\"\nlabel = \"a\"\nwhen = \"@loop_b\"\n\n[[finding]]\nid = \"loop_b\"\nlabel = \"b\"\nwhen = \"@loop_a\"\n");
    let errors = compile(&files).unwrap_err();
    assert!(
        errors
            .iter()
            .any(|e| e.contains("findings refer to each other in a loop")),
        "{errors:?}"
    );
}

#[test]
fn a_number_question_s_bands_must_follow_on() {
    let errors = errors_with("questions.toml", "max = 15 }", "max = 14 }");
    assert!(
        errors
            .iter()
            .any(|e| e.contains("does not follow on from the band before")),
        "{errors:?}"
    );
}

#[test]
fn every_language_file_names_its_language() {
    let mut files = real();
    let es = files.languages.get_mut("es").unwrap();
    *es = es
        .lines()
        .filter(|l| !l.starts_with("\"language.name\""))
        .collect::<Vec<_>>()
        .join("\n");
    let errors = compile(&files).unwrap_err();
    assert!(
        errors
            .iter()
            .any(|e| e.contains("i18n/es.toml has no \"language.name\"")),
        "{errors:?}"
    );
}

#[test]
fn an_extreme_likelihood_ratio_needs_a_study() {
    assert_refused(
        "conditions.toml",
        "lr_present = 20.0",
        "lr_present = 25.0",
        "a likelihood ratio above 20 or below 0.05 needs a study that shows it",
    );
}

#[test]
fn a_figure_cites_a_study_with_its_place_or_is_an_estimate_with_its_reason() {
    assert_refused(
        "conditions.toml",
        "\nlocator = \"",
        "\n# locator = \"",
        "says where in",
    );
    assert_refused(
        "conditions.toml",
        "\nrationale = \"",
        "\n# rationale = \"",
        "an estimate needs a one-line `rationale`",
    );
    assert_refused(
        "conditions.toml",
        "prior_source = \"estimate\"",
        "prior_source = \"seed-001\"",
        "a figure cites a study or is an estimate, not a seed",
    );
}

#[test]
fn a_study_gives_its_full_reference() {
    assert_refused(
        "sources.toml",
        "pages = \"632-641\"\n",
        "",
        "source `startback`: a study needs `pages`",
    );
    assert_refused(
        "sources.toml",
        "kind = \"seed\"",
        "kind = \"blog\"",
        "unknown kind `blog`",
    );
}

#[test]
fn evidence_that_reads_the_same_answer_twice_is_refused_unless_declared() {
    // Cancer history counted again beside its own row.
    let errors = errors_with(
        "conditions.toml",
        "[[condition.evidence]]\nwhen = \"weight_loss.yes\"",
        "[[condition.evidence]]\nwhen = \"cancer_history.yes | weight_loss.yes\"",
    );
    assert!(
        errors
            .iter()
            .any(|e| e.contains("both read [\"cancer_history.yes\"")),
        "{errors:?}"
    );
    // Through an instrument: an ASAS item beside the ASAS result.
    let errors = errors_with(
        "conditions.toml",
        "[[condition.evidence]]\nwhen = \"sex.male\"",
        "[[condition.evidence]]\nwhen = \"night_pain.eases_on_getting_up\"",
    );
    assert!(
        errors
            .iter()
            .any(|e| e.contains("`asas.positive`") && e.contains("night_pain.eases_on_getting_up")),
        "{errors:?}"
    );
}

#[test]
fn a_warning_sign_suspects_only_a_known_condition() {
    assert_refused(
        "triage.toml",
        "suspects = \"cancer\"",
        "suspects = \"cancr\"",
        "suspects unknown condition `cancr`",
    );
}

#[test]
fn the_engine_keys_every_knowledge_text_as_the_compiler_does() {
    let knowledge = real().knowledge().unwrap();
    let compiled: std::collections::BTreeMap<String, String> =
        knowledge_compiler::texts::knowledge_texts(&knowledge)
            .into_iter()
            .collect();
    let engine: std::collections::BTreeMap<String, String> = engine::texts::knowledge_keys()
        .map(|(key, text)| (key, engine::texts::Catalog::english().get(text).to_string()))
        .collect();
    assert_eq!(engine.len(), compiled.len(), "as many knowledge texts");
    assert_eq!(engine, compiled);
}

#[test]
fn a_translation_compiles_into_the_order_the_app_reads() {
    use engine::texts::{ui, Catalog};
    let mut files = real();
    files.languages.insert(
        "es".into(),
        "\"language.name\" = \"Español\"\n\"welcome.start\" = \"Empezar\"\n\"no.such.key\" = \"?\"\n"
            .into(),
    );
    let compiled = knowledge_compiler::compile_languages(&files).unwrap();
    assert_eq!(compiled.len(), 1, "English is built in, not compiled");
    let (code, file) = &compiled[0];
    assert_eq!(code, "es");
    let es = Catalog::parse("es", file).unwrap();
    assert_eq!(es.get(ui::welcome::START), "Empezar");
    // A text the translation lacks is the English one; a key nothing has is left out.
    assert_eq!(es.get(ui::review::CHANGE), "Change");

    files
        .languages
        .insert("es".into(), "\"welcome.start\" = \"a\\u001Fb\"\n".into());
    let errors = knowledge_compiler::compile_languages(&files).unwrap_err();
    assert!(errors.iter().any(|e| e.contains("U+001F")), "{errors:?}");
}

#[test]
fn a_change_to_the_texts_keys_changes_the_fingerprint() {
    let fingerprint = |files: &Files| {
        let code = compile(files).unwrap_or_else(|e| panic!("{}", e.join("\n")));
        let at = code.find("TEXTS_FINGERPRINT: &str = \"").unwrap() + 27;
        code[at..at + 16].to_string()
    };
    let mut files = real();
    let before = fingerprint(&files);
    assert_eq!(before, engine::knowledge::TEXTS_FINGERPRINT);
    let en = files.languages.get_mut("en").unwrap();
    *en = format!("{en}\n\"welcome.zzz_extra\" = \"Extra\"\n");
    assert_ne!(fingerprint(&files), before);
}
