// Package endpoint is a tiny stub of github.com/go-kit/kit/endpoint for
// jwtlint's tests.
package endpoint

import "context"

type Endpoint func(ctx context.Context, request interface{}) (response interface{}, err error)

type Middleware func(Endpoint) Endpoint
