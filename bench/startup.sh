#!/usr/bin/env bash
# Start-up benchmark: how long bin/sidebyside takes from launch until
# /actuator/health/readiness answers 200, on an empty database each time (so the first import
# is included). The archive is trained once first, on a scratch database.
#
#   bench/startup.sh [--runs N] [--jar PATH] [-- app arguments]
#
# Environment as for bin/sidebyside: JAVA, JAVA_OPTS, SIDEBYSIDE_AOT=false (no Spring AOT),
# SIDEBYSIDE_CDS=false (no archive); BENCH_PG_HOST/PORT/USER for the PostgreSQL server.
# Build the jar first (./mvnw -q package -DskipTests). Prints each run and the median.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
runs=3
jar="$root/app-web/target/app-web.jar"
while (($#)); do
    case $1 in
        --runs) runs=$2; shift 2 ;;
        --jar) jar=$2; shift 2 ;;
        --) shift; break ;;
        -h|--help) sed -n '2,11p' "$0"; exit 0 ;;
        *) echo "startup.sh: unknown option $1" >&2; exit 2 ;;
    esac
done
[[ -f $jar ]] || { echo "startup.sh: no jar at $jar (./mvnw -q package -DskipTests)" >&2; exit 1; }
host=${BENCH_PG_HOST:-127.0.0.1} port=${BENCH_PG_PORT:-5432} user=${BENCH_PG_USER:-postgres}
psql=(psql -h "$host" -p "$port" -U "$user" -d postgres -qAt)
work=$(mktemp -d /tmp/sidebyside-startup.XXXXXX)
db="sidebyside_bench_$(date +%s)"
app_port=18079
pid=""
cleanup() {
    [[ -n $pid ]] && kill "$pid" 2>/dev/null && wait "$pid" 2>/dev/null
    "${psql[@]}" -c "drop database if exists ${db} with (force)" >/dev/null 2>&1 || true
    "${psql[@]}" -c "drop database if exists ${db}_training with (force)" >/dev/null 2>&1 || true
    rm -rf "$work"
}
trap cleanup EXIT
trap 'exit 130' INT
export SIDEBYSIDE_JAR=$jar SIDEBYSIDE_APP_DIR="$work/app"
url() { echo "--spring.datasource.url=jdbc:postgresql://$host:$port/$1"; }
creds=("--spring.datasource.username=$user" "--spring.datasource.password=")

"${psql[@]}" -c "create database ${db}_training" >/dev/null
"$root/bin/sidebyside" train "$(url "${db}_training")" "${creds[@]}" "$@" </dev/null ||
    echo "startup.sh: no archive (training failed or switched off); measuring without" >&2
"${psql[@]}" -c "drop database ${db}_training with (force)" >/dev/null

times=()
for ((i = 1; i <= runs; i++)); do
    "${psql[@]}" -c "create database $db" >/dev/null
    t0=$(date +%s%N)
    "$root/bin/sidebyside" "$(url "$db")" "${creds[@]}" "--server.port=$app_port" "$@" >"$work/run-$i.log" 2>&1 </dev/null &
    pid=$!
    ready=0
    for ((j = 0; j < 2400; j++)); do
        if curl -sf --max-time 2 "http://127.0.0.1:$app_port/actuator/health/readiness" >/dev/null; then
            ready=1
            break
        fi
        kill -0 "$pid" 2>/dev/null || break
        sleep 0.05
    done
    ms=$((($(date +%s%N) - t0) / 1000000))
    kill "$pid" 2>/dev/null; wait "$pid" 2>/dev/null || true
    pid=""
    "${psql[@]}" -c "drop database $db with (force)" >/dev/null
    if ((!ready)); then
        echo "startup.sh: run $i never became ready; its log:" >&2
        tail -n 30 "$work/run-$i.log" >&2
        exit 1
    fi
    echo "run $i: ready after $ms ms"
    times+=("$ms")
done
median=$(printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2}')
echo "median of $runs: $median ms to ready (JVM options: ${JAVA_OPTS:-bin/sidebyside defaults}; Spring AOT: ${SIDEBYSIDE_AOT:-true}; archive: ${SIDEBYSIDE_CDS:-true}; $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg))"
