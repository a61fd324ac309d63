// Package echo is a small stub of github.com/labstack/echo (v3) for
// jwtlint's tests: only what the JWT middleware fixtures need.
package echo

import "net/http"

type Context interface {
	Request() *http.Request
	Get(key string) interface{}
	String(code int, s string) error
}

type HandlerFunc func(Context) error

type MiddlewareFunc func(HandlerFunc) HandlerFunc

type Echo struct{}

func New() (e *Echo) { return &Echo{} }

func (e *Echo) Use(middleware ...MiddlewareFunc) {}
