// Package fiber is a small stub of github.com/gofiber/fiber/v2 for jwtlint's
// tests: only what the JWT middleware fixtures need.
package fiber

const (
	StatusOK           = 200
	StatusUnauthorized = 401
)

type Ctx struct{}

func (c *Ctx) Next() error { return nil }

func (c *Ctx) Locals(key interface{}, value ...interface{}) interface{} { return nil }

func (c *Ctx) SendString(body string) error { return nil }

func (c *Ctx) Status(status int) *Ctx { return c }

func (c *Ctx) JSON(data interface{}, ctype ...string) error { return nil }

func (c *Ctx) FormValue(key string, defaultValue ...string) string { return "" }

type Handler = func(*Ctx) error

type ErrorHandler = func(*Ctx, error) error

type Map map[string]interface{}

type Config struct {
	AppName string `json:"app_name"`
}

type Router interface {
	Use(args ...interface{}) Router
	Get(path string, handlers ...Handler) Router
	Post(path string, handlers ...Handler) Router
}

type App struct{}

func New(config ...Config) *App { return &App{} }

func (app *App) Use(args ...interface{}) Router { return app }

func (app *App) Get(path string, handlers ...Handler) Router { return app }

func (app *App) Post(path string, handlers ...Handler) Router { return app }

func (app *App) Listen(addr string) error { return nil }
