// Package echo is a small stub of github.com/labstack/echo/v5 for jwtlint's
// tests: only what the JWT middleware fixtures need. In v5 the request
// context is a struct.
package echo

import "net/http"

type Context struct{}

func (c *Context) Request() *http.Request { return nil }

func (c *Context) Get(key string) any { return nil }

func (c *Context) String(code int, s string) error { return nil }

type HandlerFunc func(c *Context) error

type MiddlewareFunc func(next HandlerFunc) HandlerFunc

type Echo struct{}

func New() *Echo { return &Echo{} }

func (e *Echo) Use(middleware ...MiddlewareFunc) {}
