#!/usr/bin/env bash
# bench/scan.sh: time `jwtlint scan --git` against `git log -p` and the
# gitleaks CLI on a repository of thousands of commits built locally.
#
# The repository is generated from the Go module cache: the text files of
# every module there, committed a few files at a time in a stable order, with
# every third commit editing files added earlier (so history has real diffs,
# not only additions), and a few weak JWT secrets and tokens sprinkled in.
# Nothing is fetched except gitleaks itself through the Go module proxy.
#
# Usage: bench/scan.sh [-n COMMITS] [-r RUNS] [-d REPO_DIR]
# Environment: GOMODCACHE (source of files), KEEP=1 keeps the repository.
set -euo pipefail

commits=4000
runs=5
repo=""
while getopts "n:r:d:" opt; do
	case $opt in
	n) commits=$OPTARG ;;
	r) runs=$OPTARG ;;
	d) repo=$OPTARG ;;
	*) echo "usage: $0 [-n COMMITS] [-r RUNS] [-d REPO_DIR]" >&2; exit 2 ;;
	esac
done

root=$(cd "$(dirname "$0")/.." && pwd)
work=$(mktemp -d)
trap '[ "${KEEP:-}" = 1 ] || rm -rf "$work"' EXIT
[ -n "$repo" ] || repo=$work/repo
bin=$work/bin
mkdir -p "$bin"

echo "building jwtlint" >&2
(cd "$root/cmd/jwtlint" && go build -o "$bin/jwtlint" .)
if command -v gitleaks >/dev/null 2>&1 && gitleaks version 2>/dev/null | grep -q '8.30.1'; then
	ln -s "$(command -v gitleaks)" "$bin/gitleaks"
else
	echo "installing gitleaks v8.30.1" >&2
	GOBIN=$bin go install github.com/zricethezav/gitleaks/v8@v8.30.1
fi

if [ ! -d "$repo/.git" ]; then
	echo "generating a repository of $commits commits in $repo" >&2
	mkdir -p "$repo"
	git -C "$repo" init -q -b main
	modcache=${GOMODCACHE:-$(go env GOMODCACHE)}
	python3 - "$modcache" "$commits" <<'PY' | git -C "$repo" fast-import --quiet
import base64, hashlib, hmac, json, os, sys
modcache, ncommits = sys.argv[1], int(sys.argv[2])
exts = {".go", ".md", ".txt", ".yaml", ".yml", ".json", ".toml", ".sh", ".mod", ".c", ".h", ".s", ".py", ".js"}
files = []
for dirpath, dirnames, filenames in os.walk(modcache):
    dirnames[:] = sorted(d for d in dirnames if d not in ("cache", "testdata"))
    for f in sorted(filenames):
        if os.path.splitext(f)[1] in exts:
            p = os.path.join(dirpath, f)
            try:
                if 0 < os.path.getsize(p) <= 200_000:
                    files.append(p)
            except OSError:
                pass
out = sys.stdout.buffer
def blob(data):
    out.write(b"data %d\n" % len(data)); out.write(data); out.write(b"\n")
def token(secret):
    enc = lambda b: base64.urlsafe_b64encode(b).rstrip(b"=")
    si = enc(b'{"alg":"HS256","typ":"JWT"}') + b"." + enc(b'{"sub":"bench"}')
    return si + b"." + enc(hmac.new(secret, si, hashlib.sha256).digest())
per = max(1, len(files) // ncommits)
added, fi = [], 0
for c in range(ncommits):
    changes = []
    for _ in range(per):
        if fi >= len(files):
            break
        p = files[fi]; fi += 1
        path = os.path.relpath(p, modcache).replace("@", "/")
        with open(p, "rb") as fh:
            changes.append((path, fh.read()))
        added.append(path)
    if c % 3 == 2 and added:
        path = added[(c * 7919) % len(added)]
        changes.append((path, b"// edited in commit %d\n" % c + b"x := %d\n" % (c * 31) * 3))
    if c % 500 == 250:
        changes.append(("deploy/%d/.env" % c, b"PORT=8080\nJWT_SECRET=myapp%d\n" % (2000 + c % 30)))
        changes.append(("deploy/%d/app.yaml" % c, b"jwt:\n  secret: changeme\n  algorithm: HS512\n"))
        changes.append(("docs/token%d.md" % c, b"Bearer " + token(b"secret") + b"\n"))
    if not changes:
        changes.append(("CHANGES", b"commit %d\n" % c))
    ts = 1700000000 + c * 60
    out.write(b"commit refs/heads/main\n")
    out.write(b"committer Bench <bench@example.com> %d +0000\n" % ts)
    blob(b"commit %d" % c)
    for path, data in changes:
        out.write(b"M 644 inline %s\n" % path.encode())
        blob(data)
    out.write(b"\n")
PY
	git -C "$repo" reset -q --hard main
	git -C "$repo" gc -q
fi

ncommits=$(git -C "$repo" rev-list --count --all)
logbytes=$(git -C "$repo" log -p -U0 --full-history --all --diff-filter=tuxdb | wc -c)
echo "repository: $repo, $ncommits commits, git log -p -U0: $((logbytes / 1048576)) MiB; $runs runs each, $(nproc) cores" >&2

# median of the wall-clock seconds of running "$@" $runs times
median() {
	local times=() t0 t1
	for _ in $(seq "$runs"); do
		t0=$(date +%s.%N)
		"$@" >/dev/null 2>&1 || true
		t1=$(date +%s.%N)
		times+=("$(awk -v a="$t0" -v b="$t1" 'BEGIN {print b - a}')")
	done
	printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1} END {printf "%.2f", (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'
}

t_git=$(median git -C "$repo" log -p -U0 --full-history --all --diff-filter=tuxdb)
t_gitp=$(median git -C "$repo" log -p --all)
t_jwt=$(median "$bin/jwtlint" scan --git --format json --report "$work/jwtlint.json" "$repo")
t_gl=$(median "$bin/gitleaks" git --no-banner --log-level error --report-format json --report-path "$work/gitleaks.json" "$repo")

findings=$(python3 -c 'import json,sys; print(len(json.load(open(sys.argv[1]))))' "$work/jwtlint.json")
printf '%-52s %8s\n' "command ($ncommits commits, median of $runs)" "seconds"
printf '%-52s %8s\n' "git log -p -U0 --full-history --all (what both read)" "$t_git"
printf '%-52s %8s\n' "git log -p --all" "$t_gitp"
printf '%-52s %8s\n' "jwtlint scan --git ($findings findings)" "$t_jwt"
printf '%-52s %8s\n' "gitleaks git (v8.30.1, default rules)" "$t_gl"
awk -v j="$t_jwt" -v g="$t_git" -v l="$t_gl" 'BEGIN {printf "jwtlint / git log -p -U0: %.2fx; gitleaks / jwtlint: %.2fx\n", j / g, l / j}'
