#!/usr/bin/env bash
# Prints the performance tables of docs/performance.md: for each project size, `mvn verify` end to end with
# the plugin's phase times and peak heap, a re-run answered by the cached verdict, a run where only
# entities changed, a pull request (one entity gains a field, an appended changeSet adds its column) run
# from the previous build's caches, and on the same generated project liquibase-hibernate6's diff against a
# PostgreSQL of the same image, with the ratio. Then the pull request on a project with a long history (about
# 300 changeSets, 20 entities) and on examples/shop. Every run shows Maven's total and the plugin's own part
# (from its goal's first log line to the build's end, by the log's time stamps).
#
#   benchmarks/run.sh                 # sizes 10 100 1000
#   SIZES="10 100" benchmarks/run.sh  # fewer
#   INSTALL=false benchmarks/run.sh   # reuse the plugin already installed in REPO (and benchmarks/target/benchmarks.jar)
#   JMH=false benchmarks/run.sh       # without the JMH catalog read + diff figures
#   COMPETITOR=false benchmarks/run.sh  # without liquibase-hibernate (and without Docker)
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
# the kept migrated databases of these runs only: a cold run must find none
CACHE=$WORK/kept
# time stamps on Maven's log lines, for the plugin's own part of each run
MVN=(mvn -B -Dmaven.repo.local="$REPO" -Dintegrity.cacheDirectory="$CACHE"
  -Dorg.slf4j.simpleLogger.showDateTime=true -Dorg.slf4j.simpleLogger.dateTimeFormat=HH:mm:ss.SSS)

log() { echo "[run.sh] $*" >&2; }
seconds() { date +%s.%N; }
elapsed() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.1f", b - a }'; }
# "Timings: database start 1.20 s, migrate 0.80 s, ..." -> the value of one phase
phase() { sed -n 's/.*Timings: //p' "$1" | tr ',' '\n' | sed -n "s/^ *$2 \([0-9.]*\) s$/\1/p" | head -1; }
# Seconds from the integrity goal's first log line to BUILD SUCCESS/FAILURE (the goal runs last in verify).
plugin_part() {
  awk '/--- integrity-maven-plugin:/ && !s { s = $1 } /BUILD (SUCCESS|FAILURE)/ { e = $1 }
    function t(x, p) { split(x, p, ":"); return p[1] * 3600 + p[2] * 60 + p[3] }
    END { if (s && e) printf "%.1f", t(e) - t(s); else print "-" }' "$1"
}
# Maven's "Total time" in seconds.
maven_total() { sed -n 's/.*Total time: *\([0-9.:]*\) \(s\|min\).*/\1 \2/p' "$1" | awk '{ if ($2 == "min") { split($1, p, ":"); printf "%.1f", p[1] * 60 + p[2] } else printf "%.1f", $1 }'; }
# "12.3 (plugin 4.5)" for one run's log.
both() { echo "$(maven_total "$1") (plugin $(plugin_part "$1"))"; }
# A pull request on a generated project: entity 1 gains field pr_<k>, changes/pr-<k>.xml (included last) adds its column.
generated_pr() {
  sed -i "s|^  private Integer version;|  private Integer version;\n\n  @Column(name = \"pr_$2\", length = 30)\n  private String pr$2;|" \
    "$1/src/main/java/bench/model/Entity0001.java"
  cat > "$1/src/main/resources/db/changelog/changes/pr-$2.xml" <<XML
<?xml version="1.0" encoding="UTF-8"?>
<databaseChangeLog xmlns="http://www.liquibase.org/xml/ns/dbchangelog"
    xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
    xsi:schemaLocation="http://www.liquibase.org/xml/ns/dbchangelog http://www.liquibase.org/xml/ns/dbchangelog/dbchangelog-4.33.xsd">
  <changeSet id="pr-$2" author="bench">
    <addColumn tableName="entity_0001">
      <column name="pr_$2" type="varchar(30)"/>
    </addColumn>
  </changeSet>
</databaseChangeLog>
XML
  sed -i "s|^</databaseChangeLog>|  <include file=\"changes/pr-$2.xml\" relativeToChangelogFile=\"true\"/>\n</databaseChangeLog>|" \
    "$1/src/main/resources/db/changelog/db.changelog-master.xml"
}
# mvn verify in the current directory into log $1; fails the script when it fails or when $2 (a pattern) is not in the log.
verify() {
  "${MVN[@]}" verify "${@:3}" > "$1" 2>&1 || { tail -30 "$1"; exit 1; }
  [ -z "$2" ] || grep -q "$2" "$1" || { log "$1 lacks '$2'"; exit 1; }
}
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

rm -rf "$CACHE"
mkdir -p "$WORK" "$CACHE"
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
  MAVEN_OPTS="-Xmx512m -Xlog:gc:file=$LOGS/gc.log" verify "$LOGS/cold.log" ""
  cold=$(both "$LOGS/cold.log")
  heap=$(peak_heap "$LOGS/gc.log")

  log "N=$N: mvn verify again (inputs unchanged)"
  verify "$LOGS/cached.log" 'Verdict reused'
  check=$(sed -n 's/.*inputs checked in \([0-9]*\) ms.*/\1/p' "$LOGS/cached.log" | head -1)

  log "N=$N: mvn verify after an entity-only change"
  sed -i 's|^  private Integer version;|  private Integer version;\n\n  @Override\n  public String toString() { return "entity " + id; }|' \
    src/main/java/bench/model/Entity0000.java
  verify "$LOGS/entities.log" 'Migrations unchanged'

  update="not run" competitor="not run" found=- ratio=-
  if [ "${COMPETITOR:-true}" = true ]; then
    log "N=$N: liquibase:update then liquibase-hibernate6 diff on $IMAGE"
    start_server
    start=$(seconds)
    update=failed competitor="not run (liquibase:update failed, see $LOGS/lb-update.log)" status=0
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
    ratio=$(awk -v a="$competitor" -v t="$COMPETITOR_TIMEOUT" -v b="$(maven_total "$LOGS/cold.log")" \
      'BEGIN { if (a ~ /^did not/) printf "more than %.1fx", t / b; else if (a ~ /^[0-9.]+$/) printf "%.1fx", a / b; else print "-" }')
  fi

  # after the competitor, which so runs on the same in-sync project as before
  log "N=$N: mvn verify after a pull request (a field and its changeSet)"
  generated_pr "$PROJECT" 1
  verify "$LOGS/pr.log" 'Kept migrated database reused'

  ROWS+=("| $N | $cold | $(phase "$LOGS/cold.log" 'database start') | $(phase "$LOGS/cold.log" migrate) | $(phase "$LOGS/cold.log" 'model export') | $(phase "$LOGS/cold.log" inspect) | $(phase "$LOGS/cold.log" diff) | $(phase "$LOGS/cold.log" lint) | $(phase "$LOGS/cold.log" report) | $heap | $(both "$LOGS/cached.log") ($check ms) | $(both "$LOGS/entities.log") (model export $(phase "$LOGS/entities.log" 'model export')) | $(both "$LOGS/pr.log") (migrate $(phase "$LOGS/pr.log" migrate)) | $update | $competitor$( [ "$found" = - ] || echo " ($found changeSets)") | $ratio |")
  cd "$ROOT"
done

PR_ROWS=()
log "history: 20 entities, about 300 changeSets"
PROJECT="$WORK/history"
LOGS="$WORK/logs-history"
rm -rf "$PROJECT" "$LOGS"
mkdir -p "$LOGS"
java "$ROOT/benchmarks/src/main/java/dev/integrity/benchmarks/ProjectGenerator.java" 20 0 "$PROJECT" 0.1.0-SNAPSHOT 15
changeSets=$(cat "$PROJECT"/src/main/resources/db/changelog/changes/*.xml | grep -c '<changeSet')
cd "$PROJECT"
verify "$LOGS/cold.log" ""
generated_pr "$PROJECT" 1
verify "$LOGS/pr.log" 'Kept migrated database reused'
PR_ROWS+=("| generated: 20 entities, $changeSets changeSets | $(both "$LOGS/cold.log") | $(both "$LOGS/pr.log") (migrate $(phase "$LOGS/pr.log" migrate)) |")

log "examples/shop: a one-field pull request"
PROJECT="$WORK/shop"
LOGS="$WORK/logs-shop"
rm -rf "$PROJECT" "$LOGS"
mkdir -p "$LOGS"
cp -r "$ROOT/examples/shop" "$PROJECT"
rm -rf "$PROJECT/target"
cd "$PROJECT"
# the shop drifts on purpose: its verdict fails, failOn=none lets the build go on
verify "$LOGS/cold.log" "" -Dintegrity.failOn=none
changeSets=$(cat src/main/resources/db/changelog/changes/*.yaml | grep -c 'changeSet:')
sed -i 's|^  private String phone;|  private String phone;\n\n  private String nickname;|' src/main/java/com/example/shop/Customer.java
cat > src/main/resources/db/changelog/changes/003-nickname.yaml <<'YAML'
databaseChangeLog:
  - changeSet:
      id: 003-nickname
      author: shop
      changes:
        - addColumn:
            tableName: customer
            columns:
              - column: { name: nickname, type: varchar(255) }
YAML
printf '  - include:\n      file: db/changelog/changes/003-nickname.yaml\n' >> src/main/resources/db/changelog/db.changelog-master.yaml
verify "$LOGS/pr.log" 'Kept migrated database reused' -Dintegrity.failOn=none
PR_ROWS+=("| examples/shop: 2 entities, $changeSets changeSets | $(both "$LOGS/cold.log") | $(both "$LOGS/pr.log") (migrate $(phase "$LOGS/pr.log" migrate)) |")
cd "$ROOT"

if [ "${JMH:-true}" = true ]; then
  log "JMH: catalog read + diff of two databases of N tables"
  java -jar "$ROOT/benchmarks/target/benchmarks.jar" CatalogBenchmark -p tables="$(echo $SIZES | tr ' ' ',')" > "$WORK/jmh.log" 2>&1 \
    || { tail -30 "$WORK/jmh.log"; exit 1; }
fi

echo
echo "Machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg); $(java -version 2>&1 | head -1); $(mvn -v 2>/dev/null | head -1)"
echo
echo "Seconds; \"12.3 (plugin 4.5)\": Maven's total time, and the plugin's own part of it."
echo
echo "| entities | mvn verify, nothing cached | database start | migrate (incl. reading A) | model export | inspect | diff | lint | report | peak heap (MB) | re-run, unchanged (cache check) | re-run, entity changed | pull request: a field and its changeSet | liquibase:update | liquibase-hibernate6 diff | diff vs our verify |"
echo "|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|"
printf '%s\n' "${ROWS[@]}"
echo
echo "| project | mvn verify, nothing cached | pull request: a field and its changeSet |"
echo "|---|---|---|"
printf '%s\n' "${PR_ROWS[@]}"
if [ "${JMH:-true}" = true ]; then
  echo
  echo "JMH, catalog read of both databases + diff (ms per operation):"
  sed -n '/^Benchmark/,$p' "$WORK/jmh.log"
fi
