#!/usr/bin/env bash
# Issue-2 benchmark: load synthetic MEB-like passports through the passport bulk import, then
# measure passport, modules and materials reads with wrk, and SoX ingestion through the
# telemetry bulk import. Starts its own application from the built jar on a fresh embedded
# database, talks only to 127.0.0.1 and stops everything it started when it ends.
#
#   bench/run.sh                 10 000 packs
#   PACKS=100000 bench/run.sh    100 000 packs (expect the load to take a while)
#
# Settings (environment): PACKS, CHUNK (packs per import request), SOX_PACKS, SOX_READINGS
# (readings per pack), DURATION (seconds per wrk run), WARMUP (seconds before each), CONNECTIONS,
# THREADS, PORT,
# SKIP_BUILD=1, DBP_USER/DBP_PASSWORD (HTTP Basic; the demo accounts), MAX_MINUTES (hard stop).
set -euo pipefail

PACKS=${PACKS:-10000}
CHUNK=${CHUNK:-500}
SOX_PACKS=${SOX_PACKS:-1000}
SOX_READINGS=${SOX_READINGS:-200}
DURATION=${DURATION:-20}
# Closed-loop load, one connection per core: wrk, the server and PostgreSQL share this machine's
# two cores, so more connections only queue (throughput falls, p99 grows). The passport read is
# measured once more at twice that many connections, to show the queueing.
CONNECTIONS=${CONNECTIONS:-2}
THREADS=${THREADS:-2}
WARMUP=${WARMUP:-10}
PORT=${PORT:-18080}
DBP_USER=${DBP_USER:-oem1}
DBP_PASSWORD=${DBP_PASSWORD:-${DBP_DEMO_PASSWORD:-demo}}
MAX_MINUTES=${MAX_MINUTES:-$(( 30 + PACKS / 1000 ))}
TEMPLATE_ID=${TEMPLATE_ID:-DEMO-MEB-82-0001}
PREFIX=${PREFIX:-BENCH-MEB-}
PG_PORT=${PG_PORT:-25433}

HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$HERE/.." && pwd)
BASE="http://127.0.0.1:$PORT"
AUTH="Basic $(printf '%s:%s' "$DBP_USER" "$DBP_PASSWORD" | base64 -w0)"
STAMP=$(date -u +%Y%m%dT%H%M%SZ)
RESULTS="$HERE/results/$STAMP-$PACKS-packs.txt"
WORK=$(mktemp -d /tmp/dbp-bench.XXXXXX)
APP_PID=""

log() { printf '%s %s\n' "$(date -u +%H:%M:%S)" "$*" >&2; }
result() { printf '%s\n' "$*" | tee -a "$RESULTS"; }

cleanup() {
    if [[ -n "$APP_PID" ]] && kill -0 "$APP_PID" 2>/dev/null; then
        log "stopping the application (pid $APP_PID)"
        kill "$APP_PID" 2>/dev/null || true
        for _ in $(seq 1 60); do kill -0 "$APP_PID" 2>/dev/null || break; sleep 1; done
        kill -9 "$APP_PID" 2>/dev/null || true
    fi
    [[ -n "${WATCHDOG:-}" ]] && kill "$WATCHDOG" 2>/dev/null || true
    rm -rf "$WORK"
}
trap cleanup EXIT
trap 'log "interrupted"; exit 130' INT TERM

# A hard stop: the whole run ends after MAX_MINUTES whatever happens.
( sleep $(( MAX_MINUTES * 60 )); log "MAX_MINUTES=$MAX_MINUTES reached, stopping"; kill -TERM $$ ) &
WATCHDOG=$!

api() { curl -sS --max-time "${2:-60}" -H "Authorization: $AUTH" "$BASE$1"; }

# --- tools ---------------------------------------------------------------------------------
if ! command -v wrk >/dev/null; then
    log "installing wrk"
    apt-get install -y wrk >/dev/null 2>&1 || { apt-get update >/dev/null && apt-get install -y wrk >/dev/null; }
fi
command -v python3 >/dev/null || { log "python3 is required"; exit 1; }
mkdir -p "$HERE/results"

# --- application ---------------------------------------------------------------------------
if [[ "${SKIP_BUILD:-0}" != 1 ]]; then
    log "building the jar"
    (cd "$ROOT" && mvn -q -B -DskipTests package)
fi
JAR=$(ls "$ROOT"/target/dbp-*.jar | grep -v original | head -1)
log "starting $JAR on port $PORT with data in $WORK/data"
DBP_DATA_DIR="$WORK/data" DBP_DEMO_DATA=true DBP_EMBEDDED_PORT=$PG_PORT PORT=$PORT \
    java ${JAVA_OPTS:--Xmx2g} -jar "$JAR" --server.address=127.0.0.1 >"$WORK/app.log" 2>&1 &
APP_PID=$!
for i in $(seq 1 180); do
    if curl -fsS --max-time 2 "$BASE/actuator/health" >/dev/null 2>&1; then break; fi
    kill -0 "$APP_PID" 2>/dev/null || { tail -50 "$WORK/app.log"; log "the application died"; exit 1; }
    [[ $i == 180 ]] && { tail -50 "$WORK/app.log"; log "no health after 180 s"; exit 1; }
    sleep 1
done
log "application is up"

result "# DBP issue-2 benchmark $STAMP"
result "machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB; java: $(java -version 2>&1 | head -1)"
result "packs=$PACKS chunk=$CHUNK wrk: ${DURATION}s, $CONNECTIONS connections, $THREADS threads"

# --- passports -----------------------------------------------------------------------------
api "/api/v1/batteries/$TEMPLATE_ID/document" >"$WORK/template.json"
python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); assert "id" in d, d' "$WORK/template.json" \
    || { log "could not fetch the template passport $TEMPLATE_ID"; cat "$WORK/template.json" >&2; exit 1; }
MODULES=$(python3 -c 'import json,sys; d=json.load(open(sys.argv[1]))["design"]; print(len(d.get("modules", [])))' "$WORK/template.json" 2>/dev/null || echo "?")
result "template: $TEMPLATE_ID ($(wc -c <"$WORK/template.json") bytes, $MODULES modules)"

log "loading $PACKS passports in chunks of $CHUNK"
load_seconds=0
for (( start = 0; start < PACKS; start += CHUNK )); do
    count=$(( PACKS - start < CHUNK ? PACKS - start : CHUNK ))
    python3 "$HERE/gen.py" packs "$WORK/template.json" "$start" "$count" "$PREFIX" >"$WORK/chunk.ndjson"
    out=$(curl -sS --max-time 600 -o "$WORK/import.json" -w '%{http_code} %{time_total}' \
        -H "Authorization: $AUTH" -H 'Content-Type: application/x-ndjson' \
        --data-binary @"$WORK/chunk.ndjson" "$BASE/api/v1/batteries/import?mode=ATOMIC")
    code=${out% *}; seconds=${out#* }
    if [[ "$code" != 2* ]]; then
        log "passport import of packs $start.. answered $code:"; head -c 2000 "$WORK/import.json" >&2; echo >&2
        exit 1
    fi
    load_seconds=$(awk -v a="$load_seconds" -v b="$seconds" 'BEGIN { print a + b }')
    (( start % (CHUNK * 10) == 0 )) && log "  $(( start + count )) / $PACKS"
done
rm -f "$WORK/chunk.ndjson"
result "$(awk -v n="$PACKS" -v s="$load_seconds" \
    'BEGIN { printf "passport load: %d packs in %.1f s = %.1f packs/s\n", n, s, n / s }')"

# --- reads ---------------------------------------------------------------------------------
# Reads authenticate as an API client would: with a short-lived bearer token (HTTP Basic
# checks a bcrypt hash on every request, which is deliberately slow).
bearer() {
    curl -fsS --max-time 30 -X POST -H "Authorization: $AUTH" "$BASE/api/v1/auth/token" \
        | python3 -c 'import json,sys; d=json.load(sys.stdin); print("Bearer " + (d.get("accessToken") or d["access_token"]))'
}

measure() { # name path_suffix [connections]
    local connections=${3:-$CONNECTIONS}
    log "wrk: $1 ($connections connections)"
    local token
    token=$(bearer)
    curl -fsS --max-time 10 -o /dev/null -H "Authorization: $AUTH" "$BASE/api/v1/batteries/${PREFIX}000000$2" \
        || { log "$1 read of ${PREFIX}000000 failed"; exit 1; }
    # warm-up (the JIT compiles the read path in the first seconds), then the measured run
    wrk -t"$THREADS" -c"$connections" -d"${WARMUP}s" --timeout 10s -s "$HERE/ids.lua" "$BASE" -- \
        "$PREFIX" "$PACKS" "/api/v1/batteries/" "$2" "$token" >/dev/null
    line=$(wrk -t"$THREADS" -c"$connections" -d"${DURATION}s" --timeout 10s -s "$HERE/ids.lua" "$BASE" -- \
        "$PREFIX" "$PACKS" "/api/v1/batteries/" "$2" "$token" | grep '^RESULT' | sed 's/^RESULT //')
    result "$(printf '%-12s %s' "$1" "$line")"
}
measure passport ""
measure "passport@$(( CONNECTIONS * 2 ))c" "" $(( CONNECTIONS * 2 ))
measure modules "/modules"
measure materials "/materials"

# --- SoX ingestion -------------------------------------------------------------------------
sox_packs=$(( SOX_PACKS < PACKS ? SOX_PACKS : PACKS ))
python3 "$HERE/gen.py" sox 0 "$sox_packs" "$PREFIX" "$SOX_READINGS" >"$WORK/sox.ndjson"
lines=$(wc -l <"$WORK/sox.ndjson")
log "importing $lines SoX readings"
out=$(curl -sS --max-time 1800 -o "$WORK/sox-import.json" -w '%{http_code} %{time_total}' \
    -H "Authorization: $AUTH" -H 'Content-Type: application/x-ndjson' \
    --data-binary @"$WORK/sox.ndjson" "$BASE/api/v1/sox/import?mode=atomic")
code=${out% *}; seconds=${out#* }
[[ "$code" == 2* ]] || { log "SoX import answered $code"; head -c 2000 "$WORK/sox-import.json" >&2; exit 1; }
result "$(awk -v n="$lines" -v s="$seconds" -v p="$sox_packs" \
    'BEGIN { printf "sox import: %d readings (%d packs) in %.1f s = %.0f readings/s\n", n, p, s, n / s }')"
measure sox-range "/sox?limit=100"
measure sox-series "/sox/series?points=100"

# --- verdict -------------------------------------------------------------------------------
p99=$(awk '/^passport / { for (i = 1; i <= NF; i++) if ($i ~ /^p99_ms=/) { sub("p99_ms=", "", $i); print $i } }' "$RESULTS")
if awk -v p="$p99" 'BEGIN { exit !(p < 20) }'; then
    result "target passport p99 < 20 ms: met ($p99 ms)"
else
    result "target passport p99 < 20 ms: NOT met ($p99 ms)"
fi
log "figures written to $RESULTS"
