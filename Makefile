# jwtlint has two modules: the root module (the analyzer, importable by
# go vet and golangci-lint users, depending on x/tools only) and the command
# module in cmd/jwtlint (the binary and everything with heavy dependencies).
# These targets build and test both from the repository root.

GO ?= go
BIN := $(CURDIR)/bin

.PHONY: build test prereqs example lint-self integration fuzz release

# build links the command without cgo: jwtlint needs none (it never
# resolves host names or looks up users), and the static binary skips the
# dynamic loader and cgo's thread set-up at every start, 1.7 ms of a 9 ms
# start, which go vet pays once per package (BENCHMARKS.md, "Per-package
# start-up"). jwtlint-vet is the analyzer alone (root module), for go vet.
build:
	CGO_ENABLED=0 $(GO) -C cmd/jwtlint build -o $(BIN)/jwtlint .
	CGO_ENABLED=0 $(GO) build -o $(BIN)/jwtlint-vet ./cmd/jwtlint-vet

# test runs every test of both modules, jwtlint over its own code, and the
# integration tests with golangci-lint, pre-commit, lefthook and SARIF. It
# checks its prerequisites first (prereqs), so a missing tool fails it in
# seconds, not after the unit tests.
test: prereqs build
	$(GO) vet ./...
	$(GO) test -timeout 30m ./...
	$(GO) -C cmd/jwtlint vet ./...
	$(GO) -C cmd/jwtlint test -timeout 45m ./...
	$(GO) -C tools/modproxy vet ./...
	$(GO) -C scripts/sweepscore vet ./...
	$(GO) -C scripts/sweepscore test ./...
	$(MAKE) lint-self
	$(MAKE) integration

# prereqs installs what the integration tests need besides Go and make (git,
# pre-commit, npm) where it can (root or sudo, apt-get), or names what is
# missing and fails at once.
prereqs:
	@./scripts/prereqs.sh

# lint-self runs jwtlint over its own repository, through go vet as users do.
lint-self: build
	$(GO) vet -vettool=$(BIN)/jwtlint ./...
	$(GO) -C cmd/jwtlint vet -vettool=$(BIN)/jwtlint ./...

# example runs jwtlint on the bundled example module. jwtlint exits 3 when it
# reports findings, which is the point of the example: only another exit code
# fails the target.
example: build
	cd testdata/example && { $(BIN)/jwtlint ./...; code=$$?; test $$code -eq 3 || { echo "jwtlint exited $$code, want 3 (findings)"; exit 1; }; }

# integration runs jwtlint with the real tools users run it with
# (docs/integrations.md): a golangci-lint built from tools/gcl with the plugin
# (a few minutes the first time, then the go build cache), jwtlint hook
# install, pre-commit and lefthook in temporary git repositories, and both
# SARIF logs against the schema. JWTLINT_INTEGRATION=1 turns a missing
# pre-commit or npm into a failure instead of a skip.
integration:
	JWTLINT_INTEGRATION=1 $(GO) -C tools/gcl test -timeout 30m ./...
	JWTLINT_INTEGRATION=1 $(GO) -C test/integration test -timeout 20m ./...

# fuzz runs every fuzz target of both modules for FUZZTIME each (default
# 10s), one at a time (scripts/fuzz.sh); a failing input is left under the
# package's testdata/fuzz/ to check in with the fix.
fuzz:
	GO=$(GO) ./scripts/fuzz.sh
