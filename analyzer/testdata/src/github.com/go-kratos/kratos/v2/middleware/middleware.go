// Package middleware is a small stub of
// github.com/go-kratos/kratos/v2/middleware for jwtlint's tests.
package middleware

import "context"

type Handler func(ctx context.Context, req interface{}) (interface{}, error)

type Middleware func(Handler) Handler
