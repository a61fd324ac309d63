#!/usr/bin/env bash
# bench/crack.sh: the token cracker against the SHA-256 floor, in one run.
#
# Usage: bench/crack.sh [-r ROUNDS] [-t BENCHTIME]
#   ROUNDS (default 7) runs of the benchmark binary, each running
#   CrackShareOfFloor (the cracker and the floor in alternating slices of 64
#   candidates: both see the same load), CrackHS256 and SHA256Blocks (one
#   after the other) and CrackHS256Tokens; each figure is the median over the
#   rounds. BENCHTIME (default 1s) is go test's -benchtime.
# The floor is SHA256Blocks: the five SHA-256 compressions an HS256
# candidate needs on jwt.io's sample token (111-byte signing input) and
# nothing else. "%floor" is the cracker's speed as a share of it.
set -euo pipefail

rounds=7 benchtime=1s
while getopts "r:t:" opt; do
	case $opt in
	r) rounds=$OPTARG ;;
	t) benchtime=$OPTARG ;;
	*) awk 'NR > 1 && /^#/ {print; next} NR > 1 {exit}' "$0" >&2; exit 2 ;;
	esac
done
root=$(cd "$(dirname "$0")/.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
(cd "$root/cmd/jwtlint" && go test -c -o "$work/scan.test" ./internal/scan/)
echo "$rounds rounds, $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'), load before: $(cut -d' ' -f1-3 /proc/loadavg)"
for ((i = 1; i <= rounds; i++)); do
	"$work/scan.test" -test.run XXX -test.benchtime "$benchtime" \
		-test.bench 'CrackShareOfFloor|CrackHS256$|SHA256Blocks|CrackHS256Tokens' >>"$work/out.txt"
done
# median NAME UNIT: the median of the values of metric UNIT of benchmark NAME.
median() {
	awk -v name="$1" -v unit="$2" '$1 ~ "^Benchmark" name "(-[0-9]+)?$" {
		for (i = 3; i < NF; i++) if ($(i + 1) == unit) print $i
	}' "$work/out.txt" | sort -g | awk '{v[NR] = $1} END {
		if (NR == 0) { print "-"; exit }
		print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2
	}'
}
printf '| benchmark | median |\n|---|---|\n'
mega() { awk -v v="$1" 'BEGIN { if (v == "-") print "-"; else printf "%.2f M", v / 1e6 }'; }
printf '| CrackShareOfFloor: cracker, candidates/s | %s |\n' "$(mega "$(median CrackShareOfFloor candidates/s)")"
printf '| CrackShareOfFloor: floor, candidates/s | %s |\n' "$(mega "$(median CrackShareOfFloor floor-candidates/s)")"
printf '| CrackShareOfFloor: share of the floor | %s%% |\n' "$(median CrackShareOfFloor %floor)"
printf '| CrackHS256 alone (1 core), candidates/s | %s |\n' "$(mega "$(median CrackHS256 candidates/s)")"
printf '| SHA256Blocks alone (the floor, 1 core), candidates/s | %s |\n' "$(mega "$(median SHA256Blocks candidates/s)")"
printf '| CrackHS256Tokens (16 tokens, 1 core), pairs/s | %s |\n' "$(mega "$(median CrackHS256Tokens pairs/s)")"
