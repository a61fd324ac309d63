#!/usr/bin/env bash
# bench/standalone.sh: the standalone command against gosec, CPU seconds and
# peak RSS, medians of RUNS rounds (the tools take turns within a round), on
# modules fetched through the module proxy: jwtlint ./... with its own
# driver, jwtlint ./... with JWTLINT_DRIVER=singlechecker (first round only:
# what the command did before) and gosec v2.29.0. The targets of issue 14:
# jwtlint at most 0.5x gosec's CPU and 3x its peak memory. A shorter run of
# the standalone rows of bench/analyzer.sh (which also times go vet).
#
# Usage: bench/standalone.sh [-r RUNS] [-w WORKDIR] [module@version...]
# SKIP_SINGLE=1 leaves out jwtlint-single; SKIP_WARM=1 leaves out warming
# the build cache (go build and go test -run '^$' of each module), for a
# cache a previous run has warmed.
# Output: WORKDIR/standalone.tsv (target tool run wall_s maxrss_kb cpu_s
# loadavg) and a median table.
set -euo pipefail
runs=3
work=/tmp/jwtlint-bench
while getopts "r:w:" opt; do
	case $opt in
	r) runs=$OPTARG ;;
	w) work=$OPTARG ;;
	*) sed -n 2,16p "$0" >&2; exit 2 ;;
	esac
done
shift $((OPTIND - 1))
mods=("$@")
[ ${#mods[@]} -gt 0 ] || mods=(github.com/ory/fosite@v0.49.0 github.com/go-kratos/kratos/v2@v2.8.3 github.com/zeromicro/go-zero@v1.10.3)
root=$(cd "$(dirname "$0")/.." && pwd)
mkdir -p "$work/bin" "$work/src"
export GOFLAGS=${GOFLAGS:--buildvcs=false}
go -C "$root/cmd/jwtlint" build -o "$work/bin/jwtlint-standalone" .
jwtlint=$work/bin/jwtlint-standalone
[ -x "$work/bin/gosec" ] || GOBIN=$work/bin go install github.com/securego/gosec/v2/cmd/gosec@v2.29.0
out=$work/standalone.tsv
: >"$out"
fetch() {
	local mv=$1 dir dst
	dst=$work/src/$(echo "$mv" | tr '/@' '__')
	if [ ! -f "$dst/go.mod" ]; then
		dir=$(go mod download -json "$mv" | sed -n 's/^\t"Dir": "\(.*\)",$/\1/p')
		rm -rf "$dst"; cp -r "$dir" "$dst"; chmod -R u+w "$dst"
		(cd "$dst" && go mod download) >&2
	fi
	echo "$dst"
}
m() { # target tool run dir cmd...
	local t=$1 tool=$2 r=$3 dir=$4 tf
	shift 4
	tf=$(mktemp)
	(cd "$dir" && /usr/bin/time -o "$tf" -f "%e %M %U %S" "$@" >/dev/null 2>&1) || true
	read -r s rss u sy < <(tail -1 "$tf")
	printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$t" "$tool" "$r" "$s" "$rss" "$(echo "$u $sy" | awk '{print $1+$2}')" "$(cut -d' ' -f1 /proc/loadavg)" >>"$out"
	rm -f "$tf"
}
for mv in "${mods[@]}"; do
	dir=$(fetch "$mv")
	[ -n "${SKIP_WARM:-}" ] || (cd "$dir" && go build ./... && go test -run '^$' ./...) >/dev/null 2>&1 || true # warm the build cache
done
for ((r = 1; r <= runs; r++)); do
	for mv in "${mods[@]}"; do
		dir=$(fetch "$mv")
		m "$mv" jwtlint "$r" "$dir" "$jwtlint" ./...
		[ "$r" != 1 ] || [ -n "${SKIP_SINGLE:-}" ] || m "$mv" jwtlint-single "$r" "$dir" env JWTLINT_DRIVER=singlechecker "$jwtlint" ./...
		m "$mv" gosec "$r" "$dir" "$work/bin/gosec" -quiet -fmt=json -out=/dev/null ./...
	done
done
printf '%-40s %-15s %8s %9s %8s %5s %s\n' target tool wall_s cpu_s MB runs loadavg
sort -t$'\t' -k1,1 -k2,2 "$out" | awk -F'\t' '
	function med(a, n,   i, j, t) { for (i = 2; i <= n; i++) { t = a[i]; for (j = i - 1; j >= 1 && a[j] > t; j--) a[j+1] = a[j]; a[j+1] = t } return n % 2 ? a[(n+1)/2] : (a[n/2] + a[n/2+1]) / 2 }
	function flush() { if (n) printf "%-40s %-15s %8.2f %9.2f %8.0f %5d %s\n", k1, k2, med(w, n), med(c, n), med(m, n) / 1024, n, la; n = 0; delete w; delete c; delete m; la = "" }
	{ if ($1 != k1 || $2 != k2) { flush(); k1 = $1; k2 = $2 } n++; w[n] = $4 + 0; m[n] = $5 + 0; c[n] = $6 + 0; la = la (la ? "," : "") $7 }
	END { flush() }'
