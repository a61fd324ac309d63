#!/usr/bin/env bash
# bench/scan_memory.sh: peak resident memory of `jwtlint scan --git` on
# histories of growing length, against `git log -p` itself (and the gitleaks
# CLI on the shorter ones). The repositories are generated from the Go module
# cache with the same 2,000 files again and again (gen_repo ... CYCLE in
# scan_lib.sh), so that longer histories hold files of the same sizes and
# only their number grows.
#
# Usage: bench/scan_memory.sh [-w WORKDIR] [-r RUNS] [-b REV] [COMMITS...]
#   COMMITS default: 1000 4000 16000. Repositories stay in WORKDIR (default
#   /tmp/jwtlint-scan-memory) for later runs. jwtlint's figures are medians
#   of RUNS (default 3) runs. REV adds jwtlint built from that revision of
#   this repository (before a change).
# Environment: GOMODCACHE, GITLEAKS_MAX (default 4000): the largest history
#   the gitleaks CLI is measured on (it reads 2 MB/s).
set -euo pipefail

work=/tmp/jwtlint-scan-memory
before=""
runs=3
while getopts "w:r:b:" opt; do
	case $opt in
	w) work=$OPTARG ;;
	r) runs=$OPTARG ;;
	b) before=$OPTARG ;;
	*) sed -n 2,17p "$0" >&2; exit 2 ;;
	esac
done
shift $((OPTIND - 1))
sizes=("$@")
[ ${#sizes[@]} -gt 0 ] || sizes=(1000 4000 16000)

root=$(cd "$(dirname "$0")/.." && pwd)
mkdir -p "$work/bin"
. "$root/bench/scan_lib.sh"
build_tools
[ -z "$before" ] || build_before "$before"
echo "$(nproc) cores, load before: $(cut -d' ' -f1-3 /proc/loadavg)"
# median_rss CMD... prints the median of $runs peak_rss of CMD.
median_rss() {
	for _ in $(seq "$runs"); do peak_rss "$@"; echo; done | sort -n |
		awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'
}

printf '%8s %10s %12s %12s %12s %12s %16s\n' commits "diff MiB" "jwtlint MiB" "(with git)" "before MiB" "git log MiB" "gitleaks git MiB"
for n in "${sizes[@]}"; do
	repo=$work/repo$n
	gen_repo "$repo" "$n" 2 2000 2>/dev/null
	mib=$(($(git -C "$repo" log -p -U0 --full-history --all --diff-filter=tuxdb | wc -c) / 1048576))
	jwt=$(median_rss "$work/bin/jwtlint" scan --git --format json --report "$work/jwtlint.json" "$repo")
	all=$(peak_rss_all "$work/bin/jwtlint" scan --git --format json --report "$work/jwtlint.json" "$repo")
	old=-
	[ -z "$before" ] || old=$(median_rss "$work/bin/jwtlint-before" scan --git --format json --report "$work/jwtlint.json" "$repo")
	gitm=$(peak_rss_all git -C "$repo" log -p -U0 --full-history --all --diff-filter=tuxdb)
	gl=-
	if [ "$n" -le "${GITLEAKS_MAX:-4000}" ]; then
		gl=$(peak_rss_all "$work/bin/gitleaks" git --no-banner --log-level error --report-format json --report-path "$work/gitleaks.json" "$repo")
	fi
	printf '%8s %10s %12s %12s %12s %12s %16s\n' "$n" "$mib" "$jwt" "$all" "$old" "$gitm" "$gl"
done
echo "jwtlint and before MiB: the jwtlint process alone (VmHWM); (with git): it or its largest child (GNU time %M)"
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
