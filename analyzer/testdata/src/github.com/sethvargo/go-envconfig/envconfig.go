// Package envconfig is a stub of github.com/sethvargo/go-envconfig for jwtlint's tests: the API
// surface only, with the real names, parameter names and types.
package envconfig

import "context"

// Process fills i from the environment and the default= options of its env tags.
func Process(ctx context.Context, i any) error { return nil }

// MustProcess is Process that panics on error.
func MustProcess[T any](ctx context.Context, i T) T { return i }
