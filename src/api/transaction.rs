//! The guard that keeps a counted attempt from being rolled back by its caller.

#[pgrx::pg_schema]
mod otp_private {
    use pgrx::pg_sys::panic::ErrorReport;
    use pgrx::prelude::*;
    use pgrx::PgSqlErrorCode;

    use crate::gucs;

    /// Refuses (25001) to go on inside a transaction block or a subtransaction while
    /// otp_pg.require_autocommit is on. The functions that count an attempt (a wrong code, a
    /// rate-limit hit, a factor failure) call this first: there, a caller's ROLLBACK would give
    /// the attempt back, and an attacker whose wrong guesses end in a rollback (an application
    /// that rolls back the request's transaction on a failed login) would guess without limit.
    /// As a statement of its own the call commits what it counted when it returns.
    #[pg_extern(volatile, strict, parallel_safe)]
    fn require_own_transaction(function_name: &str) {
        if !gucs::REQUIRE_AUTOCOMMIT.get() {
            return;
        }
        let in_block = unsafe { pg_sys::IsTransactionBlock() };
        let in_subtransaction = unsafe { pg_sys::GetCurrentTransactionNestLevel() } > 1;
        if in_block || in_subtransaction {
            ErrorReport::new(
                PgSqlErrorCode::ERRCODE_ACTIVE_SQL_TRANSACTION,
                format!(
                    "{function_name} must run as a statement of its own, outside a transaction block or subtransaction: a rollback would give back the attempt it counts"
                ),
                "otp_pg",
            )
            .set_hint("Call it in autocommit mode. If this role's code commits after every failed result, a superuser can set otp_pg.require_autocommit = off for it.")
            .report(PgLogLevel::ERROR);
        }
    }
}
