module github.com/jwtlint/jwtlint/cmd/jwtlint

go 1.26.0

require (
	github.com/jwtlint/jwtlint v0.0.0
	golang.org/x/tools v0.52.0
)

require (
	golang.org/x/mod v0.42.0 // indirect
	golang.org/x/sync v0.24.0 // indirect
)

// The command module is developed together with the root module. The replace
// lets `go build`, `go test` and `go mod tidy` work in a plain checkout; it
// also makes `go install github.com/jwtlint/jwtlint/cmd/jwtlint@version`
// refuse this module, so a release drops it and requires a tagged root module.
replace github.com/jwtlint/jwtlint => ../..
