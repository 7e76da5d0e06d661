#!/usr/bin/env bash
# Production start-up time: starts the application jar, waits until /actuator/health/readiness
# answers 200, prints the time to that point, Spring's "Started Application in" figure and the CPU
# seconds the process used (less sensitive to a busy machine than the wall time), then stops it.
# The database and directories come from the environment as in production (DB_URL, DB_USER,
# DB_PASSWORD, MEDIA_DIR, INDEX_DIR); PORT defaults to 18080.
#   tools/measure-startup.sh target/talent-asset-library-0.1.0-SNAPSHOT.jar              # the jar as built
#   tools/measure-startup.sh --extracted target/talent-asset-library-0.1.0-SNAPSHOT.jar  # extracted (java -Djarmode=tools)
#   tools/measure-startup.sh --extracted --cds target/...jar  # extracted, with the class data archive of an earlier
#                                                             # start, as the Docker image runs it
#   tools/measure-startup.sh --extracted --aot target/...jar  # extracted, with a JDK 25 AOT cache made by an earlier start
#   tools/measure-startup.sh --spring-aot ...                 # with the bean definitions Spring's AOT processing generated at
#                                                             # build time (-Dspring.aot.enabled=true; the production build
#                                                             # makes them): the Docker image runs --spring-aot --extracted --aot
#   --runs=N starts it N times (after the one start that makes the archive or cache) and prints the median
set -euo pipefail
extracted=false
cds=false
aot=false
spring_aot=()
runs=1
while [ $# -gt 1 ]; do
  case "$1" in
    --extracted) extracted=true ;;
    --cds) cds=true ;;
    --aot) aot=true ;;
    --spring-aot) spring_aot=(-Dspring.aot.enabled=true) ;;
    --runs=*) runs=${1#--runs=} ;;
    *) echo "Unknown option $1 (known: --extracted, --cds, --aot, --spring-aot, --runs=N)." >&2; exit 2 ;;
  esac
  shift
done
jar=$(realpath "${1:?usage: $0 [--spring-aot] [--extracted] [--cds|--aot] [--runs=N] JAR}")
port=${PORT:-18080}
work=$(mktemp -d)
pid=
trap '[ -n "$pid" ] && kill "$pid" 2>/dev/null; rm -rf "$work"' EXIT
if $extracted; then
  java -Djarmode=tools -jar "$jar" extract --destination "$work/app" >/dev/null
  jar="$work/app/$(basename "$jar")"
fi
options=()
training=()
if $cds; then
  # the archive is written when the first start's JVM exits, and used by every later start
  options=(-XX:+AutoCreateSharedArchive -XX:SharedArchiveFile="$work/app.jsa")
  training=("${options[@]}")
elif $aot; then
  training=(-XX:AOTCacheOutput="$work/app.aot")
  options=(-XX:AOTCache="$work/app.aot")
fi

start_until_ready() {
  start=$(date +%s%N)
  PORT=$port java "${spring_aot[@]}" "$@" -jar "$jar" >"$work/log" 2>&1 &
  pid=$!
  until curl -fs -o /dev/null "http://127.0.0.1:$port/actuator/health/readiness"; do
    if ! kill -0 "$pid" 2>/dev/null; then
      cat "$work/log" >&2
      echo "The application stopped before it was ready." >&2
      exit 1
    fi
    sleep 0.1
  done
  ready=$(date +%s%N)
}

if [ ${#training[@]} -gt 0 ]; then
  start_until_ready "${training[@]}"
  kill "$pid"
  # the cache is written while the training start stops
  wait "$pid" || true
fi
times=()
for run in $(seq 1 "$runs"); do
  start_until_ready "${options[@]}"
  cpu=$(awk -v ticks="$(getconf CLK_TCK)" '{printf "%.1f", ($14 + $15) / ticks}' "/proc/$pid/stat")
  started=$(grep -o 'Started Application in [0-9.]* seconds' "$work/log" || true)
  printf 'ready after %.1f s (%s), %s s CPU, load average %s\n' "$(( (ready - start) / 1000000 ))e-3" "$started" "$cpu" \
    "$(cut -d' ' -f1 /proc/loadavg)"
  times+=($(( (ready - start) / 1000000 )))
  kill "$pid"
  wait "$pid" || true
  pid=
done
if [ "$runs" -gt 1 ]; then
  median=$(printf '%s\n' "${times[@]}" | sort -n | sed -n "$(( (runs + 1) / 2 ))p")
  printf 'median of %d starts: %.1f s\n' "$runs" "${median}e-3"
fi
