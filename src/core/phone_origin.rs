//! Where an SMS goes: the country of an E.164 number and its number range, for the SMS pumping
//! guard (per-country allow and refuse lists, per-country and per-range velocity). The country
//! comes from libphonenumber's numbering plans (the `phonenumber` crate), not from a prefix table:
//! +1 alone is 25 countries, and +7 two.

use crate::error::{truncate_for_message, InputError, Result};

/// The country of numbers that belong to no single country: international networks (+800, +808,
/// +870, +881, +882, +883, +888, +979), which libphonenumber files under the region "001".
/// ZZ is ISO 3166's user-assigned code that CLDR uses for an unknown region.
pub const NO_COUNTRY: &str = "ZZ";

/// Digits of the national number that, after the country code, make a number range: an area
/// code in most plans (+1 212, +44 770), enough to tell a premium or satellite range from the
/// rest of its country.
pub const RANGE_DIGITS: usize = 3;

/// The country (ISO 3166-1 alpha-2, or NO_COUNTRY) and the range (`+` country code and the first
/// RANGE_DIGITS digits of the national number) of a normalised E.164 number; None for text that
/// is not one (identifiers stored by older versions that no longer parse).
pub fn of(e164: &str) -> Option<(String, String)> {
    let number = phonenumber::parse(None, e164).ok()?;
    let code = number.code().value();
    let national = e164.strip_prefix(&format!("+{code}"))?;
    let country = number
        .country()
        .id()
        .map(|id| id.as_ref().to_string())
        .or_else(|| region_of(code, national))
        .unwrap_or_else(|| NO_COUNTRY.to_string());
    let range_length = 1 + code.to_string().len() + RANGE_DIGITS;
    let range: String = e164.chars().take(range_length).collect();
    Some((country, range))
}

/// The kinds of number a region's plan has (fixed line, mobile, toll-free, ...), each with its
/// pattern and example.
pub(crate) fn number_types(
    metadata: &phonenumber::Metadata,
) -> impl Iterator<Item = &phonenumber::metadata::Descriptor> {
    let descriptors = metadata.descriptors();
    [
        descriptors.fixed_line(),
        descriptors.mobile(),
        descriptors.toll_free(),
        descriptors.premium_rate(),
        descriptors.shared_cost(),
        descriptors.personal_number(),
        descriptors.voip(),
        descriptors.pager(),
        descriptors.uan(),
        descriptors.voicemail(),
    ]
    .into_iter()
    .flatten()
}

/// The region of a national significant number written with its leading zeros, for the numbers
/// whose region phonenumber's own look-up misses: it reads the national number as an integer and
/// so drops the leading 0 of Italian fixed lines (+39 06 ..., Rome and the Vatican), which then
/// match no region. The same rule libphonenumber uses: the region whose leading digits the number
/// starts with, or else the first region whose plan has the number.
fn region_of(code: u16, national: &str) -> Option<String> {
    let database = &*phonenumber::metadata::DATABASE;
    for region in database.region(&code)? {
        let metadata = database.by_id(region)?;
        let by_leading_digits = metadata.leading_digits().map(|pattern| {
            pattern
                .find(national)
                .is_some_and(|found| found.start() == 0)
        });
        let in_plan = metadata.descriptors().general().is_match(national)
            && number_types(metadata).any(|descriptor| descriptor.is_match(national));
        if by_leading_digits.unwrap_or(in_plan) {
            return region
                .parse::<phonenumber::country::Id>()
                .ok()
                .map(|id| id.as_ref().to_string());
        }
    }
    None
}

/// A country code as the guard's lists hold it: two ASCII letters, upper-cased, that name a
/// region of libphonenumber's plans, or NO_COUNTRY.
pub fn country_code(argument: &'static str, text: &str) -> Result<String> {
    let code = text.trim().to_ascii_uppercase();
    let known = code == NO_COUNTRY
        || (code.len() == 2
            && code.bytes().all(|b| b.is_ascii_uppercase())
            && code.parse::<phonenumber::country::Id>().is_ok());
    if known {
        Ok(code)
    } else {
        Err(InputError::invalid(
            argument,
            format!(
                "must hold ISO 3166-1 alpha-2 country codes (or {NO_COUNTRY} for international networks); '{}' is not one",
                truncate_for_message(text).escape_default()
            ),
        ))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn countries_come_from_the_numbering_plan_not_the_country_code() {
        // +1: the United States, Canada and Jamaica share a country code.
        assert_eq!(of("+12125550123").unwrap().0, "US");
        assert_eq!(of("+14165550123").unwrap().0, "CA");
        assert_eq!(of("+18765550123").unwrap().0, "JM");
        // +7: Russia and Kazakhstan.
        assert_eq!(of("+74951234567").unwrap().0, "RU");
        assert_eq!(of("+77012345678").unwrap().0, "KZ");
        assert_eq!(of("+46701234567").unwrap().0, "SE");
        assert_eq!(of("+447400123456").unwrap().0, "GB");
    }

    #[test]
    fn italian_fixed_lines_keep_their_leading_zero_and_their_country() {
        assert_eq!(
            of("+390612345678").unwrap(),
            ("IT".to_string(), "+39061".to_string())
        );
        assert_eq!(of("+390269812345").unwrap().0, "IT");
        assert_eq!(of("+393123456789").unwrap().0, "IT");
        // The Vatican's numbers are within Rome's range.
        assert_eq!(of("+390669812345").unwrap().0, "VA");
    }

    /// Every example number of libphonenumber's metadata that normalises is of its own region's
    /// country (ZZ for the international networks), or, where regions share a country code and the
    /// number (toll-free +1 800, the Isle of Man's mobiles in the UK's plan), of one of them: never
    /// of no country.
    #[test]
    fn every_example_number_is_of_its_region() {
        let (mut checked, mut elsewhere) = (0, Vec::new());
        let database = &*phonenumber::metadata::DATABASE;
        for region in phonenumber::metadata::DATABASE.iter() {
            for example in number_types(region).filter_map(|d| d.example()) {
                let typed = format!("+{}{example}", region.country_code());
                let Ok(normalized) =
                    crate::identifier::normalize(&typed, crate::identifier::Channel::Sms)
                else {
                    continue;
                };
                let expected = if region.id() == "001" {
                    NO_COUNTRY
                } else {
                    region.id()
                };
                let (country, _) = of(&normalized).unwrap();
                let sharing = database.region(&region.country_code()).unwrap_or_default();
                if country != expected && !sharing.contains(&country.as_str()) {
                    elsewhere.push(format!("{normalized}: {country}, example of {expected}"));
                }
                checked += 1;
            }
        }
        assert!(checked > 1000, "{checked}");
        assert!(
            elsewhere.is_empty(),
            "{} of {checked}: {elsewhere:#?}",
            elsewhere.len()
        );
    }

    #[test]
    fn international_networks_have_no_country() {
        assert_eq!(
            of("+88213900000").map(|o| o.0),
            Some(NO_COUNTRY.to_string())
        );
    }

    #[test]
    fn the_range_is_the_country_code_and_three_digits() {
        assert_eq!(of("+12125550123").unwrap().1, "+1212");
        assert_eq!(of("+447400123456").unwrap().1, "+44740");
        assert_eq!(of("+37120123456").unwrap().1, "+371201");
    }

    #[test]
    fn text_that_is_no_number_has_no_origin() {
        assert_eq!(of("46701234567x"), None);
        assert_eq!(of(""), None);
    }

    #[test]
    fn country_codes_are_checked_and_upper_cased() {
        assert_eq!(country_code("c", " se ").unwrap(), "SE");
        assert_eq!(country_code("c", "zz").unwrap(), "ZZ");
        for bad in ["", "S", "SWE", "XX", "1A", "ＳＥ", "S\u{0}"] {
            let err = country_code("refused_countries", bad).unwrap_err();
            assert!(
                err.to_string().starts_with("refused_countries must hold"),
                "{bad}: {err}"
            );
        }
    }
}
