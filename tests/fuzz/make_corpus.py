#!/usr/bin/env python3
"""Writes the seed corpus, corpus/<target>/seed-<name>, in each target's input layout (see the
comment at the top of fuzz_targets/<target>.rs). Seeds are a starting point of typical and
borderline inputs; the fuzzers grow their own corpus from them in a scratch directory
(scripts/fuzz.sh). Run it again after changing a target's layout: python3 tests/fuzz/make_corpus.py
"""

import pathlib
import struct

CORPUS = pathlib.Path(__file__).resolve().parent / "corpus"
FIELD = b"\xff"  # field separator of the targets' Input::field (never part of UTF-8)


def i8(value: int) -> bytes:
    return struct.pack(">b", value)


def i32(value: int) -> bytes:
    return struct.pack(">i", value)


def u64(value: int) -> bytes:
    return struct.pack(">Q", value)


def i64(value: int) -> bytes:
    return struct.pack(">q", value)


def short(data: bytes) -> bytes:
    return bytes([len(data)]) + data


RFC4226_KEY = b"12345678901234567890"

SEEDS = {
    "base32_decode": {
        "rfc-padded": b"MZXW6YTBOI======",
        "rfc-unpadded": b"MZXW6YTB",
        "lower": b"jbswy3dpehpk3pxp",
        "spaced": b" GEZD GNBV\tGY3T QOJQ\nGEZD GNBV GY3T QOJQ ",
        "bad-digit": b"GEZDGNB1",
        "padding-then-data": b"GEZ=DGNBV",
        "truncated": b"ABCDEF",
        "non-ascii": "GEZDGNBVé".encode(),
        "control": b"GEZD\x01GNB",
        "invalid-utf8": b"GEZDGNBV\xc3",
        "only-padding": b"====",
        "long": b"GEZDGNBVGY3TQOJQ" * 40,
    },
    "base32_roundtrip": {
        "empty": b"\x00\x00",
        "rfc-padded": b"\x01\x00foobar",
        "lower-spaced": b"\x02\x04" + RFC4226_KEY,
        "all-flags": b"\x03\x03" + bytes(range(40)),
        "zeros": b"\x00\x08" + bytes(21),
        "one-byte": b"\x01\x01\xff",
    },
    "identifier": {
        "email": b"\x00  Alice@Example.COM ",
        "email-tag": b"\x00bob+tag@mail.example.co.uk",
        "email-unicode": "\x00ÅSA@Exempel.SE".encode(),
        "email-two-at": b"\x00a@b@example.com",
        "email-no-dot": b"\x00alice@localhost",
        "email-empty-label": b"\x00alice@example..com",
        "email-long": b"\x00" + b"a" * 250 + b"@example.com",
        "email-dotless-i": "\x00İ@x.y".encode(),
        "phone": b"\x01+46 (70) 123-4567",
        "phone-dots": b"\x01070.123.45.67",
        "phone-short": b"\x01123456",
        "phone-long": b"\x01+1234567890123456",
        "phone-inner-plus": b"\x0146+70123456",
        "phone-fullwidth": "\x014670123456７".encode(),
    },
    "codes": {
        "six": b"\x00287082",
        "six-spaced": b"\x00287 082",
        "eight": b"\x0294287082",
        "ten": b"\x040137359152",
        "sign": b"\x00-28708",
        "fullwidth": "\x00２８７０８２".encode(),
        "recovery": b"\x007k2qd-9xm4t",
        "recovery-confusables": b"\x00oil00-12345",
        "recovery-u": b"\x007k2qd-9xm4u",
        "newline": b"\x00287082\n",
    },
    "otpauth_uri": {
        "defaults": b"\x00" + i32(30) + b"\x00\x01" + short(b"Hello!\xde\xad\xbe\xef") + b"alice@example.com"
        + FIELD + b"Example Co",
        "no-issuer": b"\x00" + i32(30) + b"\x00\x00" + short(RFC4226_KEY) + b"alice",
        "all-params": b"\x02" + i32(60) + b"\x02\x01" + short(RFC4226_KEY) + b"bob" + FIELD + b"Acme",
        "reserved": b"\x00" + i32(30) + b"\x01\x01" + short(b"k" * 20) + "ö&=?/#+ x%".encode()
        + FIELD + "Å/B".encode(),
        "colon": b"\x00" + i32(30) + b"\x00\x01" + short(b"k" * 20) + b"a" + FIELD + b"x:y",
        "control": b"\x00" + i32(1) + b"\x00\x00" + short(b"k" * 20) + b"a\nb",
        "blank": b"\x00" + i32(-5) + b"\x00\x01" + short(b"k" * 20) + b"  " + FIELD + b"Acme",
        "long": b"\x04" + i32(2**31 - 1) + b"\x01\x00" + short(b"k" * 20) + "é".encode() * 256,
    },
    "hotp_totp": {
        # RFC 4226 appendix D, counter 1; RFC 6238 appendix B with the SHA-256 and SHA-512 seeds.
        "rfc4226": b"\x00\x00\x01" + u64(1) + i64(59) + i32(30) + i8(0) + b"\x00" + RFC4226_KEY,
        "rfc6238-sha256": b"\x01\x02\x01" + u64(37037036) + i64(1111111109) + i32(30) + i8(1) + b"\x50"
        + b"12345678901234567890123456789012",
        "rfc6238-sha512": b"\x02\x02\x02" + u64(666666666) + i64(20000000000) + i32(30) + i8(-2) + b"\xf0"
        + RFC4226_KEY * 3 + b"1234",
        "typed": b"\x00\x00\x01" + u64(0) + i64(-1) + i32(0) + i8(0) + b"\x01" + short(b"755 224") + RFC4226_KEY,
        "edge": b"\x00\x04\x0a" + u64(2**64 - 1) + i64(2**63 - 1) + i32(1) + i8(12) + b"\x00" + bytes(10),
        "long-key": b"\x02\x00\x7f" + u64(2**31) + i64(-(2**63)) + i32(-(2**31)) + i8(-12) + b"\x00"
        + bytes(range(256)) * 2,
    },
    "keyed": {
        "delivery": b"\x07\x03" + short(bytes([7]) * 32) + short(b"challenge/1") + bytes(range(16)) + b"123456",
        "spaced-code": b"\x00\x00" + short(bytes([9]) * 32) + short(b"totp:user-42") + bytes(16) + b"123 456 7890",
        "not-a-code": b"\xff\x27" + short(b"") + short(b"") + bytes(16) + b"JBSWY3DPEHPK3PXP" * 8,
        "empty": b"\x01\x01" + short(b"k") + short(b"") + bytes(16),
        # Sealed-looking rests, opened as they are: one of each format (the format-1 value is the
        # 6-digit one of src/core/seal.rs's tests, here under another context), so open's parsers
        # and checks are reached from the start.
        "format-1": b"\x05\x11" + short(bytes([7]) * 32) + short(b"challenge/2") + bytes(16)
        + bytes.fromhex("01a0eb2b10db64257c578ceb5db40a0178f1522dd12062d7738abce1947dd450397cfa2c5c2109"),
        "format-2": b"\x1a\x02" + short(bytes([7]) * 32) + short(b"totp:k") + bytes(16)
        + b"\x02" + bytes(range(24)) + b"JBSWY3DPEHPK3PXP" + bytes(16),
    },
    "qr_svg": {
        "uri": b"otpauth://totp/Example%20Co:alice%40example.com?secret=JBSWY3DPEHPK3PXP&issuer=Example%20Co",
        "short": b"x",
        "unicode": "åäö ✓ 😀".encode(),
        "largest": b"x" * 2331,
        "too-long": b"x" * 2332,
    },
    "arguments": {
        "sha1": i32(6) + b"sha1",
        "sha256": i32(10) + b"SHA256",
        "sha512": i32(16) + b"Sha512",
        "email": i32(20) + b"EMAIL",
        "sms": i32(128) + b"sms",
        "bad": i32(-1) + b"md5",
        "min": i32(-(2**31)) + b" sms",
        "max": i32(2**31 - 1) + "é".encode() * 50,
        "zero": i32(0) + b"",
        "eleven": i32(11) + b"sha-1",
    },
    "jwt_verify": {
        "signed": b"\x01" + i64(1700000000) + b'{"alg":"HS256","typ":"JWT","kid":"k1"}' + FIELD
        + b'{"sub":"alice","exp":1700000060,"nbf":1700000000,"amr":["otp"]}',
        "expired": b"\x01" + i64(1700000060) + b'{"alg":"HS256","kid":"k1"}' + FIELD + b'{"exp":1700000060}',
        "duplicate": b"\x01" + i64(0) + b'{"alg":"HS256","kid":"k1","alg":"none"}' + FIELD + b'{"exp":1}',
        "nested": b"\x01" + i64(0) + b'{"alg":"HS256","kid":"k1"}' + FIELD + b'{"exp":1,"x":[{"a":[1.5e3,null]}]}',
        "as-eddsa": b"\x03" + i64(0) + b'{"alg":"EdDSA","kid":"k1"}' + FIELD + b'{"exp":1}',
        "none": b"\x00" + i64(0) + b"eyJhbGciOiJub25lIiwia2lkIjoiazEifQ.eyJleHAiOjF9.",
        "rfc8037": b"\x02" + i64(0) + b"eyJhbGciOiJFZERTQSJ9.RXhhbXBsZSBvZiBFZDI1NTE5IHNpZ25pbmc."
        + b"hgyY0il_MGCjP0JzlnLWG1PPOt7-09PGcvMg3AIbQR6dWbhijcNR4ki4iylGjg5BhVsPt9g7sVvpAr_MuM0KAg",
        "padded": b"\x00" + i64(0) + b"eyJhIjoxfQ==.e30.AAAA",
    },
}


def main() -> None:
    for target, seeds in SEEDS.items():
        directory = CORPUS / target
        directory.mkdir(parents=True, exist_ok=True)
        for old in directory.glob("seed-*"):
            old.unlink()
        for name, data in seeds.items():
            (directory / f"seed-{name}").write_bytes(data)
    print(f"wrote {sum(map(len, SEEDS.values()))} seeds for {len(SEEDS)} targets under {CORPUS}")


if __name__ == "__main__":
    main()
