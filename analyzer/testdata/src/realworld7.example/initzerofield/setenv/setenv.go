// Package setenv is setting with the secret in the variable's initializer:
// it is read from the environment when the package is initialized, so a
// copy made by an importer's initialization holds it.
package setenv

import "os"

// App holds the application's settings.
type App struct {
	JwtSecret string
	PageSize  int
}

// AppSetting holds the secret from its initialization on.
var AppSetting = &App{JwtSecret: os.Getenv("K")}
