//! Writes the checked knowledge out as Rust tables for `engine/src/knowledge.rs`
//! (the conditions and triage are in `decisions.rs`; the instruments, id constants and
//! text catalog in `codes.rs`).
//! Every table is checked as it is written; errors are collected, not fatal, so one
//! build reports them all.

use crate::check::{self, Ids};
use crate::expr::Ast;
use crate::schema::{Knowledge, Question};
use crate::texts::key;
use std::collections::{BTreeSet, HashMap};
use std::fmt::Write as _;

pub struct Emitter<'a> {
    pub(crate) k: &'a Knowledge,
    pub(crate) ids: Ids<'a>,
    /// Position of each text key in the catalog.
    texts: HashMap<&'a str, usize>,
    pub cited: BTreeSet<String>,
    pub errors: Vec<String>,
    pub out: String,
}

/// `Text(n)` for a catalog key.
fn text_ref(texts: &HashMap<&str, usize>, key: &str) -> String {
    match texts.get(key) {
        Some(i) => format!("Text({i})"),
        None => unreachable!("the catalog has every knowledge text, not `{key}`"),
    }
}

impl<'a> Emitter<'a> {
    pub fn new(k: &'a Knowledge, catalog: &'a [(String, String)]) -> Emitter<'a> {
        let mut errors = Vec::new();
        let ids = Ids::new(k, &mut errors);
        let texts = catalog
            .iter()
            .enumerate()
            .map(|(i, (k, _))| (k.as_str(), i))
            .collect();
        Emitter {
            k,
            ids,
            texts,
            cited: BTreeSet::new(),
            errors,
            out: String::new(),
        }
    }

    pub(crate) fn text(&self, key: &str) -> String {
        text_ref(&self.texts, key)
    }

    pub(crate) fn opt_text(&self, present: bool, key: &str) -> String {
        if present {
            format!("Some({})", self.text(key))
        } else {
            "None".into()
        }
    }

    pub(crate) fn cite(&mut self, what: &str, id: &str) -> String {
        self.cited.insert(id.to_string());
        match self.ids.sources.get(id) {
            Some(i) => format!("SourceId({i})"),
            None => {
                self.errors.push(format!(
                    "{what}: unknown source `{id}` (add it to sources.toml)"
                ));
                "SourceId(0)".into()
            }
        }
    }

    /// Parses and resolves an expression; an error names `what` and the text.
    pub fn expr(&mut self, text: &str, what: &str) -> String {
        let compiled = Ast::parse(text).and_then(|ast| ast.to_rust(&|r| self.reference(r)));
        compiled.unwrap_or_else(|e| {
            self.errors.push(format!("{what}: {e} in `{text}`"));
            "Expr::Never".into()
        })
    }

    pub(crate) fn opt_expr(&mut self, text: &Option<String>, what: &str) -> String {
        match text {
            Some(e) => format!("Some(&{})", self.expr(e, what)),
            None => "None".into(),
        }
    }

    fn reference(&self, r: &str) -> Result<String, String> {
        if let Some(name) = r.strip_prefix('@') {
            return match self.ids.findings.get(name) {
                Some(i) => Ok(format!("Expr::Finding(FindingId({i}))")),
                None => Err(format!("unknown finding `@{name}`")),
            };
        }
        let (head, tail) = r
            .split_once('.')
            .ok_or_else(|| format!("`{r}` should be `question.answer` or `@finding`"))?;
        if let Some(&qi) = self.ids.questions.get(head) {
            let q = &self.k.questions.question[qi];
            return match choices(q).iter().position(|o| *o == tail) {
                Some(oi) => Ok(format!(
                    "Expr::Answer(AnswerRef {{ question: QuestionId({qi}), option: {oi} }})"
                )),
                None => Err(format!("question `{head}` has no answer `{tail}`")),
            };
        }
        let instrument = self.k.instruments.instrument.iter().find(|i| i.id == head);
        match instrument.filter(|i| i.results.iter().any(|res| res == tail)) {
            Some(_) => Ok(format!(
                "Expr::Instrument(InstrumentOutcome::{})",
                camel(&format!("{head}_{tail}"))
            )),
            None => Err(format!("unknown question or instrument result `{r}`")),
        }
    }

    pub fn sources(&mut self) {
        self.out.push_str("pub static SOURCES: &[Source] = &[\n");
        for s in &self.k.sources.source {
            crate::evidence::source(s, &mut self.errors);
            writeln!(
                self.out,
                "    Source {{ id: {:?}, kind: {:?}, reference: {:?} }},",
                s.id,
                s.kind,
                reference(s)
            )
            .unwrap();
        }
        self.out.push_str("];\n\n");
    }

    pub fn questions(&mut self) {
        let k = self.k;
        let sections = &k.questions.sections;
        writeln!(self.out, "/// Sections in the order the questionnaire visits them.\n#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]\npub enum Section {{ {} }}\n\n/// The id of each section, as in questions.toml.\npub static SECTION_IDS: &[&str] = &{sections:?};\n", sections.iter().map(|s| camel(s)).collect::<Vec<_>>().join(", ")).unwrap();
        let mut used_sections = BTreeSet::new();
        self.out
            .push_str("pub static QUESTIONS: &[Question] = &[\n");
        let mut last_section = 0;
        for q in &k.questions.question {
            let what = format!("question `{}`", q.id);
            match sections.iter().position(|s| *s == q.section) {
                None => self
                    .errors
                    .push(format!("{what}: unknown section `{}`", q.section)),
                // The flow and the summary read the questions section by section.
                Some(at) if at < last_section => self.errors.push(format!(
                    "{what}: section `{}` comes before `{}` in `sections`, so the question must too",
                    q.section, sections[last_section]
                )),
                Some(at) => last_section = at,
            }
            used_sections.insert(q.section.as_str());
            let source = self.cite(&what, &q.source);
            let ask_if = self.opt_expr(&q.ask_if, &what);
            let kind = camel(&q.kind);
            let mut options = String::new();
            for o in &q.options {
                let text = self.text(&key::answer(&q.id, &o.id));
                write!(
                    options,
                    "Choice {{ id: {:?}, text: {text}, unsure: {}, exclusive: {} }}, ",
                    o.id, o.unsure, o.exclusive
                )
                .unwrap();
            }
            check::question(q, &what, &mut self.errors);
            let mut bands = String::new();
            for b in &q.bands {
                let (min, max) = check::band_limits(q, b);
                write!(bands, "Band {{ id: {:?}, min: {min}, max: {max} }}, ", b.id).unwrap();
            }
            let (text, help) = (
                self.text(&key::question(&q.id)),
                self.opt_text(q.help.is_some(), &key::question_help(&q.id)),
            );
            writeln!(
                self.out,
                "    Question {{ id: {:?}, section: Section::{}, kind: QuestionKind::{kind}, always: {}, context: {}, ask_if: {ask_if}, text: {text}, help: {help}, options: &[{options}], min: {}, max: {}, unit: {:?}, bands: &[{bands}], source: {source} }},",
                q.id, camel(&q.section), q.always, q.context, q.min.unwrap_or(0), q.max.unwrap_or(0), q.unit,
            )
            .unwrap();
        }
        self.out.push_str("];\n\n");
        for s in sections {
            if !used_sections.contains(s.as_str()) {
                self.errors
                    .push(format!("questions.toml: section `{s}` has no questions"));
            }
        }
        let after: Vec<String> = k
            .questions
            .after_result
            .iter()
            .map(|s| {
                if !sections.contains(s) {
                    self.errors.push(format!(
                        "questions.toml: after_result names unknown section `{s}`"
                    ));
                }
                format!("Section::{}", camel(s))
            })
            .collect();
        writeln!(
            self.out,
            "impl Section {{
    /// Asked only when the person asks for it, after the result.
    pub fn after_result(self) -> bool {{ [{}].contains(&self) }}
}}
",
            after.join(", ")
        )
        .unwrap();
    }

    pub fn findings(&mut self) {
        self.out.push_str("pub static FINDINGS: &[Finding] = &[\n");
        for f in &self.k.findings.finding {
            let when = self.expr(&f.when, &format!("finding `{}`", f.id));
            writeln!(self.out, "    Finding {{ id: {:?}, when: {when} }},", f.id).unwrap();
        }
        self.out.push_str("];\n\n");
        check::finding_cycles(&self.k.findings.finding, &mut self.errors);
    }

    pub fn advice(&mut self) {
        let k = self.k;
        self.out.push_str("pub static ADVICE: &[Advice] = &[\n");
        for a in &k.advice.advice {
            let what = format!("advice `{}`", a.id);
            let source = self.cite(&what, &a.source);
            let hide_if = self.opt_expr(&a.hide_if, &what);
            let only_if = self.opt_expr(&a.only_if, &what);
            let text = self.text(&key::advice(&a.id));
            writeln!(self.out, "    Advice {{ id: {:?}, text: {text}, hide_if: {hide_if}, only_if: {only_if}, source: {source} }},", a.id).unwrap();
        }
        self.out
            .push_str("];\n\npub static RISK_FACTORS: &[RiskFactor] = &[\n");
        for r in &k.advice.risk_factor {
            let what = format!("risk factor `{}`", r.id);
            let source = self.cite(&what, &r.source);
            let when = self.expr(&r.when, &what);
            let (name, advice) = (
                self.text(&key::risk_factor(&r.id, "name")),
                self.text(&key::risk_factor(&r.id, "advice")),
            );
            writeln!(self.out, "    RiskFactor {{ id: {:?}, when: {when}, name: {name}, advice: {advice}, source: {source} }},", r.id).unwrap();
        }
        self.out.push_str("];\n\n");
        self.exercises();
    }

    fn exercises(&mut self) {
        let k = self.k;
        self.out
            .push_str("pub static EXERCISES: &[Exercise] = &[\n");
        for x in &k.advice.exercise {
            let what = format!("exercise `{}`", x.id);
            let source = self.cite(&what, &x.source);
            let only_if = self.opt_expr(&x.only_if, &what);
            let mut conditions = Vec::new();
            for c in &x.conditions {
                match k.conditions.condition.iter().position(|d| &d.id == c) {
                    Some(i) => conditions.push(format!("ConditionId({i})")),
                    None => self.errors.push(format!("{what}: unknown condition `{c}`")),
                }
            }
            let [name, how, how_often, stop_if] = ["name", "how", "how_often", "stop_if"]
                .map(|p| self.text(&key::exercise(&x.id, p)));
            writeln!(self.out, "    Exercise {{ id: {:?}, name: {name}, how: {how}, how_often: {how_often}, stop_if: {stop_if}, conditions: &[{}], only_if: {only_if}, source: {source} }},", x.id, conditions.join(", ")).unwrap();
        }
        self.out.push_str("];\n\n");
    }
}

/// The ids an expression may name after `question.`: options, or bands for numbers.
pub fn choices(q: &Question) -> Vec<&str> {
    if q.kind == "number" {
        q.bands.iter().map(|b| b.id.as_str()).collect()
    } else {
        q.options.iter().map(|o| o.id.as_str()).collect()
    }
}

/// `self_care` → `SelfCare`.
pub fn camel(id: &str) -> String {
    id.split('_')
        .map(|w| {
            let mut c = w.chars();
            c.next()
                .map(|f| f.to_ascii_uppercase().to_string() + c.as_str())
                .unwrap_or_default()
        })
        .collect()
}

/// A source's full reference: `Authors. Title. Journal Year;Volume:Pages.`, or for a
/// guideline `Publisher. Title. Year.`, or the title alone.
fn reference(s: &crate::schema::Source) -> String {
    match (&s.authors, &s.journal, s.year) {
        (Some(authors), Some(journal), Some(year)) => {
            let volume = s
                .volume
                .as_deref()
                .map(|v| format!(";{v}"))
                .unwrap_or_default();
            let pages = s
                .pages
                .as_deref()
                .map(|p| format!(":{p}"))
                .unwrap_or_default();
            format!("{authors}. {}. {journal} {year}{volume}{pages}.", s.title)
        }
        (None, Some(publisher), Some(year)) => format!("{publisher}. {}. {year}.", s.title),
        _ => s.title.clone(),
    }
}
