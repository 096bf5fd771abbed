//! The tables that decide: the conditions with their priors and evidence, the triage
//! levels and the triage rules, each checked as it is written (see `emit.rs`).

use crate::check;
use crate::emit::{camel, Emitter};
use crate::texts::key;
use std::collections::BTreeSet;
use std::fmt::Write as _;

/// The triage levels, most urgent first; triage.toml must define exactly these.
pub const LEVELS: [&str; 5] = [
    "ambulance",
    "emergency",
    "urgent",
    "consultation",
    "self_care",
];

impl Emitter<'_> {
    pub fn conditions(&mut self) {
        let k = self.k;
        let mut used_advice = BTreeSet::new();
        self.out
            .push_str("pub static CONDITIONS: &[Condition] = &[\n");
        for c in &k.conditions.condition {
            let what = format!("condition `{}`", c.id);
            check::condition(k, c, &what, &mut self.errors);
            let prior_source = self.cite(&what, &c.prior_source);
            let sources: Vec<String> = c.sources.iter().map(|s| self.cite(&what, s)).collect();
            let mut self_care = Vec::new();
            for a in &c.self_care {
                used_advice.insert(a.as_str());
                match self.ids.advice.get(a.as_str()) {
                    Some(i) => self_care.push(format!("AdviceId({i})")),
                    None => self.errors.push(format!("{what}: unknown advice `{a}`")),
                }
            }
            let mut evidence = String::new();
            for (n, e) in c.evidence.iter().enumerate() {
                let what = format!("{what}, evidence {}", n + 1);
                let when = self.expr(&e.when, &what);
                let source = self.cite(&what, &e.source);
                let for_text = self.text(&key::evidence(&c.id, n, "for"));
                let against =
                    self.opt_text(e.against.is_some(), &key::evidence(&c.id, n, "against"));
                write!(evidence, "Evidence {{ when: {when}, lr_present: {:?}, lr_absent: {:?}, for_text: {for_text}, against_text: {against}, source: {source} }}, ", e.lr_present, e.lr_absent.unwrap_or(1.0)).unwrap();
            }
            let professional: Vec<String> = (0..c.professional.len())
                .map(|n| self.text(&key::professional(&c.id, n)))
                .collect();
            let [name, summary, typical] =
                ["name", "summary", "typical"].map(|p| self.text(&key::condition(&c.id, p)));
            writeln!(
                self.out,
                "    Condition {{ id: {:?}, name: {name}, summary: {summary}, typical: {typical}, self_care: &[{}], professional: &[{}], prior: {:?}, prior_source: {prior_source}, sources: &[{}], evidence: &[{evidence}] }},",
                c.id, self_care.join(", "), professional.join(", "), c.prior, sources.join(", "),
            )
            .unwrap();
        }
        self.out.push_str("];\n\n");
        for a in &k.advice.advice {
            if !used_advice.contains(a.id.as_str()) {
                self.errors
                    .push(format!("advice `{}` is not used by any condition", a.id));
            }
        }
    }

    pub fn triage(&mut self) {
        let k = self.k;
        let mut defined: Vec<&str> = k.triage.level.iter().map(|l| l.id.as_str()).collect();
        defined.sort_by_key(|id| LEVELS.iter().position(|l| l == id));
        if defined != LEVELS {
            self.errors
                .push(format!("triage.toml: levels must be exactly {LEVELS:?}"));
        }
        writeln!(self.out, "/// The five triage levels, most urgent first, so `min` is the most urgent.\n#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]\npub enum TriageLevel {{ {} }}\n", LEVELS.map(camel).join(", ")).unwrap();
        writeln!(self.out, "impl TriageLevel {{\n    pub const ALL: [TriageLevel; {}] = [{}];\n    /// The public id, as in triage.toml and the `assess` output.\n    pub fn id(self) -> &'static str {{ [{}][self as usize] }}\n}}\n", LEVELS.len(), LEVELS.map(|l| format!("TriageLevel::{}", camel(l))).join(", "), LEVELS.map(|l| format!("{l:?}")).join(", ")).unwrap();
        self.out.push_str("pub static LEVELS: &[LevelText] = &[\n");
        for id in LEVELS {
            let [title, action, net] =
                ["title", "action", "safety_net"].map(|p| self.text(&key::level(id, p)));
            if k.triage.level.iter().any(|l| l.id == id) {
                writeln!(self.out, "    LevelText {{ level: TriageLevel::{}, title: {title}, action: {action}, safety_net: {net} }},", camel(id)).unwrap();
            }
        }
        self.out.push_str("];\n\npub static RULES: &[Rule] = &[\n");
        for r in &k.triage.rule {
            let what = format!("triage rule `{}`", r.id);
            let when = self.expr(&r.when, &what);
            if !LEVELS.contains(&r.level.as_str()) {
                self.errors
                    .push(format!("{what}: unknown triage level `{}`", r.level));
            }
            let source = self.cite(&what, &r.source);
            check::rule(r, &k.questions.question, &what, &mut self.errors);
            check::rule_reads_no_optional_answer(k, r, &what, &mut self.errors);
            let unless = self.opt_expr(&r.unless, &what);
            let reason = self.text(&key::rule(&r.id, "reason"));
            let action = self.opt_text(r.action.is_some(), &key::rule(&r.id, "action"));
            let net = self.opt_text(r.safety_net.is_some(), &key::rule(&r.id, "safety_net"));
            let suspects = match r
                .suspects
                .as_deref()
                .map(|c| (c, self.ids.conditions.get(c)))
            {
                None => "None".to_string(),
                Some((_, Some(i))) => format!("Some(ConditionId({i}))"),
                Some((c, None)) => {
                    self.errors
                        .push(format!("{what}: suspects unknown condition `{c}`"));
                    "None".into()
                }
            };
            writeln!(self.out, "    Rule {{ id: {:?}, when: {when}, unless: {unless}, level: TriageLevel::{}, stop: {}, out_of_scope: {}, reason: {reason}, action: {action}, safety_net: {net}, suspects: {suspects}, source: {source} }},", r.id, camel(&r.level), r.stop, r.out_of_scope).unwrap();
        }
        self.out.push_str("];\n\n");
    }
}
