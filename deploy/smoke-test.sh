#!/usr/bin/env bash
# Smoke test of a scaled-out site: nginx in front of two instances on one database.
#
#   deploy/smoke-test.sh BASE_URL ADMIN_PASSWORD [INSTANCE_URL ...]
#
# Signs in once through nginx, then uses that session on request after request (round robin
# sends them to both instances), and, given the instances' own URLs, on each directly; checks
# that student pages carry the same validator everywhere and that signing out ends the
# session everywhere. Prints one line per check; exits non-zero at the first failure.
set -euo pipefail
base=${1:?base URL, e.g. http://localhost:8080}
password=${2:?the admin password}
shift 2
instances=("$@")
jar=$(mktemp)
trap 'rm -f "$jar"' EXIT

fail() { echo "FAIL: $*" >&2; exit 1; }
code() { curl -s -o /dev/null -w '%{http_code}' -b "$jar" -c "$jar" "$@"; }

for _ in $(seq 1 120); do
    [ "$(code "$base/actuator/health/readiness")" = 200 ] && break
    sleep 1
done
[ "$(code "$base/actuator/health/readiness")" = 200 ] || fail "$base is not ready"
echo "ok  $base is ready"

[ "$(code "$base/compare/payments")" = 200 ] || fail "a student page"
echo "ok  a student page"

token=$(curl -s -b "$jar" -c "$jar" "$base/login" | sed -n 's/.*name="_csrf" value="\([^"]*\)".*/\1/p' | head -n 1)
[ -n "$token" ] || fail "no CSRF token on the sign-in page"
location=$(curl -s -o /dev/null -w '%{redirect_url}' -b "$jar" -c "$jar" \
    --data-urlencode "username=admin" --data-urlencode "password=$password" --data-urlencode "_csrf=$token" "$base/login")
case "$location" in */admin*) ;; *) fail "sign-in went to '$location'" ;; esac
echo "ok  signed in through $base"

for i in 1 2 3 4 5 6; do
    [ "$(code "$base/admin")" = 200 ] || fail "request $i with the session through $base"
done
echo "ok  six requests with the session through $base (round robin: both instances)"

etags=()
for url in "${instances[@]}"; do
    [ "$(code "$url/admin")" = 200 ] || fail "the session on $url"
    echo "ok  the session works on $url directly"
    etags+=("$(curl -s -D - -o /dev/null "$url/compare/payments" | tr -d '\r' | sed -n 's/^[Ee][Tt]ag: //p')")
done
if [ "${#etags[@]}" -gt 1 ]; then
    for e in "${etags[@]}"; do [ "$e" = "${etags[0]}" ] || fail "validators differ: ${etags[*]}"; done
    echo "ok  the same validator on every instance: ${etags[0]}"
fi

token=$(curl -s -b "$jar" -c "$jar" "$base/admin" | sed -n 's/.*name="_csrf" value="\([^"]*\)".*/\1/p' | head -n 1)
curl -s -o /dev/null -b "$jar" -c "$jar" --data-urlencode "_csrf=$token" "$base/logout"
for url in "$base" "${instances[@]}"; do
    [ "$(code "$url/admin")" = 302 ] || fail "still signed in on $url after signing out"
done
echo "ok  signed out everywhere"
echo "All checks passed."
