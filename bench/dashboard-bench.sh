#!/usr/bin/env bash
# Dashboard benchmark: server-side render time of each main page for the demo data, and the
# disassembly plan of the Leaf (48 modules, 192 cells) over HTTP. Starts the
# application from the built jar on a fresh embedded database, signs in through the form login,
# gives the Leaf pack a year of daily SoX readings, then runs wrk on each page with the session
# cookie and prints p50 and p99 per page (target: under 200 ms). Talks only to 127.0.0.1 and
# stops everything it started.
#
# Settings (environment): DURATION (seconds per page, default 10), WARMUP (seconds per page
# before measuring, default 5), CONNECTIONS (default 2),
# PORT (default 18090), SKIP_BUILD=1, DBP_USER (default recycler), MAX_MINUTES (default 15).
set -euo pipefail

DURATION=${DURATION:-10}
CONNECTIONS=${CONNECTIONS:-2}
PORT=${PORT:-18090}
DBP_USER=${DBP_USER:-recycler}
DBP_PASSWORD=${DBP_PASSWORD:-demo}
MAX_MINUTES=${MAX_MINUTES:-15}
BASE="http://127.0.0.1:$PORT"
ROOT=$(cd "$(dirname "$0")/.." && pwd)
WORK=$(mktemp -d /tmp/dbp-dashboard-bench.XXXXXX)
APP_PID=""

log() { printf '%s %s\n' "$(date +%H:%M:%S)" "$*" >&2; }
cleanup() {
    if [[ -n "$APP_PID" ]] && kill -0 "$APP_PID" 2>/dev/null; then
        kill "$APP_PID" 2>/dev/null || true
        for _ in $(seq 1 60); do kill -0 "$APP_PID" 2>/dev/null || break; sleep 1; done
        kill -9 "$APP_PID" 2>/dev/null || true
    fi
    [[ -n "${WATCHDOG:-}" ]] && kill "$WATCHDOG" 2>/dev/null || true
    rm -rf "$WORK"
}
trap cleanup EXIT
( sleep $(( MAX_MINUTES * 60 )); log "MAX_MINUTES reached, stopping"; kill -TERM $$ ) &
WATCHDOG=$!

command -v wrk >/dev/null || { log "wrk is missing: apt-get install -y wrk"; exit 1; }
if [[ "${SKIP_BUILD:-0}" != "1" ]]; then
    log "building the jar"
    (cd "$ROOT" && mvn -q -B -DskipTests package)
fi
JAR=$(ls "$ROOT"/target/dbp-*.jar | grep -v original | head -1)
log "starting $JAR on port $PORT"
DBP_DATA_DIR="$WORK/data" DBP_DEMO_DATA=true PORT=$PORT \
    java ${JAVA_OPTS:--Xmx1g} -jar "$JAR" --server.address=127.0.0.1 >"$WORK/app.log" 2>&1 &
APP_PID=$!
for i in $(seq 1 180); do
    if curl -fsS --max-time 2 "$BASE/actuator/health" >/dev/null 2>&1; then break; fi
    kill -0 "$APP_PID" 2>/dev/null || { tail -50 "$WORK/app.log"; log "the application died"; exit 1; }
    [[ $i == 180 ]] && { log "no health after 180 s"; exit 1; }
    sleep 1
done

LEAF=DEMO-LEAF-24-0001
log "adding a year of daily SoX readings to $LEAF"
python3 - "$WORK/sox.json" <<'PY'
import json, math, sys, datetime
start = datetime.datetime(2025, 1, 1, tzinfo=datetime.timezone.utc)
rows = [{"measuredAt": (start + datetime.timedelta(days=d)).isoformat().replace("+00:00", "Z"),
         "soh": round(92 - d * 0.02, 2), "soc": 30 + (d * 37 % 60),
         "temperatureC": round(12 + 10 * math.sin(d / 58) + d % 7, 1), "voltageV": 370.0,
         "cycleCount": 400 + d, "energyThroughputKwh": 9000 + d * 20} for d in range(365)]
json.dump(rows, open(sys.argv[1], "w"))
PY
curl -fsS -u oem1:demo -H 'Content-Type: application/json' --data @"$WORK/sox.json" \
    "$BASE/api/v1/batteries/$LEAF/sox" >/dev/null

log "signing in as $DBP_USER through the form login"
JAR_FILE="$WORK/cookies"
csrf=$(curl -fsS -c "$JAR_FILE" "$BASE/login" | grep -o 'name="_csrf" value="[^"]*"' | head -1 \
    | sed 's/.*value="\([^"]*\)"/\1/')
curl -fsS -b "$JAR_FILE" -c "$JAR_FILE" -o /dev/null \
    --data-urlencode "username=$DBP_USER" --data-urlencode "password=$DBP_PASSWORD" \
    --data-urlencode "_csrf=$csrf" "$BASE/login"
cookie=$(awk '$6 == "SESSION" { print "SESSION=" $7 }' "$JAR_FILE")
[[ -n "$cookie" ]] || { log "no session cookie after sign-in"; exit 1; }
curl -fsS -H "Cookie: $cookie" -o /dev/null "$BASE/batteries/$LEAF" \
    || { log "the session does not open the passport page"; exit 1; }

pages=(
    "/batteries"
    "/batteries?risk=HIGH"
    "/batteries/$LEAF"
    "/batteries/$LEAF/series?range=all"
    "/batteries/$LEAF/telemetry?range=90d"
    "/batteries/DEMO-TESLA-S85-0001"
    "/batteries/$LEAF/procedure"
    "/batteries/DEMO-TESLA-S85-0001/procedure"
    "/batteries/$LEAF/decision"
    "/overview"
    # the disassembly plan over HTTP, beside the in-process JMH figure of bench/plan-bench.sh
    "/api/v1/batteries/$LEAF/disassembly-plan?depth=MODULE"
    "/api/v1/batteries/$LEAF/disassembly-plan?depth=CELL"
)
log "warming up (JIT): ${WARMUP:-5} s per page"
for page in "${pages[@]}"; do
    wrk -t1 -c1 -d"${WARMUP:-5}s" -H "Cookie: $cookie" "$BASE$page" >/dev/null
done
printf '\n%-48s %10s %10s %10s\n' "page ($DBP_USER, ${DURATION}s, $CONNECTIONS conn.)" p50 p99 req/s
for page in "${pages[@]}"; do
    curl -fsS -H "Cookie: $cookie" -o /dev/null "$BASE$page" || { log "$page failed"; exit 1; }
    out=$(wrk -t1 -c"$CONNECTIONS" -d"${DURATION}s" --latency -H "Cookie: $cookie" "$BASE$page")
    p50=$(awk '$1 == "50%" { print $2 }' <<<"$out")
    p99=$(awk '$1 == "99%" { print $2 }' <<<"$out")
    rps=$(awk '/Requests\/sec/ { print $2 }' <<<"$out")
    non2xx=$(awk '/Non-2xx/ { print $NF }' <<<"$out")
    printf '%-48s %10s %10s %10s %s\n' "$page" "$p50" "$p99" "$rps" \
        "${non2xx:+($non2xx non-2xx!)}"
done
