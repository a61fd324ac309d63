#!/usr/bin/env bash
# prereqs.sh checks, in its first seconds, what "make test" needs besides Go
# and make, and installs what is missing the way CI does: git, pre-commit
# (Debian's package; the pre-commit integration test) and npm (the lefthook
# integration test installs lefthook@2 from the npm registry). Installing
# needs root or password-less sudo and Debian's apt-get; without them it
# names the missing packages and fails at once, instead of after the unit
# tests. .ci/run and "make test" both run it.
set -euo pipefail

# command:debian-package pairs.
wanted=(git:git pre-commit:pre-commit npm:npm)

missing=()
for pair in "${wanted[@]}"; do
	command -v "${pair%%:*}" >/dev/null 2>&1 || missing+=("${pair#*:}")
done

if ! command -v go >/dev/null 2>&1; then
	echo "prereqs: go is not on PATH (README: Go 1.26 and make are the only things to install by hand)" >&2
	exit 1
fi

if ((${#missing[@]} == 0)); then
	exit 0
fi

echo "prereqs: installing ${missing[*]} (needed by make test's integration tests)" >&2
sudo=()
if [ "$(id -u)" -ne 0 ]; then
	if command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
		sudo=(sudo -n)
	else
		echo "prereqs: missing ${missing[*]}, and installing needs root: run" >&2
		echo "  sudo apt-get install -y ${missing[*]}" >&2
		exit 1
	fi
fi
if ! command -v apt-get >/dev/null 2>&1; then
	echo "prereqs: missing ${missing[*]}, and there is no apt-get to install them: install them and run make test again" >&2
	exit 1
fi
"${sudo[@]}" apt-get update -qq
DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq "${missing[@]}" >/dev/null

for pair in "${wanted[@]}"; do
	if ! command -v "${pair%%:*}" >/dev/null 2>&1; then
		echo "prereqs: ${pair%%:*} is still missing after installing ${pair#*:}" >&2
		exit 1
	fi
done
