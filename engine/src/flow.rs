//! The order of questions. Red flags first; then, section by section, the questions
//! that are always asked, and among the others the one whose answer would move the
//! result most. A question is skipped when no answer to it could change the triage
//! level, the leading cause or its likelihood band, or which causes make the top three. An
//! instrument marked `only_while_it_matters` (STarT Back) is asked while its result is
//! undecided and could still change the triage level. An emergency answer, or an
//! out-of-scope one, ends the questionnaire at once (after its context, and, for an
//! emergency department, any warning sign still open that would mean an ambulance;
//! for a child, the later warning signs). Sections marked `after_result`
//! (daily life) are asked only when the person asks for them from the result
//! ([`extra_question`]); once begun, they are asked to the end.

use super::answers::{Answer, Answers};
use super::facts::Facts;
use super::knowledge::{
    ConditionId, Expr, Instrument, QuestionId, QuestionKind, Section, TriageLevel, CONDITIONS,
    INSTRUMENTS, QUESTIONS, RULES,
};
use super::scoring::{self, Likelihood};
use super::triage;
use super::truth::Truth;

/// What an extra answer could change: the triage level, the leading cause and how
/// likely it is called, and which causes make the top three.
#[derive(PartialEq)]
struct Outcome {
    level: TriageLevel,
    leading: (usize, Likelihood),
    /// As a set: order within the top three does not count.
    top_three: [bool; CONDITIONS.len()],
}

impl Outcome {
    /// The outcome and every condition's probability (by condition), ranked as
    /// [`scoring::rank`] ranks them.
    fn of(facts: &Facts) -> (Outcome, [f64; CONDITIONS.len()]) {
        let probability: [f64; CONDITIONS.len()] =
            std::array::from_fn(|i| scoring::probability(facts, ConditionId(i)));
        // The same stable sort as the ranking's, so ties fall the same way.
        let order = scoring::order_descending(&probability);
        let leading = order[0];
        let mut top_three = [false; CONDITIONS.len()];
        for &i in order.iter().take(3) {
            top_three[i] = true;
        }
        let outcome = Outcome {
            level: triage::level(facts),
            leading: (leading, Likelihood::of(probability[leading])),
            top_three,
        };
        (outcome, probability)
    }
}

/// The next question to ask, or `None` when the questionnaire is complete.
pub fn next_question(answers: &Answers) -> Option<QuestionId> {
    next_question_with(answers, &Facts::new(answers))
}

/// [`next_question`] for answers whose facts are already known.
pub fn next_question_with(answers: &Answers, facts: &Facts) -> Option<QuestionId> {
    let open = |q: &QuestionId| answers.get(*q).is_none() && facts.applies(*q);
    let current = triage::triage(facts);
    if let Some(stop) = current.stop {
        // Before stopping on a rule whose context could lower it, ask that context
        // (is the weakness new?), so the level and its reason say what was weighed.
        let rule = stop.get();
        if triage::context_unknown(facts, rule) {
            let unless = rule.unless.expect("context_unknown implies unless");
            return (0..QUESTIONS.len())
                .map(QuestionId)
                .find(|q| open(q) && unless.mentions(*q));
        }
        let questions = || (0..QUESTIONS.len()).map(QuestionId).filter(open);
        let now = current.level;
        // Out of scope (under 16) but not an emergency: the later warning signs are
        // still asked (where it hurts, then pain down both legs at rest, ...), then
        // any other question an answer to which would make it more urgent (tingling
        // in the legs after a cancer), so a child's emergency is not left at "see a
        // doctor".
        if rule.out_of_scope && !rule.level.is_emergency() {
            return questions()
                .find(|q| is_warning_sign(*q))
                .or_else(|| questions().find(|q| could_raise(answers, *q, now)));
        }
        // An emergency department, not an ambulance: first any warning sign still open
        // whose answer would mean an ambulance (after a serious accident, can you stand
        // on the leg?), so that nobody who needs one is told to make their own way.
        if now > TriageLevel::Ambulance {
            return questions().find(|q| is_warning_sign(*q) && could_raise(answers, *q, now));
        }
        return None;
    }
    let mut section: Option<Section> = None;
    let mut adaptive: Vec<QuestionId> = Vec::new();
    let extras = extras_begun(answers);
    let mut settled = Settled::new(answers, facts);
    for (i, question) in QUESTIONS.iter().enumerate() {
        let q = QuestionId(i);
        if question.section.after_result() && !extras {
            continue;
        }
        if section != Some(question.section) {
            if let Some(best) = most_informative(answers, facts, &adaptive) {
                return Some(best);
            }
            adaptive.clear();
            section = Some(question.section);
        }
        if !open(&q) {
            continue;
        }
        if question.always {
            if settled.contains(q) {
                continue;
            }
            return Some(q);
        }
        adaptive.push(q);
    }
    most_informative(answers, facts, &adaptive)
}

/// Whether every warning sign that applies has been asked (or the questionnaire is
/// over, an emergency having stopped it or not): until then, a result from these
/// answers could only reassure about signs nobody asked about. The warning signs are
/// the questions of the first section, and the later ones asked of everyone they
/// apply to that a rule sending the person to a doctor today or sooner reads (pain
/// down both legs at rest, urine symptoms with loin pain, a child's limp, ...). One
/// that may yet apply (it hangs on an answer not given: where it hurts, the age)
/// counts as not asked.
pub fn warning_signs_asked(answers: &Answers) -> bool {
    let facts = Facts::new(answers);
    warning_signs_asked_with(answers, &facts, next_question_with(answers, &facts))
}

/// [`warning_signs_asked`], from the question the flow asks next.
pub(crate) fn warning_signs_asked_with(
    answers: &Answers,
    facts: &Facts,
    next: Option<QuestionId>,
) -> bool {
    if next.is_none() {
        return true;
    }
    let mut settled = Settled::new(answers, facts);
    !(0..QUESTIONS.len()).map(QuestionId).any(|q| {
        is_warning_sign(q)
            && facts.answers().get(q).is_none()
            && may_apply(facts, q)
            && !settled.contains(q)
    })
}

/// Whether question `q` may yet be asked: its `ask_if` is true, or unknown because
/// of answers still to come. A question that can no longer be asked (its own `ask_if`
/// is false) has none of its options chosen: pregnancy signs for a man, the signs of
/// giant cell arteritis for someone under 50.
fn may_apply(facts: &Facts, q: QuestionId) -> bool {
    q.get()
        .ask_if
        .is_none_or(|e| as_far_as_known(facts, e) != Truth::False)
}

/// `facts.eval(e)`, but an answer to a question that can no longer be asked is false.
fn as_far_as_known(facts: &Facts, e: &Expr) -> Truth {
    let all = |parts: &'static [Expr], dominant| {
        Truth::combine(parts.iter().map(|p| as_far_as_known(facts, p)), dominant)
    };
    match e {
        Expr::Answer(r) if facts.answers().get(r.question).is_none() => {
            if may_apply(facts, r.question) {
                Truth::Unknown
            } else {
                Truth::False
            }
        }
        Expr::Finding(f) => as_far_as_known(facts, &f.get().when),
        Expr::Not(x) => !as_far_as_known(facts, x),
        Expr::All(parts) => all(parts, Truth::False),
        Expr::Any(parts) => all(parts, Truth::True),
        Expr::Answer(_) | Expr::Instrument(_) | Expr::Never => facts.eval(e),
    }
}

/// Whether some answer to `q` would set a more urgent level than `now`.
fn could_raise(answers: &Answers, q: QuestionId, now: TriageLevel) -> bool {
    let question = q.get();
    !question.section.after_result()
        && (0..question.options.len()).any(|i| {
            let mut what_if = answers.clone();
            let answer = match question.kind {
                QuestionKind::Multi => Answer::Multi(1 << i),
                _ => Answer::Choice(i),
            };
            what_if.set(q, answer).is_ok() && triage::level(&Facts::new(&what_if)) < now
        })
}

/// A question of the first section, or one asked of everyone it applies to (not a
/// context question, which can only lower a level) that a rule of "see a doctor
/// today" or above reads.
pub fn is_warning_sign(q: QuestionId) -> bool {
    let question = q.get();
    question.section == Section::RedFlags
        || (question.always
            && !question.context
            && RULES
                .iter()
                .any(|r| r.level <= TriageLevel::Urgent && r.when.mentions(q)))
}

/// Whether the person has begun the questions asked after the result.
fn extras_begun(answers: &Answers) -> bool {
    answers.iter().any(|(q, _)| q.get().section.after_result())
}

/// The first question asked only after the result that applies and is not answered:
/// what "answer more questions" on the result opens. `None` once they are all
/// answered, or when the questionnaire stopped at an emergency.
pub fn extra_question(answers: &Answers) -> Option<QuestionId> {
    extras_left(answers).next()
}

/// The questions asked only after the result that apply and are not answered yet
/// (none when the questionnaire stopped at an emergency).
pub fn extras_left(answers: &Answers) -> impl Iterator<Item = QuestionId> + '_ {
    let facts = Facts::new(answers);
    let stopped = triage::triage(&facts).stop.is_some();
    (0..QUESTIONS.len()).map(QuestionId).filter(move |q| {
        !stopped && q.get().section.after_result() && answers.get(*q).is_none() && facts.applies(*q)
    })
}

/// Among questions that are asked only when useful, the one whose possible answers
/// would move the condition probabilities most; `None` if none could change the outcome.
fn most_informative(
    answers: &Answers,
    facts: &Facts,
    candidates: &[QuestionId],
) -> Option<QuestionId> {
    if candidates.is_empty() {
        return None;
    }
    let (now, before) = Outcome::of(facts);
    let mut best: Option<(f64, QuestionId)> = None;
    for &q in candidates {
        let question = q.get();
        if question.kind != QuestionKind::Single {
            // Adaptive questions are single choice; others are asked in order.
            return Some(q);
        }
        let mut changes = false;
        let mut movement = 0.0;
        for (option, choice) in question.options.iter().enumerate() {
            if choice.unsure {
                continue;
            }
            let mut what_if = answers.clone();
            // An option of the question itself: always accepted.
            if what_if.set(q, Answer::Choice(option)).is_err() {
                continue;
            }
            let facts = Facts::new(&what_if);
            let (then, after) = Outcome::of(&facts);
            changes |= then != now;
            movement += after
                .iter()
                .zip(&before)
                .map(|(a, b)| (a - b).abs())
                .fold(0.0, f64::max);
        }
        if changes && best.is_none_or(|(m, _)| movement > m) {
            best = Some((movement, q));
        }
    }
    best.map(|(_, q)| q)
}

/// The question an instrument item reads and the options that score it, when the item
/// is one answer or a choice of answers of one question (`sbt_9.very_much |
/// sbt_9.extremely`).
fn scoring(item: &Expr) -> Option<(QuestionId, Vec<usize>)> {
    match item {
        Expr::Answer(r) => Some((r.question, vec![r.option])),
        Expr::Any(parts) => {
            let mut found: Option<(QuestionId, Vec<usize>)> = None;
            for part in *parts {
                let (q, options) = scoring(part)?;
                match &mut found {
                    Some((fq, fo)) if *fq == q => fo.extend(options),
                    Some(_) => return None,
                    None => found = Some((q, options)),
                }
            }
            found
        }
        _ => None,
    }
}

/// The items of instruments asked only while they matter that no longer do (see
/// [`instrument_matters`]), worked out once, when first asked about.
struct Settled<'a> {
    answers: &'a Answers,
    facts: &'a Facts,
    items: Option<Vec<QuestionId>>,
}

impl<'a> Settled<'a> {
    fn new(answers: &'a Answers, facts: &'a Facts) -> Self {
        Settled {
            answers,
            facts,
            items: None,
        }
    }

    fn contains(&mut self, q: QuestionId) -> bool {
        // Such an instrument's items read one question's options each (the knowledge
        // compiler holds them to it), so an item that mentions `q` is `q`'s.
        let item_of = |i: &Instrument| i.items.iter().any(|item| item.when.mentions(q));
        if !INSTRUMENTS
            .iter()
            .any(|i| i.only_while_it_matters && item_of(i))
        {
            return false;
        }
        let (answers, facts) = (self.answers, self.facts);
        self.items
            .get_or_insert_with(|| {
                INSTRUMENTS
                    .iter()
                    .filter(|i| i.only_while_it_matters && !instrument_matters(answers, facts, i))
                    .flat_map(|i| i.items.iter().filter_map(|item| scoring(&item.when)))
                    .map(|(q, _)| q)
                    .collect()
            })
            .contains(&q)
    }
}

/// Whether answering an instrument's open items could still change the triage level:
/// its result is undecided, and the level now, the level with every open item scoring
/// and the level with none scoring are not all the same (its groups only rise with
/// each item that scores, so every other way of answering lies between the two).
fn instrument_matters(answers: &Answers, facts: &Facts, instrument: &Instrument) -> bool {
    let decided = facts
        .instruments()
        .iter()
        .any(|r| r.instrument.id == instrument.id && r.is_complete());
    if decided {
        return false;
    }
    let (mut none, mut all) = (answers.clone(), answers.clone());
    for item in instrument.items {
        let Some((q, points)) = scoring(&item.when) else {
            continue;
        };
        if answers.get(q).is_some() || !facts.applies(q) {
            continue;
        }
        let options = q
            .get()
            .options
            .iter()
            .enumerate()
            .filter(|(_, o)| !o.unsure);
        let mut scoring_option = None;
        let mut other_option = None;
        for (i, _) in options {
            if points.contains(&i) {
                scoring_option = scoring_option.or(Some(i));
            } else {
                other_option = other_option.or(Some(i));
            }
        }
        let (Some(yes), Some(no)) = (scoring_option, other_option) else {
            return true;
        };
        // Options of the question itself are always accepted; if not, ask.
        if all.set(q, Answer::Choice(yes)).is_err() || none.set(q, Answer::Choice(no)).is_err() {
            return true;
        }
    }
    // An undecided result names no group, so the level now must be the same too.
    let now = triage::level(facts);
    triage::level(&Facts::new(&none)) != now || triage::level(&Facts::new(&all)) != now
}

/// How many adaptive questions a journey usually asks: the median over the vignette
/// journeys (`engine/tests/vignettes.rs` fails when it drifts); only used to estimate
/// progress.
pub const TYPICAL_ADAPTIVE: usize = 8;

/// About how many questions the whole questionnaire will take, for the progress
/// indicator: those answered, the always-asked ones that apply or may yet apply, and
/// a typical number of adaptive ones.
pub fn estimated_total(answers: &Answers) -> usize {
    let facts = Facts::new(answers);
    if triage::triage(&facts).stop.is_some() {
        return facts.answers().len();
    }
    let answered = facts.answers().len();
    let adaptive_answered = facts
        .answers()
        .iter()
        .filter(|(q, _)| !q.get().always)
        .count();
    let extras = extras_begun(answers);
    let mut settled = Settled::new(answers, &facts);
    let always_left = QUESTIONS
        .iter()
        .enumerate()
        .filter(|(i, q)| {
            q.always
                && answers.get(QuestionId(*i)).is_none()
                && q.ask_if
                    .is_none_or(|e| facts.eval(e) != super::facts::Truth::False)
                && (!q.section.after_result() || extras)
                && !settled.contains(QuestionId(*i))
        })
        .count();
    answered + always_left + TYPICAL_ADAPTIVE.saturating_sub(adaptive_answered)
}
