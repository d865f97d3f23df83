#!/usr/bin/env python3
"""What an upgrade script from a released version has to change, function by function.

    python3 scripts/upgrade_changes.py 0.4.0 [pg17]

compares the frozen install script of that release (tests/upgrade/otp_pg--VERSION.sql) with the
current sources (sql/*.sql, and the Rust functions as `cargo pgrx schema` writes them) and lists,
in the order a fresh install creates them, the functions that are new, whose body changed (CREATE
OR REPLACE will do), whose parameters or result changed (DROP, then CREATE), and those that are
gone. Tables and types are not compared: write their ALTERs by hand. The upgrade test
(tests/test_upgrade.py) then checks that the upgraded schema equals a fresh install.
"""

import glob
import os
import re
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SQL_FUNCTION = re.compile(r"(?:^--[^\n]*\n)*CREATE FUNCTION ([^\s(]+)\(.*?\n\$\$;\n", re.S | re.M)
RUST_FUNCTION = re.compile(r"CREATE  FUNCTION ([^\s(]+)\(.*?';\n", re.S)


def without_comments(block: str) -> str:
    return re.sub(r"^--[^\n]*\n", "", block, flags=re.M)


def functions(text: str) -> dict:
    found = {m.group(1): without_comments(m.group(0)) for m in SQL_FUNCTION.finditer(text)}
    found.update({m.group(1).replace('"', ""): without_comments(m.group(0)).replace("CREATE  FUNCTION", "CREATE FUNCTION")
                  for m in RUST_FUNCTION.finditer(text)})
    return found


def signature(block: str) -> str:
    """The text up to the first LANGUAGE or STRICT/VOLATILE line: parameters and result."""
    return re.split(r"\n(?:LANGUAGE|STRICT|IMMUTABLE|STABLE|VOLATILE|RETURNS NULL)", block, maxsplit=1)[0]


def main() -> None:
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    version, pg = sys.argv[1], (sys.argv[2] if len(sys.argv) > 2 else "pg17")
    released = functions(open(os.path.join(ROOT, "tests", "upgrade", f"otp_pg--{version}.sql")).read())
    with tempfile.NamedTemporaryFile(suffix=".sql") as fresh_file:
        subprocess.run(["cargo", "pgrx", "schema", pg, "--out", fresh_file.name], cwd=ROOT, check=True,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        fresh = open(fresh_file.name).read()
    sources = "".join(open(path).read() for path in sorted(glob.glob(os.path.join(ROOT, "sql", "*.sql")))
                      if "--" not in os.path.basename(path))
    current = functions(sources)
    current.update({name: block for name, block in functions(fresh).items() if name not in current})
    order = [m.group(1).replace('"', "") for m in re.finditer(r"CREATE\s+FUNCTION ([^\s(]+)\(", fresh)]
    for name in order:
        if name not in current:
            continue
        if name not in released:
            print(f"new       {name}")
        elif current[name] != released[name]:
            kind = "body" if signature(current[name]) == signature(released[name]) else "signature"
            print(f"{kind:9} {name}")
    for name in sorted(set(released) - set(current)):
        print(f"gone      {name}")


if __name__ == "__main__":
    main()
