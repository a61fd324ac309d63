// Package gin is a small stub of github.com/gin-gonic/gin for jwtlint's
// tests: only what the JWT middleware fixtures need.
package gin

import "net/http"

type H map[string]any

type HandlerFunc func(*Context)

type Context struct {
	Request *http.Request
}

func (c *Context) Next() {}

func (c *Context) JSON(code int, obj any) {}

func (c *Context) GetHeader(key string) string { return "" }

func (c *Context) Get(key string) (value any, exists bool) { return nil, false }

func (c *Context) Set(key string, value any) {}

type IRoutes interface {
	Use(...HandlerFunc) IRoutes
}

type RouterGroup struct{}

func (group *RouterGroup) Use(middleware ...HandlerFunc) IRoutes { return group }

func (group *RouterGroup) Group(relativePath string, handlers ...HandlerFunc) *RouterGroup {
	return group
}

func (group *RouterGroup) GET(relativePath string, handlers ...HandlerFunc) IRoutes { return group }

func (group *RouterGroup) POST(relativePath string, handlers ...HandlerFunc) IRoutes { return group }

type Engine struct {
	RouterGroup
}

func New(opts ...OptionFunc) *Engine { return &Engine{} }

func Default(opts ...OptionFunc) *Engine { return &Engine{} }

type OptionFunc func(*Engine)

func (engine *Engine) Run(addr ...string) (err error) { return nil }
