"""The Debian packages that scripts/package.sh builds, and the PGXN META.json.

These run once, not per PostgreSQL version: tests/conftest.py leaves this folder out of the client
suite, and scripts/test.sh runs it with --confcutdir=tests/packages (no shared test server).

The package tests build the PostgreSQL 15 packages of the previous release and of this version
(incrementally: a second run compiles nothing) and install, upgrade and remove them with apt-get
in a private mount namespace, where /usr, /etc, /var/lib, /var/cache and /var/log are overlays:
dpkg's database and the PostgreSQL 15 that other tests use at the same time never change. There,
PATH holds no cargo, rustc or cargo-pgrx, so the packages have to stand on their own. The META.json
tests read files only.
"""

import collections
import hashlib
import json
import os
import pathlib
import re
import shutil
import socket
import subprocess
import tempfile
import time
import tomllib

import psycopg
import pyotp
import pytest

ROOT = pathlib.Path(__file__).resolve().parents[2]
MAJOR = 15
PACKAGE = f"postgresql-{MAJOR}-otp-pg"
BINDIR = f"/usr/lib/postgresql/{MAJOR}/bin"
LIBDIR = f"/usr/lib/postgresql/{MAJOR}/lib"
EXTDIR = f"/usr/share/postgresql/{MAJOR}/extension"
DOCDIR = f"/usr/share/doc/{PACKAGE}"
# Everything apt-get and dpkg write to, each an overlay inside the namespace.
OVERLAID = ["/usr", "/etc", "/var/lib", "/var/cache", "/var/log"]
CLEAN_PATH = "/usr/sbin:/usr/bin:/sbin:/bin"


def version_key(version: str) -> tuple:
    return tuple(int(part) for part in version.split("."))


CARGO = tomllib.loads((ROOT / "Cargo.toml").read_text())
CURRENT = CARGO["package"]["version"]
# The previous release is the newest one whose install script is frozen for the upgrade tests.
PREVIOUS = max((script.name.removeprefix("otp_pg--").removesuffix(".sql")
                for script in (ROOT / "tests" / "upgrade").glob("otp_pg--*.sql")), key=version_key)
# The upgrade scripts each package ships: every one in sql/ now, and the released ones then.
CURRENT_UPGRADES = sorted(script.name for script in (ROOT / "sql").glob("otp_pg--*--*.sql"))
RELEASED_UPGRADES = sorted(re.findall(r"^[0-9a-f]{64}  sql/(otp_pg--\S+--\S+\.sql)$",
                                      (ROOT / "tests" / "upgrade" / "RELEASED").read_text(), re.MULTILINE))


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def run(*argv, timeout=300) -> str:
    done = subprocess.run(argv, capture_output=True, text=True, timeout=timeout, stdin=subprocess.DEVNULL)
    assert done.returncode == 0, f"{' '.join(map(str, argv))} exited with {done.returncode}:\n{done.stdout}{done.stderr}"
    return done.stdout


def installed_version_outside():
    """The package's version in this machine's own dpkg database, or None."""
    done = subprocess.run(["dpkg-query", "-W", "-f=${Status} ${Version}", PACKAGE], capture_output=True, text=True)
    return done.stdout.split()[-1] if done.stdout.startswith("install ok installed") else None


# --- the packages -----------------------------------------------------------------------------

@pytest.fixture(scope="module")
def workdir():
    path = pathlib.Path(tempfile.mkdtemp(prefix="otp_pg-packages-", dir="/var/tmp"))
    path.chmod(0o755)  # the postgres user keeps its data directory here
    yield path
    shutil.rmtree(path, ignore_errors=True)


class Package:
    def __init__(self, deb: pathlib.Path, version: str, upgrades: list, unpacked: pathlib.Path):
        self.deb, self.version, self.upgrades, self.unpacked = deb, version, upgrades, unpacked
        run("dpkg-deb", "-x", deb, unpacked)

    def file(self, path: str) -> bytes:
        return (self.unpacked / path.lstrip("/")).read_bytes()

    def field(self, name: str) -> str:
        return run("dpkg-deb", "-f", self.deb, name).strip()

    def expected_files(self) -> set:
        return {f"{LIBDIR}/otp_pg.so", f"{EXTDIR}/otp_pg.control", f"{EXTDIR}/otp_pg--{self.version}.sql",
                f"{DOCDIR}/copyright", f"{DOCDIR}/changelog.gz"} | {f"{EXTDIR}/{name}" for name in self.upgrades}

    def listing(self) -> list:
        """(mode, owner, path) of each member, as dpkg -c lists them."""
        members = []
        for line in run("dpkg-deb", "-c", self.deb).splitlines():
            mode, owner, _size, _date, _time, path = line.split()
            members.append((mode, owner, "/" + path.removeprefix("./").rstrip("/")))
        return members


@pytest.fixture(scope="module")
def packages(workdir):
    """{"previous": Package, "current": Package}, built by scripts/package.sh."""
    arch = run("dpkg", "--print-architecture").strip()
    debs = workdir / "debs"
    built = {}
    for release, version, options, upgrades in (("previous", PREVIOUS, ["--previous"], RELEASED_UPGRADES),
                                                 ("current", CURRENT, [], CURRENT_UPGRADES)):
        run("bash", ROOT / "scripts" / "package.sh", "-o", debs, *options, str(MAJOR), timeout=3600)
        deb = debs / f"{PACKAGE}_{version}-1_{arch}.deb"
        assert deb.is_file(), f"scripts/package.sh {' '.join(options)} made no {deb.name}"
        built[release] = Package(deb, version, upgrades, workdir / f"unpacked-{release}")
    return built


@pytest.mark.parametrize("release", ["previous", "current"])
def test_package_holds_exactly_the_extension_in_debian_places(packages, release):
    package = packages[release]
    listing = package.listing()
    files = {path for mode, _owner, path in listing if mode.startswith("-")}
    assert files == package.expected_files()
    directories = {path for mode, _owner, path in listing if mode.startswith("d")}
    parents = {str(parent) for path in files for parent in pathlib.PurePosixPath(path).parents}
    assert directories == parents
    assert {mode for mode, _owner, _path in listing} == {"-rw-r--r--", "drwxr-xr-x"}
    assert {owner for _mode, owner, _path in listing} == {"root/root"}

    assert package.field("Package") == PACKAGE
    assert package.field("Version") == f"{package.version}-1"
    assert package.field("Depends").split(", ")[0] == f"postgresql-{MAJOR}"
    assert package.field("Maintainer") == json.loads((ROOT / "META.json").read_text())["maintainer"]
    control = package.file(f"{EXTDIR}/otp_pg.control").decode()
    assert re.search(rf"^default_version = '{re.escape(package.version)}'$", control, re.MULTILINE), control
    # An upgrade runs exactly the scripts in sql/, the released ones unchanged since (RELEASED).
    for name in package.upgrades:
        assert package.file(f"{EXTDIR}/{name}") == (ROOT / "sql" / name).read_bytes(), name


def sql_entities(script: bytes) -> collections.Counter:
    """The blocks of an install script that cargo-pgrx writes, in any order: it sorts them by what
    they depend on, and ties come out in a different order from one run to the next."""
    return collections.Counter(script.decode().split("/* <begin connected objects> */"))


def test_previous_package_installs_the_released_script(packages):
    """The pinned commit is the release: its install script makes what the one frozen in
    tests/upgrade/ makes, statement for statement."""
    shipped = sql_entities(packages["previous"].file(f"{EXTDIR}/otp_pg--{PREVIOUS}.sql"))
    frozen = sql_entities((ROOT / "tests" / "upgrade" / f"otp_pg--{PREVIOUS}.sql").read_bytes())
    assert sum(frozen.values()) > 20  # the marker still splits the script
    assert shipped == frozen


class MountNamespace:
    """A process that holds a private mount namespace in which OVERLAID are overlays whose changes
    land under `root`; commands run there with a bare environment and PATH."""

    def __init__(self, root: pathlib.Path):
        mounts = []
        for index, path in enumerate(OVERLAID):
            upper, work = root / f"upper{index}", root / f"work{index}"
            upper.mkdir(parents=True)
            work.mkdir()
            mounts.append(f"mount -t overlay overlay -o lowerdir={path},upperdir={upper},workdir={work} {path}")
        script = "set -e\n" + "\n".join(mounts) + "\necho mounted\nexec sleep infinity\n"
        self.holder = subprocess.Popen(["unshare", "--mount", "--propagation", "private", "sh", "-c", script],
                                       stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        if self.holder.stdout.readline().strip() != "mounted":
            self.holder.wait(30)
            raise AssertionError(f"the mount namespace was not set up:\n{self.holder.stderr.read()}")

    def run(self, *argv, user=None, check=True) -> subprocess.CompletedProcess:
        command = ["nsenter", f"--target={self.holder.pid}", "--mount", "--",
                   "env", "-i", f"PATH={CLEAN_PATH}", "LANG=C.UTF-8", "DEBIAN_FRONTEND=noninteractive"]
        if user:
            command += ["runuser", "-u", user, "--"]
        done = subprocess.run(command + [str(arg) for arg in argv], capture_output=True, text=True, timeout=300,
                              stdin=subprocess.DEVNULL)
        if check and done.returncode != 0:
            raise AssertionError(f"{' '.join(map(str, argv))} exited with {done.returncode} in the namespace:\n"
                                 f"{done.stdout}{done.stderr}")
        return done

    def existing(self, *paths) -> list:
        """Those of `paths` that exist in the namespace."""
        return self.run("ls", "-d", "--", *paths, check=False).stdout.split()

    def installed_version(self):
        done = self.run("dpkg-query", "-W", "-f=${Status} ${Version}", PACKAGE, check=False)
        return done.stdout.split()[-1] if done.stdout.startswith("install ok installed") else None

    def close(self):
        self.holder.kill()
        self.holder.wait(30)


class PackagedServer:
    """Debian's PostgreSQL 15, run in the namespace as the postgres user, otp_pg preloaded."""

    def __init__(self, namespace: MountNamespace, datadir: pathlib.Path):
        self.namespace, self.datadir, self.port = namespace, datadir, free_port()
        datadir.mkdir(mode=0o700)
        shutil.chown(datadir, "postgres", "postgres")
        namespace.run(f"{BINDIR}/initdb", "-D", datadir, "-U", "postgres", "--auth=trust", "--no-sync",
                      "-E", "UTF8", "--locale=C.UTF-8", user="postgres")
        with open(datadir / "postgresql.conf", "a") as conf:
            conf.write("shared_preload_libraries = 'otp_pg'\n")

    def pg_ctl(self, *arguments):
        options = f"-p {self.port} -c listen_addresses=127.0.0.1 -c unix_socket_directories=''"
        self.namespace.run(f"{BINDIR}/pg_ctl", "-D", self.datadir, "-l", self.datadir / "server.log", "-w",
                           "-t", "60", "-o", options, *arguments, user="postgres")

    def connect(self, dbname="postgres") -> psycopg.Connection:
        return psycopg.connect(f"host=127.0.0.1 port={self.port} user=postgres dbname={dbname} connect_timeout=10",
                               autocommit=True)

    def running_library(self) -> tuple:
        """The path and SHA-256 of the otp_pg.so the postmaster has mapped, read through
        /proc/PID/map_files: the very file that runs, wherever its path leads."""
        pid = int((self.datadir / "postmaster.pid").read_text().split()[0])
        with open(f"/proc/{pid}/maps") as maps:
            for line in maps:
                fields = line.split()
                if len(fields) == 6 and fields[5].endswith("/otp_pg.so"):
                    with open(f"/proc/{pid}/map_files/{fields[0]}", "rb") as mapped:
                        return fields[5], sha256(mapped.read())
        raise AssertionError("the postmaster has no otp_pg.so mapped")

    def stop(self):
        if (self.datadir / "postmaster.pid").exists():
            self.pg_ctl("-m", "immediate", "stop")


def initiate(db, identifier: str):
    return db.execute("SELECT challenge_id FROM otp_initiate(%s, 'email')", (identifier,)).fetchone()[0]


def claim_code(db, challenge_id) -> str:
    """Acts as the sender: the code of the one delivery request waiting, which is challenge_id's."""
    [(claimed_for, code)] = db.execute("SELECT challenge_id, code FROM otp_claim_deliveries()").fetchall()
    assert claimed_for == challenge_id
    return code


def verify_status(db, challenge_id, code) -> str:
    return db.execute("SELECT status FROM otp_verify(%s, %s)", (challenge_id, code)).fetchone()[0]


def extension_version(db) -> str:
    return db.execute("SELECT extversion FROM pg_extension WHERE extname = 'otp_pg'").fetchone()[0]


def apt_install(namespace: MountNamespace, deb: pathlib.Path):
    """apt-get install of a package file, which needs nothing from a repository."""
    output = namespace.run("apt-get", "install", "-y", deb).stdout
    assert not re.search(r"^Get:\d+ \w+://", output, re.MULTILINE), f"apt-get downloaded packages:\n{output}"


def test_install_use_upgrade_and_remove_with_apt(packages, workdir):
    previous, current = packages["previous"], packages["current"]
    assert installed_version_outside() is None, f"{PACKAGE} is installed on this machine: the test can't tell a leak"
    namespace = MountNamespace(workdir / "overlays")
    server = None
    try:
        tools = namespace.run("sh", "-c", "command -v cargo rustc cargo-pgrx", check=False)
        assert tools.stdout == "", f"build tools on the namespace's PATH: {tools.stdout}"
        # A machine without otp_pg: what other builds installed into PostgreSQL 15 goes (here only).
        namespace.run("sh", "-c", f"rm -f {LIBDIR}/otp_pg.so {EXTDIR}/otp_pg.control {EXTDIR}/otp_pg--*.sql")
        for deb in (previous.deb, current.deb):
            shutil.copy(deb, workdir / deb.name)  # where apt's _apt user can read it
            (workdir / deb.name).chmod(0o644)

        apt_install(namespace, workdir / previous.deb.name)
        assert namespace.installed_version() == f"{PREVIOUS}-1"
        server = PackagedServer(namespace, workdir / "data")
        server.pg_ctl("start")
        assert server.running_library() == (f"{LIBDIR}/otp_pg.so", sha256(previous.file(f"{LIBDIR}/otp_pg.so")))

        with server.connect() as db:
            db.execute("CREATE EXTENSION otp_pg")
            assert extension_version(db) == PREVIOUS
            used = initiate(db, "used@example.com")
            used_code = claim_code(db, used)
            assert verify_status(db, used, used_code) == "success"
            pending = initiate(db, "pending@example.com")
            pending_code = claim_code(db, pending)
            app = pyotp.parse_uri(db.execute("SELECT uri FROM otp_totp_enroll('user-1')").fetchone()[0])
            assert db.execute("SELECT otp_totp_confirm('user-1', %s)", (app.now(),)).fetchone()[0] is True

        # The upgrade of the package: the new library and scripts, the old version's install
        # script gone with the package that brought it.
        apt_install(namespace, workdir / current.deb.name)
        assert namespace.installed_version() == f"{CURRENT}-1"
        assert set(namespace.existing(*previous.expected_files(), *current.expected_files())) == current.expected_files()
        server.pg_ctl("-m", "fast", "restart")
        assert server.running_library() == (f"{LIBDIR}/otp_pg.so", sha256(current.file(f"{LIBDIR}/otp_pg.so")))

        with server.connect() as db:
            assert extension_version(db) == PREVIOUS
            db.execute("ALTER EXTENSION otp_pg UPDATE")
            assert extension_version(db) == CURRENT
            assert db.execute("SELECT default_version FROM pg_available_extensions WHERE name = 'otp_pg'").fetchone()[0] == CURRENT
            # What the previous release made works: the code sent before the upgrade verifies, the
            # verified challenge is gone, the factor takes its next code and refuses it again.
            assert verify_status(db, pending, pending_code) == "success"
            assert verify_status(db, used, used_code) == "not_found"
            later = app.at(time.time() + 30)
            assert db.execute("SELECT otp_totp_check('user-1', %s)", (later,)).fetchone()[0] is True
            assert db.execute("SELECT otp_totp_check('user-1', %s)", (later,)).fetchone()[0] is False
            db.execute("CREATE DATABASE fresh")
        with server.connect("fresh") as fresh:
            fresh.execute("CREATE EXTENSION otp_pg")
            assert extension_version(fresh) == CURRENT
            challenge = initiate(fresh, "fresh@example.com")
            assert verify_status(fresh, challenge, claim_code(fresh, challenge)) == "success"
        server.stop()
        server = None

        namespace.run("apt-get", "remove", "-y", PACKAGE)
        assert namespace.installed_version() is None
        assert namespace.existing(*current.expected_files(), DOCDIR) == []
        assert namespace.run("sh", "-c", f"ls {LIBDIR} {EXTDIR} | grep otp_pg || true").stdout == ""
    finally:
        if server:
            server.stop()
        namespace.close()
    # Nothing of it reached the machine.
    assert installed_version_outside() is None
    assert not os.path.exists(DOCDIR)


# --- META.json --------------------------------------------------------------------------------

# PGXN's names (Meta Spec 1.0.0, "license") of the SPDX identifiers Cargo.toml may give.
PGXN_LICENSES = {"Apache-2.0": "apache_2_0", "MIT": "mit", "PostgreSQL": "postgresql", "BSD-3-Clause": "bsd",
                 "GPL-3.0-only": "gpl_3", "GPL-2.0-only": "gpl_2"}


def meta() -> dict:
    return json.loads((ROOT / "META.json").read_text())


def test_meta_json_is_a_pgxn_distribution():
    distribution = meta()
    required = {"name", "abstract", "version", "maintainer", "license", "provides", "meta-spec"}
    assert required <= distribution.keys(), f"missing: {sorted(required - distribution.keys())}"
    assert distribution["meta-spec"]["version"] == "1.0.0"
    assert re.fullmatch(r"\d+\.\d+\.\d+", distribution["version"])
    assert distribution["provides"], "a distribution provides at least one extension"
    for name, extension in distribution["provides"].items():
        assert {"file", "version"} <= extension.keys(), name
        for key in {"file", "docfile"} & extension.keys():
            assert (ROOT / extension[key]).is_file(), f"{name}: {key} {extension[key]} is missing"
    assert all(isinstance(tag, str) and 0 < len(tag) <= 255 for tag in distribution.get("tags", []))


def test_meta_json_is_in_step_with_cargo_toml_and_the_control_file():
    distribution, package = meta(), CARGO["package"]
    extension = distribution["provides"][package["name"]]
    assert distribution["name"] == package["name"]
    assert distribution["version"] == extension["version"] == package["version"]
    assert distribution["abstract"] == package["description"]
    assert distribution["license"] == PGXN_LICENSES[package["license"]]
    control = (ROOT / "otp_pg.control").read_text()
    assert extension["abstract"] == re.search(r"^comment = '(.*)'$", control, re.MULTILINE)[1]
    oldest = min(int(feature[2:]) for feature in CARGO["features"] if re.fullmatch(r"pg\d+", feature))
    assert distribution["prereqs"]["runtime"]["requires"]["PostgreSQL"] == f"{oldest}.0.0"
