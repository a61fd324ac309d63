// Package zxcvbn is a copy of github.com/ccojocar/zxcvbn-go v1.0.4 (MIT,
// LICENSE.txt), the password strength estimator the scanner uses for secrets
// that no rule of internal/weak recognises.
//
// It is copied, not imported, for one change: the original decodes its
// frequency lists and keyboard graphs (10 MB of JSON) in init functions,
// about 50 ms and 19 MB at every start of any program that links it. go vet
// starts jwtlint once per package it analyzes, so that cost was paid hundreds
// of times per `go vet -vettool` run for nothing. Here they are decoded on the
// first call (frequency.Lists, adjacency.GraphMap). Other changes: the data
// files are embedded with go:embed instead of go-bindata, and SpatialEntropy
// no longer re-parses the qwerty graph on each call. TestSameAsUpstream
// checks the results against the original's.
package zxcvbn
