//! "Save my answers on this device": off unless the person turns it on.

use crate::i18n::{t, ui};
use web_sys::HtmlInputElement;
use yew::prelude::*;

/// The save checkbox; with `on_delete`, also "Delete my answers".
pub fn save_choice(save: bool, on_save: &Callback<bool>, on_delete: Option<&Callback<()>>) -> Html {
    let onchange =
        on_save.reform(|e: Event| e.target_unchecked_into::<HtmlInputElement>().checked());
    html! {
        <div class="save-choice">
            <input type="checkbox" id="save-answers" checked={save} {onchange}
                aria-describedby="save-answers-hint" />
            <label for="save-answers">{ t(ui::save::LABEL) }</label>
            <p id="save-answers-hint" class="hint">{ t(ui::save::HINT) }</p>
            if let Some(on_delete) = on_delete {
                <button class="button secondary" onclick={on_delete.reform(|_: MouseEvent| ())}>{ t(ui::save::DELETE) }</button>
            }
        </div>
    }
}
