// Package setinit is setting whose func init calls Setup: the settings are
// loaded when the package is initialized, before any importer copies them.
package setinit

import "os"

// App holds the application's settings.
type App struct {
	JwtSecret string
	PageSize  int
}

// AppSetting is filled by Setup, which init calls.
var AppSetting = &App{}

func init() {
	Setup()
}

// Setup fills the settings.
func Setup() {
	load(AppSetting)
}

func load(a *App) {
	a.JwtSecret = os.Getenv("K")
	a.PageSize = 10
}
