// Package metadata is a stub of google.golang.org/grpc/metadata for
// jwtlint's tests: the metadata of an incoming RPC is the caller's input.
package metadata

import "context"

type MD map[string][]string

func (md MD) Get(k string) []string { return md[k] }

func FromIncomingContext(ctx context.Context) (MD, bool) { return nil, false }

func FromOutgoingContext(ctx context.Context) (MD, bool) { return nil, false }
