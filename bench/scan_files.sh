#!/usr/bin/env bash
# bench/scan_files.sh: time `jwtlint scan DIR` (files mode) against
# `gitleaks dir DIR` with gitleaks' default rules, and with jwtlint's two
# rules as a gitleaks configuration and no decoding like jwtlint's detector
# (the same detection work without jwtlint's parsing and judging), and
# against reading the files (cat), on the work tree of a repository
# generated from the Go module cache (gen_repo in scan_lib.sh), without .git.
#
# Usage: bench/scan_files.sh [-n COMMITS] [-f FILES] [-r RUNS] [-d REPO_DIR] [-b REV]
#   COMMITS (default 4000) commits of FILES (default 2) new files each make
#   the tree; RUNS (default 3) rounds in which the commands take turns; each
#   figure is the median of its runs, wall-clock and CPU (user + system).
#   REPO_DIR keeps the repository for later runs. REV adds jwtlint built from
#   that revision of this repository (before a change).
# Environment: GOMODCACHE, KEEP=1 keeps the work directory,
#   SKIP_GITLEAKS_DEFAULT=1 leaves out gitleaks' default rules (slow).
set -euo pipefail

runs=3
root=$(cd "$(dirname "$0")/.." && pwd)
. "$root/bench/scan_lib.sh"
bench_setup "$@"
mkdir -p "$work/tree"
git -C "$repo" archive HEAD | tar -x -C "$work/tree"
tree=$work/tree
nfiles=$(find "$tree" -type f | wc -l)
echo "tree: $nfiles files, $(du -sm "$tree" | cut -f1) MiB (work tree of $repo); $runs rounds, $(nproc) cores, load before: $(cut -d' ' -f1-3 /proc/loadavg)"

# jwtlint's built-in gitleaks rules (leaks.Builtin) as a gitleaks configuration.
cat >"$work/jwtlint-rules.toml" <<'TOML'
[[rules]]
id = "jwtlint-context"
description = "A fragment that names a JWT secret."
path = '''^'''
keywords = ["secret", "key", "jwt"]

[[rules]]
id = "jwtlint-token"
description = "A JSON Web Token."
regex = '''eyJ[A-Za-z0-9_-]{10,}\.[A-Za-z0-9_-]{2,}\.[A-Za-z0-9_-]{20,}'''
keywords = ["eyjhbgci", "eyj0exai", "eyjrawqi"]
TOML

declare -A cmd=(
	[cat]="find '$tree' -type f -print0 | xargs -0 cat"
	[jwt]="'$work/bin/jwtlint' scan --format json --report '$work/jwtlint.json' '$tree'"
	[jwtb]="'$work/bin/jwtlint-before' scan --format json --report '$work/jwtlint-before.json' '$tree'"
	[glj]="'$work/bin/gitleaks' dir --no-banner --log-level error --config '$work/jwtlint-rules.toml' --max-decode-depth 0 --report-format json --report-path '$work/gitleaks-jwtlint.json' '$tree'"
	[gl]="'$work/bin/gitleaks' dir --no-banner --log-level error --report-format json --report-path '$work/gitleaks.json' '$tree'"
)
tools=(cat jwt glj)
[ -z "$before" ] || tools+=(jwtb)
[ "${SKIP_GITLEAKS_DEFAULT:-}" = 1 ] || tools+=(gl)
race "${tools[@]}"

findings=$(python3 -c 'import json,sys; print(len(json.load(open(sys.argv[1]))))' "$work/jwtlint.json")
width=62
printf '%-62s %8s %8s\n' "command ($nfiles files, median of $runs)" "wall s" "CPU s"
row "cat of every file" cat
row "jwtlint scan DIR ($findings findings)" jwt
[ -z "$before" ] || row "jwtlint scan DIR at $before" jwtb
row "gitleaks dir --config (jwtlint's rules) --max-decode-depth 0" glj
[ "${SKIP_GITLEAKS_DEFAULT:-}" = 1 ] || row "gitleaks dir ($gitleaks_version, default rules)" gl
awk -v j="$(median jwt)" -v g="$(median glj)" 'BEGIN {printf "gitleaks dir with jwtlint'"'"'s rules / jwtlint: %.2fx wall\n", g / j}'
[ "${SKIP_GITLEAKS_DEFAULT:-}" = 1 ] || awk -v j="$(median jwt)" -v l="$(median gl)" 'BEGIN {printf "gitleaks dir (default rules) / jwtlint: %.1fx wall\n", l / j}'
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
