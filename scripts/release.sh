#!/usr/bin/env bash
# release.sh VERSION tags a release of both modules, consistently:
#
#   VERSION              the root module github.com/jwtlint/jwtlint (analyzer, plugin)
#   cmd/jwtlint/VERSION  the command module github.com/jwtlint/jwtlint/cmd/jwtlint
#
# Both tags point at one release commit, made on top of HEAD in a temporary
# worktree (your checkout and branch are left as they are): in it the command
# module drops its development "replace github.com/jwtlint/jwtlint => ../.."
# and requires the root module at VERSION, with go.sum written from the root
# module zipped exactly as the module proxy will serve it once the tag is
# pushed. "go install github.com/jwtlint/jwtlint/cmd/jwtlint@VERSION" refuses
# a module with a replace; this is what makes it work. Nothing is pushed: the
# script prints the push command. test/integration (TestRelease) runs it in a scratch clone and
# installs from a file-based proxy built from the tags.
set -euo pipefail

version=${1:-}
if ! [[ $version =~ ^v[0-9]+\.[0-9]+\.[0-9]+(-[0-9A-Za-z.-]+)?$ ]]; then
	echo "usage: scripts/release.sh vMAJOR.MINOR.PATCH[-PRERELEASE]" >&2
	exit 2
fi
major=${version%%.*}
if [ "$major" != v0 ] && [ "$major" != v1 ]; then
	echo "release.sh: $version is a new major version: the module paths would need a /$major suffix first" >&2
	exit 2
fi

top=$(git rev-parse --show-toplevel)
cd "$top"
root_mod=github.com/jwtlint/jwtlint
cmd_mod=$root_mod/cmd/jwtlint
if [ -n "$(git status --porcelain --untracked-files=no)" ]; then
	echo "release.sh: the work tree has uncommitted changes; commit or stash them first" >&2
	exit 1
fi
for tag in "$version" "cmd/jwtlint/$version"; do
	if git rev-parse -q --verify "refs/tags/$tag" >/dev/null; then
		echo "release.sh: tag $tag exists already" >&2
		exit 1
	fi
done

tmp=$(mktemp -d)
cleanup() {
	git worktree remove --force "$tmp/tree" 2>/dev/null || true
	rm -rf "$tmp"
}
trap cleanup EXIT

base=$(git rev-parse HEAD)
git worktree add -q --detach "$tmp/tree" "$base"

# The root module at VERSION, as the proxy will serve it (the release commit
# changes only the command module, so its root module content is base's).
go run -C tools/modproxy . -repo "$top" -rev "$base" -out "$tmp/proxy" "$root_mod@$version="

# jwtlint-vet is in the root module: it installs from the root module's tag.
go -C "$tmp/tree" build -o /dev/null ./cmd/jwtlint-vet

cd "$tmp/tree/cmd/jwtlint"
go mod edit -dropreplace="$root_mod" -require="$root_mod@$version"
export GOPROXY="file://$tmp/proxy,$(go env GOPROXY)" GONOSUMDB="$root_mod" GOFLAGS=-mod=mod
go mod tidy
go build -o /dev/null .
unset GOFLAGS
git add go.mod go.sum
git -c commit.gpgsign=false commit -q -m "release $version: cmd/jwtlint requires $root_mod $version

The development replace of the root module by ../.. is dropped, so that
go install $cmd_mod@$version works."
release=$(git rev-parse HEAD)
cd "$top"
git tag -a "$version" -m "jwtlint $version (root module)" "$release"
git tag -a "cmd/jwtlint/$version" -m "jwtlint $version (command module)" "$release"

echo "tagged $version and cmd/jwtlint/$version at $release (on top of $base)"
echo "publish with: git push origin $version cmd/jwtlint/$version"
