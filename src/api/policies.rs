//! The bounds of a policy's settings, and of a send guard's, a token policy's and a trusted-device
//! policy's, defined here and nowhere else. otp_set_policy checks every setting against them,
//! new_code the code length; tests compare the CHECK constraints of otp_private.policy and the
//! tables in docs/ with policy_bounds().

use otp_pg_core::challenge_code;
use otp_pg_core::error::InputError;

use crate::api::raise;

/// Each setting of a policy with its lowest and highest value.
const POLICY_BOUNDS: [(&str, i32, i32); 9] = [
    (
        "code_length",
        challenge_code::MIN_LENGTH as i32,
        challenge_code::MAX_LENGTH as i32,
    ),
    ("ttl_seconds", 1, 604_800),
    ("max_attempts", 1, 100),
    ("max_resends", 0, 100),
    ("resend_cooldown_seconds", 0, 86_400),
    ("retention_seconds", 0, 31_536_000),
    ("identifier_limit", 1, 1_000_000),
    ("client_limit", 1, 1_000_000),
    ("limit_window_seconds", 1, 604_800),
];

/// Each setting of a policy's send guard (otp_set_send_guard) with its lowest and highest value;
/// 0 turns a limit or the circuit breaker off.
const SEND_GUARD_BOUNDS: [(&str, i32, i32); 7] = [
    ("country_limit", 0, 1_000_000),
    ("range_limit", 0, 1_000_000),
    ("client_country_limit", 0, 1_000),
    ("client_identifier_limit", 0, 1_000_000),
    ("breaker_min_conversion_percent", 0, 100),
    ("breaker_sample", 10, 10_000),
    ("breaker_cooldown_seconds", 1, 604_800),
];

/// Each setting of a policy's tokens (otp_set_token_policy) with its lowest and highest value.
/// Its names may repeat another table's (both have a `lifetime_seconds`): it is searched on its own.
const TOKEN_POLICY_BOUNDS: [(&str, i32, i32); 1] = [("lifetime_seconds", 60, 86_400)];

/// Each setting of a trusted-device policy (otp_set_device_policy) with its lowest and highest
/// value: how long a remembered device stays trusted, and how many one key may have.
const DEVICE_POLICY_BOUNDS: [(&str, i32, i32); 2] =
    [("lifetime_seconds", 1, 31_536_000), ("max_devices", 1, 100)];

/// `value` for the policy setting `setting`, or an error (22023) naming the setting when it is
/// outside its bounds. Policies, send guards and device policies share no setting name.
pub(crate) fn checked_setting(setting: &str, value: i32) -> i32 {
    let bounds = POLICY_BOUNDS
        .iter()
        .chain(SEND_GUARD_BOUNDS.iter())
        .chain(DEVICE_POLICY_BOUNDS.iter());
    checked_in(bounds, setting, value)
}

/// `value` for the token-policy setting `setting`, checked as `checked_setting` does.
pub(crate) fn checked_token_setting(setting: &str, value: i32) -> i32 {
    checked_in(TOKEN_POLICY_BOUNDS.iter(), setting, value)
}

fn checked_in<'a>(
    mut bounds: impl Iterator<Item = &'a (&'static str, i32, i32)>,
    setting: &str,
    value: i32,
) -> i32 {
    let Some(&(name, low, high)) = bounds.find(|(name, ..)| *name == setting) else {
        pgrx::error!("otp_pg: {setting} is not a policy setting");
    };
    if !(low..=high).contains(&value) {
        raise(InputError::invalid(
            name,
            format!("must be between {low} and {high} (got {value})"),
        ));
    }
    value
}

#[pgrx::pg_schema]
mod otp_private {
    use pgrx::prelude::*;

    /// A policy, send-guard or device-policy setting's value, checked against its bounds (see checked_setting).
    #[pg_extern(immutable, strict, parallel_safe)]
    fn policy_setting(setting: &str, value: i32) -> i32 {
        super::checked_setting(setting, value)
    }

    /// Every policy setting with its bounds, for tests and tools that show them.
    #[pg_extern(immutable, parallel_safe)]
    fn policy_bounds(
    ) -> TableIterator<'static, (name!(setting, String), name!(low, i32), name!(high, i32))> {
        TableIterator::new(
            super::POLICY_BOUNDS
                .iter()
                .map(|&(name, low, high)| (name.to_string(), low, high)),
        )
    }

    /// Every send-guard setting with its bounds.
    #[pg_extern(immutable, parallel_safe)]
    fn send_guard_bounds(
    ) -> TableIterator<'static, (name!(setting, String), name!(low, i32), name!(high, i32))> {
        TableIterator::new(
            super::SEND_GUARD_BOUNDS
                .iter()
                .map(|&(name, low, high)| (name.to_string(), low, high)),
        )
    }

    /// A token-policy setting's value, checked against its bounds.
    #[pg_extern(immutable, strict, parallel_safe)]
    fn token_policy_setting(setting: &str, value: i32) -> i32 {
        super::checked_token_setting(setting, value)
    }

    /// Every token-policy setting with its bounds.
    #[pg_extern(immutable, parallel_safe)]
    fn token_policy_bounds(
    ) -> TableIterator<'static, (name!(setting, String), name!(low, i32), name!(high, i32))> {
        TableIterator::new(
            super::TOKEN_POLICY_BOUNDS
                .iter()
                .map(|&(name, low, high)| (name.to_string(), low, high)),
        )
    }

    /// Every trusted-device policy setting with its bounds.
    #[pg_extern(immutable, parallel_safe)]
    fn device_policy_bounds(
    ) -> TableIterator<'static, (name!(setting, String), name!(low, i32), name!(high, i32))> {
        TableIterator::new(
            super::DEVICE_POLICY_BOUNDS
                .iter()
                .map(|&(name, low, high)| (name.to_string(), low, high)),
        )
    }
}
