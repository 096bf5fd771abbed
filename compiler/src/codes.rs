//! The generated code that is not a clinical table of its own: the instruments with
//! their enums, question and answer ids as constants, and the English text catalog.

use crate::check;
use crate::emit::{camel, choices, Emitter};
use crate::texts::{fingerprint, joined, key, ui_constant, SEPARATOR as TEXT_SEPARATOR};
use std::collections::BTreeMap;
use std::fmt::Write as _;

impl Emitter<'_> {
    pub fn instruments(&mut self) {
        let k = self.k;
        let list = &k.instruments.instrument;
        let variants: Vec<String> = list.iter().map(|i| camel(&i.id)).collect();
        let outcomes: Vec<String> = list
            .iter()
            .flat_map(|i| i.results.iter().map(|r| camel(&format!("{}_{r}", i.id))))
            .collect();
        writeln!(self.out, "/// The validated instruments of instruments.toml.\n#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]\npub enum InstrumentId {{ {} }}\n", variants.join(", ")).unwrap();
        writeln!(self.out, "/// The instrument results expressions may name (`instrument.result`).\n#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]\npub enum InstrumentOutcome {{ {} }}\n", outcomes.join(", ")).unwrap();
        let owners: Vec<String> = list
            .iter()
            .flat_map(|i| {
                i.results.iter().map(|r| {
                    format!(
                        "InstrumentOutcome::{} => InstrumentId::{}",
                        camel(&format!("{}_{r}", i.id)),
                        camel(&i.id)
                    )
                })
            })
            .collect();
        writeln!(self.out, "impl InstrumentOutcome {{\n    /// The instrument that gives this result.\n    pub fn instrument(self) -> InstrumentId {{ match self {{ {} }} }}\n}}\n", owners.join(", ")).unwrap();
        let counts: Vec<String> = list
            .iter()
            .map(|i| format!("InstrumentId::{} => {}", camel(&i.id), i.published_items))
            .collect();
        writeln!(self.out, "impl InstrumentId {{\n    /// Items in the published instrument (instruments.toml lists exactly these).\n    pub const fn published_items(self) -> usize {{ match self {{ {} }} }}\n}}\n", counts.join(", ")).unwrap();
        self.out
            .push_str("pub static INSTRUMENTS: &[Instrument] = &[\n");
        for i in list {
            let what = format!("instrument `{}`", i.id);
            let source = self.cite(&what, &i.source);
            let applies_if = self.expr(&i.applies_if, &what);
            check::instrument(i, &what, &mut self.errors);
            let mut items = String::new();
            for (n, item) in i.item.iter().enumerate() {
                let when = self.expr(&item.when, &format!("{what}, item {}", n + 1));
                write!(items, "InstrumentItem {{ when: {when} }}, ").unwrap();
            }
            let [name, attribution] =
                ["name", "attribution"].map(|p| self.text(&key::instrument(&i.id, p)));
            writeln!(self.out, "    Instrument {{ id: InstrumentId::{}, key: {:?}, name: {name}, applies_if: {applies_if}, attribution: {attribution}, source: {source}, only_while_it_matters: {}, items: &[{items}] }},", camel(&i.id), i.id, i.only_while_it_matters).unwrap();
        }
        self.out.push_str("];\n\n");
    }

    /// Question and answer ids as constants, so a renamed question is a compile error.
    pub fn ids(&mut self) {
        self.out.push_str("/// Question and answer ids as constants, generated from questions.toml.\n#[allow(dead_code)]\npub mod ids {\n    use super::{AnswerRef, QuestionId};\n");
        for (qi, q) in self.k.questions.question.iter().enumerate() {
            writeln!(self.out, "    pub mod {} {{\n        use super::*;\n        pub const Q: QuestionId = QuestionId({qi});", q.id).unwrap();
            for (oi, o) in choices(q).iter().enumerate() {
                writeln!(self.out, "        pub const {}: AnswerRef = AnswerRef {{ question: QuestionId({qi}), option: {oi} }};", const_name(o)).unwrap();
            }
            self.out.push_str("    }\n");
        }
        self.out.push_str("}\n\n");
    }

    /// The English catalog (the interface keys, and every text) and every language's
    /// name.
    pub fn catalog(
        &mut self,
        catalog: &[(String, String)],
        interface: usize,
        languages: &[(String, String)],
    ) {
        self.out.push_str("/// The interface texts' keys, sorted; their texts are the first of the English texts.\npub static UI_KEYS: &[&str] = &[\n");
        for (key, _) in &catalog[..interface] {
            writeln!(self.out, "    {key:?},").unwrap();
        }
        self.out.push_str("];\n\n");
        self.ui_constants(&catalog[..interface]);
        // One string with the texts apart by a separator, rather than a table of strings:
        // the table would cost 8 bytes a text in the browser build, a table of lengths 2
        // (and compresses worse), the separator 1.
        let all = joined(
            catalog.iter().map(|(key, text)| (key, text)),
            &mut self.errors,
        );
        writeln!(self.out, "/// Every English text, one after the other, each ending at U+001F: the interface's,\n/// then the knowledge base's ([`Text`]).\npub static ENGLISH_TEXT: &str = {all:?};\n\n/// What ends each text in [`ENGLISH_TEXT`].\npub const TEXT_SEPARATOR: char = {TEXT_SEPARATOR:?};\n\n/// The fingerprint of the catalog's keys in their order, which a compiled language\n/// file starts with.\npub const TEXTS_FINGERPRINT: &str = {:?};", fingerprint(catalog)).unwrap();
        let names: Vec<String> = languages
            .iter()
            .map(|(code, name)| format!("({code:?}, {name:?})"))
            .collect();
        writeln!(self.out, "\n/// Every language: its code and its name in itself.\npub static LANGUAGES: &[(&str, &str)] = &[{}];", names.join(", ")).unwrap();
    }
}

impl Emitter<'_> {
    /// The interface texts as constants, one module for each first part of their keys
    /// ([`ui_constant`]), so the app names a text by a constant the compiler checks.
    fn ui_constants(&mut self, interface: &[(String, String)]) {
        let mut modules: BTreeMap<String, Vec<(String, usize)>> = BTreeMap::new();
        for (i, (key, _)) in interface.iter().enumerate() {
            let (module, name) = ui_constant(key);
            let names = modules.entry(module).or_default();
            if names.iter().any(|(n, _)| *n == name) {
                self.errors.push(format!(
                    "interface text `{key}`: another key gives the same constant"
                ));
            }
            names.push((name, i));
        }
        self.out.push_str("/// The interface texts by key: `welcome.start` is `ui::welcome::START`.\n#[allow(dead_code)]\npub mod ui {\n");
        for (module, names) in &modules {
            writeln!(
                self.out,
                "    pub mod {module} {{\n        use super::super::Text;"
            )
            .unwrap();
            for (name, i) in names {
                writeln!(self.out, "        pub const {name}: Text = Text({i});").unwrap();
            }
            self.out.push_str("    }\n");
        }
        self.out.push_str("}\n\n");
    }
}

fn const_name(id: &str) -> String {
    let upper = id.to_ascii_uppercase().replace('-', "_");
    if upper.starts_with(|c: char| c.is_ascii_digit()) {
        format!("B{upper}")
    } else {
        upper
    }
}
