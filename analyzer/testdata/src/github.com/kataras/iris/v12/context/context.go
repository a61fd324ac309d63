// Package context is a tiny stub of github.com/kataras/iris/v12/context for
// jwtlint's tests.
package context

type Context struct{}

func (ctx *Context) Next() {}

func (ctx *Context) StopWithStatus(statusCode int) {}

func (ctx *Context) WriteString(body string) (n int, err error) { return 0, nil }

type Handler = func(*Context)
