// Package echo is a small stub of github.com/labstack/echo/v4 for jwtlint's
// tests: only what the JWT middleware fixtures need.
package echo

import "net/http"

type Context interface {
	Request() *http.Request
	Get(key string) interface{}
	Set(key string, val interface{})
	String(code int, s string) error
	JSON(code int, i interface{}) error
}

type HandlerFunc func(c Context) error

type MiddlewareFunc func(next HandlerFunc) HandlerFunc

type Route struct {
	Method string `json:"method"`
	Path   string `json:"path"`
	Name   string `json:"name"`
}

type Echo struct{}

func New() (e *Echo) { return &Echo{} }

func (e *Echo) Use(middleware ...MiddlewareFunc) {}

func (e *Echo) GET(path string, h HandlerFunc, m ...MiddlewareFunc) *Route { return &Route{} }

func (e *Echo) POST(path string, h HandlerFunc, m ...MiddlewareFunc) *Route { return &Route{} }

func (e *Echo) Group(prefix string, m ...MiddlewareFunc) (g *Group) { return &Group{} }

func (e *Echo) Start(address string) error { return nil }

type Group struct{}

func (g *Group) Use(middleware ...MiddlewareFunc) {}

func (g *Group) GET(path string, h HandlerFunc, m ...MiddlewareFunc) *Route { return &Route{} }

type HTTPError struct {
	Internal error       `json:"-"`
	Message  interface{} `json:"message"`
	Code     int         `json:"-"`
}

func (he *HTTPError) Error() string { return "" }

func NewHTTPError(code int, message ...interface{}) *HTTPError { return &HTTPError{Code: code} }
