#!/bin/sh
# Entrypoint of the stand-in "postgres" image built by .ci/build-postgres-image.sh.
#
# It runs under busybox sh and mimics what the official image's docker-entrypoint.sh does
# as far as Testcontainers' PostgreSQLContainer relies on it:
#   - honours POSTGRES_USER, POSTGRES_PASSWORD, POSTGRES_DB, PGDATA
#     (and POSTGRES_HOST_AUTH_METHOD, POSTGRES_INITDB_ARGS);
#   - as root, creates and chowns PGDATA, then re-executes itself as the "postgres" user;
#   - on an empty PGDATA: initdb, pg_hba "host all all all <method>", listen_addresses='*',
#     creates POSTGRES_DB, runs a socket-only server once (first "database system is ready
#     to accept connections" line) and stops it;
#   - finally execs the command ("postgres -c fsync=off"), which prints the second line.
set -eu

export PATH="/usr/local/pgsql/bin:${PATH:-/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin}"

log() { echo "stand-in-entrypoint: $*"; }
die() { echo "stand-in-entrypoint: error: $*" >&2; exit 1; }

# "docker run IMAGE -c fsync=off" means "postgres -c fsync=off", like the official image.
if [ "$#" -eq 0 ] || [ "${1#-}" != "$1" ]; then
    set -- postgres "$@"
fi

if [ "$1" != postgres ]; then
    exec "$@"
fi
# "postgres --version" and friends only print something: no setup (as in the official image).
for arg in "$@"; do
    case "$arg" in
        -'?'|--help|--describe-config|-V|--version|-C) exec "$@" ;;
    esac
done

: "${POSTGRES_USER:=postgres}"
: "${POSTGRES_DB:=$POSTGRES_USER}"
: "${PGDATA:=/var/lib/postgresql/data}"
: "${POSTGRES_HOST_AUTH_METHOD:=}"
: "${POSTGRES_INITDB_ARGS:=}"
export POSTGRES_USER POSTGRES_DB PGDATA

if [ "$(id -u)" = 0 ]; then
    mkdir -p "$PGDATA" /var/run/postgresql
    chown -R postgres:postgres "$PGDATA" /var/run/postgresql
    chmod 700 "$PGDATA"
    chmod 3777 /var/run/postgresql
    # The "--" matters: without it busybox su takes "-c fsync=off" as its own -c.
    # shellcheck disable=SC2016 # $0 and $@ are expanded by the inner shell
    exec su -p -s /bin/sh -c 'exec "$0" "$@"' -- postgres "$0" "$@"
fi

if [ ! -s "$PGDATA/PG_VERSION" ]; then
    if [ -z "${POSTGRES_PASSWORD:-}" ] && [ "$POSTGRES_HOST_AUTH_METHOD" != trust ]; then
        die "POSTGRES_PASSWORD is not set (set it, or POSTGRES_HOST_AUTH_METHOD=trust)"
    fi
    auth_method="${POSTGRES_HOST_AUTH_METHOD:-scram-sha-256}"

    mkdir -p "$PGDATA"
    chmod 700 "$PGDATA" 2>/dev/null || true

    pwfile=""
    if [ -n "${POSTGRES_PASSWORD:-}" ]; then
        pwfile="$(mktemp /tmp/pgpass.XXXXXX)"
        printf '%s\n' "$POSTGRES_PASSWORD" > "$pwfile"
    fi

    log "initdb in $PGDATA (user $POSTGRES_USER)"
    # shellcheck disable=SC2086 # POSTGRES_INITDB_ARGS is split on purpose, like the official image
    initdb -D "$PGDATA" \
        --username="$POSTGRES_USER" \
        ${pwfile:+--pwfile="$pwfile"} \
        -E UTF8 --locale=C.UTF-8 --no-sync \
        --auth-local=trust --auth-host="$auth_method" \
        $POSTGRES_INITDB_ARGS \
        || die "initdb failed"
    [ -n "$pwfile" ] && rm -f "$pwfile"

    {
        echo
        echo "host all all all $auth_method"
    } >> "$PGDATA/pg_hba.conf"
    {
        echo
        echo "listen_addresses = '*'"
    } >> "$PGDATA/postgresql.conf"

    if [ "$POSTGRES_DB" != postgres ]; then
        log "creating database $POSTGRES_DB"
        db_ident="\"$(printf '%s' "$POSTGRES_DB" | sed 's/"/""/g')\""
        owner_ident="\"$(printf '%s' "$POSTGRES_USER" | sed 's/"/""/g')\""
        # No psql in the tarball: single-user mode reads the SQL from stdin.
        echo "CREATE DATABASE $db_ident OWNER $owner_ident;" \
            | postgres --single -j -D "$PGDATA" postgres > /dev/null \
            || die "could not create database $POSTGRES_DB"
    fi

    # Official image: a temporary server on the socket only, for init scripts. It prints the
    # first "database system is ready to accept connections" line Testcontainers waits for.
    pg_ctl -D "$PGDATA" -o "-c listen_addresses='' -p 5432" -w start \
        || die "temporary server did not start"
    if [ -d /docker-entrypoint-initdb.d ]; then
        for f in /docker-entrypoint-initdb.d/*.sh; do
            [ -e "$f" ] || continue
            log "running $f"
            # shellcheck disable=SC1090
            . "$f"
        done
    fi
    pg_ctl -D "$PGDATA" -m fast -w stop || die "temporary server did not stop"

    log "PostgreSQL init process complete; ready for start up."
fi

exec "$@"
