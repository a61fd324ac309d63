#!/usr/bin/env bash
# bench/hook.sh: how long "jwtlint hook run" (the analyzer half, the
# staged packages only) keeps a one-file commit waiting, next to what the
# hook did before (jwtlint ./... over the work tree) and the cost of writing
# the index to a temporary tree (git checkout-index) alone.
#
# Usage: bench/hook.sh [-r RUNS] [-w WORKDIR] [-j JWTLINT] [-n] MODULE@VERSION FILE...
#   Each module, fetched through the Go module proxy, becomes a git
#   repository with one commit in WORKDIR (default /tmp/jwtlint-hookbench);
#   for each FILE (relative to the module) a comment line is appended and
#   staged, and the hook is run RUNS times (default 3) after one warm-up run
#   (module cache, build cache and page cache warm). -n skips the old
#   whole-module run, which is slow. JWTLINT defaults to a build of this
#   checkout.
# Output: one line per run, "module file what seconds cpu_seconds maxrss_kb",
# and the medians; the load average is printed before and after, as the
# machine is shared.
set -euo pipefail

runs=3
work=/tmp/jwtlint-hookbench
jwtlint=""
old=1
while getopts "r:w:j:n" opt; do
	case $opt in
	r) runs=$OPTARG ;;
	w) work=$OPTARG ;;
	j) jwtlint=$OPTARG ;;
	n) old=0 ;;
	*) sed -n 2,18p "$0" >&2; exit 2 ;;
	esac
done
shift $((OPTIND - 1))
if [ $# -lt 2 ]; then
	sed -n 2,18p "$0" >&2
	exit 2
fi
mod=$1
shift
mkdir -p "$work"
here=$(cd "$(dirname "$0")/.." && pwd)
if [ -z "$jwtlint" ]; then
	jwtlint=$work/jwtlint
	go -C "$here/cmd/jwtlint" build -o "$jwtlint" .
fi

dir=$(go mod download -json "$mod" | sed -n 's/^\t"Dir": "\(.*\)",$/\1/p')
repo=$work/$(echo "$mod" | tr '/@' '__')
if [ ! -d "$repo/.git" ]; then
	rm -rf "$repo"
	cp -r "$dir" "$repo"
	chmod -R u+w "$repo"
	(cd "$repo" && git init -q -b main && git add . &&
		git -c user.name=bench -c user.email=bench@example.invalid commit -q -m import &&
		GOFLAGS=-mod=mod go mod download)
fi
cd "$repo"
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
results=$work/results.txt
: >"$results"
timed() { # what cmd...
	local what=$1
	shift
	/usr/bin/time -f "%e %U %S %M" -o "$work/time" "$@" >/dev/null 2>&1 || true
	read -r e u s m <"$work/time"
	echo "$mod $f $what $e $(echo "$u + $s" | bc) $m" | tee -a "$results"
}
for f in "$@"; do
	git checkout -q HEAD -- .
	echo "// bench/hook.sh" >>"$f"
	git add "$f"
	"$jwtlint" hook run --no-scan >/dev/null 2>&1 || true # warm-up
	for _ in $(seq "$runs"); do
		timed hook "$jwtlint" hook run --no-scan
		timed checkout-index sh -c 'd=$(mktemp -d) && git checkout-index -a -f --prefix="$d/" && rm -rf "$d"'
		if [ $old = 1 ]; then
			timed old-./... "$jwtlint" ./...
		fi
	done
	git reset -q --hard
done
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "medians (seconds, cpu seconds, max RSS KB):"
median() { sort -n | awk '{v[NR]=$1} END {print v[int((NR+1)/2)]}'; }
cut -d' ' -f2,3 "$results" | sort -u | while read -r file what; do
	rows=$(awk -v f="$file" -v w="$what" '$2 == f && $3 == w' "$results")
	echo "$file $what $(echo "$rows" | cut -d' ' -f4 | median) $(echo "$rows" | cut -d' ' -f5 | median) $(echo "$rows" | cut -d' ' -f6 | median)"
done
