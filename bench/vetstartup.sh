#!/usr/bin/env bash
# bench/vetstartup.sh: per-package start-up of jwtlint under go vet, against
# the no-op analyzer (bench/analyzer_noop). go vet starts the -vettool once
# per package, dependencies included, so what one start costs is paid
# hundreds of times per module. The script builds the three tools, lets go vet
# write the unit config (vet.cfg) of a one-file package with no imports,
# then runs each tool on that config N times per round, the tools taking
# turns, and prints the median CPU milliseconds (user + system) per start.
#
# Usage: bench/vetstartup.sh [-n STARTS] [-r ROUNDS]   (defaults 200, 5)
set -euo pipefail
n=200
rounds=5
while getopts "n:r:" opt; do
	case $opt in
	n) n=$OPTARG ;;
	r) rounds=$OPTARG ;;
	*) sed -n 2,11p "$0" >&2; exit 2 ;;
	esac
done
root=$(cd "$(dirname "$0")/.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
make -C "$root" -s build
cp "$root/bin/jwtlint" "$root/bin/jwtlint-vet" "$work/"
go -C "$root" build -o "$work/noop" ./bench/analyzer_noop

mkdir "$work/tiny"
printf 'module example.com/tiny\n\ngo 1.22\n' >"$work/tiny/go.mod"
printf 'package tiny\n\n// Add adds.\nfunc Add(a, b int) int { return a + b }\n' >"$work/tiny/tiny.go"
# A new flag value defeats go vet's cache; -work keeps the config.
vw=$(cd "$work/tiny" && go vet -work -vettool="$work/jwtlint" -sources=example.com/s$$.F . 2>&1 >/dev/null | sed -n 's/^WORK=//p' | head -1)
cfg=$work/tiny.cfg
sed "s#$vw/b001#$work#" "$vw/b001/vet.cfg" >"$cfg"
rm -rf "$vw"

# cpu_ms TOOL: CPU milliseconds per start over n starts.
cpu_ms() {
	/usr/bin/time -f "%U %S" -o "$work/t" bash -c 'for ((i = 0; i < $2; i++)); do "$1" -json "$3" >/dev/null; done' _ "$1" "$n" "$cfg"
	awk -v n="$n" '{printf "%.2f\n", ($1 + $2) * 1000 / n}' "$work/t"
}
: >"$work/res"
for ((r = 1; r <= rounds; r++)); do
	echo "noop $(cpu_ms "$work/noop")" >>"$work/res"
	echo "jwtlint $(cpu_ms "$work/jwtlint")" >>"$work/res"
	echo "jwtlint-vet $(cpu_ms "$work/jwtlint-vet")" >>"$work/res"
done
echo "load: $(cut -d' ' -f1-3 /proc/loadavg); $n starts x $rounds rounds"
for t in noop jwtlint jwtlint-vet; do
	printf '%s median %s ms CPU per start (rounds: %s)\n' "$t" \
		"$(awk -v t=$t '$1 == t {print $2}' "$work/res" | sort -n | awk '{a[NR] = $1} END {print a[int((NR + 1) / 2)]}')" \
		"$(awk -v t=$t '$1 == t {printf "%s ", $2}' "$work/res")"
done
