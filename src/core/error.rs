//! Errors of the pure core. They carry the name of the offending argument and a class that the SQL
//! layer maps to a SQLSTATE, so the core stays free of PostgreSQL types.
//! `truncate_for_message` cuts what a caller typed for quoting in a message.

use std::fmt;

/// What kind of bad input it was; decides the SQLSTATE reported to the client.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ErrorClass {
    /// 22023 invalid_parameter_value: a value outside what the argument accepts.
    InvalidParameter,
    /// 22008 datetime_field_overflow: a time outside the range a TOTP can be computed for.
    DatetimeOutOfRange,
    /// 58000 system_error: the operating system refused us randomness.
    System,
}

/// An argument that was rejected, and why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct InputError {
    pub argument: &'static str,
    pub class: ErrorClass,
    pub reason: String,
}

impl InputError {
    pub fn invalid(argument: &'static str, reason: impl Into<String>) -> Self {
        InputError {
            argument,
            class: ErrorClass::InvalidParameter,
            reason: reason.into(),
        }
    }

    pub fn time(argument: &'static str, reason: impl Into<String>) -> Self {
        InputError {
            argument,
            class: ErrorClass::DatetimeOutOfRange,
            reason: reason.into(),
        }
    }
}

impl fmt::Display for InputError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} {}", self.argument, self.reason)
    }
}

impl std::error::Error for InputError {}

pub type Result<T> = std::result::Result<T, InputError>;

/// Cuts user-supplied text to a length fit for an error message: its first 40 characters and
/// `...` after them if there were more.
pub fn truncate_for_message(text: &str) -> String {
    const LIMIT: usize = 40;
    match text.char_indices().nth(LIMIT) {
        Some((cut, _)) => format!("{}...", &text[..cut]),
        None => text.to_string(),
    }
}
