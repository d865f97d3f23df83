"""Released scripts stay released, and the current library can still run them.

1. tests/upgrade/RELEASED lists the SHA-256 of every script a release shipped: the upgrade scripts
   sql/otp_pg--A--B.sql into a released version and the released install scripts frozen in
   tests/upgrade/. A change of one byte fails here (these tests read files only and need no
   server). Its header says when to add a line.
2. An upgrade runs an old install script, and then the upgrade scripts, against the library built
   now: every `AS 'MODULE_PATHNAME', 'symbol'` in them must still be exported by the installed
   otp_pg.so (with its pg_finfo_ record), or CREATE EXTENSION ... VERSION '<old>' fails.
"""

import hashlib
import pathlib
import re
import shutil
import subprocess

import pytest

ROOT = pathlib.Path(__file__).resolve().parent.parent
MANIFEST = ROOT / "tests" / "upgrade" / "RELEASED"
FROZEN = sorted((ROOT / "tests" / "upgrade").glob("otp_pg--*.sql"))
UPGRADES = sorted((ROOT / "sql").glob("otp_pg--*--*.sql"))


def manifest() -> dict:
    """path (from the repository's top) -> SHA-256 hex digest."""
    digests = {}
    for number, line in enumerate(MANIFEST.read_text().splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        match = re.fullmatch(r"([0-9a-f]{64}) [ *](\S+)", line)
        assert match, f"{MANIFEST.name} line {number} is not '<sha256>  <path>': {line!r}"
        assert match[2] not in digests, f"{MANIFEST.name} lists {match[2]} twice"
        digests[match[2]] = match[1]
    return digests


RELEASED = manifest()


@pytest.mark.parametrize("path", sorted(RELEASED))
def test_released_script_is_unchanged(path):
    file = ROOT / path
    assert file.is_file(), f"{path}, listed in tests/upgrade/RELEASED, is missing"
    digest = hashlib.sha256(file.read_bytes()).hexdigest()
    assert digest == RELEASED[path], (
        f"{path} changed after its release (sha256 {digest}, released {RELEASED[path]}): a released "
        "script never changes; write the change into the next version's upgrade script instead")


def test_every_released_script_is_listed():
    """Each version frozen in tests/upgrade/ is released: its install script and the upgrade script
    into it must be in the manifest."""
    released_versions = {file.name.removeprefix("otp_pg--").removesuffix(".sql") for file in FROZEN}
    expected = {file.relative_to(ROOT).as_posix() for file in FROZEN}
    expected |= {file.relative_to(ROOT).as_posix() for file in UPGRADES
                 if file.name.removesuffix(".sql").split("--")[2] in released_versions}
    missing = sorted(expected - set(RELEASED))
    assert not missing, f"released scripts not in tests/upgrade/RELEASED: {missing}"


# --- compiled symbols the frozen and upgrade scripts call -------------------------------------

C_SYMBOL = re.compile(r"AS\s+'MODULE_PATHNAME'\s*,\s*'([A-Za-z_][A-Za-z0-9_]*)'")


def symbols_called(script: pathlib.Path) -> set:
    return set(C_SYMBOL.findall(script.read_text()))


@pytest.fixture(scope="module")
def exported(dsn):
    """The dynamic symbols the server's otp_pg.so defines (module_pathname is $libdir/otp_pg)."""
    import psycopg

    with psycopg.connect(dsn) as conn:
        libdir = conn.execute("SELECT setting FROM pg_config WHERE name = 'PKGLIBDIR'").fetchone()[0]
    library = pathlib.Path(libdir) / "otp_pg.so"
    assert library.is_file(), f"{library} is missing: install otp_pg first"
    nm = shutil.which("nm")
    assert nm, "nm (binutils) is needed to read the library's exported symbols"
    listing = subprocess.run([nm, "-D", "--defined-only", library], check=True, capture_output=True, text=True).stdout
    return {line.split()[-1] for line in listing.splitlines() if line.strip()}


def test_scripts_call_compiled_functions():
    """The pattern below still finds the calls: a changed spelling would make the next test vacuous."""
    assert len(symbols_called(ROOT / "tests" / "upgrade" / "otp_pg--0.1.0.sql")) >= 20


@pytest.mark.parametrize("script", FROZEN + UPGRADES, ids=lambda path: path.name)
def test_library_exports_what_the_script_calls(exported, script):
    needed = symbols_called(script)
    missing = sorted(symbol for symbol in needed if symbol not in exported)
    missing += sorted(f"pg_finfo_{symbol}" for symbol in needed if f"pg_finfo_{symbol}" not in exported)
    assert not missing, (
        f"{script.name} calls C functions the installed otp_pg.so no longer exports: {missing}. "
        "An upgrade from that version would fail; keep a #[pg_extern] of that name (it may raise "
        "an error or call the new code) until no supported upgrade path runs the script.")
