#!/usr/bin/env bash
# Debian packages of otp_pg, one per PostgreSQL major, laid out as Debian's and PGDG's extension
# packages are, from `cargo pgrx package` (a release build):
#
#   bash scripts/package.sh [-o DIR] [--previous] [MAJOR ...]
#
#   MAJOR        14 15 16 17 18 (default: all of them)
#   -o DIR       where the .deb files go (default target/packages; relative to the repository's top)
#   --previous   the previous release, PREVIOUS_VERSION, built from its commit, for the update test
#
# A package is named postgresql-MAJOR-otp-pg (file postgresql-MAJOR-otp-pg_VERSION-1_ARCH.deb), the
# name Debian and PGDG give an extension for one server major ("_" is not allowed in a Debian
# name), so that apt sees the package of each major as its own and an upgrade as the same name with
# a higher version. Maintainer and description come from META.json, the version from Cargo.toml.
#
# Cargo's target directory (CARGO_TARGET_DIR, default target/) is kept, so a second run rebuilds
# nothing that did not change; the previous release has its own source tree and target directory
# under it. Each build's time is printed.
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"

# The 0.4.0 release: the last commit whose Cargo.toml says 0.4.0; the next one moved to 0.4.1 and
# froze this version's install script as tests/upgrade/otp_pg--0.4.0.sql.
PREVIOUS_VERSION=0.4.0
PREVIOUS_COMMIT=2e324b2a6df2bf100c0104e0717d7f1061b19a9f
DEBIAN_REVISION=1

out=target/packages previous=0 majors=()
while (($#)); do
    case $1 in
        -o) out=$2; shift 2 ;;
        --previous) previous=1; shift ;;
        1[4-8]) majors+=("$1"); shift ;;
        *) echo "usage: $0 [-o DIR] [--previous] [14|15|16|17|18 ...]" >&2; exit 2 ;;
    esac
done
((${#majors[@]})) || majors=(14 15 16 17 18)
mkdir -p "$out"
out=$(realpath "$out")
top=$PWD
target=$(realpath -m "${CARGO_TARGET_DIR:-target}")
arch=$(dpkg --print-architecture)

log() { printf '\033[1;34m[package]\033[0m %s\n' "$*"; }

meta() { # a top-level string of META.json
    python3 -c 'import json, sys; print(json.load(open(sys.argv[1]))[sys.argv[2]])' META.json "$1"
}

# The source to build: this checkout, or the previous release unpacked from git history once
# (git archive gives every file its commit's time, so cargo sees the same tree on each run).
if ((previous)); then
    if ! git cat-file -e "$PREVIOUS_COMMIT^{commit}" 2>/dev/null && [[ $(git rev-parse --is-shallow-repository) == true ]]; then
        log "a shallow clone: fetching the history that holds the $PREVIOUS_VERSION release"
        git fetch --quiet --unshallow || true
    fi
    if ! git cat-file -e "$PREVIOUS_COMMIT^{commit}" 2>/dev/null; then
        echo "this clone lacks commit $PREVIOUS_COMMIT, the $PREVIOUS_VERSION release: fetch the full history (git fetch --unshallow)" >&2
        exit 1
    fi
    version=$PREVIOUS_VERSION
    src="$target/otp_pg-$version/source"
    if [[ ! -d $src ]]; then
        rm -rf "$src.partial"
        mkdir -p "$src.partial"
        git archive "$PREVIOUS_COMMIT" | tar -x -C "$src.partial"
        # A workspace of its own: cargo would otherwise take it for a stray member of this
        # checkout's workspace, which holds the default target directory.
        printf '\n[workspace]\n' >>"$src.partial/Cargo.toml"
        mv "$src.partial" "$src"
    fi
    grep -qx "version = \"$version\"" "$src/Cargo.toml" || { echo "$src is not otp_pg $version" >&2; exit 1; }
    build_target="$target/otp_pg-$version/target"
    source_date=$(git show -s --format=%ct "$PREVIOUS_COMMIT")
else
    version=$(python3 -c 'import tomllib; print(tomllib.load(open("Cargo.toml", "rb"))["package"]["version"])')
    src=$top
    build_target=$target
    source_date=$(git log -1 --format=%ct)
fi
work=$(mktemp -d /var/tmp/otp_pg-package.XXXXXX)
trap 'rm -rf "$work"' EXIT

for major in "${majors[@]}"; do
    pg_config="$(bash scripts/cluster.sh bindir "$major")/pg_config"
    name="postgresql-$major-otp-pg"
    deb="$out/${name}_$version-${DEBIAN_REVISION}_$arch.deb"
    stage="$work/stage-$major" root="$work/root-$major"

    log "otp_pg $version for PostgreSQL $major: cargo pgrx package"
    started=$SECONDS
    if ! (cd "$src" && CARGO_TARGET_DIR=$build_target cargo pgrx package --pg-config "$pg_config" --out-dir "$stage") \
        >"$work/build-$major.log" 2>&1; then
        cat "$work/build-$major.log"
        echo "the release build of otp_pg $version for PostgreSQL $major failed" >&2
        exit 1
    fi
    log "built in $((SECONDS - started)) s"

    # cargo pgrx package writes pg_config's own paths; the package puts them where Debian's
    # PostgreSQL looks (its pg_config --pkglibdir and --sharedir).
    libdir="$root/usr/lib/postgresql/$major/lib"
    extdir="$root/usr/share/postgresql/$major/extension"
    docdir="$root/usr/share/doc/$name"
    mkdir -p "$libdir" "$extdir" "$docdir" "$root/DEBIAN"
    built_lib="$stage$("$pg_config" --pkglibdir)"
    built_ext="$stage$("$pg_config" --sharedir)/extension"
    mv "$built_lib/otp_pg.so" "$libdir/"
    mv "$built_ext"/otp_pg.control "$built_ext"/otp_pg--*.sql "$extdir/"
    if leftover=$(find "$stage" -type f | grep .); then
        echo "cargo pgrx package made files this script does not place: $leftover" >&2
        exit 1
    fi
    # As dh_strip does for a shared library: the dynamic symbols PostgreSQL looks up stay.
    strip --remove-section=.comment --remove-section=.note --strip-unneeded "$libdir/otp_pg.so"
    gzip -9n <"$src/CHANGELOG.md" >"$docdir/changelog.gz"
    cat >"$docdir/copyright" <<EOF
Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/
Upstream-Name: otp_pg

Files: *
Copyright: $(meta maintainer)
License: Apache-2.0
 On Debian systems the full text of the Apache License 2.0 is in
 /usr/share/common-licenses/Apache-2.0.
EOF

    # The shared libraries otp_pg.so links against, as package dependencies with their minimum
    # versions. dpkg-shlibdeps wants a debian/control to read (any will do) and warns that the
    # library is not under debian/<package>/, which does not change what it finds.
    mkdir -p "$work/shlibs/debian"
    printf 'Source: otp-pg\n\nPackage: %s\nArchitecture: any\n' "$name" >"$work/shlibs/debian/control"
    shlibs=$(cd "$work/shlibs" && dpkg-shlibdeps -O "$libdir/otp_pg.so" 2>/dev/null | sed -n 's/^shlibs:Depends=//p')
    [[ -n $shlibs ]] || { echo "dpkg-shlibdeps found no dependencies of otp_pg.so" >&2; exit 1; }

    find "$root" -type d -exec chmod 0755 {} +
    find "$root" -type f -exec chmod 0644 {} +
    (cd "$root" && find usr -type f -print0 | sort -z | xargs -0 md5sum >DEBIAN/md5sums)
    cat >"$root/DEBIAN/control" <<EOF
Package: $name
Version: $version-$DEBIAN_REVISION
Architecture: $arch
Maintainer: $(meta maintainer)
Installed-Size: $(du -sk --exclude=DEBIAN "$root" | cut -f1)
Depends: postgresql-$major, $shlibs
Section: database
Priority: optional
Description: $(meta abstract) (PostgreSQL $major)
$(meta description | fold -s -w 78 | sed 's/ *$//; s/^/ /')
EOF
    # The files in the package carry the time of its source's commit, not of the build.
    SOURCE_DATE_EPOCH=$source_date dpkg-deb --root-owner-group -Zxz --build "$root" "$deb" >/dev/null
    log "$deb"
done
