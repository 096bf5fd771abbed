//! The emergency number, from the browser's language and region (changeable on the
//! result screen).

/// Emergency numbers the person can choose from, with the places they serve.
pub const NUMBERS: [(&str, &str); 5] = [
    ("112", "region.112"),
    ("999", "region.999"),
    ("911", "region.911"),
    ("000", "region.000"),
    ("111", "region.111"),
];

/// The number for a language tag such as `en-GB` or `es-MX`; 112 where we don't know
/// (it works across Europe and on most mobile networks).
pub fn number_for(tag: &str) -> &'static str {
    let region = tag
        .split(['-', '_'])
        .nth(1)
        .unwrap_or("")
        .to_ascii_uppercase();
    match region.as_str() {
        "GB" | "IE" => "999",
        "US" | "CA" | "MX" | "PR" | "CO" | "PA" | "PE" | "AR" | "CR" | "SV" | "GT" | "HN"
        | "NI" | "PY" | "UY" | "VE" | "DO" | "EC" | "BO" => "911",
        "AU" => "000",
        "NZ" => "111",
        _ => "112",
    }
}

/// The number for this browser.
pub fn default_number() -> &'static str {
    number_for(
        &gloo::utils::window()
            .navigator()
            .language()
            .unwrap_or_default(),
    )
}
