"""pg_dump of a database using otp_pg restores with its policies, server keys, authenticator
factors and recovery codes, signing keys and token policies, all working; challenges, deliveries and rate counters are transient
and are not carried over."""

import base64
import json
import os
import subprocess
import time

import psycopg
import pyotp
import pytest

from helpers import initiate, set_policy, unique_email, unique_name


def run(tool, *arguments):
    bindir = os.environ.get("OTP_PG_BIN")
    if not bindir:
        pytest.fail("OTP_PG_BIN is not set: run the tests through scripts/test.sh")
    return subprocess.run([os.path.join(bindir, tool), *arguments], check=True, capture_output=True, text=True)


def test_policies_and_keys_survive_dump_and_restore(conn, dsn):
    source, target = unique_name("dump_src").replace("-", "_"), unique_name("dump_dst").replace("-", "_")
    conn.execute(f"CREATE DATABASE {source}")
    conn.execute(f"CREATE DATABASE {target}")
    role = unique_name("dump_web").replace("-", "_")
    conn.execute(f"CREATE ROLE {role} NOLOGIN")
    params = psycopg.conninfo.conninfo_to_dict(dsn)
    connection = ["-h", params["host"], "-p", str(params["port"]), "-U", params["user"]]
    try:
        with psycopg.connect(dsn, dbname=source, autocommit=True) as db:
            db.execute("CREATE EXTENSION otp_pg")
            set_policy(db, "signup", code_length=8, ttl_seconds=900)
            set_policy(db, "default", max_attempts=3)
            initiate(db, unique_email("dump"), policy="signup")
            uri = db.execute("SELECT uri FROM otp_totp_enroll('user-1')").fetchone()[0]
            app = pyotp.parse_uri(uri)
            assert db.execute("SELECT otp_totp_confirm('user-1', %s)", (app.now(),)).fetchone()[0]
            recovery = [row[0] for row in db.execute("SELECT otp_recovery_codes_generate('user-1', 4)")]
            assert db.execute("SELECT otp_recovery_code_use('user-1', %s)", (recovery[0],)).fetchone()[0]
            assert db.execute("SELECT otp_totp_check('user-1', 'no code')").fetchone()[0] is False  # a failure
            db.execute("REVOKE CREATE ON SCHEMA public FROM PUBLIC")  # a token role may create nowhere (PostgreSQL 14)
            db.execute("SELECT otp_set_token_policy('signup', %s, 900)", (role,))
            retired_hs256 = db.execute("SELECT otp_rotate_signing_key('HS256', repeat('k', 40))").fetchone()[0]
            kid = db.execute("SELECT otp_rotate_signing_key()").fetchone()[0]
            token = db.execute("SELECT otp_recovery_token('user-1', %s, policy => 'signup')", (recovery[2],)).fetchone()[0]
            signing = db.execute("SELECT * FROM otp_signing_keys()").fetchall()
            jwks = db.execute("SELECT otp_jwks()").fetchone()[0]
            recovery = recovery[:2]
            for transient in ("challenge", "delivery", "rate_counter", "factor_failure"):
                assert db.execute(f"SELECT count(*) FROM otp_private.{transient}").fetchone()[0] > 0, transient
            policies = db.execute("SELECT * FROM otp_policies() ORDER BY name").fetchall()
            keys = db.execute("SELECT key_id, secret FROM otp_private.server_key ORDER BY key_id").fetchall()
        assert len(keys) == 1

        archive = f"/tmp/{source}.dump"
        run("pg_dump", *connection, "-Fc", "-f", archive, "-d", source)
        run("pg_restore", *connection, "-d", target, archive)
        os.remove(archive)

        with psycopg.connect(dsn, dbname=target, autocommit=True) as db:
            assert db.execute("SELECT * FROM otp_policies() ORDER BY name").fetchall() == policies
            assert db.execute("SELECT key_id, secret FROM otp_private.server_key ORDER BY key_id").fetchall() == keys
            for transient in ("challenge", "delivery", "rate_counter", "factor_failure"):
                assert db.execute(f"SELECT count(*) FROM otp_private.{transient}").fetchone()[0] == 0, transient
            # The restored database works: a new challenge under the restored policy, the factor
            # (whose last accepted step came along: the confirmation code is still refused), and
            # the recovery codes (the used one stays used).
            started = initiate(db, unique_email("restored"), policy="signup")
            assert started["ttl_seconds"] == 900
            assert db.execute("SELECT otp_totp_check('user-1', %s)", (app.at(time.time() - 30),)).fetchone()[0] is False
            assert db.execute("SELECT otp_totp_check('user-1', %s)", (app.at(time.time() + 30),)).fetchone()[0] is True
            assert db.execute("SELECT otp_recovery_codes_remaining('user-1')").fetchone()[0] == 2
            assert db.execute("SELECT otp_recovery_code_use('user-1', %s)", (recovery[0],)).fetchone()[0] is False
            assert db.execute("SELECT otp_recovery_code_use('user-1', %s)", (recovery[1],)).fetchone()[0] is True
            # Signing keys come along sealed, still opening: the token made before the dump
            # verifies, the current key signs on, the retired one still verifies until its time.
            assert db.execute("SELECT * FROM otp_signing_keys()").fetchall() == signing
            assert retired_hs256 in [row[0] for row in signing] and db.execute("SELECT otp_jwks()").fetchone()[0] == jwks
            assert db.execute("SELECT otp_token_verify(%s)->>'sub'", (token,)).fetchone()[0] == "user-1"
            assert db.execute("SELECT (otp_token_policies()).role").fetchone()[0] == role
            started = initiate(db, unique_email("token"), policy="signup")
            code = db.execute("SELECT code FROM otp_claim_deliveries() WHERE challenge_id = %s",
                              (started["challenge_id"],)).fetchone()[0]
            after = db.execute("SELECT token FROM otp_verify(%s, %s)", (started["challenge_id"], code)).fetchone()[0]
            assert db.execute("SELECT otp_token_verify(%s)->>'role'", (after,)).fetchone()[0] == role
            header = json.loads(base64.urlsafe_b64decode(after.split(".")[0] + "=="))
            assert header["kid"] == kid
    finally:
        conn.execute(f"DROP DATABASE IF EXISTS {source}")
        conn.execute(f"DROP DATABASE IF EXISTS {target}")
        conn.execute(f"DROP ROLE {role}")
