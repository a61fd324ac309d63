#!/usr/bin/env bash
# bench/analyzer.sh: wall time and peak RSS of the jwtlint analyzer against
# go vet's default suite, gosec, and a no-op analyzer (the loading and
# type-checking baseline), on the Go standard library and on real modules
# that use JWT libraries, fetched through the Go module proxy. It also
# measures the bytes jwtlint's facts add to what go vet stores per package.
#
# Usage: bench/analyzer.sh [-r RUNS] [-w WORKDIR] [-o OUT.tsv] [TARGET...]
#   TARGET is "std" or module@version (default: std and the modules below).
#   RUNS (default 3) runs of every command per target; the tools take turns
#   within each round, so the machine's noise hits them alike. Each figure
#   is the median of the runs.
# Environment: SKIP_GOSEC=1, SKIP_TIMING=1, SKIP_FACTS=1, SKIP_SINGLE=1 (no
#   "jwtlint-single" runs: the standalone command with JWTLINT_DRIVER=singlechecker); BASE=COMMIT also
#   times jwtlint built from COMMIT (tools "jwtlint-base", "vet-jwtlint-base"),
#   to measure a change against what it replaces in the same rounds; STD_PKGS (default "std": the
#   packages of the "std" target; a smaller pattern such as "net/http" when
#   time is short: every dependency is still loaded and type-checked);
#   GOSEC_STD (default "./..."), the same for gosec, relative to $GOROOT/src;
#   TOOLS="vet-noop vet-jwtlint ..." runs only the tools named (default: all
#   of the table below), when a round of every tool takes too long.
#
# Output: OUT.tsv (default WORKDIR/results.tsv) with one line per run:
#   target  tool  run  seconds  maxrss_kb  exit  cpu_seconds
# (cpu_seconds is user + system time of the command and its children: on a
# shared machine it moves less with the load than wall time does)
# and a median table on standard output. Exit codes of the tools are
# recorded, not judged: linters exit non-zero when they find something.
set -euo pipefail

runs=3
work=/tmp/jwtlint-bench
out=""
while getopts "r:w:o:" opt; do
	case $opt in
	r) runs=$OPTARG ;;
	w) work=$OPTARG ;;
	o) out=$OPTARG ;;
	*) sed -n 2,22p "$0" >&2; exit 2 ;;
	esac
done
shift $((OPTIND - 1))
targets=("$@")
if [ ${#targets[@]} -eq 0 ]; then
	targets=(std
		github.com/zeromicro/go-zero@v1.10.3
		github.com/go-kratos/kratos/v2@v2.8.3
		github.com/ory/fosite@v0.49.0)
fi

root=$(cd "$(dirname "$0")/.." && pwd)
mkdir -p "$work/bin" "$work/src"
[ -n "$out" ] || out=$work/results.tsv
: >"$out"
export GOFLAGS=${GOFLAGS:--buildvcs=false}

log() { echo "== $*" >&2; }

# Tools. jwtlint from this checkout, the no-op baseline from bench/, gosec
# pinned (v2.30.0 does not build from the proxy).
log "building jwtlint, the no-op analyzer and gosec"
# A copy, so that a "make build" elsewhere during the run cannot swap the
# binary (and invalidate go vet's cache) half-way.
make -C "$root" -s build
cp "$root/bin/jwtlint" "$root/bin/jwtlint-vet" "$work/bin/"
jwtlint=$work/bin/jwtlint
jwtlintvet=$work/bin/jwtlint-vet
go -C "$root" build -o "$work/bin/noop" ./bench/analyzer_noop
noop=$work/bin/noop
base=""
if [ -n "${BASE:-}" ]; then
	. "$root/bench/scan_lib.sh" # build_before
	build_before "$BASE"
	base=$work/bin/jwtlint-before
fi
if [ "${SKIP_GOSEC:-}" != 1 ]; then
	[ -x "$work/bin/gosec" ] || GOBIN=$work/bin go install github.com/securego/gosec/v2/cmd/gosec@v2.29.0
fi
gosec=$work/bin/gosec

# fetch copies module@version out of the module cache into $work/src and
# downloads its dependencies; it prints the directory.
fetch() {
	local mv=$1 dir dst
	dst=$work/src/$(echo "$mv" | tr '/@' '__')
	if [ ! -f "$dst/go.mod" ]; then
		dir=$(go mod download -json "$mv" | sed -n 's/^\t"Dir": "\(.*\)",$/\1/p')
		[ -n "$dir" ] || { echo "cannot download $mv" >&2; return 1; }
		rm -rf "$dst"
		cp -r "$dir" "$dst"
		chmod -R u+w "$dst"
		(cd "$dst" && go mod download) >&2
	fi
	echo "$dst"
}

# measure TARGET TOOL RUN DIR CMD...: one timed run, appended to $out
# (unless TOOLS leaves TOOL out).
measure() {
	local target=$1 tool=$2 run=$3 dir=$4 tf rc
	shift 4
	if [ -n "${TOOLS:-}" ] && [[ " $TOOLS " != *" $tool "* ]]; then
		return 0
	fi
	tf=$(mktemp)
	set +e
	(cd "$dir" && /usr/bin/time -o "$tf" -f "%e %M %U %S" "$@" >/dev/null 2>"$tf.err")
	rc=$?
	set -e
	# /usr/bin/time appends "Command exited with non-zero status N" first.
	read -r secs rss usr sys < <(tail -1 "$tf")
	cpu=$(echo "$usr $sys" | awk '{printf "%.2f", $1 + $2}')
	printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$target" "$tool" "$run" "$secs" "$rss" "$rc" "$cpu" >>"$out"
	log "$target $tool run $run: ${secs}s ${rss}KB cpu ${cpu}s exit $rc"
	if [ "$rc" -ne 0 ] && [ "$rc" -ne 3 ] && [ "$tool" != gosec ]; then
		# go vet and singlechecker exit 1 on findings too: keep the
		# first lines of the error output for the record.
		grep -v '^[^:]*\.go:[0-9]*:[0-9]*: ' "$tf.err" | head -3 | sed 's/^/   /' >&2 || true
	fi
	rm -f "$tf" "$tf.err"
}

for target in "${targets[@]}"; do
	[ "${SKIP_TIMING:-}" = 1 ] && break
	if [ "$target" = std ]; then
		dir=$(go env GOROOT)/src
		pat=${STD_PKGS:-std}
		gosecdir=$dir
		gosecpat=${GOSEC_STD:-./...}
	else
		dir=$(fetch "$target")
		pat=./...
		gosecdir=$dir
		gosecpat=./...
	fi
	name=${target%@*}
	name=${name##*/}
	[ "$name" = v2 ] && name=$(basename "$(dirname "${target%@*}")")
	if [ "$target" = std ]; then name="std:$pat"; else name="$name@${target#*@}"; fi

	# Warm-up, not recorded: compiles the export data go vet needs (tests
	# included) and fills the page cache.
	log "$name: warm-up"
	(cd "$dir" && go build $pat && go vet $pat) >/dev/null 2>&1 || true

	# go vet (Go 1.26) caches every package's analysis, output included,
	# keyed by the tool and its flags: each run passes a flag with a new,
	# meaningless value, so every package, dependencies included, is
	# analyzed again while compiled export data still comes from the
	# cache. That is the same work the standalone drivers do.

	for ((r = 1; r <= runs; r++)); do
		measure "$name" noop "$r" "$dir" "$noop" $pat
		measure "$name" jwtlint "$r" "$dir" "$jwtlint" $pat
		# The same binary with singlechecker's driver (every package
		# from source), what the standalone command did before.
		[ "${SKIP_SINGLE:-}" = 1 ] || measure "$name" jwtlint-single "$r" "$dir" env JWTLINT_DRIVER=singlechecker "$jwtlint" $pat
		[ -z "$base" ] || measure "$name" jwtlint-base "$r" "$dir" "$base" $pat
		# The salt names the target too: targets share dependencies.
		salt=bench$$x$r$(echo "$name" | tr -c 'A-Za-z0-9\n' x)
		measure "$name" "vet-noop" "$r" "$dir" go vet -vettool="$noop" -salt=$salt $pat
		measure "$name" "vet-jwtlint" "$r" "$dir" go vet -vettool="$jwtlint" -sources=example.com/$salt.F $pat
		# The analyzer-only binary (cmd/jwtlint-vet): the same findings,
		# without the scanner's package inits at each start.
		measure "$name" "vet-jwtlint-vet" "$r" "$dir" go vet -vettool="$jwtlintvet" -sources=example.com/v$salt.F $pat
		[ -z "$base" ] || measure "$name" "vet-jwtlint-base" "$r" "$dir" go vet -vettool="$base" -sources=example.com/$salt.F $pat
		measure "$name" "vet" "$r" "$dir" go vet -printf.funcs=$salt $pat
		if [ "${SKIP_GOSEC:-}" != 1 ]; then
			measure "$name" gosec "$r" "$gosecdir" "$gosec" -quiet -fmt=json -out=/dev/null $gosecpat
		fi
	done
done

# Facts: go vet stores each package's analysis output (vet.out: facts, plus
# the driver's own encoding of the package) in the build cache. With a new
# flag value (the salt, as above) every package is analyzed again and -work
# keeps the files; the difference between jwtlint's vet.out and the no-op
# analyzer's is what jwtlint's facts add, per package.
factsizes() { # WORKDIR -> "bytes importpath" lines
	local d
	for d in "$1"/b*; do
		[ -f "$d/vet.out" ] || continue
		# A package and its test variant share an ID; the number of files
		# in the config tells them apart.
		echo "$(stat -c %s "$d/vet.out") $(sed -n 's/^\t"ID": "\(.*\)",$/\1/p' "$d/vet.cfg")#$(grep -c '\.go",*$' "$d/vet.cfg")"
	done | sort -k2
}
if [ "${SKIP_FACTS:-}" != 1 ]; then
	for target in "${targets[@]}"; do
		[ "$target" = std ] && continue
		dir=$(fetch "$target")
		name=${target%@*}
		name=${name##*/}
		log "$target: fact sizes"
		salt=facts$$x$(date +%s)
		# go vet exits 1 when a tool reports findings: not an error here.
		wn=$( (cd "$dir" && go vet -work -vettool="$noop" -salt=$salt ./... 2>&1 >/dev/null || true) | sed -n 's/^WORK=//p' | head -1)
		wj=$( (cd "$dir" && go vet -work -vettool="$jwtlint" -sources=example.com/$salt.F ./... 2>&1 >/dev/null || true) | sed -n 's/^WORK=//p' | head -1)
		factsizes "$wn" >"$work/facts-noop-$name.txt"
		factsizes "$wj" >"$work/facts-jwtlint-$name.txt"
		join -1 2 -2 2 "$work/facts-noop-$name.txt" "$work/facts-jwtlint-$name.txt" |
			awk '{print $3-$2, $1}' | sort -n >"$work/facts-$name.txt"
		awk -v t="$target" '
			{ d[NR] = $1; if ($1 > 0) nzv[++nz] = $1; sum += $1; if ($1 > max) { max = $1; maxp = $2 } }
			END {
				printf "facts %s: %d packages analyzed, %d with jwtlint facts; bytes added per package: median %d, median of those with facts %d, max %d (%s), total %d\n",
					t, NR, nz, d[int((NR+1)/2)], nz ? nzv[int((nz+1)/2)] : 0, max, maxp, sum
			}' "$work/facts-$name.txt"
		rm -rf "$wn" "$wj"
	done
fi

# Medians per target and tool.
echo
printf '%-26s %-17s %8s %10s %10s %5s\n' target tool "median_s" "median_MB" "median_cpu" runs
sort -t$'\t' -k1,1 -k2,2 "$out" | awk -F'\t' '
	function median(a, n,   i, j, t) {
		for (i = 2; i <= n; i++) { t = a[i]; for (j = i - 1; j >= 1 && a[j] > t; j--) a[j+1] = a[j]; a[j+1] = t }
		return n % 2 ? a[(n+1)/2] : (a[n/2] + a[n/2+1]) / 2
	}
	function flush() {
		if (n) printf "%-26s %-17s %8.2f %10.0f %10.2f %5d\n", key1, key2, median(s, n), median(m, n) / 1024, median(c, n), n
		n = 0; delete s; delete m; delete c
	}
	{ if ($1 != key1 || $2 != key2) { flush(); key1 = $1; key2 = $2 } n++; s[n] = $4 + 0; m[n] = $5 + 0; c[n] = $7 + 0 }
	END { flush() }'
