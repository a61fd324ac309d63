#!/usr/bin/env bash
# Runs every fuzz target of both modules for FUZZTIME each (default 10s),
# one at a time: go test -fuzz takes one target per package run. A target
# that fails leaves its input under the package's testdata/fuzz/<Target>/;
# check it in with the fix. FUZZ=regexp runs only the matching targets.
set -euo pipefail
cd "$(dirname "$0")/.."

GO=${GO:-go}
FUZZTIME=${FUZZTIME:-10s}
FUZZ=${FUZZ:-.}

# module dir, package, targets
targets=(
	". ./internal/weak FuzzJudge FuzzGuessBits"
	"cmd/jwtlint ./internal/envfile FuzzEdit"
	"cmd/jwtlint ./internal/scan/leaks FuzzKeywordsIn"
	"cmd/jwtlint ./internal/scan FuzzParseEnv FuzzParseShell FuzzParseDockerfile FuzzEnvQuoted FuzzParseYAML FuzzParseYAMLLines FuzzParseK8sSecret FuzzParseJSON FuzzParseINI FuzzParseProperties FuzzParseTfvars FuzzParseHSToken FuzzDotEnvAgreement"
)

# Every Fuzz function must be listed above.
listed=" ${targets[*]} "
for f in $(grep -rhoE '^func Fuzz[A-Za-z0-9_]+' --include='*_test.go' . | sed 's/^func //' | sort -u); do
	if [[ $listed != *" $f "* ]]; then
		echo "scripts/fuzz.sh: $f is not listed" >&2
		exit 1
	fi
done

for entry in "${targets[@]}"; do
	read -r dir pkg names <<<"$entry"
	for name in $names; do
		[[ $name =~ $FUZZ ]] || continue
		echo "fuzz: $pkg $name for $FUZZTIME"
		# On a loaded machine the fuzzing engine can stop with "context
		# deadline exceeded" and no failing input (its own time-out, not a
		# finding): run such a target once more.
		out=$(mktemp)
		if ! $GO -C "$dir" test -run '^$' -fuzz "^$name\$" -fuzztime "$FUZZTIME" "$pkg" 2>&1 | tee "$out"; then
			if grep -q 'context deadline exceeded' "$out" && ! grep -q 'Failing input written' "$out"; then
				echo "fuzz: $name: the engine timed out without a failing input; running it again"
				$GO -C "$dir" test -run '^$' -fuzz "^$name\$" -fuzztime "$FUZZTIME" "$pkg"
			else
				rm -f "$out"
				exit 1
			fi
		fi
		rm -f "$out"
	done
done
