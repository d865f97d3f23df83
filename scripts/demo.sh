#!/usr/bin/env bash
# The main job: set up, build and install otp_pg, start a throwaway PostgreSQL with it, and show it
# working end to end. Exits 0 only if every step did what it should; cleans up after itself.
#
#   OTP_PG_DEMO_VERSION   PostgreSQL major to use (default 17)
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"

bash scripts/setup.sh
MAJOR=${OTP_PG_DEMO_VERSION:-17}
BIN=$(bash scripts/cluster.sh bindir "$MAJOR")
DATADIR=$(mktemp -d /var/tmp/otp_pg-demo.XXXXXX)
trap 'bash scripts/cluster.sh stop "$DATADIR"' EXIT

step() { printf '\n\033[1;32m==>\033[0m \033[1m%s\033[0m\n' "$*"; }
fail() { printf '\033[1;31mFAILED:\033[0m %s\n' "$*" >&2; exit 1; }

step "Building otp_pg (release) and installing it into PostgreSQL $MAJOR"
cargo pgrx install --release --pg-config "$BIN/pg_config" 2>&1 | grep -E 'Installing|Finished|error' || true
[[ -f $("$BIN/pg_config" --sharedir)/extension/otp_pg.control ]] || fail "otp_pg is not installed"

PORT=$(free_port)
step "Starting PostgreSQL $MAJOR on 127.0.0.1:$PORT (data in $DATADIR)"
bash scripts/cluster.sh start "$MAJOR" "$DATADIR" "$PORT"
psql() { "$BIN/psql" -X -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$PORT" -U postgres -d postgres "$@"; }
value() { psql -At -c "$1"; }

step "CREATE EXTENSION otp_pg"
psql -c "CREATE EXTENSION otp_pg" -c "\dx otp_pg"

step "A new authenticator secret (20 random bytes, base32)"
SECRET=$(value "SELECT otp_generate_secret()")
echo "$SECRET"
[[ $SECRET =~ ^[A-Z2-7]{32}$ ]] || fail "unexpected secret: $SECRET"

step "The otpauth URI an authenticator app scans"
URI=$(value "SELECT otp_totp_uri('$SECRET', 'alice@example.com', 'otp_pg demo')")
echo "$URI"
[[ $URI == "otpauth://totp/otp_pg%20demo:alice%40example.com?secret=$SECRET&issuer=otp_pg%20demo" ]] || fail "unexpected URI"

step "The current TOTP code, and verifying it"
psql -c "SELECT otp_totp('$SECRET') AS code, otp_totp_verify('$SECRET', otp_totp('$SECRET')) AS verified"
[[ $(value "SELECT otp_totp_verify('$SECRET', otp_totp('$SECRET'))") == t ]] || fail "the current code did not verify"

step "A code from two minutes ago is refused (default window: one step either side)"
psql -c "SELECT otp_totp_verify('$SECRET', otp_totp('$SECRET', now() - interval '2 minutes')) AS verified"
[[ $(value "SELECT otp_totp_verify('$SECRET', otp_totp('$SECRET', now() - interval '2 minutes'))") == f ]] ||
    fail "a stale code verified"

step "RFC 6238 Appendix B, SHA-1 row for T = 59 s (expected 94287082)"
CODE=$(value "SELECT otp_totp('GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ', to_timestamp(59), 8)")
echo "$CODE"
[[ $CODE == 94287082 ]] || fail "RFC vector gave $CODE"

step "Passwordless login, 1: the application starts a challenge for an e-mail address"
psql -c "SELECT * FROM otp_initiate(' Alice@Example.com ', 'email', '{\"next\": \"/home\"}', client_addr => '203.0.113.9')"
CHALLENGE=$(value "SELECT challenge_id FROM otp_initiate('bob@example.com', client_addr => '203.0.113.9')")
echo "a second challenge, for bob@example.com: $CHALLENGE"

step "Passwordless login, 2: a sender claims the delivery requests (codes are sealed until then)"
CLAIMED=$(psql -At -F ' ' -c "SELECT delivery_id, identifier, code FROM otp_claim_deliveries()")
while read -r id who code; do echo "  delivery $id to $who: code $code (sent, then acknowledged)"; done <<<"$CLAIMED"
CODE=$(awk '$2 == "bob@example.com" {print $3}' <<<"$CLAIMED")
for id in $(awk '{print $1}' <<<"$CLAIMED"); do
    [[ $(value "SELECT otp_ack_delivery($id)") == t ]] || fail "delivery $id was not acknowledged"
done
[[ $CODE =~ ^[0-9]{6}$ ]] || fail "no code was delivered"
echo "bob's code, as his mail would show it: $CODE"

step "Passwordless login, 3: a wrong code, then the right one, then a replay"
WRONG=$(printf '%06d' $(( (10#$CODE + 1) % 1000000 )))
for attempt in "$WRONG:invalid_code" "$CODE:success" "$CODE:not_found"; do
    typed=${attempt%%:*} expected=${attempt#*:}
    row=$(psql -At -F ' | ' -c "SELECT status, remaining_attempts, identifier FROM otp_verify('$CHALLENGE', '$typed', '203.0.113.9')")
    echo "  typed $typed -> status | remaining_attempts | identifier = $row"
    [[ ${row%% *} == "$expected" ]] || fail "expected $expected for $typed"
done

step "No table holds a code in plain text"
psql -c "SELECT challenge_id, state, attempts, encode(code_digest, 'hex') AS code_digest FROM otp_private.challenge" \
     -c "SELECT delivery_id, state, sealed_code FROM otp_private.delivery"

step "Authenticator app, 1: enrol user-42 (a pending factor) and show the QR code to scan"
ENROLMENT=$(psql -At -F ' ' -c "SELECT secret, uri FROM otp_totp_enroll('user-42', 'alice@example.com', 'otp_pg demo')")
APP_SECRET=${ENROLMENT%% *}
APP_URI=${ENROLMENT#* }
echo "$APP_URI"
SVG_FILE="$DATADIR/enrolment.svg"
value "SELECT otp_totp_qr_svg('$APP_URI')" >"$SVG_FILE"
[[ $(head -c 4 "$SVG_FILE") == "<svg" ]] || fail "no SVG"
echo "QR code: $(wc -c <"$SVG_FILE") bytes of SVG; in the terminal:"
python3 - "$SVG_FILE" <<'PYTHON'
import re, sys
svg = open(sys.argv[1]).read()
size = int(re.search(r'viewBox="0 0 (\d+) \d+"', svg).group(1))
dark = [[False] * size for _ in range(size)]
for x, y, run in re.findall(r"M(\d+),(\d+)h(\d+)v1h-\d+z", svg):
    for column in range(int(x), int(x) + int(run)):
        dark[int(y)][column] = True
# Two rows per line with half blocks; light on dark terminals reads best inverted, so print
# dark modules as spaces on a white background.
for y in range(0, size, 2):
    line = ""
    for x in range(size):
        top, bottom = dark[y][x], dark[y + 1][x] if y + 1 < size else False
        line += {(False, False): "\u2588", (True, False): "\u2584", (False, True): "\u2580", (True, True): " "}[(top, bottom)]
    print("    " + line)
PYTHON

step "Authenticator app, 2: confirm with the app's code, then log in; the same code twice fails"
APP_CODE=$(value "SELECT otp_totp('$APP_SECRET')")
[[ $(value "SELECT otp_totp_confirm('user-42', '$APP_CODE')") == t ]] || fail "confirmation failed"
echo "  confirmed with $APP_CODE"
NEXT_CODE=$(value "SELECT otp_totp('$APP_SECRET', now() + interval '30 seconds')")
[[ $(value "SELECT otp_totp_check('user-42', '$NEXT_CODE')") == t ]] || fail "a fresh code was refused"
echo "  otp_totp_check('user-42', '$NEXT_CODE') = true"
[[ $(value "SELECT otp_totp_check('user-42', '$NEXT_CODE')") == f ]] || fail "a replayed code was accepted"
echo "  otp_totp_check('user-42', '$NEXT_CODE') again = false (replay refused)"
RECOVERY=$(value "SELECT string_agg(c, ' ') FROM otp_recovery_codes_generate('user-42', 4) c")
echo "  recovery codes: $RECOVERY"
[[ $(value "SELECT otp_recovery_code_use('user-42', upper('${RECOVERY%% *}'))") == t ]] || fail "recovery code refused"
echo "  used one; remaining: $(value "SELECT otp_recovery_codes_remaining('user-42')")"

step "Bad input is a clean error with the argument named"
ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "$ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

printf '\n\033[1;32mdemo complete: every step passed\033[0m\n'
