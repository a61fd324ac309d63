// Package http is a tiny stub of github.com/go-kit/kit/transport/http for
// jwtlint's tests.
package http

import (
	"context"
	"net/http"
)

type RequestFunc func(context.Context, *http.Request) context.Context
