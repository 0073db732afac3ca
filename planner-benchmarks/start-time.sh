#!/usr/bin/env bash
# Launch-to-sign-in time and memory of the packaged app: starts it RUNS times (default 5), each
# time from a fresh home (a new embedded database with demo data, as a first start does), and
# prints for each start the seconds from launch until GET /login answers 200 and the process's
# resident memory (RSS) at that moment, then the medians.
#
#   planner-benchmarks/start-time.sh                          # the jar as `java -jar` runs it
#   JAVA_OPTS='-XX:TieredStopAtLevel=1' planner-benchmarks/start-time.sh
#   APP='-XX:AOTCache=target/start/app.aot -jar target/start/app/upright.jar' planner-benchmarks/start-time.sh
#   SECOND_START=1 planner-benchmarks/start-time.sh           # every start on the same, existing home
#
# Build the jar first (./mvnw -DskipTests package). With SPRING_DATASOURCE_URL set, the app uses
# that database instead (no demo data unless UPRIGHT_DEMODATA=always). The machine's load is
# printed too: timings on a busy machine are not a quiet machine's.
set -euo pipefail
cd "$(dirname "$0")/.."

RUNS=${RUNS:-5}
APP=${APP:--jar planner-ui/target/upright.jar}
JAVA="${JAVA_HOME:-/usr}/bin/java"
work=$(mktemp -d /tmp/upright-start.XXXXXX)
pid=""
cleanup() { [ -n "$pid" ] && kill -9 "$pid" 2>/dev/null; rm -rf "$work"; }
trap cleanup EXIT

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
median() { sort -g | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }

echo "java: $("$JAVA" -version 2>&1 | head -n1); app: $APP; JAVA_OPTS: ${JAVA_OPTS:-none}"
echo "cores: $(nproc); load before: $(cut -d' ' -f1-3 /proc/loadavg)"
if [ -n "${SECOND_START:-}" ]; then
  echo "every start on the same home (not the first start: the database exists)"
fi

times=() rss=()
for run in $(seq 0 "$RUNS"); do
  if [ "$run" -eq 0 ] && [ -z "${SECOND_START:-}" ]; then continue; fi
  home="$work/home"
  [ -n "${SECOND_START:-}" ] || { rm -rf "$home"; }
  mkdir -p "$home"
  port=$(free_port)
  start=$(date +%s%N)
  # shellcheck disable=SC2086 # JAVA_OPTS and APP are lists of arguments
  "$JAVA" ${JAVA_OPTS:-} -Duser.home="$home" $APP --server.port="$port" >"$work/console-$run.log" 2>&1 &
  pid=$!
  until curl -fsS -o /dev/null "http://127.0.0.1:$port/login" 2>/dev/null; do
    kill -0 "$pid" 2>/dev/null || { echo "the app stopped; see its console:"; tail -20 "$work/console-$run.log"; exit 1; }
    sleep 0.05
  done
  end=$(date +%s%N)
  kb=$(awk '/^VmRSS/ {print $2}' "/proc/$pid/status")
  kill "$pid"; wait "$pid" 2>/dev/null || true; pid=""
  if [ "$run" -eq 0 ]; then echo "first start (creates the database, not counted)"; continue; fi
  secs=$(awk -v ns=$((end - start)) 'BEGIN {printf "%.2f", ns / 1e9}')
  mb=$((kb / 1024))
  echo "start $run: sign-in page after $secs s, RSS $mb MB (load $(cut -d' ' -f1 /proc/loadavg))"
  times+=("$secs") rss+=("$mb")
done
echo "median of $RUNS: sign-in page after $(printf '%s\n' "${times[@]}" | median) s," \
  "RSS $(printf '%s\n' "${rss[@]}" | median) MB; load after: $(cut -d' ' -f1-3 /proc/loadavg)"
