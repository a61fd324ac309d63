# bench/scan_lib.sh: what the scanner benchmarks share (sourced, not run):
# building jwtlint and installing the gitleaks CLI, generating a repository,
# timing medians and peak RSS (analyzer.sh uses build_before too). The caller sets root (this repository), and
# work with a bin directory or calls bench_setup.

gitleaks_version=v8.30.1

# bench_setup "$@" reads the options scan.sh and scan_files.sh share (see
# their usage), makes the work directory (removed at exit unless KEEP=1),
# builds the tools and generates the repository: it sets commits, per, runs
# (default: as set before), repo, before and work.
bench_setup() {
	commits=4000 per=2 repo="" before=""
	local opt OPTIND
	while getopts "n:f:r:d:b:" opt; do
		case $opt in
		n) commits=$OPTARG ;;
		f) per=$OPTARG ;;
		r) runs=$OPTARG ;;
		d) repo=$OPTARG ;;
		b) before=$OPTARG ;;
		*) awk 'NR > 1 && /^#/ {print; next} NR > 1 {exit}' "$0" >&2; exit 2 ;;
		esac
	done
	work=$(mktemp -d)
	trap '[ "${KEEP:-}" = 1 ] || rm -rf "$work"' EXIT
	[ -n "$repo" ] || repo=$work/repo
	mkdir -p "$work/bin"
	build_tools
	[ -z "$before" ] || build_before "$before"
	gen_repo "$repo" "$commits" "$per"
}

# build_tools puts jwtlint (from this checkout) and the gitleaks CLI in
# $work/bin.
build_tools() {
	echo "building jwtlint" >&2
	(cd "$root/cmd/jwtlint" && go build -o "$work/bin/jwtlint" .)
	if command -v gitleaks >/dev/null 2>&1 && gitleaks version 2>/dev/null | grep -q "${gitleaks_version#v}"; then
		ln -sf "$(command -v gitleaks)" "$work/bin/gitleaks"
	else
		echo "installing gitleaks $gitleaks_version" >&2
		GOBIN=$work/bin go install "github.com/zricethezav/gitleaks/v8@$gitleaks_version"
	fi
}

# build_before REV puts jwtlint built from revision REV of this repository in
# $work/bin/jwtlint-before.
build_before() {
	echo "building jwtlint at $1" >&2
	rm -rf "$work/before"
	mkdir -p "$work/before"
	git -C "$root" archive "$1" | tar -x -C "$work/before"
	(cd "$work/before/cmd/jwtlint" && go build -o "$work/bin/jwtlint-before" .)
}

# gen_repo DIR COMMITS FILES_PER_COMMIT [CYCLE] generates a repository in
# DIR unless one is there.
#
# The repository is made of the text files of the Go module cache, in a
# stable order, FILES_PER_COMMIT new files a commit (so history grows with
# COMMITS), every third commit editing a file added earlier (so history has
# real diffs, not only additions), and a few weak JWT secrets and tokens
# sprinkled in. With CYCLE, only the first CYCLE files are used, again and
# again under a new top directory each round, so that histories of
# different lengths hold files of the same sizes. Nothing is fetched.
gen_repo() {
	local repo=$1 commits=$2 per=$3 cycle=${4:-0}
	[ -d "$repo/.git" ] && return
	echo "generating a repository of $commits commits, $per files each, in $repo" >&2
	mkdir -p "$repo"
	git -C "$repo" init -q -b main
	local modcache=${GOMODCACHE:-$(go env GOMODCACHE)}
	python3 - "$modcache" "$commits" "$per" "$cycle" <<'PY' | git -C "$repo" fast-import --quiet
import base64, hashlib, hmac, os, sys
modcache, ncommits, per, cycle = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4])
exts = {".go", ".md", ".txt", ".yaml", ".yml", ".json", ".toml", ".sh", ".mod", ".c", ".h", ".s", ".py", ".js"}
want = cycle or ncommits * per
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
    if len(files) >= want:
        break
files = files[:want]
out = sys.stdout.buffer
def blob(data):
    out.write(b"data %d\n" % len(data)); out.write(data); out.write(b"\n")
def token(secret):
    enc = lambda b: base64.urlsafe_b64encode(b).rstrip(b"=")
    si = enc(b'{"alg":"HS256","typ":"JWT"}') + b"." + enc(b'{"sub":"bench"}')
    return si + b"." + enc(hmac.new(secret, si, hashlib.sha256).digest())
added, fi = [], 0
for c in range(ncommits):
    changes = []
    for _ in range(per):
        if fi >= len(files) and not cycle:
            break
        p = files[fi % len(files)]
        # module@version/dir/file, without empty components ("a/@b" holds
        # one) that fast-import refuses
        path = "/".join(x for x in os.path.relpath(p, modcache).replace("@", "/").split("/") if x)
        if cycle:
            path = "round%d/%s" % (fi // len(files), path)
        fi += 1
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
}

# race NAME... runs the commands ${cmd[NAME]} (shell text, in the caller's
# associative array cmd) in turn, $runs rounds, so that the machine's noise
# hits them alike, and records each run's wall-clock and CPU (user + system,
# children included) seconds in $work/times.NAME; median NAME [cpu] then
# prints the median of either.
race() {
	local name
	for name; do : >"$work/times.$name"; done
	for _ in $(seq "$runs"); do
		for name; do
			/usr/bin/time -f "%e %U %S" -o "$work/time" bash -c "exec ${cmd[$name]}" >/dev/null 2>&1 || true
			# the last line: time puts "Command exited with non-zero status" first
			tail -1 "$work/time" | awk '{print $1, $2 + $3}' >>"$work/times.$name"
		done
	done
}

# row LABEL NAME prints a table row: LABEL, then the medians of NAME's
# wall-clock and CPU seconds, LABEL in $width (default 52) columns.
row() { printf "%-${width:-52}s %8s %8s\n" "$1" "$(median "$2")" "$(median "$2" cpu)"; }

median() {
	local col=1
	[ "${2:-}" = cpu ] && col=2
	awk -v c="$col" '{print $c}' "$work/times.$1" | sort -n |
		awk '{a[NR]=$1} END {printf "%.2f", (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'
}

# peak_rss prints the peak resident set size, in MiB, of the process
# running "$@" alone (its VmHWM, polled every 10 ms until it exits), without
# its children: GNU time's %M would report git's when git is larger.
peak_rss() {
	"$@" >/dev/null 2>&1 &
	local pid=$! hwm=0 v
	while kill -0 "$pid" 2>/dev/null; do
		v=$(awk '/^VmHWM/ {print $2}' "/proc/$pid/status" 2>/dev/null) && [ -n "$v" ] && hwm=$v
		sleep 0.01
	done
	wait "$pid" || true
	awk -v k="$hwm" 'BEGIN {printf "%.0f", k / 1024}'
}

# peak_rss_all prints the peak resident set size, in MiB, of "$@" or of its
# largest child (GNU time's %M).
peak_rss_all() {
	/usr/bin/time -f %M -o "$work/rss" "$@" >/dev/null 2>&1 || true
	# the last line: time puts "Command exited with non-zero status" first
	awk 'END {printf "%.0f", $1 / 1024}' "$work/rss"
}
