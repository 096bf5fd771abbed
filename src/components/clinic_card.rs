//! The embedding clinic's name, phone number and booking link, from the embed settings.
//! All shown as text; the booking link opens in a new tab.

use crate::embed::Clinic;
use crate::i18n::{t, tf};
use yew::prelude::*;

/// The clinic's card; nothing when the embed settings name no clinic.
pub fn clinic_card(clinic: &Clinic) -> Html {
    if clinic.is_empty() {
        return Html::default();
    }
    let heading = match &clinic.name {
        Some(name) => tf("clinic.heading", &[("name", name)]),
        None => t("clinic.heading_plain").to_string(),
    };
    html! {
        <aside class="clinic-card" aria-labelledby="clinic-heading">
            <h2 id="clinic-heading">{ heading }</h2>
            if let Some(phone) = &clinic.phone {
                <p>{ t("clinic.call") }{ " " }<a href={format!("tel:{}", phone.replace(' ', ""))}>{ phone.clone() }</a></p>
            }
            if let Some(booking) = &clinic.booking {
                <p><a class="button primary" href={booking.clone()} target="_blank" rel="noopener noreferrer">{ t("clinic.book") }</a></p>
            }
        </aside>
    }
}
