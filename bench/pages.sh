#!/usr/bin/env bash
# Page benchmark: starts the app jar on a throwaway PostgreSQL database, measures start-up
# time to ready, then load-tests the pages with wrk against an nginx static reference.
# See bench/README.md, or run with --help.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
SELF="bench/pages.sh"

usage() {
    cat <<EOF
Usage: $SELF [options] [-- app arguments...]

Builds the app jar, starts it on a throwaway database sidebyside_bench_<epoch> on the local
PostgreSQL server, measures the time until it is ready (first-start import included), then
runs wrk against each page and prints a markdown table. The database, the app and nginx are
removed/stopped on exit, also on Ctrl-C or failure.

Default mode: an nginx static copy of /compare as the reference, then 13 app URLs.
--facts N mode: the fixed-size URLs (/search?q=alipay, /facts/KEY, /api/companies,
/api/facts/KEY) are measured, N generated facts are loaded (bench/generate-facts.sql), and
the same URLs are measured again; both passes side by side.

Options:
  --no-build          do not run ./mvnw -q -B package -DskipTests first
  --jar PATH          jar to run (default: app-web/target/app-web.jar)
  --port N            app port (default: first free from 18080)
  --nginx-port N      nginx port (default: first free from 18090)
  --connections N     wrk connections (default 32; wrk uses 2 threads)
  --duration S        seconds per measured run (default 10)
  --warmup S          seconds of unreported warm-up per URL (default 3)
  --timeout S         wrk's --timeout (default: not passed, wrk's own 2 s); responses slower
                      than it count as timeouts and are left out of the latencies
  --facts N           the generated-facts mode described above
  -h, --help          this text
  -- ARGS...          passed to the app, e.g. -- --sidebyside.page-cache.enabled=false

Environment:
  JAVA                java binary (default: java)
  JAVA_OPTS           JVM options (default: bin/sidebyside's; with --facts, -Xmx1g instead
                      of -Xmx256m); the app starts through bin/sidebyside
  BENCH_PG_HOST, BENCH_PG_PORT, BENCH_PG_USER
                      PostgreSQL server (default 127.0.0.1, 5432, postgres; empty password)

The table goes to stdout, progress to stderr:  $SELF --no-build > result.md
EOF
}

die() { echo "pages.sh: $*" >&2; exit 1; }
say() { printf '[%s] %s\n' "$(date +%H:%M:%S)" "$*" >&2; }
is_uint() { [[ $1 =~ ^[0-9]+$ ]]; }

# ---------------------------------------------------------------- options
BUILD=1
JAR="app-web/target/app-web.jar"
JAR_GIVEN=0
APP_PORT=""
NGINX_PORT=""
CONNECTIONS=32
DURATION=10
WARMUP=3
TIMEOUT=""
FACTS=0
APP_ARGS=()

need_value() { [[ $# -ge 2 && -n $2 ]] || die "$1 needs a value (see --help)"; }
while [[ $# -gt 0 ]]; do
    arg=$1
    if [[ $arg == --*=* ]]; then
        set -- "${arg%%=*}" "${arg#*=}" "${@:2}"
        arg=$1
    fi
    case $arg in
        -h|--help) usage; exit 0 ;;
        --no-build) BUILD=0; shift ;;
        --jar) need_value "$@"; JAR=$2; JAR_GIVEN=1; shift 2 ;;
        --port) need_value "$@"; APP_PORT=$2; shift 2 ;;
        --nginx-port) need_value "$@"; NGINX_PORT=$2; shift 2 ;;
        --connections) need_value "$@"; CONNECTIONS=$2; shift 2 ;;
        --duration) need_value "$@"; DURATION=$2; shift 2 ;;
        --warmup) need_value "$@"; WARMUP=$2; shift 2 ;;
        --timeout) need_value "$@"; TIMEOUT=$2; shift 2 ;;
        --facts) need_value "$@"; FACTS=$2; shift 2 ;;
        --) shift; APP_ARGS=("$@"); break ;;
        *) die "unknown option '$arg' (see --help)" ;;
    esac
done

for v in CONNECTIONS DURATION WARMUP FACTS; do
    is_uint "${!v}" || die "--${v,,} must be a whole number, not '${!v}'"
done
[[ -z $APP_PORT ]] || { is_uint "$APP_PORT" && ((APP_PORT > 0 && APP_PORT < 65536)); } || die "bad --port '$APP_PORT'"
[[ -z $NGINX_PORT ]] || { is_uint "$NGINX_PORT" && ((NGINX_PORT > 0 && NGINX_PORT < 65536)); } || die "bad --nginx-port '$NGINX_PORT'"
((CONNECTIONS >= 2)) || die "--connections must be at least 2 (wrk runs 2 threads)"
((DURATION >= 1)) || die "--duration must be at least 1"
[[ -z $TIMEOUT ]] || { is_uint "$TIMEOUT" && ((TIMEOUT >= 1)); } || die "bad --timeout '$TIMEOUT'"
WRK_TIMEOUT=()
[[ -z $TIMEOUT ]] || WRK_TIMEOUT=(--timeout "${TIMEOUT}s")
TIMEOUT_MS=$((${TIMEOUT:-2} * 1000))

if [[ $JAR_GIVEN == 1 ]]; then
    [[ $JAR == /* ]] || JAR="$PWD/$JAR"
else
    JAR="$ROOT/$JAR"
fi

JAVA=${JAVA:-java}
# the app starts through bin/sidebyside, the documented way (extracted jar, CDS archive), with
# its JVM options unless JAVA_OPTS says otherwise; the generated facts need a larger heap
LAUNCHER_OPTS=$(sed -n 's/^JAVA_OPTS=\${JAVA_OPTS:-\(.*\)}$/\1/p' "$ROOT/bin/sidebyside")
[[ -n $LAUNCHER_OPTS ]] || die "could not read the default JVM options from bin/sidebyside"
if [[ -n ${JAVA_OPTS+set} ]]; then
    JAVA_OPTS_USED=$JAVA_OPTS
elif ((FACTS > 0)); then
    JAVA_OPTS_USED=${LAUNCHER_OPTS/-Xmx256m/-Xmx1g}
else
    JAVA_OPTS_USED=$LAUNCHER_OPTS
fi

PG_HOST=${BENCH_PG_HOST:-127.0.0.1}
PG_PORT=${BENCH_PG_PORT:-5432}
PG_USER=${BENCH_PG_USER:-postgres}
export PGPASSWORD="" PGCONNECT_TIMEOUT=10
PSQL=(psql -X -w -q -v ON_ERROR_STOP=1 -h "$PG_HOST" -p "$PG_PORT" -U "$PG_USER")

NGINX_BIN=/usr/sbin/nginx
[[ -x $NGINX_BIN ]] || NGINX_BIN=$(command -v nginx || echo /usr/sbin/nginx)

# ---------------------------------------------------------------- prerequisites
missing=()
command -v "$JAVA" >/dev/null || missing+=("java ($JAVA): apt-get install -y openjdk-17-jre-headless")
command -v psql >/dev/null || missing+=("psql: apt-get install -y postgresql-client")
command -v curl >/dev/null || missing+=("curl: apt-get install -y curl")
command -v wrk >/dev/null || missing+=("wrk: apt-get install -y wrk")
command -v timeout >/dev/null || missing+=("timeout: apt-get install -y coreutils")
if ((FACTS == 0)); then
    [[ -x $NGINX_BIN ]] || missing+=("nginx: apt-get install -y nginx-light")
fi
if command -v jq >/dev/null; then JSON=jq
elif command -v python3 >/dev/null; then JSON=python3
else missing+=("jq or python3: apt-get install -y jq"); fi
if ((BUILD)); then
    [[ -x $ROOT/mvnw ]] || missing+=("$ROOT/mvnw (or use --no-build --jar PATH)")
fi
if ((${#missing[@]})); then
    printf 'pages.sh: missing prerequisites:\n' >&2
    printf '  %s\n' "${missing[@]}" >&2
    exit 1
fi
if ((FACTS > 0)); then
    [[ -r $ROOT/bench/generate-facts.sql ]] || die "missing $ROOT/bench/generate-facts.sql"
fi

# ---------------------------------------------------------------- clean-up
WORK=""
APP_LOG=""
APP_PID=""
NGINX_PID=""
DB=""
DB_CREATED=0

alive() { # true while PID runs (a zombie counts as gone)
    local state
    [[ -n $1 && -r /proc/$1/stat ]] || return 1
    state=$(sed 's/^.*) //' "/proc/$1/stat" 2>/dev/null | cut -d' ' -f1) || return 1
    [[ -n $state && $state != Z && $state != X ]]
}

stop_pid() { # PID NAME SECONDS: TERM, wait, then KILL
    local pid=$1 name=$2 secs=$3 deadline
    alive "$pid" || { wait "$pid" 2>/dev/null || true; return 0; }
    kill -TERM "$pid" 2>/dev/null || true
    deadline=$(($(date +%s%N) + secs * 1000000000))
    while alive "$pid" && (($(date +%s%N) < deadline)); do
        sleep 0.1
    done
    if alive "$pid"; then
        echo "pages.sh: $name ($pid) did not stop in ${secs}s; killing it" >&2
        kill -KILL "$pid" 2>/dev/null || true
        sleep 0.2
    fi
    wait "$pid" 2>/dev/null || true
}

cleanup() {
    local rc=$?
    trap - EXIT INT TERM HUP
    set +e
    if ((rc == 129 || rc == 130 || rc == 143)); then
        echo "pages.sh: interrupted; stopping what it started and dropping the database" >&2
    fi
    if [[ -n $NGINX_PID ]]; then
        stop_pid "$NGINX_PID" nginx 5
    fi
    if [[ -n $APP_PID ]]; then
        stop_pid "$APP_PID" app 10
    fi
    if ((DB_CREATED)); then
        "${PSQL[@]}" -d postgres -qc "drop database if exists \"${DB}_training\" with (force)" >/dev/null 2>&1
        "${PSQL[@]}" -d postgres -c "drop database if exists \"$DB\" with (force)" >&2 ||
            echo "pages.sh: could not drop database $DB; drop it by hand" >&2
    fi
    if [[ -n $APP_LOG && -f $APP_LOG ]]; then
        if ((rc != 0 && rc != 129 && rc != 130 && rc != 143)) && [[ -n $APP_PID ]]; then
            echo "pages.sh: failed (exit $rc); app log: $APP_LOG; its last 40 lines:" >&2
            tail -n 40 "$APP_LOG" >&2
        else
            rm -f "$APP_LOG"
        fi
    fi
    [[ -n $WORK ]] && rm -rf "$WORK"
    exit "$rc"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM
trap 'exit 129' HUP

# ---------------------------------------------------------------- helpers
port_busy() {
    if command -v ss >/dev/null; then
        [[ -n $(ss -Hltn "( sport = :$1 )" 2>/dev/null) ]]
    else
        (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null
    fi
}

pick_port() { # GIVEN DEFAULT AVOID
    local p
    if [[ -n $1 ]]; then
        port_busy "$1" && die "port $1 is in use"
        echo "$1"
        return
    fi
    for ((p = $2; p < $2 + 100; p++)); do
        [[ $p == "$3" ]] && continue
        port_busy "$p" || { echo "$p"; return; }
    done
    die "no free port in $2..$(($2 + 99))"
}

now_ns() { date +%s%N; }

json_first() { # FIELD: the field of the first element of the JSON array on stdin
    if [[ $JSON == jq ]]; then
        jq -r --arg f "$1" 'if type == "array" and length > 0 then (.[0][$f] // "") else "" end'
    else
        python3 -c 'import json,sys
d = json.load(sys.stdin)
print(d[0].get(sys.argv[1], "") if isinstance(d, list) and d else "")' "$1"
    fi
}

cpu_ticks() { # utime+stime of PID
    sed 's/^.*) //' "/proc/$1/stat" | awk '{ print $12 + $13 }'
}

settle_app() { # wait (max 30 s) until the app uses under 10% of a core
    local hz t0 a b waited=0
    hz=$(getconf CLK_TCK 2>/dev/null || echo 100)
    t0=$(now_ns)
    while alive "$APP_PID"; do
        a=$(cpu_ticks "$APP_PID") || return 0
        sleep 0.5
        b=$(cpu_ticks "$APP_PID") || return 0
        (((b - a) * 20 < hz)) && break
        waited=1
        (($(now_ns) - t0 > 30000000000)) && { say "  app still busy after 30 s; going on"; return 0; }
    done
    ((waited)) && say "  waited $((($(now_ns) - t0) / 1000000000))s for the app to go idle"
    return 0
}

check_app() {
    alive "$APP_PID" || die "the app exited unexpectedly"
}

# Parses wrk output: "rps p50ms p99ms non2xx connect read write timeout requests"
parse_wrk() {
    awk '
    function ms(v,   n, u) {
        n = v + 0; u = v; sub(/^[0-9.]+/, "", u)
        if (u == "us") return n / 1000
        if (u == "ms") return n
        if (u == "s") return n * 1000
        if (u == "m") return n * 60000
        if (u == "h") return n * 3600000
        return "nan"
    }
    BEGIN { rps = "nan"; p50 = "nan"; p99 = "nan"; non = 0; c = 0; r = 0; w = 0; t = 0; total = 0 }
    /^Requests\/sec:/ { rps = $2 }
    /^[ \t]+50%[ \t]/ { p50 = ms($2) }
    /^[ \t]+99%[ \t]/ { p99 = ms($2) }
    /Non-2xx or 3xx responses:/ { non = $NF }
    /Socket errors:/ { gsub(/,/, ""); c = $4; r = $6; w = $8; t = $10 }
    / requests in / { total = $1 }
    END { print rps, p50, p99, non, c, r, w, t, total }' "$1"
}

# One URL: a single GET for its status, an unreported warm-up, the measured wrk run; results
# go to R_RPS[ID], R_P50[ID], R_P99[ID], R_ERR[ID]. wrk runs under "timeout --foreground" so
# that Ctrl-C reaches it (without --foreground, timeout leaves the terminal's process group).
declare -A R_RPS R_P50 R_P99 R_ERR
bench_url() { # ID URL IS_APP
    local id=$1 url=$2 is_app=$3 out status rc=0 wrc=0 t0 took rps p50 p99 non c r w t total errs=()
    out="$WORK/wrk-$(echo "$id" | tr -c 'A-Za-z0-9' '_').txt"
    if ((is_app)); then check_app; fi
    status=$(curl -s -o /dev/null -w '%{http_code}' --max-time 30 -H 'Accept-Encoding: gzip' "$url") || true
    say "$id  (GET -> $status; warm-up ${WARMUP}s, run ${DURATION}s)"
    if ((WARMUP > 0)); then
        timeout --foreground -k 5 $((WARMUP + 30)) wrk -t2 -c"$CONNECTIONS" -d"${WARMUP}s" "${WRK_TIMEOUT[@]}" \
            -H 'Accept-Encoding: gzip' "$url" >/dev/null 2>&1 || wrc=$?
    fi
    t0=$(now_ns)
    timeout --foreground -k 5 $((DURATION + 30)) wrk -t2 -c"$CONNECTIONS" -d"${DURATION}s" --latency "${WRK_TIMEOUT[@]}" \
        -H 'Accept-Encoding: gzip' "$url" >"$out" 2>&1 || rc=$?
    took=$((($(now_ns) - t0) / 1000000000))
    read -r rps p50 p99 non c r w t total < <(parse_wrk "$out")
    if [[ $status == 000 ]]; then
        errs+=("a single GET got no answer in 30 s")
    elif [[ $status != 200 ]]; then
        errs+=("status $status")
    fi
    case $wrc in
        0) ;;
        124|137) errs+=("warm-up wrk hung, killed after $((WARMUP + 30)) s") ;;
        *) errs+=("warm-up wrk exit $wrc") ;;
    esac
    case $rc in
        0) ((took <= DURATION + 5)) || errs+=("wrk took ${took} s") ;;
        124|137) errs+=("wrk hung, killed after ${took} s") ;;
        *) errs+=("wrk exit $rc: $(head -c 120 "$out" | tr '\n' ' ')") ;;
    esac
    [[ $non == 0 ]] || errs+=("non-2xx/3xx $non")
    [[ $t == 0 ]] || errs+=("timeouts $t (responses: $total)")
    [[ $c == 0 ]] || errs+=("connect errors $c")
    [[ $r == 0 ]] || errs+=("read errors $r")
    [[ $w == 0 ]] || errs+=("write errors $w")
    if [[ $total == 0 ]]; then
        errs+=("no responses")
        p50=nan p99=nan
    elif [[ $p50 == 0 ]]; then
        # an empty histogram: every response took longer than wrk's timeout
        p50=over p99=over
    fi
    R_RPS[$id]=$rps
    R_P50[$id]=$p50
    R_P99[$id]=$p99
    if ((${#errs[@]})); then
        local joined="" e
        for e in "${errs[@]}"; do joined+="${joined:+, }$e"; done
        R_ERR[$id]="**!! $joined**"
    else
        R_ERR[$id]="-"
    fi
    say "  $rps req/s, p50 ${p50} ms, p99 ${p99} ms, ${R_ERR[$id]}"
    if ((is_app)); then settle_app; fi
}

fmt_num() { # VALUE DECIMALS
    if [[ $1 == over ]]; then echo "> $TIMEOUT_MS"; return; fi
    awk -v v="$1" -v d="$2" 'BEGIN { if (v == "nan" || v == "") print "-"; else printf "%.*f\n", d, v }'
}

fmt_pct() { # A B: A/B as a percentage
    awk -v a="$1" -v b="$2" 'BEGIN {
        if (a == "nan" || b == "nan" || a == "" || b == "" || b + 0 == 0) { print "-"; exit }
        p = 100 * a / b
        if (p >= 100) printf "%.0f%%\n", p; else if (p >= 0.01) printf "%.3g%%\n", p; else printf "%.2g%%\n", p
    }'
}

# ---------------------------------------------------------------- build
if ((BUILD)); then
    say "building: ./mvnw -q -B package -DskipTests"
    (cd "$ROOT" && ./mvnw -q -B package -DskipTests) || die "the build failed"
fi
[[ -f $JAR ]] || die "no jar at $JAR (build it, or give --jar PATH)"

# ---------------------------------------------------------------- database
WORK=$(mktemp -d /tmp/sidebyside-bench.XXXXXX)
APP_LOG=$(mktemp /tmp/sidebyside-bench-app.XXXXXX.log)

"${PSQL[@]}" -d postgres -Atc "select 1" >/dev/null ||
    die "cannot connect to PostgreSQL at $PG_HOST:$PG_PORT as $PG_USER"
epoch=$(date +%s)
create_err=""
for ((i = 0; i < 10; i++)); do
    DB="sidebyside_bench_$((epoch + i))"
    if create_err=$("${PSQL[@]}" -d postgres -c "create database \"$DB\"" 2>&1); then
        DB_CREATED=1
        break
    fi
    [[ $create_err == *"already exists"* ]] || break
done
((DB_CREATED)) || die "could not create database $DB on $PG_HOST:$PG_PORT: $create_err"
say "database $DB created on $PG_HOST:$PG_PORT"

# ---------------------------------------------------------------- app
APP_PORT=$(pick_port "$APP_PORT" 18080 "")
BASE="http://127.0.0.1:$APP_PORT"
LOAD_AT_START=$(cut -d' ' -f1-3 /proc/loadavg)
# the class-data-sharing archive is made once per build, like bin/sidebyside does on a first
# start, but here on a scratch database: the measured start then imports into an empty one
TRAIN_DB="${DB}_training"
"${PSQL[@]}" -d postgres -qc "create database \"$TRAIN_DB\"" >/dev/null
say "training the class-data-sharing archive on $TRAIN_DB"
if ! SIDEBYSIDE_JAR=$JAR SIDEBYSIDE_APP_DIR="$WORK/app" JAVA=$JAVA JAVA_OPTS=$JAVA_OPTS_USED \
        "$ROOT/bin/sidebyside" train "--spring.datasource.url=jdbc:postgresql://$PG_HOST:$PG_PORT/$TRAIN_DB" \
        "--spring.datasource.username=$PG_USER" "--spring.datasource.password=" "${APP_ARGS[@]}" </dev/null; then
    say "training failed (log: $WORK/app/training.log); the start is measured without the archive"
fi
"${PSQL[@]}" -d postgres -qc "drop database if exists \"$TRAIN_DB\" with (force)" >/dev/null
export SIDEBYSIDE_JAR=$JAR SIDEBYSIDE_APP_DIR="$WORK/app" JAVA JAVA_OPTS=$JAVA_OPTS_USED
APP_CMD=("$ROOT/bin/sidebyside"
    "--spring.datasource.url=jdbc:postgresql://$PG_HOST:$PG_PORT/$DB"
    "--spring.datasource.username=$PG_USER"
    "--spring.datasource.password="
    "--server.port=$APP_PORT"
    "${APP_ARGS[@]}")
say "starting the app on port $APP_PORT (log: $APP_LOG)"
T0=$(now_ns)
"${APP_CMD[@]}" >"$APP_LOG" 2>&1 </dev/null &
APP_PID=$!
disown "$APP_PID" # no "Killed" job notice if it has to be killed

# Ready = GET /actuator/health/readiness answers 200. An app without that probe (404) is
# polled on /actuator/health instead; that can be UP before the first-start import (an
# ApplicationRunner) has finished, so there the app also has to list facts at /api/facts.
READY_PATH=/actuator/health/readiness
READY_DESC="GET $READY_PATH answered 200"
FALLBACK_FACTS=0
while true; do
    alive "$APP_PID" || die "the app exited during start-up"
    if ((FALLBACK_FACTS)); then
        body=$(curl -s --max-time 5 "$BASE/api/facts" | head -c 2) || true
        [[ $body == '[{' ]] && break
    else
        code=$(curl -s -o /dev/null -w '%{http_code}' --max-time 2 "$BASE$READY_PATH") || true
        if [[ $code == 200 ]]; then
            [[ $READY_PATH == /actuator/health ]] || break
            FALLBACK_FACTS=1
            continue
        fi
        if [[ $code == 404 && $READY_PATH == /actuator/health/readiness ]]; then
            say "  $READY_PATH answers 404; waiting on /actuator/health, then facts at /api/facts, instead"
            READY_PATH=/actuator/health
            READY_DESC="GET /actuator/health answered 200 and GET /api/facts listed facts; the app has no /actuator/health/readiness"
            continue
        fi
    fi
    (($(now_ns) - T0 < 120000000000)) || die "the app was not ready after 120 s (waiting for: $READY_DESC)"
    sleep 0.05
done
T1=$(now_ns)
STARTUP_S=$(awk -v a="$T0" -v b="$T1" 'BEGIN { printf "%.2f", (b - a) / 1e9 }')
say "ready after ${STARTUP_S} s ($READY_DESC)"

# keys from the API
SLUG=$(curl -fsS --max-time 30 "$BASE/api/sources" | json_first slug) || die "GET /api/sources failed"
FACT_KEY=$(curl -fsS --max-time 60 "$BASE/api/facts" | json_first key) || die "GET /api/facts failed"
[[ -n $SLUG ]] || die "GET /api/sources gave no source with a slug"
[[ -n $FACT_KEY ]] || die "GET /api/facts gave no fact with a key"
enc() { python3 -c 'import sys, urllib.parse; print(urllib.parse.quote(sys.argv[1], safe=""))' "$1" 2>/dev/null || echo "$1"; }
SLUG_URL=$(enc "$SLUG")
KEY_URL=$(enc "$FACT_KEY")

FIXED_URLS=("/search?q=alipay" "/facts/$KEY_URL" "/api/companies" "/api/facts/$KEY_URL")

# ---------------------------------------------------------------- report helpers
commit_info() {
    local c
    if c=$(git -C "$ROOT" rev-parse --short HEAD 2>/dev/null); then
        git -C "$ROOT" diff --quiet HEAD -- 2>/dev/null || c="$c+dirty"
        echo "$c"
    else
        echo "unknown"
    fi
}

footer() {
    local rss
    rss=$(awk '/^VmRSS:/ { printf "%.0f MB", $2 / 1024 }' "/proc/$APP_PID/status" 2>/dev/null) || true
    echo
    echo "- start-up to ready: **${STARTUP_S} s** (launch of java until $READY_DESC; includes the first-start import into the empty database)"
    echo "- app RSS after the run: ${rss:-unknown} (VmRSS)"
    echo "- JVM options: \`$JAVA_OPTS_USED\`"
    if ((${#APP_ARGS[@]})); then echo "- app arguments: \`${APP_ARGS[*]}\`"; fi
    echo "- load: \`wrk -t2 -c$CONNECTIONS -d${DURATION}s --latency ${WRK_TIMEOUT[*]}${WRK_TIMEOUT[*]:+ }-H 'Accept-Encoding: gzip'\`, ${WARMUP} s unreported warm-up per URL; latencies leave out responses slower than wrk's ${TIMEOUT_MS} ms timeout (counted as timeouts)"
    echo "- java: $("$JAVA" -version 2>&1 | head -n 1)"
    echo "- jar: $JAR ($(date -r "$JAR" '+%Y-%m-%d %H:%M'))"
    echo "- date: $(date '+%Y-%m-%d %H:%M:%S %Z'); nproc: $(nproc); load average at start: $LOAD_AT_START"
    echo "- commit: $(commit_info)"
    local oom
    oom=$(grep -c 'OutOfMemoryError' "$APP_LOG" 2>/dev/null) || true
    if [[ ${oom:-0} != 0 ]]; then
        echo "- **!! the app log has $oom lines with OutOfMemoryError**"
    fi
}

# ---------------------------------------------------------------- default mode
if ((FACTS == 0)); then
    NGINX_PORT=$(pick_port "$NGINX_PORT" 18090 "$APP_PORT")
    mkdir -p "$WORK/www" "$WORK/nginx"
    curl -fsS --max-time 120 -H 'Accept-Encoding: identity' -o "$WORK/www/compare" "$BASE/compare" ||
        die "GET /compare failed"
    NGINX_USER=""
    ((EUID == 0)) && NGINX_USER="user root;"
    cat >"$WORK/nginx/nginx.conf" <<EOF
# static reference for the page benchmark (bench/pages.sh)
daemon off;
$NGINX_USER
worker_processes auto;
pid $WORK/nginx/nginx.pid;
error_log $WORK/nginx/error.log warn;
events { worker_connections 1024; }
http {
    access_log off;
    client_body_temp_path $WORK/nginx/client_body;
    proxy_temp_path $WORK/nginx/proxy;
    fastcgi_temp_path $WORK/nginx/fastcgi;
    uwsgi_temp_path $WORK/nginx/uwsgi;
    scgi_temp_path $WORK/nginx/scgi;
    types { }
    default_type text/html;
    sendfile on;
    # compresses like the app does (text/html is always in gzip_types, naming it only warns)
    gzip on;
    gzip_min_length 256;
    server {
        listen 127.0.0.1:$NGINX_PORT;
        root $WORK/www;
    }
}
EOF
    "$NGINX_BIN" -c "$WORK/nginx/nginx.conf" -p "$WORK/nginx/" -e "$WORK/nginx/error.log" \
        >"$WORK/nginx/stdout.log" 2>&1 </dev/null &
    NGINX_PID=$!
    disown "$NGINX_PID"
    NGINX_URL="http://127.0.0.1:$NGINX_PORT/compare"
    for ((i = 0; i < 100; i++)); do
        alive "$NGINX_PID" || break
        [[ $(curl -s -o /dev/null -w '%{http_code}' --max-time 1 "$NGINX_URL") == 200 ]] && break
        sleep 0.05
    done
    if ! alive "$NGINX_PID" || [[ $(curl -s -o /dev/null -w '%{http_code}' --max-time 1 "$NGINX_URL") != 200 ]]; then
        cat "$WORK/nginx/stdout.log" "$WORK/nginx/error.log" >&2 2>/dev/null || true
        die "nginx did not serve $NGINX_URL"
    fi
    say "nginx serves the $(wc -c <"$WORK/www/compare") bytes of /compare at $NGINX_URL"

    bench_url "nginx" "$NGINX_URL" 0
    stop_pid "$NGINX_PID" nginx 5
    NGINX_PID=""
    settle_app

    URLS=("/" "/compare" "/compare/payments" "/timeline" "/sources" "/sources/$SLUG_URL"
        "/companies/alibaba" "/stories/lessons" "/search?q=alipay" "/facts/$KEY_URL"
        "/api/facts" "/api/companies" "/api/facts/$KEY_URL")
    for u in "${URLS[@]}"; do
        bench_url "$u" "$BASE$u" 1
    done

    echo
    echo "| url | requests/s | p50 ms | p99 ms | ratio to nginx | errors |"
    echo "|---|---:|---:|---:|---:|---|"
    echo "| nginx static copy of /compare | $(fmt_num "${R_RPS[nginx]}" 1) | $(fmt_num "${R_P50[nginx]}" 2) | $(fmt_num "${R_P99[nginx]}" 2) | 100% | ${R_ERR[nginx]} |"
    for u in "${URLS[@]}"; do
        echo "| \`$u\` | $(fmt_num "${R_RPS[$u]}" 1) | $(fmt_num "${R_P50[$u]}" 2) | $(fmt_num "${R_P99[$u]}" 2) | $(fmt_pct "${R_RPS[$u]}" "${R_RPS[nginx]}") | ${R_ERR[$u]} |"
    done
    footer
    exit 0
fi

# ---------------------------------------------------------------- --facts N mode
say "pass 1: the real fact base"
for u in "${FIXED_URLS[@]}"; do
    bench_url "before $u" "$BASE$u" 1
done

# a page whose body shows the fact counts; if it varies between requests by itself, use the
# first generated fact's API answer as the sign instead
WATCH=/
BODY0=$(curl -fsS --max-time 60 -H 'Accept-Encoding: identity' "$BASE$WATCH") || die "GET $WATCH failed"
BODY0b=$(curl -fsS --max-time 60 -H 'Accept-Encoding: identity' "$BASE$WATCH") || die "GET $WATCH failed"
[[ $BODY0 == "$BODY0b" ]] || WATCH=""
FACTS_BEFORE=$("${PSQL[@]}" -d "$DB" -Atc "select count(*) from fact")

say "generating $FACTS facts: psql -1 -v count=$FACTS -f bench/generate-facts.sql"
G0=$(now_ns)
"${PSQL[@]}" -d "$DB" -1 -v count="$FACTS" -f "$ROOT/bench/generate-facts.sql" >&2 ||
    die "bench/generate-facts.sql failed"
G1=$(now_ns)
GEN_S=$(awk -v a="$G0" -v b="$G1" 'BEGIN { printf "%.1f", (b - a) / 1e9 }')
FACTS_AFTER=$("${PSQL[@]}" -d "$DB" -Atc "select count(*) from fact")
say "  done in ${GEN_S} s; $FACTS_BEFORE -> $FACTS_AFTER facts"

SEEN=0
while (($(now_ns) - G1 < 60000000000)); do
    check_app
    if [[ -n $WATCH ]]; then
        body=$(curl -sS --max-time 30 -H 'Accept-Encoding: identity' "$BASE$WATCH") || body=""
        [[ -n $body && $body != "$BODY0" ]] && { SEEN=1; break; }
    else
        [[ $(curl -s -o /dev/null -w '%{http_code}' --max-time 30 "$BASE/api/facts/generated-1") == 200 ]] &&
            { SEEN=1; break; }
    fi
    sleep 0.1
done
SEEN_S=$(awk -v a="$G1" -v b="$(now_ns)" 'BEGIN { printf "%.1f", (b - a) / 1e9 }')
WATCH_DESC=${WATCH:+"GET $WATCH body changed"}
WATCH_DESC=${WATCH_DESC:-"GET /api/facts/generated-1 answered 200"}
if ((SEEN)); then
    say "  the app shows them after ${SEEN_S} s ($WATCH_DESC)"
else
    say "  !! the app did not show the new facts within 60 s; measuring anyway"
fi
settle_app

say "pass 2: with $FACTS generated facts"
for u in "${FIXED_URLS[@]}"; do
    bench_url "after $u" "$BASE$u" 1
done

echo
echo "| url | before req/s | before p50 ms | before p99 ms | after req/s | after p50 ms | after p99 ms | req/s after / before | errors before | errors after |"
echo "|---|---:|---:|---:|---:|---:|---:|---:|---|---|"
for u in "${FIXED_URLS[@]}"; do
    b="before $u" a="after $u"
    echo "| \`$u\` | $(fmt_num "${R_RPS[$b]}" 1) | $(fmt_num "${R_P50[$b]}" 2) | $(fmt_num "${R_P99[$b]}" 2) | $(fmt_num "${R_RPS[$a]}" 1) | $(fmt_num "${R_P50[$a]}" 2) | $(fmt_num "${R_P99[$a]}" 2) | $(fmt_pct "${R_RPS[$a]}" "${R_RPS[$b]}") | ${R_ERR[$b]} | ${R_ERR[$a]} |"
done
footer
if ((SEEN)); then
    seen_text="the app showed them ${SEEN_S} s after the commit ($WATCH_DESC)"
else
    seen_text="**!! the app did not show them within 60 s**"
fi
echo "- facts: $FACTS_BEFORE real, then $FACTS generated (total $FACTS_AFTER) in ${GEN_S} s with \`psql -1 -v count=$FACTS -f bench/generate-facts.sql\`; $seen_text"
