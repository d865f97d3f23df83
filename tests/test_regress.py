"""pg_regress files: what an SQL caller sees from otp_pg's functions, results and errors (message,
DETAIL, HINT, SQLSTATE), written down once in tests/regress/expected/.

Each tests/regress/sql/NAME.sql runs through PostgreSQL's own pg_regress (the one of OTP_PG_BIN's
installation) against the server the suite started, in a database of its own, otp_regress_NAME,
which pg_regress drops and creates (with lc_messages C) before the file runs; the file creates the
extension itself; the database is dropped afterwards. Its output must equal
tests/regress/expected/NAME.out. docs/development.md says how to run one file and how to take a
new expected output.

    OTP_PG_REGRESS_OUTDIR   keep results/NAME.out and regression.diffs there (default: a temporary
                            folder of the test)
"""

import os
import pathlib
import subprocess

import psycopg
import pytest
from psycopg.conninfo import conninfo_to_dict

REGRESS = pathlib.Path(__file__).parent / "regress"
NAMES = sorted(path.stem for path in (REGRESS / "sql").glob("*.sql"))


def pg_regress(bindir: pathlib.Path) -> pathlib.Path:
    # pg_config --pgxs names .../pgxs/src/makefiles/pgxs.mk; pg_regress is in .../pgxs/src/test/regress.
    pgxs = subprocess.run([bindir / "pg_config", "--pgxs"], check=True, capture_output=True, text=True).stdout
    return pathlib.Path(pgxs.strip()).parents[1] / "test" / "regress" / "pg_regress"


@pytest.mark.parametrize("name", NAMES)
def test_regress(dsn, name, tmp_path):
    bindir = os.environ.get("OTP_PG_BIN")
    assert bindir, "OTP_PG_BIN (the server's bin directory) is not set: run these tests through scripts/test.sh"
    params = conninfo_to_dict(dsn)
    outdir = pathlib.Path(os.environ.get("OTP_PG_REGRESS_OUTDIR") or tmp_path)
    outdir.mkdir(parents=True, exist_ok=True)
    command = [
        pg_regress(pathlib.Path(bindir)),
        f"--inputdir={REGRESS}",
        f"--outputdir={outdir}",
        f"--bindir={bindir}",
        f"--host={params.get('host', '127.0.0.1')}",
        f"--port={params.get('port', 5432)}",
        f"--user={params.get('user', 'postgres')}",
        f"--dbname=otp_regress_{name}",
        name,
    ]
    try:
        run = subprocess.run(command, capture_output=True, text=True, cwd=outdir)
    finally:
        with psycopg.connect(dsn, autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "otp_regress_{name}"')
    diffs = outdir / "regression.diffs"
    shown = diffs.read_text() if diffs.exists() else ""
    assert run.returncode == 0, f"{run.stdout}\n{run.stderr}\n{shown}"
