#!/usr/bin/env bash
# Prints the performance table of docs/performance.md: for each project size, `mvn verify` end to end with
# the plugin's phase times and peak heap, a re-run answered by the cached verdict, a run where only
# entities changed, and on the same generated project liquibase-hibernate6's diff against a PostgreSQL of
# the same image, with the ratio.
#
#   benchmarks/run.sh                 # sizes 10 100 1000
#   SIZES="10 100" benchmarks/run.sh  # fewer
#   INSTALL=false benchmarks/run.sh   # reuse the plugin already installed in REPO (and benchmarks/target/benchmarks.jar)
#   JMH=false benchmarks/run.sh       # without the JMH catalog read + diff figures
#   COMPETITOR_TIMEOUT=600 benchmarks/run.sh  # stop liquibase-hibernate's diff after 600 s (default 3600)
#
# Everything Maven resolves or installs goes to a private local repository (REPO), never ~/.m2.
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
REPO=${REPO:-$ROOT/.m2-private}
WORK=${WORK:-$ROOT/benchmarks/target/projects}
SIZES=${SIZES:-10 100 1000}
IMAGE=${IMAGE:-postgres:17}
COMPETITOR_TIMEOUT=${COMPETITOR_TIMEOUT:-3600}
export TESTCONTAINERS_RYUK_DISABLED=${TESTCONTAINERS_RYUK_DISABLED:-true}
export TESTCONTAINERS_HOST_OVERRIDE=${TESTCONTAINERS_HOST_OVERRIDE:-localhost}
MVN=(mvn -B -Dmaven.repo.local="$REPO")

log() { echo "[run.sh] $*" >&2; }
seconds() { date +%s.%N; }
elapsed() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.1f", b - a }'; }
# "Timings: database start 1.20 s, migrate 0.80 s, ..." -> the value of one phase
phase() { sed -n 's/.*Timings: //p' "$1" | tr ',' '\n' | sed -n "s/^ *$2 \([0-9.]*\) s$/\1/p" | head -1; }
# Peak heap in MB: the largest occupancy before a collection in a -Xlog:gc file.
peak_heap() { grep -o '[0-9]*M->' "$1" 2>/dev/null | sed 's/M->//' | sort -n | tail -1; }

if [ "${INSTALL:-true}" = true ]; then
  log "installing the plugin into $REPO"
  (cd "$ROOT" && "${MVN[@]}" -q install -DskipTests -Dinvoker.skip)
  (cd "$ROOT" && "${MVN[@]}" -q -f benchmarks/pom.xml package -DskipTests)
fi

# A fresh server of the docker provider's image per size, for liquibase-hibernate.
CONTAINER=""
trap '[ -n "$CONTAINER" ] && docker rm -f "$CONTAINER" >/dev/null' EXIT
start_server() {
  CONTAINER=$(docker run -d -P -e POSTGRES_USER=bench -e POSTGRES_PASSWORD=bench -e POSTGRES_DB=bench "$IMAGE" postgres -c fsync=off)
  for _ in $(seq 1 60); do
    [ "$(docker logs "$CONTAINER" 2>&1 | grep -c 'ready to accept connections')" -ge 2 ] && break
    sleep 1
  done
  PGURL="jdbc:postgresql://localhost:$(docker port "$CONTAINER" 5432/tcp | head -1 | sed 's/.*://')/bench"
}
stop_server() { docker rm -f "$CONTAINER" >/dev/null; CONTAINER=""; }

mkdir -p "$WORK"
ROWS=()
for N in $SIZES; do
  PROJECT="$WORK/p$N"
  LOGS="$WORK/logs-$N"
  rm -rf "$PROJECT" "$LOGS"
  mkdir -p "$LOGS"
  log "N=$N: generating $PROJECT"
  java "$ROOT/benchmarks/src/main/java/dev/integrity/benchmarks/ProjectGenerator.java" "$N" 0 "$PROJECT"
  cd "$PROJECT"

  log "N=$N: mvn verify (nothing cached, heap limited to 512 MB)"
  start=$(seconds)
  MAVEN_OPTS="-Xmx512m -Xlog:gc:file=$LOGS/gc.log" "${MVN[@]}" verify > "$LOGS/cold.log" 2>&1 || { tail -30 "$LOGS/cold.log"; exit 1; }
  cold=$(elapsed "$start" "$(seconds)")
  heap=$(peak_heap "$LOGS/gc.log")

  log "N=$N: mvn verify again (inputs unchanged)"
  start=$(seconds)
  "${MVN[@]}" verify > "$LOGS/cached.log" 2>&1 || { tail -30 "$LOGS/cached.log"; exit 1; }
  cached=$(elapsed "$start" "$(seconds)")
  grep -q 'Verdict reused' "$LOGS/cached.log" || { log "the re-run did not reuse the verdict"; exit 1; }
  check=$(sed -n 's/.*inputs checked in \([0-9]*\) ms.*/\1/p' "$LOGS/cached.log" | head -1)

  log "N=$N: mvn verify after an entity-only change"
  sed -i 's|^  private Integer version;|  private Integer version;\n\n  @Override\n  public String toString() { return "entity " + id; }|' \
    src/main/java/bench/model/Entity0000.java
  start=$(seconds)
  "${MVN[@]}" verify > "$LOGS/entities.log" 2>&1 || { tail -30 "$LOGS/entities.log"; exit 1; }
  entities=$(elapsed "$start" "$(seconds)")
  grep -q 'Migrations unchanged' "$LOGS/entities.log" || { log "the entity-only change re-ran the migrations"; exit 1; }

  log "N=$N: liquibase:update then liquibase-hibernate6 diff on $IMAGE"
  start_server
  start=$(seconds)
  update=failed competitor="not run (liquibase:update failed, see $LOGS/lb-update.log)" found=- status=0
  if "${MVN[@]}" -Pliquibase-hibernate liquibase:update -Dbench.jdbcUrl="$PGURL" > "$LOGS/lb-update.log" 2>&1; then
    update=$(elapsed "$start" "$(seconds)")
    log "N=$N: liquibase-hibernate6 diff (stopped after $COMPETITOR_TIMEOUT s)"
    start=$(seconds)
    timeout "$COMPETITOR_TIMEOUT" "${MVN[@]}" -Pliquibase-hibernate liquibase:diff -Dbench.jdbcUrl="$PGURL" > "$LOGS/lb-diff.log" 2>&1 || status=$?
    case $status in
      0) competitor=$(elapsed "$start" "$(seconds)")
         found=$(grep -c '<changeSet' target/liquibase-hibernate-diff.xml || true) ;;
      124) competitor="did not finish in $COMPETITOR_TIMEOUT s" ;;
      *) competitor="failed (exit $status, see $LOGS/lb-diff.log)" ;;
    esac
  fi
  stop_server
  # when the competitor was stopped by its timeout, the ratio is at least timeout / ours
  ratio=$(awk -v a="$competitor" -v t="$COMPETITOR_TIMEOUT" -v b="$cold" \
    'BEGIN { if (a ~ /^did not/) printf "more than %.1fx", t / b; else if (a ~ /^[0-9.]+$/) printf "%.1fx", a / b; else print "-" }')

  ROWS+=("| $N | $cold | $(phase "$LOGS/cold.log" 'database start') | $(phase "$LOGS/cold.log" migrate) | $(phase "$LOGS/cold.log" 'model export') | $(phase "$LOGS/cold.log" inspect) | $(phase "$LOGS/cold.log" diff) | $(phase "$LOGS/cold.log" lint) | $(phase "$LOGS/cold.log" report) | $heap | $cached ($check ms) | $entities (model export $(phase "$LOGS/entities.log" 'model export')) | $update | $competitor$( [ "$found" = - ] || echo " ($found changeSets)") | $ratio |")
  cd "$ROOT"
done

if [ "${JMH:-true}" = true ]; then
  log "JMH: catalog read + diff of two databases of N tables"
  java -jar "$ROOT/benchmarks/target/benchmarks.jar" CatalogBenchmark -p tables="$(echo $SIZES | tr ' ' ',')" > "$WORK/jmh.log" 2>&1 \
    || { tail -30 "$WORK/jmh.log"; exit 1; }
fi

echo
echo "Machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg); $(java -version 2>&1 | head -1); $(mvn -v 2>/dev/null | head -1)"
echo
echo "| entities | mvn verify, nothing cached (s) | database start | migrate (incl. reading A) | model export | inspect | diff | lint | report | peak heap (MB) | re-run, unchanged (s) (cache check) | re-run, entity changed (s) | liquibase:update (s) | liquibase-hibernate6 diff (s) | diff vs our verify |"
echo "|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|"
printf '%s\n' "${ROWS[@]}"
if [ "${JMH:-true}" = true ]; then
  echo
  echo "JMH, catalog read of both databases + diff (ms per operation):"
  sed -n '/^Benchmark/,$p' "$WORK/jmh.log"
fi
