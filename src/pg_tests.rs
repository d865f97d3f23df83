//! In-database tests: every function through SQL, on every supported PostgreSQL version.
//! Each runs in a transaction that is rolled back. Cross-session behaviour is tested from tests/.

#[pgrx::pg_schema]
mod tests {
    use pgrx::prelude::*;

    const RFC4226_SECRET: &str = "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ";
    const RFC6238_SHA256_SECRET: &str = "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQGEZA====";
    const RFC6238_SHA512_SECRET: &str =
        "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQGEZDGNA=";

    fn text(query: &str) -> Option<String> {
        Spi::get_one::<String>(query).unwrap_or_else(|e| panic!("{query}: {e}"))
    }

    fn boolean(query: &str) -> Option<bool> {
        Spi::get_one::<bool>(query).unwrap_or_else(|e| panic!("{query}: {e}"))
    }

    /// Runs `query` in a subtransaction and returns "SQLSTATE message" of the error it raised.
    fn error_of(query: &str) -> String {
        Spi::run(
            "CREATE OR REPLACE FUNCTION pg_temp.error_of(query text) RETURNS text LANGUAGE plpgsql AS $$
             BEGIN
                 EXECUTE query;
                 RETURN 'no error';
             EXCEPTION WHEN OTHERS THEN
                 RETURN SQLSTATE || ' ' || SQLERRM;
             END $$",
        )
        .unwrap();
        Spi::get_one_with_args::<String>("SELECT pg_temp.error_of($1)", &[query.into()])
            .unwrap()
            .unwrap()
    }

    /// Checks each (query, SQLSTATE, message prefix) row.
    fn assert_errors<Q: AsRef<str>>(cases: &[(Q, &str, &str)]) {
        for (query, sqlstate, message) in cases {
            let got = error_of(query.as_ref());
            let expected = format!("{sqlstate} {message}");
            assert!(
                got.starts_with(&expected),
                "{}\n  expected: {expected}\n       got: {got}",
                query.as_ref()
            );
        }
    }

    #[pg_test]
    fn hotp_matches_rfc4226_appendix_d() {
        let expected = [
            "755224", "287082", "359152", "969429", "338314", "254676", "287922", "162583",
            "399871", "520489",
        ];
        for (counter, code) in expected.iter().enumerate() {
            let query = format!("SELECT otp_hotp('{RFC4226_SECRET}', {counter})");
            assert_eq!(text(&query).as_deref(), Some(*code), "counter {counter}");
        }
    }

    #[pg_test]
    fn totp_matches_rfc6238_appendix_b() {
        let rows: &[(i64, &str, &str, &str)] = &[
            (59, "94287082", "46119246", "90693936"),
            (1111111109, "07081804", "68084774", "25091201"),
            (1111111111, "14050471", "67062674", "99943326"),
            (1234567890, "89005924", "91819424", "93441116"),
            (2000000000, "69279037", "90698825", "38618901"),
            (20000000000, "65353130", "77737706", "47863826"),
        ];
        for &(time, sha1, sha256, sha512) in rows {
            for (secret, algorithm, code) in [
                (RFC4226_SECRET, "sha1", sha1),
                (RFC6238_SHA256_SECRET, "sha256", sha256),
                (RFC6238_SHA512_SECRET, "SHA512", sha512),
            ] {
                let generate = format!(
                    "SELECT otp_totp('{secret}', to_timestamp({time}), 8, 30, '{algorithm}')"
                );
                assert_eq!(
                    text(&generate).as_deref(),
                    Some(code),
                    "{algorithm} at {time}"
                );
                let verify = format!(
                    "SELECT otp_totp_verify('{secret}', '{code}', to_timestamp({time}), 0, 8, 30, '{algorithm}')"
                );
                assert_eq!(boolean(&verify), Some(true), "{algorithm} at {time}");
            }
        }
    }

    #[pg_test]
    fn edge_cases_from_prior_art() {
        let cases: &[(&str, &str)] = &[
            // 6 digits are the 8-digit value mod 10^6.
            ("SELECT otp_totp('GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ', to_timestamp(59))", "287082"),
            // All-zero key, and a key whose first byte is 0x00.
            ("SELECT otp_hotp('AAAAAAAAAAAAAAAA', 1)", "812658"),
            ("SELECT otp_hotp('AAYTCMJRGEYTCMJRGEYTCMJRGEYTCMJR', 1)", "906559"),
            // Lower case, spaces, padding: the same key.
            ("SELECT otp_hotp('gezd gnbv gy3t qojq gezd gnbv gy3t qojq', 1)", "287082"),
            ("SELECT otp_hotp('GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ====', 1)", "287082"),
            // Ten digits: the whole 31-bit truncated value, zero-padded.
            ("SELECT otp_hotp('GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ', 2, 10)", "0137359152"),
            // Times after 2^31 s and the last second PostgreSQL can represent.
            ("SELECT otp_totp('GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ', to_timestamp(20000000000), 8)", "65353130"),
            ("SELECT length(otp_totp('GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ', '294276-12-31 23:59:59+00'))::text", "6"),
            // The epoch itself is step 0: the same code as HOTP counter 0.
            ("SELECT otp_totp('GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ', to_timestamp(0))", "755224"),
            // A one-second period makes the step the Unix time itself.
            ("SELECT otp_totp('GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ', to_timestamp(3), 6, 1)", "969429"),
        ];
        for (query, expected) in cases {
            assert_eq!(text(query).as_deref(), Some(*expected), "{query}");
        }
    }

    #[pg_test]
    fn totp_defaults_to_the_current_time() {
        let same = boolean(
            "SELECT otp_totp('GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ') = otp_totp('GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ', now())",
        );
        assert_eq!(same, Some(true));
        let accepted = boolean(
            "SELECT otp_totp_verify('GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ', otp_totp('GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ'))",
        );
        assert_eq!(accepted, Some(true));
    }

    #[pg_test]
    fn verify_window_follows_skew() {
        // Code of step 1000 (t = 30000 s), checked at steps 1000 + offset with each skew.
        for skew in 0..=2i64 {
            for offset in -3i64..=3 {
                let query = format!(
                    "SELECT otp_totp_verify('{RFC4226_SECRET}', otp_totp('{RFC4226_SECRET}', to_timestamp(30000)),
                                            to_timestamp(30000 + 30 * {offset}), {skew})"
                );
                assert_eq!(
                    boolean(&query),
                    Some(offset.abs() <= skew),
                    "skew {skew} offset {offset}"
                );
            }
        }
        // Within a step any second verifies; the code's formatting is forgiving of spaces only.
        let rows: &[(&str, bool)] = &[
            ("'287082', to_timestamp(59), 0", true),
            ("'287 082', to_timestamp(59), 0", true),
            ("'287082', to_timestamp(30), 0", true),
            ("'287083', to_timestamp(59), 0", false),
            ("'28708', to_timestamp(59), 0", false),
            ("'2870820', to_timestamp(59), 0", false),
            ("'', to_timestamp(59), 0", false),
            ("'28708x', to_timestamp(59), 0", false),
            ("'94287082', to_timestamp(59), 0", false),
            ("repeat('9', 100000), to_timestamp(59), 0", false),
            // Step 0 has no predecessor: the window starts there.
            ("'755224', to_timestamp(0), 1", true),
        ];
        for (arguments, expected) in rows {
            let query = format!("SELECT otp_totp_verify('{RFC4226_SECRET}', {arguments})");
            assert_eq!(boolean(&query), Some(*expected), "{arguments}");
        }
        let eight_digits = format!(
            "SELECT otp_totp_verify('{RFC4226_SECRET}', '94287082', to_timestamp(59), 0, 8)"
        );
        assert_eq!(boolean(&eight_digits), Some(true));
    }

    #[pg_test]
    fn generated_secrets() {
        let default_length = text("SELECT length(otp_generate_secret())::text");
        assert_eq!(default_length.as_deref(), Some("32"));
        let rows: &[(i32, &str)] = &[(16, "26"), (32, "52"), (128, "205")];
        for (bytes, length) in rows {
            let query = format!("SELECT length(otp_generate_secret({bytes}))::text");
            assert_eq!(text(&query).as_deref(), Some(*length));
        }
        assert_eq!(
            boolean("SELECT otp_generate_secret() ~ '^[A-Z2-7]{32}$' AND otp_generate_secret() <> otp_generate_secret()"),
            Some(true)
        );
        let decoded = text("SELECT length(otp_base32_decode(otp_generate_secret(20)))::text");
        assert_eq!(decoded.as_deref(), Some("20"));
    }

    #[pg_test]
    fn otpauth_uris() {
        let rows: &[(&str, &str)] = &[
            (
                "'jbsw y3dp ehpk 3pxp', 'alice@example.com', 'Example Co'",
                "otpauth://totp/Example%20Co:alice%40example.com?secret=JBSWY3DPEHPK3PXP&issuer=Example%20Co",
            ),
            ("'JBSWY3DPEHPK3PXP', 'alice'", "otpauth://totp/alice?secret=JBSWY3DPEHPK3PXP"),
            (
                "'JBSWY3DPEHPK3PXP', 'bob', 'Acme', 8, 60, 'SHA256'",
                "otpauth://totp/Acme:bob?secret=JBSWY3DPEHPK3PXP&issuer=Acme&algorithm=SHA256&digits=8&period=60",
            ),
            (
                "'JBSWY3DPEHPK3PXP', 'ö b', issuer => 'Ünï/co'",
                "otpauth://totp/%C3%9Cn%C3%AF%2Fco:%C3%B6%20b?secret=JBSWY3DPEHPK3PXP&issuer=%C3%9Cn%C3%AF%2Fco",
            ),
        ];
        for (arguments, expected) in rows {
            let query = format!("SELECT otp_totp_uri({arguments})");
            assert_eq!(text(&query).as_deref(), Some(*expected), "{arguments}");
        }
    }

    #[pg_test]
    fn base32_functions() {
        let rows: &[(&str, Option<&str>)] = &[
            ("SELECT otp_base32_encode('foobar'::bytea)", Some("MZXW6YTBOI")),
            ("SELECT otp_base32_encode('foobar'::bytea, true)", Some("MZXW6YTBOI======")),
            ("SELECT otp_base32_encode(''::bytea)", Some("")),
            ("SELECT encode(otp_base32_decode('mzxw6ytboi'), 'escape')", Some("foobar")),
            ("SELECT encode(otp_base32_decode('MZXW6YTBOI======'), 'hex')", Some("666f6f626172")),
            ("SELECT encode(otp_base32_decode('AAAAAAAA'), 'hex')", Some("0000000000")),
            (
                "SELECT (otp_base32_decode(otp_base32_encode(b)) = b)::text
                   FROM (SELECT decode(md5(i::text) || md5(i::text), 'hex') AS b FROM generate_series(1, 50) i) s
                  ORDER BY 1 LIMIT 1",
                Some("true"),
            ),
        ];
        for (query, expected) in rows {
            assert_eq!(text(query).as_deref(), *expected, "{query}");
        }
    }

    #[pg_test]
    fn nulls_give_null() {
        let queries = [
            "SELECT otp_hotp(NULL, 1)",
            "SELECT otp_hotp('AAAAAAAAAAAAAAAA', NULL)",
            "SELECT otp_hotp('AAAAAAAAAAAAAAAA', 1, NULL)",
            "SELECT otp_hotp('AAAAAAAAAAAAAAAA', 1, 6, NULL)",
            "SELECT otp_totp(NULL)",
            "SELECT otp_totp('AAAAAAAAAAAAAAAA', NULL)",
            "SELECT otp_totp('AAAAAAAAAAAAAAAA', now(), 6, NULL)",
            "SELECT otp_totp_verify(NULL, '123456')::text",
            "SELECT otp_totp_verify('AAAAAAAAAAAAAAAA', NULL)::text",
            "SELECT otp_totp_verify('AAAAAAAAAAAAAAAA', '123456', now(), NULL)::text",
            "SELECT otp_totp_uri(NULL, 'alice')",
            "SELECT otp_totp_uri('AAAAAAAAAAAAAAAA', NULL)",
            "SELECT otp_totp_uri('AAAAAAAAAAAAAAAA', 'alice', 'Acme', NULL)",
            "SELECT otp_generate_secret(NULL)",
            "SELECT otp_base32_encode(NULL)",
            "SELECT encode(otp_base32_decode(NULL), 'hex')",
        ];
        for query in queries {
            assert_eq!(text(query), None, "{query}");
        }
    }

    /// Volatility, strictness and parallel safety as declared to the planner.
    #[pg_test]
    fn function_properties() {
        let rows: &[(&str, &str)] = &[
            ("otp_generate_secret", "v s t"),
            ("otp_hotp", "i s t"),
            ("otp_totp", "i s t"),
            ("otp_totp_verify", "i s t"),
            ("otp_totp_uri", "i s f"),
            ("otp_base32_encode", "i s t"),
            ("otp_base32_decode", "i s t"),
        ];
        for (name, expected) in rows {
            let query = format!(
                "SELECT provolatile::text || ' ' || proparallel::text || ' ' || CASE WHEN proisstrict THEN 't' ELSE 'f' END
                   FROM pg_proc WHERE proname = '{name}'"
            );
            assert_eq!(text(&query).as_deref(), Some(*expected), "{name}");
        }
    }

    /// One session's view of a challenge: initiate, claim the code as a sender would, verify.
    #[pg_test]
    fn session_flow_in_one_transaction() {
        // Every pg_test runs in a transaction block: let it count attempts there.
        Spi::run("SET LOCAL otp_pg.require_autocommit = off").unwrap();
        Spi::run("SELECT otp_set_policy('pgtest', max_attempts => 2, code_length => 8)").unwrap();
        let challenge = text(
            "SELECT (otp_initiate(' Bob@Example.ORG ', policy => 'pgtest')).challenge_id::text",
        )
        .unwrap();
        let code = text(&format!(
            "SELECT code FROM otp_claim_deliveries(100) WHERE challenge_id = '{challenge}'"
        ))
        .unwrap();
        assert_eq!(code.len(), 8);
        let status = |code: &str| {
            text(&format!(
                "SELECT row(status, remaining_attempts, identifier)::text FROM otp_verify('{challenge}', '{code}')"
            ))
            .unwrap()
        };
        let wrong: String = code
            .chars()
            .map(|c| {
                if c == '9' {
                    '0'
                } else {
                    ((c as u8) + 1) as char
                }
            })
            .collect();
        assert_eq!(status(&wrong), "(invalid_code,1,)");
        assert_eq!(status(&code), "(success,0,bob@example.org)");
        assert_eq!(status(&code), "(not_found,,)");
    }

    #[pg_test]
    fn identifier_normalisation_table() {
        let rows: &[(&str, &str, &str)] = &[
            ("  Alice@Example.COM ", "email", "alice@example.com"),
            ("ÅSA@Exempel.SE", "email", "åsa@exempel.se"),
            ("+46 (70) 123-4567", "sms", "+46701234567"),
            ("0046 (0)70 123 45 67", "SMS", "+46701234567"),
            (
                "Alice+News@BÜCHER.example",
                "email",
                "alice+news@xn--bcher-kva.example",
            ),
        ];
        for (identifier, channel, expected) in rows {
            let query = format!("SELECT otp_normalize_identifier('{identifier}', '{channel}')");
            assert_eq!(text(&query).as_deref(), Some(*expected), "{identifier}");
        }
    }

    /// A sealed value opened under another key (altered rows or the wrong key) is XX001. Internal:
    /// no SQL caller reaches it with arguments, so tests/regress does not show it.
    #[pg_test]
    fn sealed_value_under_another_key_is_data_corrupted() {
        assert_errors(&[(
            "SELECT otp_private.open_delivery_code(decode(repeat('00', 32), 'hex'), '00000000-0000-0000-0000-000000000001', 1,
                    otp_private.seal_delivery_code(decode(repeat('01', 32), 'hex'), '00000000-0000-0000-0000-000000000001', 1, 'x'))",
            "XX001",
            "sealed value for 00000000-0000-0000-0000-000000000001/1 does not open with its server key",
        )]);
    }

    /// Every SECURITY DEFINER function pins search_path; none of the session functions is
    /// executable by PUBLIC.
    #[pg_test]
    fn session_function_privileges() {
        let unpinned = text(
            "SELECT count(*)::text FROM pg_proc
              WHERE prosecdef AND pronamespace IN ('public'::regnamespace, 'otp_private'::regnamespace)
                AND NOT coalesce('search_path=pg_catalog, pg_temp' = ANY(proconfig), false)",
        );
        assert_eq!(unpinned.as_deref(), Some("0"));
        // Every function that runs with the owner's rights is granted by name, never to PUBLIC.
        let open_to_public = text(
            "SELECT coalesce(string_agg(oid::regprocedure::text, ', '), '') FROM pg_proc
              WHERE prosecdef AND pronamespace IN ('public'::regnamespace, 'otp_private'::regnamespace)
                AND has_function_privilege('public', oid, 'EXECUTE')",
        );
        assert_eq!(open_to_public.as_deref(), Some(""));
        let definers = text(
            "SELECT count(*)::text FROM pg_proc WHERE prosecdef AND pronamespace = 'public'::regnamespace",
        );
        assert!(
            definers
                .as_deref()
                .and_then(|n| n.parse::<i32>().ok())
                .unwrap_or(0)
                > 40,
            "{definers:?}"
        );
        assert_eq!(
            text("SELECT has_schema_privilege('public', 'otp_private', 'USAGE')::text").as_deref(),
            Some("false")
        );
    }

    /// The calls that count an attempt refuse a transaction block (every pg_test runs in one),
    /// where a rollback would give the attempt back; arguments are checked first.
    #[pg_test]
    fn attempt_counting_calls_refuse_a_transaction_block() {
        Spi::run("SELECT otp_totp_enroll('pg-guard')").unwrap();
        let refused = "25001";
        assert_errors(&[
            (
                "SELECT otp_verify(gen_random_uuid(), '123456')",
                refused,
                "otp_verify must run as a statement of its own",
            ),
            (
                "SELECT otp_totp_confirm('pg-guard', '123456')",
                refused,
                "otp_totp_confirm must run as a statement of its own",
            ),
            (
                "SELECT otp_totp_check('pg-guard', '123456')",
                refused,
                "otp_totp_check must run as a statement of its own",
            ),
            (
                "SELECT otp_recovery_code_use('pg-guard', '123456')",
                refused,
                "otp_recovery_code_use must run as a statement of its own",
            ),
            (
                "SELECT otp_verify(NULL, '1')",
                "22004",
                "challenge_id must not be NULL",
            ),
        ]);
        Spi::run("SET LOCAL otp_pg.require_autocommit = off").unwrap();
        assert_eq!(
            boolean("SELECT otp_totp_confirm('pg-guard', '000000')"),
            Some(false)
        );
    }

    /// A factor's life in one session: enrol, confirm with the current code, refuse its replay.
    #[pg_test]
    fn factor_flow_in_one_transaction() {
        Spi::run("SET LOCAL otp_pg.require_autocommit = off").unwrap();
        let secret =
            text("SELECT secret FROM otp_totp_enroll('pg-user', issuer => 'pgrx')").unwrap();
        let code = text(&format!("SELECT otp_totp('{secret}')")).unwrap();
        assert_eq!(
            boolean("SELECT otp_totp_check('pg-user', '000000')"),
            Some(false)
        );
        assert_eq!(
            boolean(&format!("SELECT otp_totp_confirm('pg-user', '{code}')")),
            Some(true)
        );
        assert_eq!(
            boolean(&format!("SELECT otp_totp_check('pg-user', '{code}')")),
            Some(false)
        );
        let next = text(&format!(
            "SELECT otp_totp('{secret}', now() + interval '30 seconds')"
        ))
        .unwrap();
        assert_eq!(
            boolean(&format!("SELECT otp_totp_check('pg-user', '{next}')")),
            Some(true)
        );
        let recovery = text("SELECT otp_recovery_codes_generate('pg-user', 1)").unwrap();
        assert_eq!(
            boolean(&format!(
                "SELECT otp_recovery_code_use('pg-user', upper('{recovery}'))"
            )),
            Some(true)
        );
        assert_eq!(
            text("SELECT otp_recovery_codes_remaining('pg-user')::text").as_deref(),
            Some("0")
        );
        let svg =
            text("SELECT otp_totp_qr_svg('otpauth://totp/a?secret=AAAAAAAAAAAAAAAA')").unwrap();
        assert!(
            svg.starts_with("<svg xmlns=\"http://www.w3.org/2000/svg\"") && svg.ends_with("</svg>")
        );
    }

    /// pg_tests run without shared_preload_libraries: the refusal queue doesn't exist, and its
    /// functions say so without failing; an event too long to queue is refused all the same.
    #[pg_test]
    fn refusal_queue_without_preloading_does_nothing() {
        assert_eq!(
            boolean(r#"SELECT otp_private.queue_refusal('{"event": "x"}')"#),
            Some(false)
        );
        assert_eq!(
            Spi::get_one::<i64>("SELECT count(*) FROM otp_private.take_refusals()").unwrap(),
            Some(0)
        );
        assert_eq!(
            Spi::get_one::<i32>("SELECT otp_private.refusals_waiting()").unwrap(),
            Some(0)
        );
        assert_errors(&[(
            "SELECT otp_private.queue_refusal(jsonb_build_object('event', repeat('x', 1100)))",
            "22023",
            "otp_pg: event is 1113 bytes long",
        )]);
    }
}
