//! One possible cause: how likely, why we think so, what doesn't fit, what it is and
//! what a professional may do (self-care is in the plan, `self_care_plan`).

use crate::engine::texts::Text;
use crate::engine::ConditionScore;
use crate::i18n::{self, t, ui};
use yew::prelude::*;

/// A card for one scored cause.
pub fn condition_card(score: &ConditionScore) -> Html {
    let condition = score.condition.get();
    let list = |items: Vec<&'static str>| {
        html! { <ul>{ for items.into_iter().map(|i| html! { <li>{ i }</li> }) }</ul> }
    };
    let supporting: Vec<_> = score.supporting().map(|r| i18n::text(r.text())).collect();
    let against: Vec<_> = score.against().map(|r| i18n::text(r.text())).collect();
    let heading_id = format!("condition-{}", condition.id);
    html! {
        <li class="condition-card" data-condition={condition.id} aria-labelledby={heading_id.clone()}>
            <h3 id={heading_id}>
                { i18n::text(condition.name) }
                if score.flagged_by.is_some() {
                    <span class="band check">{ t(ui::band::CHECK) }</span>
                } else {
                    <span class={format!("band {}", score.band.id())}>{ t(band_key(score.band.id())) }</span>
                }
            </h3>
            <p>{ i18n::text(condition.summary) }</p>
            if !supporting.is_empty() {
                <h4>{ t(ui::result::WHY_WE_THINK_SO) }</h4>
                { list(supporting) }
            }
            if !against.is_empty() {
                <h4>{ t(ui::result::WHAT_DOESNT_FIT) }</h4>
                { list(against) }
            }
            <details>
                <summary>{ t(ui::result::MORE_ABOUT) }</summary>
                <h4>{ t(ui::result::TYPICAL) }</h4>
                <p>{ i18n::text(condition.typical) }</p>
                <h4>{ t(ui::result::PROFESSIONAL) }</h4>
                { list(condition.professional.iter().map(|p| i18n::text(*p)).collect()) }
            </details>
        </li>
    }
}

fn band_key(band: &str) -> Text {
    match band {
        "likely" => ui::band::LIKELY,
        "possible" => ui::band::POSSIBLE,
        _ => ui::band::LESS_LIKELY,
    }
}
