//! The embedding clinic's name, phone number and booking link, from the embed settings.
//! All shown as text; the booking link opens in a new tab. The card fits the triage
//! level: nothing beside an emergency (the person must go now, not book), the phone
//! number alone when help is needed within 24 hours.

use crate::embed::Clinic;
use crate::engine::TriageLevel;
use crate::i18n::{t, tf, ui};
use yew::prelude::*;

/// The clinic's card for a result at `level`; nothing when the embed settings name
/// no clinic, or at the ambulance and emergency levels.
pub fn clinic_card(clinic: &Clinic, level: TriageLevel) -> Html {
    let booking = clinic
        .booking
        .as_ref()
        .filter(|_| level >= TriageLevel::Consultation);
    if clinic.is_empty() || level.is_emergency() {
        return Html::default();
    }
    let heading = match &clinic.name {
        Some(name) => tf(ui::clinic::HEADING, &[("name", name)]),
        None => t(ui::clinic::HEADING_PLAIN).to_string(),
    };
    html! {
        <aside class="clinic-card" aria-labelledby="clinic-heading">
            <h2 id="clinic-heading">{ heading }</h2>
            if let Some(phone) = &clinic.phone {
                <p>{ t(ui::clinic::CALL) }{ " " }<a href={format!("tel:{}", phone.replace(' ', ""))}>{ phone.clone() }</a></p>
            }
            if let Some(booking) = booking {
                <p><a class="button primary" href={booking.clone()} target="_blank" rel="noopener noreferrer">{ t(ui::clinic::BOOK) }</a></p>
            }
        </aside>
    }
}
