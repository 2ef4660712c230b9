//! The states of the United States, the District of Columbia and the
//! inhabited territories, with their two abbreviations: the postal code of
//! USPS Publication 28 (Appendix B) and the abbreviation of the Associated
//! Press Stylebook ("Calif.", "N.Y."), which US newsrooms write in a
//! lawmaker's party tag ("R-Ky.", "D-N.Y.") and after a city. Both are
//! public standards; the AP leaves eight names unabbreviated (Alaska,
//! Hawaii, Idaho, Iowa, Maine, Ohio, Texas, Utah), written here as `None`.
//!
//! Written by hand: no maintained crate carries the AP forms.

/// (name, postal code, AP abbreviation without periods), by name.
const STATES: &[(&str, &str, Option<&str>)] = &[
    ("Alabama", "AL", Some("Ala")),
    ("Alaska", "AK", None),
    ("American Samoa", "AS", None),
    ("Arizona", "AZ", Some("Ariz")),
    ("Arkansas", "AR", Some("Ark")),
    ("California", "CA", Some("Calif")),
    ("Colorado", "CO", Some("Colo")),
    ("Connecticut", "CT", Some("Conn")),
    ("Delaware", "DE", Some("Del")),
    ("District of Columbia", "DC", None),
    ("Florida", "FL", Some("Fla")),
    ("Georgia", "GA", Some("Ga")),
    ("Guam", "GU", None),
    ("Hawaii", "HI", None),
    ("Idaho", "ID", None),
    ("Illinois", "IL", Some("Ill")),
    ("Indiana", "IN", Some("Ind")),
    ("Iowa", "IA", None),
    ("Kansas", "KS", Some("Kan")),
    ("Kentucky", "KY", Some("Ky")),
    ("Louisiana", "LA", Some("La")),
    ("Maine", "ME", None),
    ("Maryland", "MD", Some("Md")),
    ("Massachusetts", "MA", Some("Mass")),
    ("Michigan", "MI", Some("Mich")),
    ("Minnesota", "MN", Some("Minn")),
    ("Mississippi", "MS", Some("Miss")),
    ("Missouri", "MO", Some("Mo")),
    ("Montana", "MT", Some("Mont")),
    ("Nebraska", "NE", Some("Neb")),
    ("Nevada", "NV", Some("Nev")),
    ("New Hampshire", "NH", Some("NH")),
    ("New Jersey", "NJ", Some("NJ")),
    ("New Mexico", "NM", Some("NM")),
    ("New York", "NY", Some("NY")),
    ("North Carolina", "NC", Some("NC")),
    ("North Dakota", "ND", Some("ND")),
    ("Northern Mariana Islands", "MP", None),
    ("Ohio", "OH", None),
    ("Oklahoma", "OK", Some("Okla")),
    ("Oregon", "OR", Some("Ore")),
    ("Pennsylvania", "PA", Some("Pa")),
    ("Puerto Rico", "PR", None),
    ("Rhode Island", "RI", Some("RI")),
    ("South Carolina", "SC", Some("SC")),
    ("South Dakota", "SD", Some("SD")),
    ("Tennessee", "TN", Some("Tenn")),
    ("Texas", "TX", None),
    ("U.S. Virgin Islands", "VI", None),
    ("Utah", "UT", None),
    ("Vermont", "VT", Some("Vt")),
    ("Virginia", "VA", Some("Va")),
    ("Washington", "WA", Some("Wash")),
    ("West Virginia", "WV", Some("WVa")),
    ("Wisconsin", "WI", Some("Wis")),
    ("Wyoming", "WY", Some("Wyo")),
];

/// The state a party tag or address abbreviates, by its postal code or its
/// AP form, with or without periods ("Ky.", "KY", "N.Y.", "W.Va."). A full
/// name is no abbreviation and gives `None`, as does any other word.
pub fn state_named_by(abbreviation: &str) -> Option<&'static str> {
    let letters: String = abbreviation.chars().filter(|c| *c != '.').collect();
    if letters.is_empty() {
        return None;
    }
    STATES
        .iter()
        .find(|(_, postal, ap)| *postal == letters || *ap == Some(letters.as_str()))
        .map(|(name, _, _)| *name)
}

/// Whether `name`, lowercase as a title's words are read ("kentucky",
/// "new york"), is the full name of a state or territory.
pub fn is_state_name(name: &str) -> bool {
    STATES
        .iter()
        .any(|(state, _, _)| state.eq_ignore_ascii_case(name))
}

#[cfg(test)]
mod tests {
    use super::{is_state_name, state_named_by};

    #[test]
    fn full_names_are_states_and_districts_are_not() {
        for (name, state) in [
            ("kentucky", true),
            ("new york", true),
            ("west virginia", true),
            ("marlow", false),
            ("ky", false),
            ("", false),
        ] {
            assert_eq!(is_state_name(name), state, "{name}");
        }
    }

    #[test]
    fn postal_codes_and_ap_forms_name_their_state() {
        for (written, state) in [
            ("Ky.", Some("Kentucky")),
            ("KY", Some("Kentucky")),
            ("Calif.", Some("California")),
            ("N.Y.", Some("New York")),
            ("W.Va.", Some("West Virginia")),
            ("Wash.", Some("Washington")),
            ("TX", Some("Texas")),
            // Full names and other words are no abbreviation.
            ("Texas", None),
            ("Ohio", None),
            ("Ky", Some("Kentucky")),
            ("ky", None),
            ("Kent", None),
            ("", None),
            (".", None),
        ] {
            assert_eq!(state_named_by(written), state, "{written}");
        }
    }
}
