#!/usr/bin/env bash
# bench/scan.sh: time `jwtlint scan --git` against `git log -p` and the
# gitleaks CLI on a repository of thousands of commits built locally from the
# Go module cache (see gen_repo in scan_lib.sh). Nothing is fetched except
# gitleaks itself through the Go module proxy.
#
# Usage: bench/scan.sh [-n COMMITS] [-f FILES] [-r RUNS] [-d REPO_DIR] [-b REV]
#   COMMITS (default 4000) commits of FILES (default 2) new files each;
#   RUNS (default 5) rounds in which the commands take turns; each figure is
#   the median of its runs, wall-clock and CPU (user + system, git included).
#   REPO_DIR keeps the repository for later runs. REV adds jwtlint built from
#   that revision of this repository (before a change).
# Environment: GOMODCACHE (source of files), KEEP=1 keeps the work directory,
#   SKIP_GITLEAKS=1 leaves out the gitleaks CLI (20 to 40 times slower).
set -euo pipefail

runs=5
root=$(cd "$(dirname "$0")/.." && pwd)
. "$root/bench/scan_lib.sh"
bench_setup "$@"

ncommits=$(git -C "$repo" rev-list --count --all)
logbytes=$(git -C "$repo" log -p -U0 --full-history --all --diff-filter=tuxdb | wc -c)
echo "repository: $repo, $ncommits commits, git log -p -U0: $((logbytes / 1048576)) MiB; $runs rounds, $(nproc) cores, load before: $(cut -d' ' -f1-3 /proc/loadavg)"

declare -A cmd=(
	[git]="git -C '$repo' log -p -U0 --full-history --all --diff-filter=tuxdb"
	[gitp]="git -C '$repo' log -p --all"
	[jwt]="'$work/bin/jwtlint' scan --git --format json --report '$work/jwtlint.json' '$repo'"
	[jwtb]="'$work/bin/jwtlint-before' scan --git --format json --report '$work/jwtlint-before.json' '$repo'"
	[gl]="'$work/bin/gitleaks' git --no-banner --log-level error --report-format json --report-path '$work/gitleaks.json' '$repo'"
)
tools=(git gitp jwt)
[ -z "$before" ] || tools+=(jwtb)
[ "${SKIP_GITLEAKS:-}" = 1 ] || tools+=(gl)
race "${tools[@]}"

findings=$(python3 -c 'import json,sys; print(len(json.load(open(sys.argv[1]))))' "$work/jwtlint.json")
printf '%-52s %8s %8s\n' "command ($ncommits commits, median of $runs)" "wall s" "CPU s"
row "git log -p -U0 --full-history --all (what both read)" git
row "git log -p --all" gitp
row "jwtlint scan --git ($findings findings)" jwt
if [ -n "$before" ]; then
	row "jwtlint scan --git at $before" jwtb
	cmp -s "$work/jwtlint.json" "$work/jwtlint-before.json" && same=same || same=DIFFERENT
	echo "findings before and after: $same"
fi
[ "${SKIP_GITLEAKS:-}" = 1 ] || row "gitleaks git ($gitleaks_version, default rules)" gl
awk -v j="$(median jwt)" -v g="$(median git)" -v jc="$(median jwt cpu)" -v gc="$(median git cpu)" \
	'BEGIN {printf "jwtlint / git log -p -U0: %.2fx wall, %.2fx CPU\n", j / g, jc / gc}'
[ -z "$before" ] || awk -v j="$(median jwtb)" -v g="$(median git)" -v jc="$(median jwtb cpu)" -v gc="$(median git cpu)" \
	'BEGIN {printf "jwtlint at '"$before"' / git log -p -U0: %.2fx wall, %.2fx CPU\n", j / g, jc / gc}'
[ "${SKIP_GITLEAKS:-}" = 1 ] || awk -v j="$(median jwt)" -v l="$(median gl)" 'BEGIN {printf "gitleaks / jwtlint: %.1fx wall\n", l / j}'
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
