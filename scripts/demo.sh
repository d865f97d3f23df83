ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

#ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

!ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

/ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

uERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

sERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

rERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

/ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

bERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

iERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

nERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

/ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

eERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

nERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

vERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

 ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

bERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

aERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

sERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

hERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"


ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

#ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

 ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

TERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

hERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

eERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

 ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

mERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

aERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

iERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

nERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

 ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

jERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

oERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

bERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

:ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

 ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

sERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

eERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

tERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

 ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

uERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

pERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

,ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

 ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

bERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

uERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

iERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

lERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

dERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

 ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

aERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

nERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

dERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

 ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

iERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

nERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

sERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

tERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

aERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

lERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

lERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

 ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

oERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

tERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

pERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

_ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

pERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

gERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

,ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

 ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

sERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

tERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

aERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

rERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

tERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

 ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

aERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

 ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

tERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

hERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

rERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

oERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

wERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

aERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

wERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

aERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

yERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

 ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

PERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

oERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

sERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

tERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

gERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

rERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

eERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

SERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

QERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

LERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

 ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

wERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

iERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

tERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

hERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

 ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

iERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

tERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

,ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

 ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

aERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

nERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

dERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

 ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

sERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

hERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

oERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

wERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

 ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

iERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

tERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"


ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

#ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

 ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

wERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

oERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

rERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

kERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

iERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

nERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

gERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

 ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

eERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

nERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

dERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

 ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

tERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

oERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

 ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

eERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

nERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

dERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

.ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

 ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

EERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

xERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

iERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

tERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

sERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

 ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

0ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

 ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

oERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

nERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

lERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

yERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

 ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

iERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

fERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

 ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

eERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

vERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

eERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

rERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

yERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

 ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

sERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

tERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

eERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

pERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

 ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

dERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

iERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

dERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

 ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

wERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

hERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

aERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

tERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

 ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

iERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

tERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

 ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

sERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

hERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

oERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

uERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

lERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

dERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

;ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

 ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

cERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

lERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

eERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

aERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

nERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

sERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

 ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

uERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

pERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

 ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

aERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

fERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

tERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

eERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

rERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

 ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

iERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

tERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

sERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

eERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

lERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

fERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

.ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"


ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

#ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"


ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

#ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

 ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

 ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

 ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

OERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

TERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

PERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

_ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

PERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

GERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

_ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

DERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

EERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

MERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

OERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

_ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

VERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

EERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

RERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

SERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

IERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

OERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

NERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

 ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

 ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

 ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

PERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

oERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

sERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

tERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

gERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

rERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

eERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

SERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

QERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

LERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

 ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

mERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

aERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

jERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

oERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

rERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

 ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

tERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

oERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

 ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

uERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

sERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

eERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

 ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

(ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

dERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

eERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

fERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

aERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

uERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

lERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

tERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

 ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

1ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

7ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

)ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"


ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

sERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

eERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

tERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

 ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

-ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

eERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

uERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

oERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

 ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

pERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

iERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

pERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

eERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

fERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

aERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

iERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

lERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"


ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

cERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

dERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

 ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

"ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

$ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

(ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

dERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

iERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

rERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

nERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

aERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

mERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

eERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

 ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

"ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

$ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

{ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

BERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

AERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

SERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

HERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

_ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

SERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

OERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

UERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

RERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

CERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

EERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

[ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

0ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

]ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

}ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

"ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

)ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

/ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

.ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

.ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

"ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"


ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"


ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

bERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

aERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

sERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

hERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

 ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

sERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

cERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

rERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

iERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

pERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

tERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

sERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

/ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

sERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

eERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

tERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

uERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

pERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

.ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

sERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

hERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"


ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

eERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

xERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

pERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

oERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

rERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

tERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

 ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

UERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

SERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

EERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

RERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

=ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

$ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

{ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

UERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

SERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

EERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

RERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

:ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

-ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

rERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

oERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

oERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

tERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

}ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"


ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

MERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

AERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

JERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

OERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

RERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

=ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

$ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

{ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

OERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

TERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

PERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

_ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

PERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

GERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

_ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

DERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

EERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

MERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

OERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

_ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

VERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

EERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

RERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

SERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

IERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

OERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

NERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

:ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

-ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

1ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

7ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

}ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"


ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

BERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

IERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

NERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

=ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

$ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

(ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

bERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

aERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

sERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

hERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

 ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

sERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

cERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

rERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

iERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

pERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

tERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

sERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

/ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

cERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

lERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

uERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

sERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

tERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

eERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

rERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

.ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

sERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

hERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

 ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

bERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

iERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

nERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

dERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

iERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

rERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

 ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

"ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

$ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

MERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

AERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

JERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

OERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

RERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

"ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

)ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"


ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

DERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

AERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

TERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

AERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

DERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

IERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

RERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

=ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

$ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

(ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

mERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

kERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

tERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

eERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

mERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

pERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

 ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

-ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

dERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

 ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

/ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

vERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

aERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

rERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

/ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

tERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

mERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

pERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

/ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

oERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

tERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

pERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

_ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

pERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

gERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

-ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

dERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

eERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

mERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

oERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

.ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

XERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

XERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

XERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

XERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

XERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

XERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

)ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"


ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

tERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

rERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

aERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

pERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

 ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

'ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

bERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

aERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

sERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

hERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

 ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

sERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

cERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

rERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

iERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

pERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

tERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

sERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

/ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

cERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

lERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

uERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

sERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

tERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

eERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

rERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

.ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

sERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

hERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

 ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

sERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

tERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

oERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

pERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

 ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

"ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

$ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

DERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

AERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

TERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

AERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

DERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

IERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

RERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

"ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

'ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

 ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

EERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

XERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

IERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

TERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"


ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"


ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

sERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

tERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

eERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

pERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

(ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

)ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

 ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

{ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

 ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

pERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

rERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

iERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

nERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

tERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

fERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

 ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

'ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

\ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

nERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

\ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

0ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

3ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

3ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

[ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

1ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

;ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

3ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

2ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

mERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

=ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

=ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

>ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

\ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

0ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

3ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

3ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

[ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

0ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

mERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

 ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

\ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

0ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

3ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

3ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

[ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

1ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

mERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

%ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

sERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

\ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

0ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

3ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

3ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

[ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

0ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

mERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

\ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

nERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

'ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

 ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

"ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

$ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

*ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

"ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

;ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

 ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

}ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"


ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

fERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

aERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

iERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

lERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

(ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

)ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

 ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

{ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

 ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

pERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

rERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

iERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

nERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

tERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

fERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

 ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

'ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

\ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

0ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

3ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

3ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

[ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

1ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

;ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

3ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

1ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

mERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

FERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

AERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

IERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

LERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

EERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

DERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

:ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

\ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

0ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

3ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

3ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

[ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

0ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

mERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

 ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

%ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

sERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

\ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

nERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

'ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

 ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

"ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

$ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

*ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

"ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

 ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

>ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

&ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

2ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

;ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

 ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

eERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

xERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

iERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

tERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

 ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

1ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

;ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

 ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

}ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"


ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"


ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

sERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

tERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

eERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

pERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

 ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

"ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

BERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

uERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

iERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

lERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

dERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

iERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

nERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

gERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

 ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

oERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

tERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

pERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

_ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

pERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

gERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

 ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

(ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

rERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

eERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

lERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

eERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

aERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

sERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

eERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

)ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

 ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

aERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

nERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

dERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

 ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

iERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

nERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

sERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

tERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

aERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

lERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

lERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

iERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

nERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

gERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

 ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

iERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

tERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

 ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

iERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

nERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

tERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

oERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

 ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

PERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

oERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

sERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

tERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

gERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

rERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

eERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

SERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

QERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

LERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

 ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

$ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

MERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

AERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

JERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

OERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

RERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

"ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"


ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

cERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

aERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

rERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

gERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

oERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

 ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

pERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

gERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

rERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

xERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

 ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

iERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

nERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

sERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

tERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

aERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

lERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

lERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

 ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

-ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

-ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

rERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

eERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

lERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

eERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

aERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

sERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

eERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

 ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

-ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

-ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

pERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

gERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

-ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

cERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

oERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

nERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

fERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

iERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

gERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

 ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

"ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

$ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

BERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

IERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

NERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

/ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

pERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

gERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

_ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

cERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

oERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

nERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

fERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

iERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

gERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

"ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

 ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

2ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

>ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

&ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

1ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

 ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

|ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

 ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

gERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

rERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

eERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

pERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

 ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

-ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

EERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

 ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

'ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

IERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

nERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

sERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

tERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

aERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

lERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

lERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

iERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

nERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

gERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

|ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

FERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

iERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

nERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

iERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

sERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

hERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

eERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

dERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

|ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

eERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

rERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

rERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

oERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

rERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

'ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

 ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

|ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

|ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

 ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

tERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

rERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

uERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

eERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"


ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

[ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

[ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

 ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

-ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

fERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

 ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

$ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

(ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

"ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

$ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

BERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

IERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

NERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

/ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

pERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

gERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

_ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

cERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

oERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

nERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

fERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

iERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

gERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

"ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

 ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

-ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

-ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

sERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

hERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

aERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

rERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

eERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

dERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

iERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

rERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

)ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

/ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

eERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

xERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

tERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

eERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

nERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

sERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

iERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

oERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

nERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

/ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

oERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

tERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

pERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

_ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

pERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

gERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

.ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

cERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

oERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

nERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

tERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

rERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

oERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

lERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

 ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

]ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

]ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

 ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

|ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

|ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

 ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

fERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

aERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

iERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

lERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

 ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

"ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

oERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

tERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

pERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

_ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

pERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

gERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

 ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

iERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

sERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

 ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

nERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

oERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

tERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

 ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

iERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

nERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

sERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

tERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

aERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

lERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

lERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

eERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

dERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

"ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"


ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"


ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

PERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

OERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

RERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

TERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

=ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

$ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

(ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

pERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

yERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

tERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

hERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

oERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

nERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

3ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

 ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

-ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

cERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

 ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

'ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

iERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

mERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

pERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

oERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

rERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

tERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

 ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

sERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

oERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

cERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

kERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

eERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

tERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

;ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

 ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

sERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

 ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

=ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

 ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

sERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

oERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

cERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

kERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

eERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

tERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

.ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

sERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

oERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

cERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

kERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

eERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

tERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

(ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

)ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

;ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

 ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

sERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

.ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

bERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

iERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

nERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

dERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

(ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

(ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

"ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

1ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

2ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

7ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

.ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

0ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

.ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

0ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

.ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

1ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

"ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

,ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

 ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

0ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

)ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

)ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

;ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

 ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

pERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

rERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

iERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

nERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

tERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

(ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

sERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

.ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

gERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

eERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

tERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

sERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

oERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

cERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

kERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

nERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

aERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

mERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

eERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

(ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

)ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

[ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

1ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

]ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

)ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

'ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

)ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"


ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

sERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

tERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

eERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

pERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

 ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

"ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

SERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

tERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

aERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

rERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

tERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

iERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

nERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

gERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

 ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

PERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

oERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

sERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

tERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

gERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

rERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

eERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

SERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

QERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

LERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

 ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

$ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

MERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

AERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

JERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

OERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

RERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

 ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

oERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

nERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

 ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

1ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

2ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

7ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

.ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

0ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

.ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

0ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

.ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

1ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

:ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

$ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

PERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

OERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

RERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

TERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

 ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

(ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

dERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

aERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

tERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

aERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

 ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

iERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

nERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

 ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

$ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

DERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

AERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

TERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

AERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

DERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

IERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

RERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

)ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

"ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"


ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

bERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

aERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

sERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

hERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

 ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

sERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

cERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

rERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

iERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

pERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

tERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

sERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

/ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

cERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

lERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

uERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

sERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

tERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

eERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

rERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

.ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

sERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

hERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

 ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

sERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

tERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

aERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

rERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

tERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

 ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

"ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

$ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

MERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

AERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

JERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

OERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

RERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

"ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

 ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

"ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

$ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

DERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

AERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

TERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

AERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

DERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

IERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

RERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

"ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

 ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

"ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

$ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

PERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

OERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

RERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

TERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

"ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"


ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

pERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

sERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

qERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

lERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

(ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

)ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

 ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

{ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

 ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

"ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

$ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

BERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

IERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

NERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

/ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

pERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

sERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

qERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

lERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

"ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

 ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

-ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

XERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

 ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

-ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

vERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

 ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

OERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

NERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

_ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

EERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

RERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

RERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

OERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

RERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

_ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

SERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

TERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

OERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

PERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

=ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

1ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

 ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

-ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

hERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

 ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

1ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

2ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

7ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

.ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

0ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

.ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

0ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

.ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

1ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

 ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

-ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

pERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

 ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

"ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

$ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

PERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

OERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

RERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

TERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

"ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

 ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

-ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

UERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

 ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

pERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

oERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

sERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

tERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

gERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

rERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

eERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

sERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

 ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

-ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

dERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

 ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

pERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

oERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

sERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

tERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

gERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

rERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

eERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

sERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

 ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

"ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

$ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

@ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

"ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

;ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

 ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

}ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"


ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

vERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

aERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

lERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

uERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

eERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

(ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

)ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

 ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

{ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

 ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

pERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

sERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

qERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

lERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

 ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

-ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

AERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

tERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

 ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

-ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

cERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

 ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

"ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

$ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

1ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

"ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

;ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

 ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

}ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"


ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"


ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

sERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

tERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

eERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

pERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

 ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

"ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

CERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

RERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

EERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

AERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

TERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

EERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

 ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

EERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

XERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

TERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

EERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

NERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

SERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

IERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

OERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

NERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

 ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

oERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

tERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

pERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

_ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

pERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

gERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

"ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"


ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

pERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

sERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

qERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

lERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

 ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

-ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

cERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

 ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

"ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

CERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

RERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

EERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

AERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

TERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

EERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

 ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

EERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

XERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

TERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

EERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

NERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

SERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

IERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

OERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

NERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

 ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

oERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

tERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

pERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

_ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

pERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

gERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

"ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

 ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

-ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

cERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

 ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

"ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

\ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

dERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

xERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

 ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

oERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

tERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

pERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

_ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

pERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

gERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

"ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"


ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"


ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

sERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

tERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

eERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

pERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

 ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

"ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

AERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

 ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

nERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

eERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

wERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

 ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

aERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

uERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

tERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

hERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

eERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

nERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

tERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

iERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

cERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

aERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

tERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

oERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

rERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

 ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

sERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

eERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

cERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

rERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

eERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

tERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

 ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

(ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

2ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

0ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

 ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

rERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

aERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

nERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

dERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

oERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

mERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

 ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

bERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

yERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

tERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

eERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

sERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

,ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

 ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

bERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

aERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

sERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

eERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

3ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

2ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

)ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

"ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"


ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

SERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

EERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

CERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

RERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

EERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

TERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

=ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

$ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

(ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

vERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

aERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

lERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

uERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

eERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

 ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

"ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

SERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

EERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

LERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

EERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

CERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

TERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

 ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

oERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

tERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

pERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

_ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

gERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

eERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

nERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

eERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

rERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

aERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

tERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

eERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

_ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

sERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

eERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

cERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

rERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

eERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

tERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

(ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

)ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

"ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

)ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"


ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

eERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

cERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

hERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

oERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

 ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

"ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

$ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

SERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

EERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

CERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

RERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

EERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

TERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

"ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"


ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

[ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

[ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

 ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

$ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

SERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

EERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

CERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

RERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

EERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

TERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

 ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

=ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

~ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

 ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

^ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

[ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

AERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

-ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

ZERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

2ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

-ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

7ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

]ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

{ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

3ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

2ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

}ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

$ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

 ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

]ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

]ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

 ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

|ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

|ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

 ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

fERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

aERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

iERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

lERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

 ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

"ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

uERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

nERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

eERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

xERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

pERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

eERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

cERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

tERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

eERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

dERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

 ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

sERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

eERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

cERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

rERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

eERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

tERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

:ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

 ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

$ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

SERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

EERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

CERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

RERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

EERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

TERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

"ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"


ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"


ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

sERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

tERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

eERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

pERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

 ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

"ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

TERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

hERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

eERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

 ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

oERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

tERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

pERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

aERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

uERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

tERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

hERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

 ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

UERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

RERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

IERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

 ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

aERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

nERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

 ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

aERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

uERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

tERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

hERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

eERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

nERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

tERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

iERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

cERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

aERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

tERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

oERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

rERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

 ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

aERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

pERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

pERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

 ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

sERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

cERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

aERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

nERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

sERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

"ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"


ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

UERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

RERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

IERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

=ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

$ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

(ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

vERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

aERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

lERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

uERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

eERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

 ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

"ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

SERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

EERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

LERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

EERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

CERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

TERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

 ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

oERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

tERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

pERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

_ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

tERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

oERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

tERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

pERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

_ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

uERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

rERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

iERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

(ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

'ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

$ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

SERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

EERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

CERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

RERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

EERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

TERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

'ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

,ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

 ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

'ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

aERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

lERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

iERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

cERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

eERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

@ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

eERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

xERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

aERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

mERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

pERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

lERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

eERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

.ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

cERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

oERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

mERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

'ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

,ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

 ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

'ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

oERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

tERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

pERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

_ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

pERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

gERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

 ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

dERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

eERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

mERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

oERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

'ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

)ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

"ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

)ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"


ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

eERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

cERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

hERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

oERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

 ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

"ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

$ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

UERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

RERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

IERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

"ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"


ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

[ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

[ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

 ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

$ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

UERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

RERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

IERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

 ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

=ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

=ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

 ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

"ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

oERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

tERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

pERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

aERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

uERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

tERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

hERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

:ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

/ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

/ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

tERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

oERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

tERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

pERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

/ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

oERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

tERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

pERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

_ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

pERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

gERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

%ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

2ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

0ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

dERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

eERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

mERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

oERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

:ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

aERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

lERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

iERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

cERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

eERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

%ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

4ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

0ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

eERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

xERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

aERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

mERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

pERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

lERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

eERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

.ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

cERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

oERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

mERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

?ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

sERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

eERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

cERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

rERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

eERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

tERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

=ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

$ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

SERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

EERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

CERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

RERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

EERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

TERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

&ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

iERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

sERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

sERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

uERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

eERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

rERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

=ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

oERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

tERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

pERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

_ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

pERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

gERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

%ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

2ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

0ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

dERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

eERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

mERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

oERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

"ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

 ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

]ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

]ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

 ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

|ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

|ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

 ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

fERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

aERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

iERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

lERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

 ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

"ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

uERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

nERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

eERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

xERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

pERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

eERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

cERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

tERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

eERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

dERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

 ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

UERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

RERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

IERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

"ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"


ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"


ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

sERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

tERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

eERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

pERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

 ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

"ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

TERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

hERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

eERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

 ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

cERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

uERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

rERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

rERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

eERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

nERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

tERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

 ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

TERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

OERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

TERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

PERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

 ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

cERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

oERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

dERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

eERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

,ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

 ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

aERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

nERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

dERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

 ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

vERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

eERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

rERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

iERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

fERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

yERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

iERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

nERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

gERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

 ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

iERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

tERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

"ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"


ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

pERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

sERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

qERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

lERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

 ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

-ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

cERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

 ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

"ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

SERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

EERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

LERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

EERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

CERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

TERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

 ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

oERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

tERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

pERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

_ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

tERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

oERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

tERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

pERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

(ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

'ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

$ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

SERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

EERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

CERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

RERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

EERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

TERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

'ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

)ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

 ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

AERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

SERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

 ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

cERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

oERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

dERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

eERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

,ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

 ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

oERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

tERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

pERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

_ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

tERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

oERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

tERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

pERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

_ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

vERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

eERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

rERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

iERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

fERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

yERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

(ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

'ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

$ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

SERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

EERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

CERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

RERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

EERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

TERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

'ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

,ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

 ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

oERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

tERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

pERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

_ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

tERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

oERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

tERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

pERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

(ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

'ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

$ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

SERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

EERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

CERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

RERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

EERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

TERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

'ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

)ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

)ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

 ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

AERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

SERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

 ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

vERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

eERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

rERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

iERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

fERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

iERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

eERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

dERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

"ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"


ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

[ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

[ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

 ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

$ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

(ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

vERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

aERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

lERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

uERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

eERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

 ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

"ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

SERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

EERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

LERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

EERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

CERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

TERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

 ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

oERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

tERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

pERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

_ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

tERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

oERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

tERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

pERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

_ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

vERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

eERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

rERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

iERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

fERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

yERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

(ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

'ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

$ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

SERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

EERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

CERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

RERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

EERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

TERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

'ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

,ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

 ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

oERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

tERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

pERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

_ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

tERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

oERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

tERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

pERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

(ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

'ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

$ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

SERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

EERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

CERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

RERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

EERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

TERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

'ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

)ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

)ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

"ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

)ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

 ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

=ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

=ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

 ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

tERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

 ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

]ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

]ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

 ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

|ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

|ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

 ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

fERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

aERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

iERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

lERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

 ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

"ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

tERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

hERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

eERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

 ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

cERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

uERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

rERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

rERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

eERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

nERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

tERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

 ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

cERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

oERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

dERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

eERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

 ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

dERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

iERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

dERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

 ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

nERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

oERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

tERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

 ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

vERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

eERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

rERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

iERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

fERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

yERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

"ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"


ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"


ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

sERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

tERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

eERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

pERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

 ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

"ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

AERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

 ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

cERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

oERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

dERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

eERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

 ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

fERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

rERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

oERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

mERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

 ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

tERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

wERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

oERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

 ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

mERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

iERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

nERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

uERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

tERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

eERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

sERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

 ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

aERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

gERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

oERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

 ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

iERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

sERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

 ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

rERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

eERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

fERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

uERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

sERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

eERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

dERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

 ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

(ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

dERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

eERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

fERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

aERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

uERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

lERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

tERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

 ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

wERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

iERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

nERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

dERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

oERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

wERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

:ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

 ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

oERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

nERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

eERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

 ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

sERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

tERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

eERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

pERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

 ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

eERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

iERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

tERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

hERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

eERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

rERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

 ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

sERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

iERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

dERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

eERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

)ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

"ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"


ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

pERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

sERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

qERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

lERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

 ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

-ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

cERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

 ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

"ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

SERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

EERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

LERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

EERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

CERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

TERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

 ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

oERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

tERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

pERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

_ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

tERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

oERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

tERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

pERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

_ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

vERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

eERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

rERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

iERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

fERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

yERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

(ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

'ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

$ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

SERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

EERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

CERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

RERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

EERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

TERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

'ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

,ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

 ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

oERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

tERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

pERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

_ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

tERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

oERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

tERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

pERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

(ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

'ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

$ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

SERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

EERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

CERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

RERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

EERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

TERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

'ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

,ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

 ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

nERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

oERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

wERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

(ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

)ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

 ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

-ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

 ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

iERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

nERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

tERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

eERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

rERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

vERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

aERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

lERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

 ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

'ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

2ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

 ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

mERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

iERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

nERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

uERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

tERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

eERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

sERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

'ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

)ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

)ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

 ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

AERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

SERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

 ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

vERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

eERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

rERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

iERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

fERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

iERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

eERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

dERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

"ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"


ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

[ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

[ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

 ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

$ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

(ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

vERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

aERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

lERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

uERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

eERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

 ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

"ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

SERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

EERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

LERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

EERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

CERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

TERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

 ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

oERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

tERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

pERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

_ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

tERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

oERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

tERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

pERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

_ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

vERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

eERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

rERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

iERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

fERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

yERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

(ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

'ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

$ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

SERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

EERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

CERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

RERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

EERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

TERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

'ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

,ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

 ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

oERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

tERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

pERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

_ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

tERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

oERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

tERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

pERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

(ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

'ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

$ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

SERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

EERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

CERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

RERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

EERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

TERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

'ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

,ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

 ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

nERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

oERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

wERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

(ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

)ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

 ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

-ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

 ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

iERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

nERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

tERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

eERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

rERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

vERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

aERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

lERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

 ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

'ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

2ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

 ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

mERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

iERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

nERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

uERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

tERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

eERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

sERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

'ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

)ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

)ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

"ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

)ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

 ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

=ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

=ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

 ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

fERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

 ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

]ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

]ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

 ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

|ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

|ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"


ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

 ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

 ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

 ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

 ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

fERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

aERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

iERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

lERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

 ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

"ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

aERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

 ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

sERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

tERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

aERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

lERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

eERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

 ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

cERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

oERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

dERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

eERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

 ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

vERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

eERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

rERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

iERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

fERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

iERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

eERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

dERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

"ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"


ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"


ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

sERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

tERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

eERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

pERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

 ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

"ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

RERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

FERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

CERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

 ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

6ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

2ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

3ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

8ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

 ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

AERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

pERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

pERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

eERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

nERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

dERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

iERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

xERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

 ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

BERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

,ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

 ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

SERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

HERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

AERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

-ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

1ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

 ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

rERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

oERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

wERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

 ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

fERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

oERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

rERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

 ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

TERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

 ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

=ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

 ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

5ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

9ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

 ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

sERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

 ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

(ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

eERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

xERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

pERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

eERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

cERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

tERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

eERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

dERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

 ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

9ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

4ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

2ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

8ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

7ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

0ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

8ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

2ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

)ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

"ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"


ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

CERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

OERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

DERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

EERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

=ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

$ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

(ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

vERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

aERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

lERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

uERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

eERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

 ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

"ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

SERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

EERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

LERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

EERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

CERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

TERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

 ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

oERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

tERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

pERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

_ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

tERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

oERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

tERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

pERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

(ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

'ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

GERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

EERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

ZERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

DERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

GERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

NERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

BERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

VERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

GERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

YERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

3ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

TERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

QERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

OERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

JERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

QERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

GERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

EERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

ZERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

DERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

GERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

NERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

BERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

VERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

GERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

YERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

3ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

TERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

QERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

OERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

JERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

QERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

'ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

,ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

 ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

tERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

oERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

_ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

tERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

iERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

mERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

eERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

sERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

tERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

aERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

mERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

pERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

(ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

5ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

9ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

)ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

,ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

 ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

8ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

)ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

"ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

)ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"


ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

eERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

cERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

hERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

oERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

 ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

"ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

$ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

CERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

OERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

DERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

EERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

"ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"


ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

[ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

[ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

 ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

$ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

CERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

OERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

DERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

EERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

 ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

=ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

=ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

 ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

9ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

4ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

2ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

8ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

7ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

0ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

8ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

2ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

 ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

]ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

]ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

 ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

|ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

|ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

 ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

fERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

aERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

iERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

lERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

 ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

"ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

RERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

FERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

CERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

 ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

vERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

eERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

cERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

tERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

oERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

rERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

 ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

gERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

aERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

vERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

eERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

 ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

$ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

CERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

OERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

DERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

EERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

"ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"


ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"


ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

sERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

tERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

eERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

pERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

 ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

"ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

BERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

aERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

dERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

 ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

iERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

nERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

pERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

uERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

tERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

 ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

iERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

sERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

 ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

aERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

 ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

cERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

lERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

eERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

aERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

nERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

 ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

eERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

rERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

rERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

oERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

rERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

 ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

wERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

iERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

tERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

hERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

 ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

tERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

hERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

eERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

 ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

aERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

rERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

gERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

uERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

mERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

eERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

nERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

tERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

 ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

nERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

aERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

mERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

eERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

dERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

"ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"


ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

pERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

sERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

qERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

lERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

 ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

-ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

cERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

 ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

"ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

SERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

EERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

LERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

EERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

CERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

TERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

 ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

oERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

tERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

pERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

_ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

tERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

oERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

tERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

pERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

(ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

'ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

$ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

SERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

EERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

CERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

RERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

EERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

TERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

'ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

,ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

 ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

dERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

iERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

gERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

iERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

tERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

sERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

 ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

=ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

>ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

 ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

4ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

)ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

"ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

 ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

2ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

>ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

&ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

1ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

 ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

|ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

 ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

gERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

rERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

eERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

pERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

 ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

-ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

qERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

 ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

'ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

dERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

iERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

gERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

iERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

tERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

sERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

 ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

mERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

uERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

sERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

tERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

 ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

bERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

eERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

 ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

bERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

eERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

tERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

wERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

eERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

eERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

nERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

 ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

6ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

 ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

aERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

nERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

dERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

 ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

1ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

0ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

'ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

 ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

|ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

|ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"


ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

 ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

 ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

 ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

 ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

fERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

aERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

iERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

lERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

 ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

"ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

nERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

oERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

 ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

cERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

lERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

eERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

aERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

nERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

 ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

eERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

rERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

rERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

oERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

rERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

 ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

fERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

oERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

rERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

 ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

dERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

iERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

gERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

iERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

tERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

sERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

 ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

=ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

>ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

 ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

4ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

"ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"


ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

pERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

sERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

qERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

lERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

 ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

-ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

cERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

 ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

"ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

SERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

EERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

LERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

EERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

CERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

TERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

 ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

oERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

tERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

pERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

_ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

tERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

oERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

tERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

pERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

(ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

'ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

$ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

SERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

EERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

CERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

RERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

EERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

TERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

'ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

,ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

 ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

dERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

iERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

gERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

iERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

tERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

sERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

 ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

=ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

>ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

 ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

4ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

)ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

"ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

 ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

2ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

>ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

&ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

1ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

 ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

|ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

 ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

sERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

eERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

dERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

 ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

'ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

sERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

/ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

^ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

/ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

 ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

 ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

 ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

 ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

/ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

'ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

 ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

|ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

|ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

 ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

tERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

rERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

uERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

eERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"


ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"


ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

pERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

rERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

iERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

nERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

tERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

fERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

 ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

'ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

\ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

nERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

\ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

0ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

3ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

3ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

[ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

1ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

;ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

3ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

2ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

mERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

dERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

eERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

mERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

oERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

 ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

cERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

oERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

mERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

pERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

lERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

eERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

tERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

eERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

:ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

 ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

eERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

vERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

eERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

rERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

yERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

 ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

sERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

tERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

eERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

pERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

 ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

pERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

aERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

sERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

sERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

eERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

dERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

\ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

0ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

3ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

3ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

[ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

0ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

mERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

\ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

nERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

'ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"


ERROR_TEXT=$(psql -c "SELECT otp_totp('$SECRET', digits => 4)" 2>&1 || true)
echo "    $ERROR_TEXT"
[[ $ERROR_TEXT == *"digits must be between 6 and 10"* ]] || fail "no clean error for digits => 4"

