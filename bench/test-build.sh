#!/usr/bin/env bash
# Test-build benchmark: how long the README's test command (./mvnw -q -B verify) takes on a
# clean clone of each given git revision, the revisions in turn (A B A B ...) so that a drift
# in the shared machine's speed touches them alike. Prints every run's wall time and the
# machine's busy CPU seconds during it, then each revision's median and the ratio of medians
# to the first revision.
#
#   bench/test-build.sh [--runs N] REV [REV ...]      # e.g. bench/test-build.sh --runs 2 HEAD 404cb1f
#
# Each run uses the Maven repository of the user running it (fill it with one build first).
# A failing build stops the benchmark. Only one Maven build at a time on a small machine.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
runs=2
while (($#)); do
    case $1 in
        --runs) runs=$2; shift 2 ;;
        -h|--help) sed -n '2,11p' "$0"; exit 0 ;;
        -*) echo "test-build.sh: unknown option $1" >&2; exit 2 ;;
        *) break ;;
    esac
done
(($#)) || { sed -n '2,11p' "$0"; exit 2; }
work=$(mktemp -d /tmp/sidebyside-test-build.XXXXXX)
trap 'rm -rf "$work"' EXIT
revs=("$@")
for i in "${!revs[@]}"; do
    git -C "$root" clone -q "$root" "$work/$i"
    git -C "$work/$i" checkout -q "$(git -C "$root" rev-parse "${revs[$i]}")"
done

busy() { awk '/^cpu /{print $2+$3+$4+$7+$8+$9}' /proc/stat; }
declare -A times
for ((r = 1; r <= runs; r++)); do
    for i in "${!revs[@]}"; do
        b0=$(busy); t0=$(date +%s.%N)
        if ! (cd "$work/$i" && ./mvnw -q -B verify >"$work/$i.log" 2>&1); then
            echo "test-build.sh: the build of ${revs[$i]} failed; its output:" >&2
            tail -n 40 "$work/$i.log" >&2
            exit 1
        fi
        t1=$(date +%s.%N); b1=$(busy)
        wall=$(echo "$t1 - $t0" | bc)
        cpu=$(echo "scale=1; ($b1 - $b0) / $(getconf CLK_TCK)" | bc)
        times[$i]="${times[$i]:-} $wall"
        printf 'run %d  %-12s wall %6.1f s  busy CPU %6.1f s\n' "$r" "${revs[$i]}" "$wall" "$cpu"
    done
done
median() { tr ' ' '\n' | grep . | sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2}'; }
first=$(echo "${times[0]}" | median)
for i in "${!revs[@]}"; do
    m=$(echo "${times[$i]}" | median)
    printf 'median %-12s %6.1f s  (%.3f of %s)\n' "${revs[$i]}" "$m" "$(echo "$m / $first" | bc -l)" "${revs[0]}"
done
