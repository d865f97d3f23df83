//! The SMS pumping guard's view of a phone number: its country and number range
//! (otp_pg_core::phone_origin), and the country lists of otp_set_send_guard.

#[pgrx::pg_schema]
mod otp_private {
    use otp_pg_core::phone_origin;
    use pgrx::prelude::*;

    use crate::api::or_raise;

    /// `{country, range}` of a normalised SMS identifier (see phone_origin::of), or NULL.
    #[pg_extern(immutable, strict, parallel_safe)]
    fn sms_origin(identifier: &str) -> Option<Vec<String>> {
        phone_origin::of(identifier).map(|(country, range)| vec![country, range])
    }

    /// A list of country codes for the argument named `argument`: each checked (22023 naming the
    /// argument), upper-cased, sorted, without repeats.
    #[pg_extern(immutable, strict, parallel_safe)]
    fn country_codes(argument: &str, codes: Vec<Option<String>>) -> Vec<String> {
        let argument: &'static str = match argument {
            "allowed_countries" => "allowed_countries",
            "refused_countries" => "refused_countries",
            "country" => "country",
            other => pgrx::error!("otp_pg: {other} is not a country argument"),
        };
        let mut checked: Vec<String> = codes
            .iter()
            .map(|code| match code {
                Some(code) => or_raise(phone_origin::country_code(argument, code)),
                None => crate::api::raise(otp_pg_core::error::InputError::invalid(
                    argument,
                    "must not contain NULL",
                )),
            })
            .collect();
        checked.sort();
        checked.dedup();
        checked
    }
}
