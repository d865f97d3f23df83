//! The SQL-facing layer: argument conversion, and errors reported with their SQLSTATE.

pub(crate) mod codes;
mod devices;
mod factors;
mod links;
pub(crate) mod policies;
mod send_guard;
mod sessions;
mod tokens;
mod transaction;

use otp_pg_core::error::{ErrorClass, InputError};
use pgrx::pg_sys::panic::ErrorReport;
use pgrx::prelude::*;
use pgrx::PgSqlErrorCode;

/// Returns the value, or raises the error as a PostgreSQL ERROR with the matching SQLSTATE.
pub(crate) fn or_raise<T>(result: Result<T, InputError>) -> T {
    match result {
        Ok(value) => value,
        Err(err) => raise(err),
    }
}

pub(crate) fn raise(err: InputError) -> ! {
    let code = match err.class {
        ErrorClass::InvalidParameter => PgSqlErrorCode::ERRCODE_INVALID_PARAMETER_VALUE,
        ErrorClass::DatetimeOutOfRange => PgSqlErrorCode::ERRCODE_DATETIME_FIELD_OVERFLOW,
        ErrorClass::System => PgSqlErrorCode::ERRCODE_SYSTEM_ERROR,
    };
    ErrorReport::new(code, err.to_string(), "otp_pg").report(PgLogLevel::ERROR);
    unreachable!("ERROR does not return")
}

/// Whole seconds since the Unix epoch, rounded down; infinite timestamps are refused for
/// `argument`. TOTP periods are whole seconds, so the fraction never matters.
pub(crate) fn unix_seconds(at: TimestampWithTimeZone, argument: &'static str) -> i64 {
    if !at.is_finite() {
        raise(InputError::time(argument, "must be a finite timestamp"));
    }
    // PostgreSQL counts microseconds from 2000-01-01. Shifting in microseconds would overflow
    // near the end of its range (year 294276), so shift in seconds.
    const POSTGRES_EPOCH_IN_UNIX_SECONDS: i64 = 946_684_800;
    at.into_inner().div_euclid(1_000_000) + POSTGRES_EPOCH_IN_UNIX_SECONDS
}
