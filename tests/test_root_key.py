"""Secrets at rest: with a root key held outside the database (otp_pg.root_key_file), the server
keys are stored wrapped under it, so that a dump alone opens nothing; each server here is a real
PostgreSQL of its own, since the root key is read once at server start."""

import os
import shutil
import time

import psycopg
import pyotp
import pytest

from clusters import SERVER_USER, ServerGroup, run_tool

ROOT_KEY = "5a" * 32
OTHER_ROOT_KEY = "c3" * 32


def key_file(group, name, text, mode=0o600):
    path = os.path.join(group.root, name)
    with open(path, "w") as file:
        file.write(text + "\n")
    if os.geteuid() == 0:
        shutil.chown(path, SERVER_USER, SERVER_USER)
    os.chmod(path, mode)
    return path


def server(group, name, **settings):
    conf = {"shared_preload_libraries": "otp_pg", "otp_pg.purge_interval": "0"}
    conf.update({f"otp_pg.{setting}": value for setting, value in settings.items()})
    made = group.create(name, conf)
    made.start()
    return made


def enrolled(conn, key) -> pyotp.TOTP:
    totp = pyotp.TOTP(conn.execute("SELECT secret FROM otp_totp_enroll(%s)", (key,)).fetchone()[0])
    assert conn.execute("SELECT otp_totp_confirm(%s, %s)", (key, totp.now())).fetchone()[0] is True
    return totp


def restored_from(group, source, name, **settings):
    target = server(group, name, **settings)
    dump = os.path.join(group.root, f"{source.name}.sql")
    run_tool("pg_dump", "-h", "127.0.0.1", "-p", str(source.port), "-U", "postgres", "-f", dump, "postgres")
    run_tool("psql", "-h", "127.0.0.1", "-p", str(target.port), "-U", "postgres", "-v", "ON_ERROR_STOP=1",
             "-q", "-f", dump, "postgres")
    return target, dump


def refusal(conn, query, params=()):
    with pytest.raises(psycopg.Error) as raised:
        conn.execute(query, params)
    return raised.value


def test_a_dump_opens_nothing_without_the_root_key_and_everything_with_it():
    with ServerGroup() as group:
        path = key_file(group, "root.key", ROOT_KEY)
        source = server(group, "source", root_key_file=path)
        source.create_extension()
        with source.connect() as conn:
            totp = enrolled(conn, "alice")
            codes = [row[0] for row in conn.execute("SELECT otp_recovery_codes_generate('alice', 2)")]
            stored = [row[0] for row in conn.execute("SELECT secret FROM otp_private.server_key")]
            assert stored and all(len(secret) > 32 and secret.startswith(b"otpw") for secret in stored)

        bare, dump = restored_from(group, source, "bare")
        text = open(dump).read()
        assert totp.secret not in text and codes[0] not in text
        with bare.connect() as conn:
            error = refusal(conn, "SELECT otp_totp_check('alice', %s)", (totp.at(time.time() + 30),))
            assert error.sqlstate == "55000"
            assert "wrapped under root key" in error.diag.message_primary
            assert "otp_pg.root_key_file" in error.diag.message_hint
            assert refusal(conn, "SELECT otp_recovery_code_use('alice', %s)", (codes[0],)).sqlstate == "55000"

        wrong = server(group, "wrong", root_key_file=key_file(group, "other.key", OTHER_ROOT_KEY))
        with wrong.connect() as conn:
            conn.execute("CREATE DATABASE copy")
        run_tool("psql", "-h", "127.0.0.1", "-p", str(wrong.port), "-U", "postgres", "-q", "-v", "ON_ERROR_STOP=1",
                 "-f", dump, "copy")
        with wrong.connect(dbname="copy") as conn:
            error = refusal(conn, "SELECT otp_totp_check('alice', %s)", (totp.at(time.time() + 30),))
            assert error.sqlstate == "55000" and "otp_pg.root_key_file holds root key" in error.diag.message_primary

        keyed, _ = restored_from(group, source, "keyed", root_key_file=path)
        with keyed.connect() as conn:
            assert conn.execute("SELECT otp_totp_check('alice', %s)", (totp.at(time.time() + 30),)).fetchone()[0] is True
            assert conn.execute("SELECT otp_recovery_code_use('alice', %s)", (codes[0],)).fetchone()[0] is True


def test_keys_made_before_the_root_key_are_wrapped_and_the_root_key_is_replaced():
    with ServerGroup() as group:
        plain = server(group, "plain")
        plain.create_extension()
        with plain.connect() as conn:
            totp = enrolled(conn, "bob")
            codes = [row[0] for row in conn.execute("SELECT otp_recovery_codes_generate('bob', 2)")]
            assert [len(row[0]) for row in conn.execute("SELECT secret FROM otp_private.server_key")] == [32]
            assert refusal(conn, "SELECT otp_wrap_server_keys()").sqlstate == "55000"
        assert "otp_pg.root_key_file is not set" in plain.log()

        first = key_file(group, "first.key", ROOT_KEY)
        plain.stop()
        plain.configure({"otp_pg.root_key_file": first})
        plain.start()
        with plain.connect() as conn:
            assert conn.execute("SELECT otp_totp_check('bob', %s)", (totp.at(time.time() + 30),)).fetchone()[0] is True
            assert conn.execute("SELECT otp_wrap_server_keys()").fetchone()[0] == 1
            wrapped = conn.execute("SELECT secret FROM otp_private.server_key").fetchone()[0]
            assert wrapped.startswith(b"otpw")

        second = key_file(group, "second.key", OTHER_ROOT_KEY)
        plain.stop()
        plain.configure({"otp_pg.root_key_file": second, "otp_pg.previous_root_key_file": first})
        plain.start()
        with plain.connect() as conn:
            assert conn.execute("SELECT otp_wrap_server_keys()").fetchone()[0] == 1
            assert conn.execute("SELECT secret FROM otp_private.server_key").fetchone()[0] != wrapped
        plain.stop()
        plain.configure({"otp_pg.previous_root_key_file": ""})
        plain.start()
        with plain.connect() as conn:
            assert conn.execute("SELECT otp_recovery_code_use('bob', %s)", (codes[0],)).fetchone()[0] is True


def test_a_root_key_that_does_not_load_makes_no_server_key_unwrapped():
    """The review of the root key: a key file others may read was refused with a warning, and the
    server then stored new keys unwrapped (a dump opened the secrets made under them). A root key
    asked for and not loaded now makes no key at all (55000), and no path reaches the error."""
    with ServerGroup() as group:
        path = key_file(group, "open.key", ROOT_KEY, mode=0o644)
        loose = server(group, "loose", root_key_file=path)
        loose.create_extension()
        assert "otp_pg.root_key_file" in loose.log() and "mode 0600" in loose.log()
        assert ROOT_KEY not in loose.log()
        with loose.connect() as conn:
            error = refusal(conn, "SELECT otp_totp_enroll('carol')")
            assert error.sqlstate == "55000" and path not in str(error)
            assert conn.execute("SELECT count(*) FROM otp_private.server_key").fetchone()[0] == 0
            assert refusal(conn, "SELECT otp_initiate('carol@example.com')").sqlstate == "55000"
            assert refusal(conn, "SELECT otp_rotate_server_key()").sqlstate == "55000"


def test_right_codes_typed_while_the_root_key_is_missing_do_not_lock_the_user_out():
    """With the root key missing at a restart, a user's right codes failed with 55000, and each
    failure counted: after the key came back the user was locked out. Nothing is compared
    without the key, so nothing is counted."""
    with ServerGroup() as group:
        path = key_file(group, "root.key", ROOT_KEY)
        keyed = server(group, "keyed", root_key_file=path)
        keyed.create_extension()
        with keyed.connect() as conn:
            totp = enrolled(conn, "erin")
            codes = [row[0] for row in conn.execute("SELECT otp_recovery_codes_generate('erin', 2)")]
        keyed.stop()
        os.rename(path, path + ".away")
        keyed.start()
        with keyed.connect() as conn:
            for _ in range(8):
                assert refusal(conn, "SELECT otp_totp_check('erin', %s)", (totp.at(time.time() + 30),)).sqlstate == "55000"
                assert refusal(conn, "SELECT otp_recovery_code_use('erin', %s)", (codes[0],)).sqlstate == "55000"
        keyed.stop()
        os.rename(path + ".away", path)
        keyed.start()
        with keyed.connect() as conn:
            conn.execute("SELECT otp_purge()")  # records whatever the ledger kept (nothing)
            assert conn.execute("SELECT (otp_factor_status('erin')).locked_until").fetchone()[0] is None
            assert conn.execute("SELECT otp_totp_check('erin', %s)", (totp.at(time.time() + 30),)).fetchone()[0] is True


def test_a_root_key_command_neither_holds_up_the_start_nor_needs_to_close_its_output():
    """A command that left a helper holding its output, or never ended, held up the server's start
    without end. The first line is read as soon as the command ends; one that runs over 10 s is
    given up, with a warning, and then no key is made."""
    with ServerGroup() as group:
        helper_left = server(group, "helper", root_key_command=f"echo {ROOT_KEY}; sleep 600 &")
        helper_left.create_extension()
        with helper_left.connect() as conn:
            enrolled(conn, "frank")
            assert conn.execute("SELECT secret FROM otp_private.server_key").fetchone()[0].startswith(b"otpw")
            conn.execute("CREATE ROLE reader LOGIN")
        with helper_left.connect(user="reader") as reader:
            assert refusal(reader, "SHOW otp_pg.root_key_command").sqlstate == "42501"
        endless = server(group, "endless", root_key_command="sleep 600")
        endless.create_extension()
        assert "did not end within 10 s" in endless.log()
        with endless.connect() as conn:
            assert refusal(conn, "SELECT otp_totp_enroll('gina')").sqlstate == "55000"


def test_a_standby_with_the_same_root_key_file_serves_checks_after_promotion():
    """A standby is a copy of the primary's files, postgresql.conf included: it reads the same
    root key file at its start, and serves checks once promoted."""
    with ServerGroup() as group:
        path = key_file(group, "root.key", ROOT_KEY)
        primary = group.create("primary", {"wal_level": "replica", "hot_standby": "on",
                                           "shared_preload_libraries": "otp_pg", "otp_pg.purge_interval": "0",
                                           "otp_pg.root_key_file": path})
        primary.start()
        primary.create_extension()
        with primary.connect() as conn:
            totp = enrolled(conn, "dave")
            codes = [row[0] for row in conn.execute("SELECT otp_recovery_codes_generate('dave', 2)")]
        standby = group.replica_of(primary, "standby")
        standby.start()
        standby.wait_for_replay(primary)
        with standby.connect() as conn:
            # The factor has reached the standby.
            assert conn.execute("SELECT (otp_factor_status('dave')).state").fetchone()[0] == "active"
        primary.stop("immediate")
        standby.promote()
        with standby.connect() as conn:
            for _ in range(200):
                if not conn.execute("SELECT pg_is_in_recovery()").fetchone()[0]:
                    break
                time.sleep(0.05)
            assert conn.execute("SELECT otp_recovery_code_use('dave', %s)", (codes[0],)).fetchone()[0] is True
            assert conn.execute("SELECT otp_totp_check('dave', %s)", (totp.at(time.time() + 30),)).fetchone()[0] is True


def test_an_update_from_0_4_0_wraps_the_existing_keys_and_everything_sealed_keeps_working():
    """The update to 0.4.1, on a server with a root key, stores the existing server keys wrapped
    and seals the factor secrets again; codes, factors and recovery codes made before work."""
    from test_upgrade import extension_directory

    frozen = os.path.join(os.path.dirname(os.path.abspath(__file__)), "upgrade", "otp_pg--0.4.0.sql")
    installed = os.path.join(extension_directory(), "otp_pg--0.4.0.sql")
    shutil.copyfile(frozen, installed)
    os.chmod(installed, 0o644)
    with ServerGroup() as group:
        keyed = server(group, "updated", root_key_file=key_file(group, "root.key", ROOT_KEY))
        with keyed.connect() as conn:
            conn.execute("CREATE EXTENSION otp_pg VERSION '0.4.0'")
            totp = enrolled(conn, "hugo")
            codes = [row[0] for row in conn.execute("SELECT otp_recovery_codes_generate('hugo', 2)")]
            assert [len(row[0]) for row in conn.execute("SELECT secret FROM otp_private.server_key")] == [32]
            conn.execute("ALTER EXTENSION otp_pg UPDATE")
            assert all(row[0].startswith(b"otpw") for row in conn.execute("SELECT secret FROM otp_private.server_key"))
            assert conn.execute("SELECT otp_totp_check('hugo', %s)", (totp.at(time.time() + 30),)).fetchone()[0] is True
            assert conn.execute("SELECT otp_recovery_code_use('hugo', %s)", (codes[0],)).fetchone()[0] is True


def test_a_call_that_cannot_open_its_key_forgets_no_attempt_that_compared():
    """With the current server key unopenable (made under a root key since taken away) and the
    victim's recovery codes under an older key that opens, each wrong guess was compared and then
    forgotten by a call in the same statement that needed the current key: 20 guesses, never
    locked. An attempt whose key was opened stays counted."""
    with ServerGroup() as group:
        first, second = key_file(group, "first.key", ROOT_KEY), key_file(group, "second.key", OTHER_ROOT_KEY)
        keyed = server(group, "keyed", root_key_file=first)
        keyed.create_extension()
        with keyed.connect() as conn:
            enrolled(conn, "ivan")
            conn.execute("SELECT otp_recovery_codes_generate('ivan', 2)")
        for settings in ({"otp_pg.root_key_file": second, "otp_pg.previous_root_key_file": first},
                         {"otp_pg.root_key_file": first, "otp_pg.previous_root_key_file": ""}):
            keyed.stop()
            keyed.configure(settings)
            keyed.start()
            if settings["otp_pg.previous_root_key_file"]:
                with keyed.connect() as conn:
                    conn.execute("SELECT otp_rotate_server_key()")  # the current key, under the second root key
        with keyed.connect() as conn:
            for guess in range(8):
                error = refusal(conn, "SELECT CASE WHEN otp_recovery_code_use('ivan', %s) THEN 'hit'"
                                      " ELSE (SELECT 'x' FROM otp_initiate('ivan@example.com')) END", (f"wrong-{guess}",))
                assert error.sqlstate == "55000"
            conn.execute("SELECT otp_purge()")
            assert conn.execute("SELECT (otp_factor_status('ivan')).locked_until IS NOT NULL").fetchone()[0] is True


def test_otp_pg_works_without_preloading_and_a_root_key_set_then_makes_no_key():
    """Defining the root-key settings outside the postmaster ended every session that loaded
    otp_pg without preloading (FATAL). Without preloading otp_pg works as before; with a root key
    set it makes no server key (the postmaster alone reads the key)."""
    with ServerGroup() as group:
        plain = group.create("plain", {})
        plain.start()
        plain.create_extension()
        with plain.connect() as conn:
            enrolled(conn, "judy")
        plain.stop()
        plain.configure({"otp_pg.root_key_file": key_file(group, "root.key", ROOT_KEY)})
        plain.start()
        with plain.connect() as conn:
            assert refusal(conn, "SELECT otp_rotate_server_key()").sqlstate == "55000"
            assert conn.execute("SELECT count(*) FROM otp_private.server_key").fetchone()[0] == 1
