//! Lets the person set the emergency number for where they are.

use crate::i18n::{t, ui};
use crate::services::region::NUMBERS;
use web_sys::HtmlSelectElement;
use yew::prelude::*;

/// A choice of emergency number, `number` chosen.
pub fn emergency_number(number: &'static str, on_change: &Callback<&'static str>) -> Html {
    let onchange = on_change.reform(|e: Event| {
        let value = e.target_unchecked_into::<HtmlSelectElement>().value();
        NUMBERS
            .iter()
            .find(|(n, _)| *n == value)
            .map_or("112", |(n, _)| *n)
    });
    let options = NUMBERS.iter().map(|(n, key)| {
        html! { <option value={*n} selected={*n == number}>{ format!("{n} — {}", t(*key)) }</option> }
    });
    html! {
        <div class="emergency-number">
            <label for="emergency-number">{ t(ui::result::EMERGENCY_NUMBER) }</label>
            <select id="emergency-number" {onchange}>{ for options }</select>
        </div>
    }
}
