#!/usr/bin/env bash
# bench/findings_identical.sh: the standalone driver's findings are the same
# as singlechecker's (every package from source), diagnostic by diagnostic
# (position, end, message, category, related information, suggested fixes),
# on real modules fetched through the Go module proxy. Runs
#   JWTLINT_DRIVER=singlechecker jwtlint -json -include-tests ./...
#   jwtlint -json -include-tests ./...
# in each module and compares them with bench/findingsdiff; also records both
# runs' CPU seconds and peak RSS. Exits 1 when any module differs.
#
# Usage: bench/findings_identical.sh [-w WORKDIR] [module@version|DIR...]
#   (default: the modules below). A DIR is a module already on disk (a sweep
#   tree extracted by scripts/sweepscore: /work/ext/sweep/OWNER+NAME), used
#   as it is. WORKDIR defaults to /tmp/jwtlint-bench, as bench/analyzer.sh's,
#   so the module copies are shared.
set -euo pipefail

work=/tmp/jwtlint-bench
while getopts "w:" opt; do
	case $opt in
	w) work=$OPTARG ;;
	*) sed -n 2,14p "$0" >&2; exit 2 ;;
	esac
done
shift $((OPTIND - 1))
mods=("$@")
if [ ${#mods[@]} -eq 0 ]; then
	mods=(github.com/ory/fosite@v0.49.0
		github.com/go-kratos/kratos/v2@v2.8.3
		github.com/zeromicro/go-zero@v1.10.3
		github.com/appleboy/gin-jwt/v2@v2.10.3
		github.com/go-chi/jwtauth/v5@v5.3.3
		github.com/labstack/echo-jwt/v4@v4.2.0
		github.com/gofiber/contrib/jwt@v1.1.2
		github.com/golang-jwt/jwt/v5@v5.3.1
		github.com/lestrrat-go/jwx/v2@v2.1.7
		github.com/go-jose/go-jose/v4@v4.1.8
		github.com/kataras/jwt@v0.1.12
		github.com/cristalhq/jwt/v5@v5.4.0)
fi

root=$(cd "$(dirname "$0")/.." && pwd)
mkdir -p "$work/bin" "$work/src" "$work/findings"
export GOFLAGS=${GOFLAGS:--buildvcs=false}
go -C "$root/cmd/jwtlint" build -o "$work/bin/jwtlint-findings" .
go -C "$root" build -o "$work/bin/findingsdiff" ./bench/findingsdiff
jwtlint=$work/bin/jwtlint-findings

fetch() { # module@version -> directory of a writable copy, dependencies downloaded
	local mv=$1 dir dst
	if [ -d "$mv" ]; then
		(cd "$mv" && go mod download) >&2
		echo "$mv"
		return
	fi
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

status=0
printf '%-40s %6s %6s %-9s %9s %9s %9s %9s\n' module pkgs diags verdict single_cpu single_MB own_cpu own_MB
for mv in "${mods[@]}"; do
	dir=$(fetch "$mv")
	name=$(echo "${mv#/}" | tr '/@' '__')
	out=$work/findings/$name
	for drv in singlechecker own; do
		(cd "$dir" && JWTLINT_DRIVER=$drv /usr/bin/time -o "$out.$drv.time" -f "%U %S %M" \
			"$jwtlint" -json -include-tests ./... >"$out.$drv.json" 2>"$out.$drv.err") || true
	done
	set +e
	"$work/bin/findingsdiff" "$out.singlechecker.json" "$out.own.json" >"$out.diff"
	rc=$?
	set -e
	verdict=identical
	[ $rc -eq 0 ] || { verdict=DIFFERENT; status=1; }
	read -r pkgs diags < <(tail -1 "$out.diff" | awk '{print $1, $3}')
	read -r su ss sm < <(tail -1 "$out.singlechecker.time")
	read -r ou os om < <(tail -1 "$out.own.time")
	printf '%-40s %6s %6s %-9s %9.2f %9.0f %9.2f %9.0f\n' "$mv" "$pkgs" "$diags" "$verdict" \
		"$(echo "$su $ss" | awk '{print $1+$2}')" "$((sm / 1024))" "$(echo "$ou $os" | awk '{print $1+$2}')" "$((om / 1024))"
	[ $rc -eq 0 ] || sed 's/^/    /' "$out.diff" | head -20
done
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
exit $status
