// Package fiber is a small stub of github.com/gofiber/fiber/v3 for
// jwtlint's tests. In v3 the request context is an interface.
package fiber

type Ctx interface {
	Next() error
	Get(key string, defaultValue ...string) string
	SendString(body string) error
}

type Handler = func(Ctx) error
